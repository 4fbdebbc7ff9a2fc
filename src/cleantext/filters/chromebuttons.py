"""Buttons at the page's edges, told by their shape where no cue sees them: rows of short
buttons or links (:func:`_button_row`: ``进入贴吧 全吧搜索 吧内搜索``), one button word or a
count alone on its line next to chrome or meta (:func:`_lone_buttons`: ``关注``, ``转发 56``),
and share buttons or hashtags printed one to a line (:func:`_one_per_line`).

>>> _button_row("亮了(36)　回复(12)　推荐　收藏"), _counted("转发 56"), _counted("阅读 56")
('row', True, False)
"""

from __future__ import annotations

import re

from ..document import Line
from .base import consecutive, edges, next_nonblank
from .chromecues import _BUTTONS, _IN_ARTICLE, _SHARE_TOKEN
from .cues import match_form
from .lazyre import LazyPattern
from .title import _LISTY, _SECTION, ORDINAL

_READS = LazyPattern(
    r"^(?:阅读|阅读量|浏览|浏览量|点击|人气|views?)\s*[:(]?\s*[\d,.]+\s*[万wk]?\s*\)?次?$", re.I
)
"""A read count: the article's meta wherever it sits (``閱讀 (2386)``)."""


_LONE_BUTTONS = frozenset(b for b in _BUTTONS if len(b) >= 2)


def _lone_button(ln: Line, *, digits: bool = True) -> bool:
    """A count (``digits``) or one button word of :data:`_BUTTONS` alone on its line (two
    characters or more: ``推`` alone may be a word)."""
    text = match_form(ln.kept_text)[1].strip()
    return (digits and text.isdigit() and len(text) <= 7) or text in _LONE_BUTTONS


_LONE_SHARE = LazyPattern(rf"^{_SHARE_TOKEN}$", re.I, engine="regex")
_HASHTAG = LazyPattern(r"^#[^\s#\d][^\s#]{0,11}#?$", engine="regex")


def _one_per_line(lines: list[Line], head: int, last: int | None) -> None:
    """Share buttons and hashtags printed one to a line: each alone is a word an article may
    hold, two or more in a row are a widget (``WhatsApp`` / ``Facebook`` / ``複製連結``; a share
    button also next to a share line: ``分享到：`` / ``微信`` / ``微博``), in the head or after the
    last paragraph (between paragraphs, a list of networks is the article's). Hashtags only
    after the last paragraph (a ``#话题`` inside the text is the writer's)."""
    share: list[int] = []
    tags: list[int] = []
    for i, ln in enumerate(lines):
        text = ln.kept_text
        if ln.label not in (None, "boilerplate") or not text or len(text) > 16:
            continue
        folded = match_form(text)[1].strip()
        after = last is not None and i > last
        if (i < head or after) and _LONE_SHARE.match(folded):
            share.append(i)
        elif after and ln.label is None and _HASHTAG.match(folded):
            tags.append(i)
    for run in consecutive(share, lambda i: next_nonblank(lines, i, 1)):
        ends = (next_nonblank(lines, run[0], -1), next_nonblank(lines, run[-1], 1))
        by_share = any(j is not None and lines[j].reason == "boilerplate:share" for j in ends)
        if len(run) >= 2 or by_share:
            for k in run:
                if lines[k].label is None:
                    lines[k].mark("boilerplate", "boilerplate:share")
    for run in consecutive(tags, lambda i: next_nonblank(lines, i, 1)):
        if len(run) >= 2:
            for k in run:
                lines[k].mark("boilerplate", "boilerplate:tags")


