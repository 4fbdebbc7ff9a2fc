"""Facts about a page's lines, worked out once and read by every step after the spam rules.

The chrome, meta and line-model steps all read the same things about each line: its kept
text (:attr:`~cleantext.document.Line.kept_text`), its plain form without pinyin debris
(:func:`.cues.plain`), and which lines are paragraphs of running text (the article block,
whose first line ends the page head). Each step used to work them out again, line by line;
:func:`page_facts` works them out once per page and keeps them in ``doc.cache``.

Facts depend on the lines' texts and cuts, never on their labels: labels are read live, so
a step that labels lines leaves the facts valid. A step that changes a line's ``clean`` text
or cuts it (the spam steps) makes them stale; :func:`page_facts` sees that and works them out
again, so any step may use them, alone or in any pipeline.

>>> from cleantext.document import Document
>>> doc = Document.from_text("标题\\n\\n" + "正文第一段，讲了一件事情。" * 4 + "\\n 分享到 ")
>>> facts = page_facts(doc)
>>> facts.kept[0], facts.kept[3], facts.paragraphs
('标题', '分享到', [2])
>>> facts.head_end(doc.lines)
2
>>> page_facts(doc) is facts  # kept for the page
True
>>> doc.lines[0].cut(0, 1, "spam", "spam:x")
>>> page_facts(doc) is facts, page_facts(doc).kept[0]  # a cut: worked out again
(False, '题')
"""

from __future__ import annotations

from operator import attrgetter

from ..document import Document, Line
from ..lazy import module
from .cues import plain
from .lazyre import LazyPattern

_CLEAN, _CUTS = attrgetter("clean"), attrgetter("cuts")

PARAGRAPH_MIN = 40
_CLOSING_LINES = 6
"""How many lines after the last paragraph are looked at for a closing short sentence."""
"""A line shorter than this (``clean``, as the kept text is never longer) is no paragraph
(:func:`.meta.is_paragraph`)."""


class PageFacts:
    """The facts of one page's lines (see the module). Build it with :func:`page_facts`.

    ``kept[i]`` is line ``i``'s kept text; ``plain[i]`` its :func:`.cues.plain` form (worked
    out on first use); ``paragraphs`` the indices of the lines of running text
    (:func:`.meta.is_paragraph`), in order, whatever their labels.
    """

    __slots__ = ("_cleans", "_cuts", "_plain", "kept", "paragraphs")

    def __init__(self, lines: list[Line]) -> None:
        is_paragraph = module("cleantext.filters.meta").is_paragraph  # (meta imports this module)

        self._cleans = list(map(_CLEAN, lines))
        self._cuts = list(map(len, map(_CUTS, lines)))
        self.kept = kept = [ln.kept_text for ln in lines]
        self.paragraphs = [
            i
            for i, c in enumerate(self._cleans)
            if len(c) >= PARAGRAPH_MIN and is_paragraph(kept[i])
        ]
        self._plain: list[str] | None = None

    def holds(self, lines: list[Line]) -> bool:
        """Whether the facts still describe ``lines``: same lines, same texts, same cuts.

        Asked by every step after the spam rules: two lists built and compared at C speed
        (a list comparison takes an element that *is* the one kept without comparing
        characters; a text replaced by an equal one gives the same facts), not a Python
        loop over the page's lines."""
        return (
            len(lines) == len(self._cleans)
            and list(map(_CLEAN, lines)) == self._cleans
            and list(map(len, map(_CUTS, lines))) == self._cuts
        )

    @property
    def plain(self) -> list[str]:
        if self._plain is None:
            self._plain = [plain(t) for t in self.kept]
        return self._plain

    def head_end(self, lines: list[Line]) -> int:
        """Index of the first undecided (or body) paragraph: the end of the page head
        (``len(lines)`` if none). The same as :func:`.meta.head_end`."""
        for i in self.paragraphs:
            if lines[i].label in (None, "body"):
                return i
        return len(lines)

    def last_paragraph(self, lines: list[Line], after: int = -1) -> int | None:
        """Index of the last undecided (or body) paragraph past line ``after``, or ``None``.

        A short sentence below it before any chrome (``居民可投票表决是否参与计划，须有至少75%
        的住户赞成。``) is the article's closing paragraph: the last one then, so that the
        foot's rules, which read the foot like the page head, do not take what lies above it
        (a table's ``资料来源：建屋发展局``, a reply ``楼主用的什么竿？四米五还是五米四？``)."""
        for i in reversed(self.paragraphs):
            if i <= after:
                return None
            if lines[i].label in (None, "body"):
                return self._closing(lines, i)
        return None

    def _closing(self, lines: list[Line], i: int) -> int:
        """The last short sentence among the few undecided lines after paragraph ``i``, before
        the first chrome line (not one that sits inside articles: an image placeholder, a
        "read on" prompt) or dated line, or ``i``."""
        # (chromecues imports the cue machinery)
        _IN_ARTICLE = module("cleantext.filters.chromecues")._IN_ARTICLE

        kept, last, seen = self.kept, i, 0
        for k in range(i + 1, len(lines)):
            label = lines[k].label
            if label in ("boilerplate", "spam") and lines[k].reason not in _IN_ARTICLE:
                break
            text = kept[k]
            if not text or label == "blank":
                continue
            seen += 1
            if seen > _CLOSING_LINES or _DATED.search(text):
                break  # a reply's head ("回覆 Vivi 2025-04-27 08:12"): posts below, no article
            if label in (None, "body") and _short_sentence(text):
                last = k
        return last


def page_facts(doc: Document) -> PageFacts:
    """The :class:`PageFacts` of ``doc``: kept in ``doc.cache["facts"]`` while they hold,
    worked out again when a line's text or cuts changed since."""
    facts = doc.cache.get("facts")
    if facts is None or not facts.holds(doc.lines):
        facts = doc.cache["facts"] = PageFacts(doc.lines)
    return facts


def _short_sentence(text: str) -> bool:
    """A sentence of running text too short for a paragraph: twelve characters or more,
    eight of them Han, ending with a sentence's final mark (a closing quote or bracket may
    follow it).

    >>> _short_sentence("居民可投票表决是否参与计划，须有至少75%的住户赞成。")
    True
    >>> _short_sentence("谢谢。"), _short_sentence("资料来源：建屋发展局")
    (False, False)
    """
    t = text.rstrip()
    if len(t) < 12 or len(t) >= PARAGRAPH_MIN + 40:
        return False
    t = t.rstrip("”」』)）】\"'")
    if not t.endswith(("。", "！", "？", "!", "?")):
        return False
    return len(_HAN.findall(t)) >= 8


_HAN = LazyPattern(r"\p{Han}", engine="regex")
_DATED = LazyPattern(r"\d(?:\d{3}\s*[-/.年]\s*\d{1,2}|\d?:\d\d)")
"""A date (``2024-05-06``, ``2024年5``) or a clock time (``9:30``); led by its first digit, which
``re`` skips to (an alternation of branches led by classes is tried at every position)."""
