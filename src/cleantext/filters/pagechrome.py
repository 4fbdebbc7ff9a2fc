"""The :class:`PageChrome` filter: page structure, after :class:`~.meta.MetaLines`, for
chrome the cue vocabulary cannot see on its own.

Digit-only counters next to meta/chrome lines in the head; before the title, menus, slogans,
site names and short link-like lines next to chrome (bullet sidebars only when a meta line
anchors the title); after the title, runs of at most four short lines between two chrome
lines; the title repeated twice or more as image alt text; "related news" lists; breadcrumb
continuations; an organisation byline right under the title (``meta``); before the title,
slogans (one clause ending in ``!``) and lines next to an injected spam line like lines
next to chrome, and runs of three or more site statistics (``• 會員:747``); the page's
own address next to a share widget; a block of at most ten short lines framed by one
chrome line printed twice (``+2 论坛币`` … ``+2 论坛币``).

The article is one block and chrome sits at its edges, so the rules that need no cue word
look only at the head (before the first paragraph) and the foot (after the last): buttons
(:mod:`.chromebuttons`), the foot run (:mod:`.chromefoot`), the article's own lists there
(:mod:`.articlelists`). The title is looked for again when the line taken for it is a row
of links, or a short author name right under the real title.

>>> from cleantext.document import Document
>>> doc = Document.from_text("分享到\\n12\\n标题")
>>> doc.lines[0].mark("boilerplate", "boilerplate:share")
>>> [ln.reason for ln in PageChrome()(doc).lines][:2]
['boilerplate:share', 'boilerplate:counter']
"""

from __future__ import annotations

import re

from ..document import Document, Line
from .articlelists import _column_tables, _field, _field_tables
from .base import consecutive, edges, next_nonblank
from .chromebuttons import _button_blocks, _button_row, _lone_buttons, _one_per_line
from .chromecues import _IN_ARTICLE
from .chromefoot import _attachments, _foot, _repeats, _tail_link
from .chromepatterns import _RX
from .cues import match_form
from .lazyre import LazyPattern
from .namelines import _USER, FLOOR, _name_line
from .pagefacts import _short_sentence, page_facts
from .title import (
    _BY_TITLE,
    _HAN,
    _LISTY,
    _SECTION,
    ORDINAL,
    _crumb_heading,
    heading_like,
    locate_title,
    under_crumb,
)


class PageChrome:
    """Page-structure rules for chrome the cue vocabulary cannot see on its own, in order:
    each rule sees the labels of those before it."""

    name = "page-chrome"

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        page = _Page(doc)
        lines, head = page.lines, page.head
        # the article's tables with "|" or tabs between columns: before the rules on rows of
        # links and the foot run, which would take their rows
        _column_tables(lines)
        # lines that would look like a title: labelled before it is looked for
        _reading_bar(page)
        _floors(page)
        _head_crumbs(page)
        _find_title(page)
        t, title = page.t, page.title
        if t is not None:
            _posters(lines, t, head)
        # the head, around the title
        _counters(page)
        _org_byline(page)
        _site_names(page)
        last = page.facts.last_paragraph(lines)
        _button_rows(page, last)
        _site_stats(page)
        _head_links(page)
        _top_labels(page)
        _link_runs(page)
        # anywhere on the page
        _crumb_continued(page)
        _share_urls(page)
        _widget_blocks(page)
        _title_repeats(page)
        _related_headings(page, last)
        _related_lists(page)
        _tag_values(page)
        # share buttons one to a line ("Facebook" / "Line" / "複製連結"): two or more in a
        #    row, or one next to a share line; hashtags one to a line after the last paragraph
        #    ("#日本" / "#地震"), two or more in a row
        _one_per_line(lines, head, last)
        if last is not None:
            _attachments(lines, last)
        # the foot, after the article's last paragraph
        if last is not None and lines[last].label not in (None, "body"):
            last = page.facts.last_paragraph(lines)  # never so far: no rule above takes one
        if last is not None:
            _separators(page, last)
            _comment_runs(page, last)
            _tail_runs(page, last)
            _lone_buttons(lines, head, last, t)  # the foot's buttons anchor its run too
            _foot(lines, last, title)
            _foot_categories(page, last)
        # one button word alone on its line ("关注", "回复", "私信") next to chrome or meta, in
        # the head or the foot
        _lone_buttons(lines, head, last, t)
        _button_blocks(lines, head, page.title)
        # a line printed again at the other edge of the page (a site name or menu in the head
        # and the foot) is chrome when one copy is
        _repeats(lines, page.limit, last, title)
        # a table of three fields or more that no rule took for chrome ("品牌：美的" /
        # "容量：4L" / "颜色：白色") is the article's: the learned step does not see tables;
        # a contact name closing a listing's fields is its poster
        _listing_contact(lines)
        _field_tables(lines)
        _section_heading(page)
        return doc


