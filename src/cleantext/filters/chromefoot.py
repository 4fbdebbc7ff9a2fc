"""The page's foot, after the article's last paragraph: the *foot run* (:func:`_foot`: once
two chrome lines show that the article is over, every short line that is not running text),
a column of tags above it, links between chrome lines (:func:`_tail_link`), attachments'
file names (:func:`_attachments`), and copies of a chrome line at the other edge of the page
(:func:`_repeats`).

>>> _foot_shape("澳門博彩股齊升 金沙中國漲逾3%", None), _foot_shape("这是一句话。", None)
(True, False)
"""

from __future__ import annotations

import re

from ..document import Line
from .articlelists import _steps_on
from .base import next_nonblank
from .chromebuttons import _READS, _lone_button
from .chromecues import _IN_ARTICLE
from .chromepatterns import _RX
from .cues import match_form
from .lazyre import LazyPattern
from .title import _LISTY, _SECTION


def _tail_link(text: str, title: str | None) -> bool:
    """A line that may be a link between chrome lines at the tail: short, no sentence or
    clause marks, not the title, not a list item or a section word."""
    folded = match_form(text)[1].strip()
    return (
        len(folded) <= 40
        and text != title
        and not _RX.linky_bad.search(folded)
        and not _LISTY.match(folded)
        and not _SECTION.match(folded)
        and not _RX.numbered.match(folded)
    )


def _foot(lines: list[Line], last: int, title: str | None) -> None:
    """The page foot: after the article's last paragraph, once two chrome lines have shown
    that the article is over, every short line that is not running text is chrome too
    (related-article titles, comment lines, author cards, footer links with words no cue
    knows). The article is one block and chrome sits at its edges: nothing after its last
    paragraph and after two chrome lines is article, bar a numbered item, a section word,
    wrapped text ending in a clause mark, a step's number above its step, an ingredient's
    amount (or the heading above them) or a table of three fields or more: there the article
    goes on, and the run stops. A thread's posts are labelled before (:class:`.MetaLines`)."""
    anchors = [i for i in range(last + 1, len(lines)) if _strong_chrome(lines[i])]
    if len(anchors) < 2:
        return
    # right above the first of them, a column of three or more tags ("人工智能" / "LangGraph"
    # / "AI Agent"): very short lines without a mark
    run, j = [], next_nonblank(lines, anchors[0], -1)
    while j is not None and j > last and lines[j].label is None and _tag_shape(lines[j]):
        run.append(j)
        j = next_nonblank(lines, j, -1)
    if len(run) >= 3:
        for k in run:
            lines[k].mark("boilerplate", "boilerplate:tags")
    # and lone buttons and counts ("关注" / "3" / "点赞")
    j = next_nonblank(lines, anchors[0], -1)
    while j is not None and j > last and lines[j].label is None and _lone_button(lines[j]):
        lines[j].mark("boilerplate", "boilerplate:foot")
        j = next_nonblank(lines, j, -1)
    for i in range(anchors[0] + 1, len(lines)):
        ln = lines[i]
        if ln.label is not None or not ln.kept_text:
            continue
        shape = _foot_shape(ln.kept_text, title)
        if shape and _steps_on(lines, i):
            # a recipe's or a guide's steps and amounts after its buttons: the article goes
            # on, from this line (the learned step would take a short heading for chrome)
            ln.mark("body", "body:steps")
            return
        if shape is None:
            return  # wrapped running text: the article goes on
        if shape:
            ln.mark("boilerplate", "boilerplate:foot")


def _strong_chrome(ln: Line) -> bool:
    return ln.label == "boilerplate" and ln.reason not in _IN_ARTICLE and ln.reason not in _WEAK


_WEAK = frozenset(
    {"boilerplate:debris", "boilerplate:more", "boilerplate:pagination", "boilerplate:floor"}
)
"""Chrome that also sits inside articles (``?`` debris, "展开全文" with the text after it, "第
1 页 共 4 页" with the paper's notes after it), and a floor's number: the post goes on under
it (``3楼`` / its date / ``好的，谢谢！那叶插是直接放土上吗？``)."""


def _foot_shape(text: str, title: str | None) -> bool | None:
    """Whether a line after the foot's chrome is chrome: short and not a sentence (``None``:
    the article goes on: wrapped running text ending in a clause mark, a numbered item, a
    section word such as a product page's ``关键词`` with its value below).

    >>> _foot_shape("澳門博彩股齊升 金沙中國漲逾3%", None), _foot_shape("这是一句话。", None)
    (True, False)
    >>> _foot_shape("1. 第一步", None), _foot_shape("关键词", None)
    (None, None)
    >>> _foot_shape("本指南旨在帮助你提高发问技巧,", None) is None
    True
    """
    folded = match_form(text)[1].strip()
    if not folded or folded.endswith(_CLAUSE_END):
        return None if len(folded) > 8 else False
    if _RX.numbered.match(folded) or _SECTION.match(folded):
        return None  # a numbered item or a section word: the article goes on
    return (
        len(folded) <= 60
        and "。" not in folded
        and text.strip() != title
        and not _READS.match(folded)
        and not _KEYED.match(folded)
    )


_KEYED = LazyPattern(r"^[\[【]\p{Han}{2,6}[\]】]", engine="regex")
"""A bracketed key (``[收稿日期] 2022-01-10``, ``[基金项目] …``): a paper's notes, meta."""


_CLAUSE_END = tuple(",、;")


def _tag_shape(ln: Line) -> bool:
    """A tag: at most twelve characters, some letter, no mark, not a number or a list item."""
    text = match_form(ln.kept_text)[1].strip()
    return (
        0 < len(text) <= 12
        and not text.isdigit()
        and not _RX.linky_bad.search(text)
        and not _TAG_BAD.search(text)
        and not _SECTION.match(text)
    )


_TAG_BAD = LazyPattern(
    r"^\s*(?:\d{1,2}[.、)]|[((]?[一二三四五六七八九十]{1,3}[、.)]|[•·●◇▪■□◆*\-])|[.。!?]"
)


_FILE = LazyPattern(
    r"^[\w\-.()\p{Han}\s]{0,80}\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z)$", re.I, engine="regex"
)


def _attachments(lines: list[Line], last: int) -> None:
    """An attachment's file name alone on its line after the last paragraph (``附件1.docx``):
    a link to a file, chrome. At the top of a page a file name is the document's title."""
    for i in range(last + 1, len(lines)):
        ln = lines[i]
        text = ln.kept_text
        if (
            ln.label is None
            and 4 < len(text) <= 90
            and "." in text
            and _FILE.match(match_form(text)[1].strip())
        ):
            ln.mark("boilerplate", "boilerplate:attachment")


def _repeats(lines: list[Line], limit: int, last: int | None, title: str | None) -> None:
    """Copies of a chrome line at the page's edges: before the title (``limit``) or after
    the last paragraph (``last``); at most 40 characters, never the title."""
    edges = [*range(limit), *(range(last + 1, len(lines)) if last is not None else ())]
    todo = [i for i in edges if lines[i].label is None and 0 < len(lines[i].kept_text) <= 40]
    if not todo:
        return
    known = {
        ln.kept_text
        for ln in lines
        if ln.label == "boilerplate" and ln.reason not in _IN_ARTICLE and len(ln.kept_text) <= 40
    }
    for i in todo:
        text = lines[i].kept_text
        if text in known and text != title:
            lines[i].mark("boilerplate", "boilerplate:repeat")
