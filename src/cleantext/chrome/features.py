"""Features of an undecided line in its page, shared by training and inference (no drift).

A line is described by its character 1-2-grams (digits folded to ``0``, Latin lowercased,
first :data:`GRAM_CHARS` characters) and a few numbers that transfer across sites: length,
sentence punctuation, character-class shares, date/time/URL/phone shapes, its place in the
page (inside the article block between the first and last long paragraph, before it, after
it) and its neighbours' lengths and labels from the rules. Plain Python; every per-line
figure comes from a ``str`` method, ``str.translate`` or a compiled pattern.

>>> texts = ["首页 | 新闻 | 体育", "标题", "正文第一段，说了很多的事情。" * 5, "分享到"]
>>> feats = page_features(texts, ["boilerplate", None, None, None], [0, 1, 3])
>>> sorted(feats), len(feats[0][1]) == len(DENSE), "分享" in feats[3][0]
([0, 3], True, True)
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..filters.lazyre import LazyPattern

if TYPE_CHECKING:
    from ..document import Line

GRAM_CHARS = 48
"""Only the first characters of a line give n-grams (chrome shows itself early; long lines
are rarely chrome)."""
LONG = 50
"""A line this long with sentence punctuation is a paragraph of running text."""

DENSE = (
    "len",
    "sentences",
    "cjk",
    "latin",
    "digit",
    "space",
    "sep",
    "tokens",
    "token_len",
    "position",
    "block_distance",
    "short_run",
    "prev_len",
    "next_len",
)
"""The numeric features. Yes/no features are tokens added to the line's n-grams (``#date``,
``#after_block``, ``#prev:chrome``): looked up with them at C speed, not multiplied out."""