class _Page:
    """One page as the page-structure rules see it: its lines, their kept texts (the page's
    facts), the end of its head, and, once :func:`_find_title` has run, its title.

    The rules only label lines: kept texts, blank lines and so the nearest nonblank
    neighbours stay as they are, and each is looked up once (:meth:`nonblank`); so are a
    head line's protection and link shape."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lines = lines = doc.lines
        self.facts = facts = page_facts(doc)
        self.kept = facts.kept
        self.end = end = facts.head_end(lines)
        self.head = min(end, len(lines))
        self.t: int | None = None
        """The title's line."""
        self.anchored = False
        """Whether a meta line anchors the title."""
        self.title: str | None = None
        self.limit = 0
        """The title's line, or 0: the lines before it are the page's top."""
        self._near: dict[tuple[int, int], int | None] = {}
        self._protected: dict[int, bool] = {}
        self._linky: dict[int, bool] = {}
        self._lead: int | bool | None = False

    def nonblank(self, i: int, step: int) -> int | None:
        key = (i, step)
        if key not in self._near:
            self._near[key] = next_nonblank(self.lines, i, step)
        return self._near[key]

    def protected(self, i: int) -> bool:
        """Whether head line ``i`` is the article's whatever its neighbours: the title and its
        copies, a list item, a section word, a numbered part (``第一单元 …``), a heading right
        under the breadcrumb."""
        if i not in self._protected:
            text = self.kept[i]
            self._protected[i] = (
                i == self.t
                or (self.title is not None and text == self.title)
                or bool(_LISTY.match(self.lines[i].clean))
                or bool(_SECTION.match(text))
                or bool(ORDINAL.match(text))
                or self._crumb_title(i)
                or self._crumb_name(i)
            )
        return self._protected[i]

    @property
    def lead(self) -> int | None:
        """The heading right above the article's first paragraph, only meta lines and the
        chrome that sits by a title (share bars, font pickers, tags) between them: the
        article's title wherever the title search landed (a site's name above it taken
        instead, no date line to anchor it), never a link of a run."""
        if self._lead is False:
            self._lead = None
            lines, j = (
                self.lines,
                self.nonblank(self.end, -1) if self.end < len(self.lines) else None,
            )
            while j is not None and (lines[j].label == "meta" or lines[j].reason in _BY_TITLE):
                j = self.nonblank(j, -1)
            if j is not None and lines[j].label is None:
                text = match_form(self.kept[j])[1].strip()
                if len(text) >= 8 and len(_HAN.findall(text)) >= 6 and heading_like(text):
                    self._lead = j
        return self._lead

    def _crumb_title(self, i: int) -> bool:
        """A heading right under the page's breadcrumb (8 characters or more, 6 Han, no
        sentence's end; spaced words too, a listing's title): where the page's title stands,
        whatever line the search took."""
        if not under_crumb(self.lines, i):
            return False
        text = match_form(self.kept[i])[1].strip()
        return (
            len(text) >= 8
            and len(_HAN.findall(text)) >= 6
            and (heading_like(text) or _crumb_heading(self.lines, i))
        )

    def _crumb_name(self, i: int) -> bool:
        """A short heading (two Han characters or more) alone between blank lines right under
        the page's breadcrumb: the name the page is about (``晚班公交``, a song; ``阿成車仔麵``,
        a shop; ``夜泊``, a poem), no link."""
        lines = self.lines
        if not (0 < i < len(lines) - 1) or lines[i - 1].kept_text or lines[i + 1].kept_text:
            return False
        text = match_form(self.kept[i])[1].strip()
        return heading_like(text) and under_crumb(lines, i)

    def chrome(self, j: int | None) -> bool:
        # image placeholders sit inside articles, next to headings and captions: they do
        # not make their neighbours chrome
        return (
            j is not None
            and self.lines[j].label == "boilerplate"
            and self.lines[j].reason not in _IN_ARTICLE
        )

    def by_chrome(self, i: int) -> bool:
        """Whether a nonblank neighbour of line ``i`` is chrome."""
        return self.chrome(self.nonblank(i, -1)) or self.chrome(self.nonblank(i, 1))

    def spam(self, j: int | None) -> bool:
        return j is not None and self.lines[j].label == "spam"

    def linky(self, i: int) -> bool:
        """Whether head line ``i`` may be a link: short, without the marks of a sentence."""
        if i not in self._linky:
            text = match_form(self.kept[i])[1]
            if "(" in text:  # "(opens new window)"
                text = _RX.opens.sub("", text)
            text = text.strip()
            if i < self.limit:
                # a slogan may end with "!" ("億恩科技有限公司旗下門戶資訊平臺!")
                text = text[:-1] if text.endswith("!") else text
                self._linky[i] = len(text) <= 24 and not _RX.linky_bad_head.search(text)
            else:
                self._linky[i] = len(text) <= 20 and not _RX.linky_bad.search(text)
        return self._linky[i]