def _lone_buttons(lines: list[Line], head: int, last: int | None, t: int | None) -> None:
    """Lone button words (:func:`_lone_button`) at the page's edges, and buttons with a count
    at the foot (:func:`_counted`), next to a chrome or meta line (or a button labelled here:
    a column of them)."""
    zone = edges(lines, head, last)
    foot = last if last is not None else len(lines)
    todo = []
    for i in zone:
        ln = lines[i]
        if ln.label is not None or i == t:
            continue
        text = ln.kept_text
        n = len(text)
        # a button word has at most six characters; a longer line may be a count at the foot
        if n < 2 or n > 12 or (n > 6 and not (i > foot and text[-1] in _COUNT_ENDS)):
            continue
        if text.strip() in _EDGE_WORDS:
            continue
        if _lone_button(ln, digits=False) or (i > foot and _counted(text)):
            todo.append(i)
    for i in [*todo, *reversed(todo)]:  # both ways: a column of buttons above or below
        ln = lines[i]
        if ln.label is not None:
            continue
        for step in (-1, 1):
            j = next_nonblank(lines, i, step)
            if j is not None and (
                lines[j].label == "meta"
                or (lines[j].label == "boilerplate" and lines[j].reason not in _IN_ARTICLE)
            ):
                ln.mark("boilerplate", "boilerplate:widget")
                break


def _button_blocks(lines: list[Line], head: int, title: str | None) -> None:
    """Short lines in a block of buttons in the page's head: a block of lines with no blank
    line between them, before the first paragraph, that holds a button (``boilerplate:widget``,
    ``收藏``, ``预约看房``) or a lone button word; its other undecided lines shaped as buttons
    (:func:`_button_shaped`: ``关注房源``, ``询底价``, ``0有用+1``, ``1086万次下载``) are the
    site's buttons and counters too, not the title.

    A button word alone is a button wherever it stands in the block; the other lines only in a
    run of undecided lines between the block's labelled lines that is all buttons,
    and a few of them (:data:`MOST_BUTTONS`): a short line in a run with the article's text
    (a product's name and price, a heading over its lines) is the article's, and so is the
    run that runs into the first paragraph (its heading: ``简介`` / ``收藏`` / ``分享`` /
    ``简介`` over the text)."""
    n, i = min(head, len(lines)), 0
    while i < n:
        if not lines[i].kept_text:
            i += 1
            continue
        j = i
        while j < n and lines[j].kept_text:
            j += 1
        block = range(i, j)
        i = j
        if len(block) < 2 or not any(
            lines[k].reason == "boilerplate:widget"
            or (lines[k].label is None and _lone_button(lines[k], digits=False))
            for k in block
        ):
            continue
        if title is not None and any(lines[k].kept_text == title for k in block):
            continue  # the title's block: the listing's price and fields under it
        into_text = j < len(lines) and bool(lines[j].kept_text)
        for k in block:
            if lines[k].label is None and _lone_button(lines[k], digits=False):
                lines[k].mark("boilerplate", "boilerplate:widget")
        for run in consecutive([k for k in block if lines[k].label is None], lambda k: k + 1):
            if into_text and run[-1] == block[-1]:
                continue  # the lines over the first paragraph: its heading
            if len(run) <= MOST_BUTTONS and all(_button_shaped(lines[k]) for k in run):
                for k in run:
                    lines[k].mark("boilerplate", "boilerplate:widget")


MOST_BUTTONS = 4
"""The most buttons in a row between the labelled lines of a block of buttons; more short
lines in a row are a list of the article's (ingredients, a song's lines)."""


def _button_shaped(ln: Line) -> bool:
    """At most eight characters without a sentence's or a field's marks, a price, a
    spaced-out label, a list item, a section word or a numbered part."""
    text = match_form(ln.kept_text)[1].strip()
    return (
        len(text) <= 8
        and _BLOCK_BAD.search(text) is None
        and not _SPACED.match(text)
        and not _LISTY.match(text)
        and not _SECTION.match(text)
        and not ORDINAL.match(text)
    )


_BLOCK_BAD = LazyPattern(r"[,。!?、:;“”\"《》\[\]【】¥￥$•·●▪■◆*]|^\s*-|元")
"""What no button or counter holds (folded): the marks of a sentence, a field or a quoted
name, a price, a list's bullet."""
_SPACED = LazyPattern(r"^\p{Han}(?: \p{Han})+$", engine="regex")
"""A word spaced out (``京 东 价``): a label, the page's or the site's."""