# one translation folds digits to 0 and Latin to lower case: n-grams of shapes, not values
_FOLD = str.maketrans(
    {
        **{c: "0" for c in "0123456789０１２３４５６７８９"},
        **{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    }
)
_PARAGRAPH = LazyPattern(r"[。！？!?；;]")
_ENDS = LazyPattern(r"[。！？!?…”」』）)．.]\s*$")
_CJK = LazyPattern(r"[\u3400-\u9fff\uf900-\ufaff]+")
_KEY = LazyPattern(r"^\S{1,8}?[:：]")
_SHAPES = LazyPattern(
    r"(?P<url>(?i:https?://|www\.|\.(?:com|cn|net|org|gov|edu|tw|hk)\b|@))"
    r"|(?P<date>(?:19|20)\d\d\s*[-年/.]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*日|民國"
    r"|\b\d{1,2}[-/.]\d{1,2}\b)"
    r"|(?P<clock>\d{1,2}[:：]\d\d)"
    r"|(?P<phone>\d{3,4}[-－ ]?\d{3,4}[-－ ]?\d{3,4}|\b400\b)"
)
"""Dates, clock times, URLs and phone numbers: one scan, the kinds found by group name."""
_SHAPE_CHARS = LazyPattern(r"[\d:.@民]")
"""A character every match of :data:`_SHAPES` holds (a digit, ``://``, ``www.``, ``.com``, ``@``,
``民國``): a line without one has no shape, told by one bitmap scan instead of trying
:data:`_SHAPES`' branches at every position (~7 µs on a short line)."""
# one translation maps the character classes counted to one code each: Latin ``a``, digits
# ``0``, spaces `` ``, separators ``|``, arrows ``>``, sentence marks ``.``, brackets ``[``;
# ``str.count`` then counts them at C speed (no regex substitution per class)
_CLASS = str.maketrans(
    {
        **{c: "a" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"},
        **{c: "0" for c in "0123456789０１２３４５６７８９"},
        **{c: " " for c in " \t\u3000\xa0"},
        **{c: "|" for c in "|｜/／·•_-—–~"},
        **{c: ">" for c in ">»›→"},
        **{c: "." for c in "。！？!?；;"},
        **{c: "[" for c in "【】[]《》<"},
    }
)


@functools.cache
def _lists() -> tuple[list[int | str], list[int | str]]:
    """:data:`_FOLD` and :data:`_CLASS` as lists indexed by code point (up to their last key)
    for ``str.translate``, the same translations: a list is looked up by index, while a dict
    raises a ``KeyError`` that ``translate`` catches for each character it lacks, most of a
    Chinese line's (~0.3 µs each: 8 of the 10 µs a short line's n-grams took). A character
    past a list's end raises an ``IndexError``, caught alike: it stays, as it did. Built on
    first use (~1 ms), the two lists sharing their int objects."""
    base: list[int | str] = list(range(max(*_FOLD, *_CLASS) + 1))
    fold, cls = base.copy(), base
    for table, out in ((_FOLD, fold), (_CLASS, cls)):
        for cp, to in table.items():
            out[cp] = to
    return fold, cls


_PROTECTED = LazyPattern(
    r"^\s*(?:\d{1,3}\s*[.、)．]|[(（]?[一二三四五六七八九十]{1,3}\s*[、.)）．]"
    r"|第[一二三四五六七八九十百\d]+[章節节條条部篇]|[•·●◇▪■□◆▶►]\s*\S.{0,30}[，。,；;]"
    r"|/\*|\*/|//|<!--|[{}])"
)


def eligible(text: str, max_len: int) -> bool:
    """Whether the model may judge a line: not longer than ``max_len``, not a sentence (ends
    with ``。！？``), not a numbered item or heading (``1.``, ``一、``, ``第三章``), not code,
    not a path — those are the article's whatever they look like.

    >>> eligible("分享到", 80), eligible("一.硬件介紹", 80), eligible("x" * 81, 80)
    (True, False, False)
    >>> eligible("這是一句話，有標點。", 80), eligible("设置 > 通用 > 关于本机", 80)
    (False, False)
    """
    return (
        len(text) <= max_len
        and not text.endswith(("。", "！", "？", "!", "?"))
        # paths (``设置 > 通用``): breadcrumbs are the rules'; one they left is the article's
        and not any(c in text for c in ">»›")
        and _PROTECTED.match(text) is None
    )


def page_state(
    lines: Sequence[Line], kept: Sequence[str] | None = None
) -> tuple[list[str], list[str | None]]:
    """The texts and labels :func:`page_features` reads: the kept text of each line (``kept``
    if the caller has them), its label so far, image placeholders counted as blank (they sit
    inside articles: their neighbours are no more chrome for them).

    >>> from cleantext.document import Line
    >>> page_state([Line("a", label="boilerplate", reason="boilerplate:image"), Line(" b ")])
    (['', 'b'], ['blank', None])
    """
    texts: list[str] = []
    labels: list[str | None] = []
    for i, ln in enumerate(lines):
        if ln.label == "blank" or ln.reason == "boilerplate:image":
            texts.append("")
            labels.append("blank")
        else:
            texts.append(ln.kept_text if kept is None else kept[i])
            labels.append(ln.label)
    return texts, labels


def _paragraph(text: str) -> bool:
    return len(text) >= LONG and _PARAGRAPH.search(text) is not None


def line_grams(text: str) -> list[str]:
    """The character 1- and 2-grams of a line's first :data:`GRAM_CHARS` characters, folded,
    and its first and last two characters marked as such (``^`` and ``$``).

    >>> line_grams("Tel:12")
    ['t', 'e', 'l', ':', '0', '0', 'te', 'el', 'l:', ':0', '00', '^te', '00$']
    """
    fold = _lists()[0]
    t = text[:GRAM_CHARS].translate(fold)
    return [*t, *map(str.__add__, t, t[1:]), "^" + t[:2], text[-2:].translate(fold) + "$"]


def _lead(
    texts: Sequence[str], labels: Sequence[str | None], order: Sequence[int], first_p: int
) -> int:
    """The undecided line nearest above the article's first paragraph (only labelled lines
    between: its date, a share bar) when it reads as a heading (8 characters or more, six of
    them Han, no sentence's end): the article's title wherever the title search landed, never
    judged (``升旗山缆车周末停运保养 游客可乘接驳巴士`` under a menu, no date line); or -1."""
    if first_p < 0:  # no paragraph as long as LONG: the first sentence of 20 or more
        first_p = next(
            (
                k
                for k, i in enumerate(order)
                if labels[i] is None and len(texts[i]) >= 20 and _PARAGRAPH.search(texts[i])
            ),
            -1,
        )
    k = first_p - 1
    while k >= 0 and labels[order[k]] is not None:
        k -= 1
    if k < 0:
        return -1
    t = texts[order[k]]
    if len(t) < 8 or _ENDS.search(t) or sum("\u4e00" <= c <= "\u9fff" for c in t) < 6:
        return -1
    if sum(len(w) == 1 for w in t.split()) >= 3:
        return -1  # buttons of one character ("字體：大 中 小 | 背景色"), no heading
    return order[k]


def page_features(
    texts: Sequence[str],
    labels: Sequence[str | None],
    only: Sequence[int],
    keep: Callable[[str], bool] | None = None,
    *,
    lead: bool = False,
) -> dict[int, tuple[list[str], list[float]]]:
    """For each index in ``only`` outside the article block (and whose text ``keep`` takes,
    if given): (n-grams, dense features) of ``texts[i]`` in its page.

    ``texts`` are the lines as the rules read them (stripped, spam cuts removed), ``labels``
    their labels so far (``None``: undecided; ``"blank"`` lines are skipped as context). The
    article block runs from the first to the last paragraph of running text; the lines inside
    it are the article's (chrome missed by the rules sits around it: in the red-team sets 96 %
    of the lines left undecided that are not body; judging only the others keeps the step
    cheap and away from the article). With ``lead``, the heading right above the first
    paragraph (:func:`_lead`) is not judged either (at inference: training reads every line it
    always read, so that a retrained model stays the shipped one).
    """
    order = [i for i, t in enumerate(texts) if t and labels[i] != "blank"]
    if not order:
        return {}
    rank = {i: k for k, i in enumerate(order)}
    # the block's first and last paragraphs, looked for from either end: the lines between
    # them are never read
    first_p = next(
        (k for k, i in enumerate(order) if labels[i] is None and _paragraph(texts[i])), -1
    )
    last_p = first_p
    for k in range(len(order) - 1, first_p, -1) if first_p >= 0 else ():
        i = order[k]
        if labels[i] is None and _paragraph(texts[i]):
            last_p = k
            break
    paras = first_p >= 0
    first_open = next((i for i in order if labels[i] is None), -1)
    heading = _lead(texts, labels, order, first_p) if lead else -1
    span = max(len(order) - 1, 1)
    out: dict[int, tuple[list[str], list[float]]] = {}
    classes = _lists()[1]
    for i in only:
        t = texts[i]
        if i not in rank or not t:
            continue
        k = rank[i]
        if first_p < k < last_p or i in (first_open, heading):  # the article's, its title
            continue
        if keep is not None and not keep(t):
            continue  # (told after the block: most undecided lines are the article's)
        n = len(t)
        tokens = t.split()
        cls = t.translate(classes)
        arrows = cls.count(">")
        before = paras and k < first_p
        after = paras and k > last_p
        if not paras:
            dist = 1.0
        elif before:
            dist = min(first_p - k, 8) / 8
        elif after:
            dist = min(k - last_p, 8) / 8
        else:
            dist = 0.0
        flags = [
            "#len4" if n <= 4 else "#len10" if n <= 10 else "#len20" if n <= 20 else "#long",
            "#before_block" if before else "#after_block" if after else "#no_block",
            f"#prev:{_kind(labels, order, k - 1)}",
            f"#next:{_kind(labels, order, k + 1)}",
        ]
        flags.extend("#" + shape for shape in _shapes(t))
        if _ENDS.search(t):
            flags.append("#ends_sentence")
        if _KEY.match(t):
            flags.append("#key_colon")
        if "[" in cls:
            flags.append("#brackets")
        if arrows:
            flags.append("#arrow")
        if k in (first_p, last_p):
            flags.append("#block_edge")
        dense = [
            math.log1p(n) / 5,
            min(cls.count("."), 3) / 3,
            (n - len(_CJK.sub("", t))) / n,
            cls.count("a") / n,
            cls.count("0") / n,
            cls.count(" ") / n,
            min((cls.count("|") + arrows) * 4 / n, 1.0),
            min(len(tokens), 10) / 10,
            min(n / max(len(tokens), 1), 20) / 20,
            k / span,
            dist,
            _short_run(texts, order, k) / 6,
            _length(texts, order, k - 1),
            _length(texts, order, k + 1),
        ]
        out[i] = (line_grams(t) + flags, dense)
    return out


def _short_run(texts: Sequence[str], order: list[int], k: int) -> int:
    """How many short lines (≤ 20 characters) in a row this one sits in, at most 6."""
    if len(texts[order[k]]) > 20:
        return 0
    run = 1
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(order) and run < 6 and len(texts[order[j]]) <= 20:
            run += 1
            j += step
    return run


def _shapes(text: str) -> set[str]:
    if _SHAPE_CHARS.search(text) is None:
        return set()
    return {m.lastgroup or "" for m in _SHAPES.finditer(text)}


def _kind(labels: Sequence[str | None], order: list[int], k: int) -> str:
    """A neighbour's rule label: ``open`` (undecided), ``meta``, ``chrome`` (boilerplate or
    spam), or ``edge`` (no neighbour: the page's first or last line)."""
    if not 0 <= k < len(order):
        return "edge"
    lab = labels[order[k]]
    if lab is None or lab == "body":
        return "open"
    return "meta" if lab == "meta" else "chrome"


def _length(texts: Sequence[str], order: list[int], k: int) -> float:
    return math.log1p(len(texts[order[k]])) / 5 if 0 <= k < len(order) else 0.0