def _foot_categories(page: _Page, last: int) -> None:
    """After the last paragraph, the post's category (``分類: 運維``, or ``分类：`` with its
    value on the next line): the blog's chrome, as its tags are (in the head it may be the
    article's own field, which a head cue tells)."""
    lines, kept = page.lines, page.kept
    for i in range(last + 1, len(lines)):
        if lines[i].label is not None or not kept[i] or len(kept[i]) > 30:
            continue
        m = _CATEGORY.match(match_form(kept[i])[1].strip())
        if m is None:
            continue
        lines[i].mark("boilerplate", "boilerplate:tags")
        j = page.nonblank(i, 1)
        if not m[1] and j is not None and lines[j].label is None:
            value = match_form(kept[j])[1].strip()
            if len(value) <= 12 and not _CATEGORY_BAD.search(value):
                lines[j].mark("boilerplate", "boilerplate:tags")


def _tag_values(page: _Page) -> None:
    """A tags heading with no value of its own (``文章标签：``, ``Tags``): the undecided lines
    right under it, in its block (no blank between), short and without a sentence's or
    code's marks, are its tags (``spring boot`` / ``java`` / ``后端``)."""
    lines, kept = page.lines, page.kept
    for i, ln in enumerate(lines):
        if ln.reason != "boilerplate:tags" or not _BARE_TAGS.match(match_form(kept[i])[1].strip()):
            continue
        k = i + 1
        while k < len(lines) and lines[k].label is None and kept[k]:
            value = match_form(kept[k])[1].strip()
            if len(value) > 20 or _TAG_VALUE_BAD.search(value) or _LISTY.match(value):
                break
            lines[k].mark("boilerplate", "boilerplate:tags")
            k += 1


_BARE_TAGS = LazyPattern(
    r"^(?:tag\s*标签|标签|tags?|本文标签|文章标签|相关标签)\s*:?$", re.I, engine="regex"
)
_TAG_VALUE_BAD = LazyPattern(r"[。,;!?:、<>{}=()\[\]]", engine="regex")


_CATEGORY = LazyPattern(
    r"^(?:分类|文章分类|所属分类|类别|栏目|所属栏目|分类目录|分类专栏)\s*:\s*([^。,;!?:]{0,20})$",
    engine="regex",
)
_CATEGORY_BAD = LazyPattern(r"[。,;!?:]", engine="regex")


def _section_heading(page: _Page) -> None:
    """A site's section page headed by its own menu item (``首頁 | 關於我們 | 產品介紹`` /
    ``關於我們`` / the first paragraph): the word right above the first paragraph (and its
    short first sentences), which a cue
    took for a link, is the page's heading (``body:heading``) when the page's menu above it
    names it."""
    lines, end = page.lines, page.end
    if end >= len(lines):
        return
    j = page.nonblank(end, -1)
    while j is not None and lines[j].label is None and _short_sentence(page.kept[j]):
        j = page.nonblank(j, -1)  # the article's first sentences, shorter than a paragraph
    if j is None or lines[j].label != "boilerplate" or lines[j].reason in _IN_ARTICLE:
        return
    word = match_form(page.kept[j])[1].strip()
    if not 2 <= len(word) <= 8 or any(c.isdigit() for c in word) or not _HAN.search(word):
        return
    for i in range(j):
        if lines[i].reason in ("boilerplate:nav", "boilerplate:button-row"):
            items = _MENU_SEP.split(match_form(page.kept[i])[1].strip())
            if word in items and len(items) >= 3:
                lines[j].mark("body", "body:heading")
                return


_MENU_SEP = re.compile(r"\s*[|｜/·•]\s*|\s+")


def _reading_bar(page: _Page) -> None:
    """A sticky "now reading" bar repeats the title: the line after it is chrome."""
    lines, kept, head = page.lines, page.kept, page.head
    nonblank = page.nonblank
    for i in range(head):
        if lines[i].reason == "boilerplate:widget" and "正在阅读" in match_form(kept[i])[1]:
            j = nonblank(i, 1)
            if j is not None and lines[j].label is None:
                copy = lines[j].kept_text
                if any(ln.kept_text == copy for ln in lines[j + 1 :]):
                    lines[j].mark("boilerplate", "boilerplate:reading-bar")