_EDGE_WORDS = frozenset({"编辑", "編輯"})
"""Button words that are also a byline key (``编辑`` above the editor's name)."""
_COUNT_ENDS = frozenset("0123456789)）万萬wk")
_COUNTED_LINE = LazyPattern(
    r"^\p{Han}{1,4}(?:\s*\(\d[\d,]*[万wk]?\)|\s+\d[\d,.]*[万wk]?)$", engine="regex"
)


def _counted(text: str) -> bool:
    """A button with its count at the foot ("转发 56", "投票(2)"); a read count is meta."""
    folded = match_form(text)[1].strip()
    return bool(_COUNTED_LINE.match(folded)) and not _READS.match(folded)


_ROW_SEPS = (" ", "\u3000", "|", "\uff5c", "·", "•", "/", "\t")
"""What separates the items of a row, as written (a fold maps none of them onto another)."""
_ITEMS = LazyPattern(r"\s*[|\uff5c·•/]\s*|\s+")
_BAD_ITEM = LazyPattern(r"[,。!?、:;“”\"《》\[\]【】.]")
_BUTTON_MARKS = "▶►+"
_COUNTED = LazyPattern(r"^\p{Han}{1,4}\(\d[\d,]*[万wk]?\)$", engine="regex")


def _button_row(text: str) -> str | None:
    """Three or more short items (two to four Han characters, a count, a short Latin word)
    separated by spaces or ``|``, no punctuation: a row of buttons or links, ``"row"``; or
    ``"names"`` when every Han item has two or three characters (names look the same:
    only a chrome neighbour tells). Single Han characters are a spaced-out word (``引 言``).

    >>> _button_row("进入贴吧 全吧搜索 吧内搜索"), _button_row("搜贴 搜人 进吧 搜标签")
    ('row', 'names')
    >>> _button_row("0 引 言"), _button_row("外資賭場進駐 爭食澳門大餅")
    (None, None)
    >>> _button_row("亮了(36)　回复(12)　推荐　收藏"), _button_row("▶ 播放　+ 訂閱　下載　分享")
    ('row', 'row')
    """
    if len(text) > 80 or sum(map(text.count, _ROW_SEPS)) < 2:
        return None  # most lines: no folding, no split
    folded = match_form(text)[1].strip()
    if len(folded) > 60 or _BAD_ITEM.search(folded):
        return None
    items = [x for x in _ITEMS.split(folded) if x]
    if len(items) < 3:
        return None
    han = 0
    names = True
    for x in items:
        if x[0] in _BUTTON_MARKS:  # "▶ 播放", "+ 订阅": a button, not a name
            x = x.lstrip(_BUTTON_MARKS)
            names = False
            if not x:
                continue
        if "(" in x:  # "亮了(36)", "回复(12)": a button with its count
            if not _COUNTED.match(x):
                return None
            han += 1
            names = False
        elif _HAN_ONLY.match(x):
            if not 2 <= len(x) <= 4 or x in _BYLINE_KEYS:
                return None
            han += 1
            names = names and len(x) <= 3
        elif not ((x.isdigit() and len(x) <= 7) or (x.isascii() and x.isalnum() and len(x) <= 10)):
            return None
    if han < 3:
        return None
    return "names" if names else "row"


_HAN_ONLY = LazyPattern(r"^\p{Han}+$", engine="regex")
_BYLINE_KEYS = frozenset(
    {"记者", "编辑", "审核", "作者", "责编", "来源", "摄影", "通讯员", "撰文", "主编", "校对"}
    | {"审校", "翻译", "编译", "出品", "策划", "统筹"}
)
"""A row holding one of these is a byline (``記者 陳怡君 / 綜合報導``), folded."""
