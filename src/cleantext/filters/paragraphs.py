"""The article block: paragraphs of running text, the page head before the first of them
and the article's foot after the last.

>>> is_paragraph("赌牌是块超级肥肉。")
False
>>> is_paragraph("群眾看干部,村干部隊伍是加強農村基層組織建設、"
...              "夯實鄉村治理根基的關鍵所在,要一抓到底。")
True
"""

from __future__ import annotations

import functools

from ..document import Document, Line
from .cues import plain
from .lazyre import LazyPattern
from .pagefacts import PageFacts, page_facts

_rx = functools.partial(LazyPattern, engine="regex")


def is_paragraph(text: str) -> bool:
    """A line of running text: long, with sentence punctuation after a Han character.

    >>> is_paragraph("赌牌是块超级肥肉。")
    False
    """
    if len(text) < 40:
        return False  # plain text is never longer
    text = plain(text)
    # on the folded text: "。", or "!" / "?" after a word (:data:`_PARA`); told on the plain
    # text as written (:data:`_PARA_UNFOLDED`), as a paragraph is long and folding costs
    # ~300 instructions per character
    return len(text) >= 40 and ("。" in text or _PARA_UNFOLDED.search(text) is not None)


_PARA = _rx(r"[!?](?<=[\p{Han}\w”」)].)")
"""``!`` or ``?`` after a word on the folded text (the look-behind after the mark: ``regex``
then scans for the mark instead of trying the look-behind at every character)."""
_PARA_UNFOLDED = _rx(r"[!?！？](?<=[\p{Han}\w”」)）].)")
""":data:`_PARA` on the text as written: the characters folding to ``!``, ``?`` and ``)``
added (folding keeps Han characters Han and word characters word characters, and no other
character folds to ``。``, ``”`` or ``」``: tests check the table)."""


def head_end(doc: Document) -> int:
    """Index of the first undecided paragraph-like line (``len(doc.lines)`` if none)."""
    # four filters ask on each page: the page's paragraphs are told once (PageFacts)
    return page_facts(doc).head_end(doc.lines)


def next_paragraph(lines: list[Line], start: int, stop: int) -> int | None:
    """Index of the first paragraph-like line in ``lines[start:stop]``, or ``None``."""
    for i in range(start, min(stop, len(lines))):
        line = lines[i]
        if len(line.clean) >= 40 and line.label in (None, "body") and is_paragraph(line.kept_text):
            return i
    return None


def article_foot(doc: Document, end: int, facts: PageFacts | None = None) -> tuple[int, int]:
    """The foot of the article as ``(start, stop)`` line indices: from the line after the
    last paragraph-like line past ``end`` (the end of the page head) to the first chrome line
    below it. A byline, a source or a date may close the article there, as in the head
    (``文 | 张三``, ``时间：…``); below the chrome are comments and lists. ``(n, n)`` if the
    page has no paragraph past its head. ``facts``: the page's, if the caller has them."""
    lines = doc.lines
    n = len(lines)
    last = (facts or page_facts(doc)).last_paragraph(lines, end)
    if last is None:
        return n, n
    stop = last + 1
    while stop < n and lines[stop].label not in ("boilerplate", "spam"):
        stop += 1
    return last + 1, stop