def _floors(page: _Page) -> None:
    """A post's floor number (``#2``, ``2樓``) next to the post's date or its poster's name;
    the poster's name right next to it is the post's byline (:func:`_floor_poster`)."""
    lines, nonblank = page.lines, page.nonblank
    for i, ln in enumerate(lines):
        if (
            ln.label is None
            and len(ln.kept_text) <= 8
            and FLOOR.match(match_form(ln.kept_text)[1].strip())
        ):
            poster = _floor_poster(lines, i)
            if poster is not None or any(
                j is not None and lines[j].label == "meta"
                for j in (nonblank(i, -1), nonblank(i, 1))
            ):
                ln.mark("boilerplate", "boilerplate:floor")
            if poster is not None:
                lines[poster].mark("meta", "meta:byline")


def _floor_poster(lines: list[Line], i: int) -> int | None:
    """The line next to floor number ``i`` (no blank between) holding the poster's name, when
    the post's date line closes the floor's head: on the floor's other side (``小雪种花花`` /
    ``2楼`` / ``2025-04-07 20:45``) or under the name (``#2`` / ``阿布拉 (abra0306)`` / date)."""
    for step in (-1, 1):
        j = i + step
        if not (0 <= j < len(lines)) or lines[j].label is not None or not lines[j].kept_text:
            continue
        name = lines[j].kept_text.strip()
        if not (_name_line(name) or _HANDLE.match(match_form(name)[1].strip())):
            continue
        for k in (i - step, j + step):
            if 0 <= k < len(lines) and lines[k].reason == "meta:date":
                return j
    return None


_HANDLE = LazyPattern(r"^[^\s,。!?;:、()]{1,12}\s*\([A-Za-z0-9_.\-]{2,20}\)$", engine="regex")
"""A poster's name with the account's id (folded): ``阿布拉 (abra0306)``."""


def _head_crumbs(page: _Page) -> None:
    """A breadcrumb without a home item (``港聞 > 財經 > 即時財經``) as the page's first line or
    right under chrome or spam in the head; labelled before the title is looked for, as it
    may look like a heading."""
    lines, kept, head = page.lines, page.kept, page.head
    nonblank = page.nonblank
    for i in range(head):
        text = kept[i]
        if (
            lines[i].label is None
            and text
            and len(text) <= 100
            and (
                (
                    _CRUMB_HINT.search(text) is not None
                    and _RX.crumb.match(match_form(text)[1].strip())
                )
                # or items between spaced slashes ("udn / 聯合新聞網 / 要聞 / 政治")
                or (" / " in text and _SLASH_CRUMB.match(match_form(text)[1].strip()))
            )
        ):
            j = nonblank(i, -1)
            if j is None or (
                lines[j].label in ("boilerplate", "spam") and lines[j].reason not in _IN_ARTICLE
            ):
                lines[i].mark("boilerplate", "boilerplate:breadcrumb")


def _find_title(page: _Page) -> None:
    """The title (:func:`.title.locate_title`). A row of links taken for the title when no
    meta line anchors one (``进入贴吧 全吧搜索 吧内搜索``) is chrome, and the title is looked
    for again; a short author name under the real title gives way to it."""
    doc, lines, end = page.doc, page.lines, page.end
    t, anchored = locate_title(doc, end)
    while t is not None and not anchored and not _crumb_heading(lines, t):
        # (spaced words right under the breadcrumb are a listing's title, no row of links)
        row = _button_row(lines[t].kept_text)
        if not (row == "row" or (row == "names" and page.by_chrome(t))):
            break
        lines[t].mark("boilerplate", "boilerplate:button-row")
        t, anchored = locate_title(doc, end)
    if anchored and t is not None:
        t = _above_author(lines, t)
    page.t, page.anchored = t, anchored
    page.title = lines[t].kept_text if t is not None else None
    page.limit = t if t is not None else 0


def _counters(page: _Page) -> None:
    """Digit-only counters in the head next to meta/chrome lines."""
    lines, kept, head = page.lines, page.kept, page.head
    nonblank, protected = page.nonblank, page.protected
    for i in range(head):
        ln = lines[i]
        text = kept[i]
        if (
            ln.label is None
            and len(text) <= 7
            # `regex` knows more decimal digits than `str`: all astral ones may be
            and (text[:1].isdecimal() or text[:1] > "\uffff")
            and _RX.digits.match(text)
            and not protected(i)
        ):
            near = [j for j in (nonblank(i, -1), nonblank(i, 1)) if j is not None]
            # next to chrome: any count; next to a meta line only a small one (a year
            # under the date line may start a table)
            if any(lines[j].label in ("boilerplate", "spam") for j in near) or (
                len(text) <= 3 and any(lines[j].label == "meta" for j in near)
            ):
                ln.mark("boilerplate", "boilerplate:counter")


def _org_byline(page: _Page) -> None:
    """An organisation byline right under the title (``深圳市正运动技术有限公司``)."""
    lines, end, nonblank = page.lines, page.end, page.nonblank
    t = page.t
    if t is not None:
        j = nonblank(t, 1)
        if j is not None and lines[j].label is None and j < end:
            text = match_form(lines[j].kept_text)[1]
            if len(text) <= 30 and _RX.company.search(text):
                lines[j].mark("meta", "meta:byline")


