"""Site chrome: navigation, breadcrumbs, share/login widgets, counters, copyright, contact
panels, forum profile panels, image placeholders — labelled ``boilerplate``.

Two filters:

* :class:`ChromeLines` — cue vocabulary on one line at a time (:data:`CUES`), matched on
  the folded line (:mod:`.cues`: both scripts, pinyin debris dropped). Cues that are ordinary
  words as well (contact keys, forum profile keys, lone numbers) only count in the page
  *head*, before the first paragraph of running text.
* :class:`PageChrome` — page structure, after :class:`~.meta.MetaLines`: digit-only counters
  next to meta/chrome lines in the head; before the title, menus, slogans, site names and
  short link-like lines next to chrome (bullet sidebars only when a meta line anchors the
  title); after the title, runs of at most four short lines between two chrome lines; the
  title repeated twice or more as image alt text; "related news" lists; breadcrumb
  continuations; an organisation byline right under the title (``meta``); before the title,
  slogans (one clause ending in ``!``) and lines next to an injected spam line like lines
  next to chrome, and runs of three or more site statistics (``• 會員:747``); the page's
  own address next to a share widget; a block of at most ten short lines framed by one
  chrome line printed twice (``+2 论坛币`` … ``+2 论坛币``).

  The article is one block and chrome sits at its edges, so the rules that need no cue
  word look only at the head (before the first paragraph) and the foot (after the last):
  rows of short buttons or links (``进入贴吧 全吧搜索 吧内搜索``, ``亮了(36) 回复(12) 收藏``);
  lone button words and counts next to chrome or meta (``关注``, ``转发 56``); the *foot
  run*: once two chrome lines follow the last paragraph, every short line after the first
  of them that is not a sentence (related titles, comments, author cards, footer links),
  stopped by wrapped text, a numbered item or a section word, and a column of three or
  more tags right above it; copies of a chrome line at the other edge of the page. The
  title is looked for again when the line taken for it is a row of links, or a short
  author name right under the real title.

Protected as body whatever their neighbours: the title and its copies, numbered items and
headings (``1.``, ``一、``), bullets after the title, and article section words (``目录``,
``摘要``, ``关键词`` …). Image placeholders sit inside articles and do not make their
neighbours chrome. Cue words inside a sentence are the sentence's words. When unsure a line
stays body.

Where each part lives:

* :mod:`.chromecues` — the cue vocabulary (:data:`CUES`, :class:`Cue`), the button and
  share words;
* :mod:`.chromelines` — :class:`ChromeLines` and :func:`judge_chrome`: which cues may match a
  line, told without folding most lines;
* :mod:`.pagechrome` — :class:`PageChrome`: the page-structure rules, in order;
* :mod:`.chromebuttons` — rows of buttons, lone buttons and counts, share buttons and
  hashtags one to a line;
* :mod:`.chromefoot` — the foot run after the last paragraph, tail links, attachments,
  copies of chrome at the other edge;
* :mod:`.articlelists` — the article's own short lines at its edges (steps, amounts, field
  tables);
* :mod:`.chromepatterns` — the patterns several of them share, compiled on first use.

>>> from cleantext.document import Document
>>> doc = ChromeLines()(Document.from_text("您的位置: 首頁 > 技術雜談 > 正文\\n分享到\\n正文。"))
>>> [ln.reason for ln in doc.lines]
['boilerplate:breadcrumb', 'boilerplate:share', '']
"""

from __future__ import annotations

from .chromecues import CUES, Cue
from .chromelines import ChromeLines, judge_chrome
from .pagechrome import PageChrome

__all__ = ["CUES", "ChromeLines", "Cue", "PageChrome", "judge_chrome"]