def _site_names(page: _Page) -> None:
    """A company name before the title: the site's name."""
    lines, kept, head = page.lines, page.kept, page.head
    limit, protected = page.limit, page.protected
    for i in range(min(limit, head)):
        ln = lines[i]
        if ln.label is None and not protected(i):
            text = match_form(kept[i])[1]
            if len(text) <= 30 and _RX.company.search(text):
                ln.mark("boilerplate", "boilerplate:site-name")


def _button_rows(page: _Page, last: int | None) -> None:
    """Rows of short buttons or links in the head or after the last paragraph (``进入贴吧
    全吧搜索 吧内搜索``, ``首页 资讯 评测 视频``): never the article's own text; before the
    link runs, which spread from them."""
    lines, head, t, protected = page.lines, page.head, page.t, page.protected
    for i in edges(lines, head, last):
        ln = lines[i]
        if ln.label is None and ln.kept_text and i != t and not (i < head and protected(i)):
            row = _button_row(ln.kept_text)
            if row == "row" or (row == "names" and page.by_chrome(i)):
                ln.mark("boilerplate", "boilerplate:button-row")


def _site_stats(page: _Page) -> None:
    """Site statistics before the title: three or more ``网站:51998``, ``会员:747`` in a row."""
    lines, kept, head = page.lines, page.kept, page.head
    nonblank, limit = page.nonblank, page.limit
    stats = [
        i
        for i in range(min(limit, head))
        if lines[i].label is None and _RX.stat.match(match_form(kept[i])[1])
    ]
    for run in consecutive(stats, lambda i: nonblank(i, 1)):
        if len(run) >= 3:
            for i in run:
                lines[i].mark("boilerplate", "boilerplate:counter")


def _head_links(page: _Page) -> None:
    """Before the title: menu bars, and short link-like lines (bullet sidebars, slogans,
    site names) next to chrome or next to an injected spam line, which sits where the site's
    chrome does; until no more are found, as each labelled line makes its neighbours' case."""
    lines, kept, head = page.lines, page.kept, page.head
    nonblank, t, anchored = page.nonblank, page.t, page.anchored
    limit, protected, chrome = page.limit, page.protected, page.chrome
    spam, linky = page.spam, page.linky
    menu: dict[int, bool] = {}
    links: dict[int, bool] = {}
    changed = True
    while changed:
        changed = False
        for i in range(min(limit, head)):  # after the title this pass labels nothing
            ln = lines[i]
            if ln.label is not None or not kept[i] or i == t:
                continue
            if i not in menu:
                text = match_form(kept[i])[1]
                menu[i] = len(text) <= 120 and bool(_RX.menu.match(text)) and not protected(i)
            if menu[i]:
                ln.mark("boilerplate", "boilerplate:nav")
                changed = True
                continue
            # before the title, an injected spam line sits where the site's chrome does
            prev, nxt = nonblank(i, -1), nonblank(i, 1)
            if not (chrome(prev) or chrome(nxt) or spam(prev) or spam(nxt)):
                continue
            if i not in links:
                text = match_form(kept[i])[1]
                # a bullet sidebar only when a meta line anchors the title
                bullet = anchored and bool(_RX.bullet.match(ln.clean)) and len(text) <= 40
                navy = len(text) <= 120 and len(_RX.seps.findall(text)) >= 3
                links[i] = bullet or ((linky(i) or navy) and not protected(i) and i != page.lead)
            if links[i] and not _set_off(page, i, prev, nxt):
                ln.mark("boilerplate", "boilerplate:link-run")
                changed = True


def _set_off(page: _Page, i: int, prev: int | None, nxt: int | None) -> bool:
    """Whether head line ``i``, its chrome or spam a blank line away and none on its other
    side, reads as the page's heading rather than a link: long enough for a title (8
    characters or more, 6 Han), or with a line of its own right under it (a subtitle). With
    chrome a blank line away on both sides, only a title-long heading of one piece."""
    lines = page.lines
    marked = [j for j in (prev, nxt) if j is not None and (page.chrome(j) or page.spam(j))]
    if any(abs(j - i) == 1 for j in marked):
        return False
    text = match_form(page.kept[i])[1].strip()
    if len(marked) == 2:
        # chrome a blank line away on both sides: a link, bar a title-long heading of one
        # piece (a shop's name between the site's head and the shop's figures), no row of
        # words ("关于我们 客户服务")
        return (
            " " not in text
            and ">" not in text
            and _title_long(text)
            and not _RX.bullet.match(lines[i].clean)
        )
    if _RX.bullet.match(lines[i].clean) or ">" in text:
        return False  # a list's item, a path
    if _title_long(text):
        return True
    return (
        nxt == i + 1
        and lines[nxt].label is None
        and len(_HAN.findall(page.kept[nxt])) >= 2
        and not _RX.bullet.match(lines[nxt].clean)
    )


def _title_long(text: str) -> bool:
    """Long enough for a title (8 characters or more, 6 Han) and shaped as a heading."""
    return len(text) >= 8 and len(_HAN.findall(text)) >= 6 and heading_like(text)


def _top_labels(page: _Page) -> None:
    """A column's or app's head above a title its date or byline anchors (``首发于`` /
    ``AI工程化实践`` / ``写文章``): when every undecided line above the title is a short label
    (a word or two, no mark), they are the site's, not the article's."""
    lines, kept, head = page.lines, page.kept, page.head
    t, anchored, protected = page.t, page.anchored, page.protected
    if anchored and t is not None and t < head:
        top = [i for i in range(t) if lines[i].label is None and kept[i]]
        if top and all(_top_label(kept[i]) and not protected(i) for i in top):
            for i in top:
                lines[i].mark("boilerplate", "boilerplate:top")


def _link_runs(page: _Page) -> None:
    """After the title, still in the head: runs of at most four short link-like lines
    between two chrome lines."""
    lines, kept, end = page.lines, page.kept, page.end
    head, nonblank, t = page.head, page.nonblank, page.t
    protected, chrome, linky = page.protected, page.chrome, page.linky
    i = t + 1 if t is not None else 0
    while i < head:
        if lines[i].label is not None or not kept[i] or protected(i) or not linky(i):
            i += 1
            continue
        if i == page.lead:
            i += 1
            continue
        run, j = [i], nonblank(i, 1)
        while (
            j is not None
            and j < end
            and lines[j].label is None
            and not protected(j)
            and j != page.lead
        ):
            if not linky(j):
                break
            run.append(j)
            j = nonblank(j, 1)
        # the article's heading ends a run as chrome does: the run then sits before the
        # title, where the title search did not look (it landed above); a line alone between
        # blank lines there, long enough for a title, is a heading or a name, no link
        if len(run) == 1 and _set_off(page, i, nonblank(i, -1), j):
            i += 1
            continue
        if len(run) <= 4 and chrome(nonblank(run[0], -1)) and (chrome(j) or j == page.lead):
            for k in run:
                lines[k].mark("boilerplate", "boilerplate:link-run")
        i = run[-1] + 1


def _crumb_continued(page: _Page) -> None:
    """A breadcrumb continued on the next line (``> 标题``)."""
    lines, nonblank = page.lines, page.nonblank
    for i, ln in enumerate(lines):
        if (
            ln.label is None
            and (">" in ln.clean or "»" in ln.clean)  # kept text is part of the line
            and ln.kept_text.startswith((">", "»"))
        ):
            j = nonblank(i, -1)
            if j is not None and lines[j].reason == "boilerplate:breadcrumb":
                ln.mark("boilerplate", "boilerplate:breadcrumb")


def _share_urls(page: _Page) -> None:
    """The page's own address next to a share/copy widget."""
    lines, nonblank = page.lines, page.nonblank
    for i in [i for i, ln in enumerate(lines) if ln.reason == "boilerplate:share"]:
        for j in (nonblank(i, -1), nonblank(i, 1)):
            if j is not None and lines[j].label is None and _RX.url.match(lines[j].kept_text):
                lines[j].mark("boilerplate", "boilerplate:share")


def _widget_blocks(page: _Page) -> None:
    """A widget framed by one chrome line printed twice (``+2 论坛币`` … ``+2 论坛币``): at
    most ten short lines in the head after the title, no paragraph among them."""
    lines, kept, head = page.lines, page.kept, page.head
    nonblank, t, protected = page.nonblank, page.t, page.protected
    for i in range(t + 1 if t is not None else head, head):
        if lines[i].label != "boilerplate" or lines[i].reason in _IN_ARTICLE:
            continue
        run, j = [], nonblank(i, 1)
        while j is not None and j < head and lines[j].label is None and len(run) <= 10:
            text = kept[j]
            if len(text) > 30 or "。" in text or protected(j):
                break
            run.append(j)
            j = nonblank(j, 1)
        if (
            run
            and len(run) <= 10
            and j is not None
            and lines[j].label == "boilerplate"
            and (kept[j] if j < head else lines[j].kept_text) == kept[i]
        ):
            for k in run:
                lines[k].mark("boilerplate", "boilerplate:widget-block")


def _title_repeats(page: _Page) -> None:
    """The title repeated as image alt text, twice or more after the first paragraph."""
    lines, end, title = page.lines, page.end, page.title
    if title is not None:
        repeats = [
            i
            for i in range(end + 1, len(lines))
            if lines[i].label is None
            # without cuts the kept text is the stripped line
            and (lines[i].cuts or title in lines[i].clean)
            and lines[i].kept_text == title
        ]
        if len(repeats) >= 2:
            for i in repeats:
                lines[i].mark("boilerplate", "boilerplate:title-repeat")


def _related_headings(page: _Page, last: int | None) -> None:
    """After the article's last paragraph, a heading of what else the site offers: ``相关``
    and a noun (``相关游记``, ``相關圖片``, ``相关文书推荐``), the same maker's other works
    (``林屿的其他歌曲``), the section's other items (``本版其他文章``): a related list's
    heading, as the cue's are. (Inside the article, ``相关政策`` may head its section.)"""
    if last is None:
        return
    lines, kept = page.lines, page.kept
    for i in range(last + 1, len(lines)):
        if (
            lines[i].label is None
            and 0 < len(kept[i]) <= 16
            and _RELATED_HEADING.match(match_form(kept[i])[1].strip())
        ):
            lines[i].mark("boilerplate", "boilerplate:related")


_RELATED_HEADING = LazyPattern(
    r"^(?:相关\p{Han}{1,4}|[^\s,。!?:]{1,10}的其他\p{Han}{1,4}|本\p{Han}{1,2}其他\p{Han}{1,4})$",
    engine="regex",
)


def _related_lists(page: _Page) -> None:
    """ "Related news" lists: short lines after a related-heading, up to a paragraph; the
    same for a bare tag heading (``文章標籤`` / ``CSS 盒模型 前端``)."""
    lines, end, nonblank = page.lines, page.end, page.nonblank
    t = page.t
    for i, ln in enumerate(lines):
        if ln.reason != "boilerplate:related" and not (
            ln.reason == "boilerplate:tags"
            and _RX.tag_heading.match(match_form(ln.kept_text)[1].strip())
        ):
            continue
        text = match_form(ln.kept_text)[1].strip()
        if _FORM_PROMPT.search(text):
            continue  # a search form's prompt heads no list: what follows is the page's
        strong = _RX.related.match(text)
        if i > end or (strong and t is not None and i > t):
            j = nonblank(i, 1)
            # a related title may carry its date ("2022-11-03 燉牛肉放什麼調料好喫"): the
            # date made it a meta line, the list makes it chrome
            while j is not None and (lines[j].label is None or _dated_title(lines[j])):
                text = lines[j].kept_text
                if len(text) > 40 or "。" in text:
                    break
                lines[j].mark("boilerplate", "boilerplate:related")
                j = nonblank(j, 1)


_FORM_PROMPT = re.compile(r"^请输入|^请选择|每页显示|笔资料")
"""A search form's prompt or result count (folded), which the ``related`` cue takes as chrome."""


def _separators(page: _Page, last: int) -> None:
    """An end mark right above chrome after the last paragraph (``END``, ``--``)."""
    lines, nonblank, chrome = page.lines, page.nonblank, page.chrome
    for i in range(last + 1, len(lines)):
        ln = lines[i]
        if (
            ln.label is None
            and 0 < len(ln.kept_text) <= 30
            and _RX.separator.match(ln.kept_text)
            and chrome(nonblank(i, 1))
        ):
            ln.mark("boilerplate", "boilerplate:separator")


def _comment_runs(page: _Page, last: int) -> None:
    """The comments under a comment heading after the last paragraph, up to the chrome
    that ends them (``已有 2 条评论`` / ``Wendy 2024-01-15`` / ``澳大环境真的很好…`` /
    ``回复 | 顶(3)``)."""
    lines, nonblank, chrome = page.lines, page.nonblank, page.chrome
    for i in range(last + 1, len(lines)):
        if lines[i].reason != "boilerplate:comments":
            continue
        run, j = [], nonblank(i, 1)
        while j is not None and lines[j].label is None and len(run) <= 6:
            run.append(j)
            j = nonblank(j, 1)
        if run and len(run) <= 6 and chrome(j):
            for k in run:
                lines[k].mark("boilerplate", "boilerplate:comments")


def _tail_runs(page: _Page, last: int) -> None:
    """Runs of at most three short link-like lines between two chrome lines after the last
    paragraph."""
    lines, nonblank, title = page.lines, page.nonblank, page.title
    chrome = page.chrome
    i = last + 1
    while i < len(lines):
        if lines[i].label is not None or not lines[i].kept_text:
            i += 1
            continue
        run, j = [i], nonblank(i, 1)
        while j is not None and lines[j].label is None and len(run) <= 3:
            run.append(j)
            j = nonblank(j, 1)
        if (
            len(run) <= 3
            and chrome(j)
            and chrome(nonblank(run[0], -1))
            and all(_tail_link(lines[k].kept_text, title) for k in run)
        ):
            for k in run:
                lines[k].mark("boilerplate", "boilerplate:tail-run")
        i = run[-1] + 1


_CRUMB_HINT = re.compile("[>»›→\uff1e]")
_SLASH_CRUMB = re.compile(r"^[^/\s]{1,10}(?:\s+/\s+[^/\s]{1,10}){2,6}$")


def _top_label(text: str) -> bool:
    """A short label above the title: at most ten characters, some Han, no mark.

    >>> _top_label("首發於"), _top_label("AI工程化實踐"), _top_label("96 0")
    (True, True, False)
    >>> _top_label("外資賭場進駐 爭食澳門大餅"), _top_label("注意:")
    (False, False)
    """
    folded = match_form(text)[1].strip()
    return (
        len(folded) <= 10
        and _TWO_HAN_TOP.search(folded) is not None
        and not _RX.linky_bad.search(folded)
        and not _LISTY.match(folded)
        and not _SECTION.match(folded)
    )


_TWO_HAN_TOP = LazyPattern(r"\p{Han}.*\p{Han}", engine="regex")


_DATED_TITLE = LazyPattern(
    r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+(?=(?:[^:]*\p{Han}){4})[^:]{4,36}$", engine="regex"
)
"""A date then a title of four Han characters or more, no key (on folded text)."""


def _dated_title(ln: Line) -> bool:
    return ln.reason == "meta:date" and bool(
        _DATED_TITLE.match(match_form(ln.kept_text)[1].strip())
    )


_SENTENCE_MARKS = LazyPattern(r"[,。!?;、“”\"《》()]")


def _above_author(lines: list[Line], t: int) -> int:
    """The title when the line found for it is a short author or account name under the real
    title (``怎么把Docker镜像当作桌面系统来用`` / ``Linux运维小哥`` / date line): the longer
    heading-like undecided line right above it, share bars or buttons between them
    (``只看楼主 | 收藏 | 回复``)."""
    short = match_form(lines[t].kept_text)[1].strip()
    if len(short) > 12 or _SENTENCE_MARKS.search(short):
        return t
    j = next_nonblank(lines, t, -1)
    while j is not None and lines[j].reason in _BY_TITLE:
        j = next_nonblank(lines, j, -1)  # a thread's buttons between its title and poster
    if j is None or lines[j].label not in (None, "body"):
        return t
    above = match_form(lines[j].kept_text)[1].strip()
    if len(above) >= max(8, len(short) + 2) and heading_like(lines[j].kept_text):
        return j
    return t


def _posters(lines: list[Line], t: int, head: int) -> None:
    """A thread's poster: a name alone on its line right above the poster's profile panel,
    below the thread's title (``街坊阿明`` / ``帖子 1283 積分 2046``), is the post's byline
    (``meta``). It heads the panel and sits under the thread's head (the title, chrome or
    meta): a line inside the panel (``0 个`` between ``主题`` and ``帖子``) is a value, a line
    under another line of text an item of a list. Above the title, a name heads the site's
    profile widget (chrome)."""
    for i in range(t + 1, head):
        ln = lines[i]
        if ln.label is not None or not ln.kept_text:
            continue
        j = next_nonblank(lines, i, 1)
        if j is None or lines[j].reason != "boilerplate:profile":
            continue
        k = next_nonblank(lines, i, -1)
        # under the thread's head (its title, chrome or meta), not inside the panel or a list
        if k is None or lines[k].reason in _PANEL or not (k == t or lines[k].label in _HEAD):
            continue
        name = ln.kept_text.strip()
        if not name[0].isdigit() and (_name_line(name) or _USER.fullmatch(name)):
            ln.mark("meta", "meta:byline")


_PANEL = frozenset({"boilerplate:profile", "boilerplate:counter"})
_HEAD = frozenset({"boilerplate", "meta"})


_CONTACT_NAME = LazyPattern(
    r"^(?:联系人|联络人)\s*:\s*\p{Han}{1,3}(?:先生|女士|小姐|太太)?$", engine="regex"
)
"""A contact's name alone after its key, no phone (on folded text)."""


def _listing_contact(lines: list[Line]) -> None:
    """A contact's name right under a listing's own fields (``区域：朝阳 - 望京`` /
    ``联系人：刘女士``) is the listing's poster (``meta:byline``), not the site's contact
    panel, whose lines are all contact cues (``市场部:`` / ``联系人:郎昊`` / ``手机:…``) or
    give a phone."""
    for i, ln in enumerate(lines):
        if ln.reason != "boilerplate:contact" or "人" not in ln.kept_text:
            continue
        if not _CONTACT_NAME.match(match_form(ln.kept_text)[1].strip()):
            continue
        j = next_nonblank(lines, i, -1)
        if j is not None and lines[j].label is None and _field(lines[j].kept_text):
            ln.mark("meta", "meta:byline")
