"""One Traditional → Simplified character table for every rule that matches text in both scripts.

The chrome and metadata cues (:mod:`cleantext.filters.cues`) and the spam lexicon
(:mod:`cleantext.spam.lexicon`) write their words once, in Simplified, and match them on a
*folded* line: every Traditional character replaced by its Simplified form, one character for
one (OpenCC ``TSCharacters``, first candidate), full-width ASCII made ASCII and the ideographic
space a space, so that offsets in the folded line are offsets in the line. Both used to build
this table, and its list form for ``str.translate``, each on its own on a process's first page
(~10 ms together); :func:`table` and :func:`bmp_list` build them once per process, from the
table the spam lexicon ships prebuilt (``spam/data/built.json``), else from OpenCC's file.

>>> "後來發展，ＡＢ".translate(bmp_list())
'后来发展,AB'
>>> table()[ord("發")] == ord("发")
True
"""

from __future__ import annotations

import functools
import re


@functools.cache
def table(extra: str = "") -> dict[int, int]:
    """Code point → code point for every character folding changes.

    ``extra`` holds pairs of characters (``"裡里着著"``: 裡 → 里, 着 → 著) added where the
    table has no entry of its own; the table without extras is shared, never changed.

    >>> chr(table()[ord("\\uff1a")]), chr(table("裡里")[ord("裡")])
    (':', '里')
    """
    if extra:
        out = dict(table())
        for a, b in _pairs(extra):
            out.setdefault(ord(a), ord(b))
        return out
    pairs = _shipped()
    if pairs is None:
        pairs = _read()
    return {ord(a): ord(b) for a, b in pairs if a != b}


@functools.cache
def bmp_list(extra: str = "") -> list[int]:
    """:func:`table` as a list indexed by code point over the BMP, for ``str.translate``: a
    list is looked up about twice as fast as a dict (no hashing, no ``KeyError`` for every
    character that stays). Astral characters are not in it: a text holding any must be
    translated with :func:`table`.

    >>> "國產ＡＶ".translate(bmp_list())
    '国产AV'
    """
    if extra:
        out = bmp_list().copy()  # a copy and a few entries, not another 65,536-entry build
        base = table()
        for a, b in _pairs(extra):
            if ord(a) not in base and ord(a) < 0x10000:
                out[ord(a)] = ord(b)
        return out
    out = list(range(0x10000))
    for cp, to in table().items():
        if cp < 0x10000:
            out[cp] = to
    return out


@functools.cache
def changes(extra: str = "") -> re.Pattern[str]:
    """Finds the first character folding may change: one the table maps elsewhere, or any
    astral character (a text holding one is translated with :func:`table`). Most lines of a
    Simplified page have none, and ``re`` finds it through a bitmap ten times faster than
    ``str.translate`` walks the line.

    >>> changes().search("组织部长 2024 年") is None
    True
    >>> changes().search("组织部長").start()
    3
    """
    from . import recache

    # the class has ~2,200 runs: its source and its program come from the disk cache
    # (recache), and the source is built without re.escape of every character
    source = recache.derived(f"fold-changes-{extra}", lambda: _changes_source(extra))
    return recache.compile(source)


def _changes_source(extra: str) -> str:
    parts, runs = [], _runs(sorted(cp for cp in table(extra) if cp < 0x10000))
    for first, last in runs:
        a, b = _literal(first), _literal(last)
        parts.append(a if first == last else f"{a}-{b}")
    return "[" + "".join(parts) + "\U00010000-\U0010ffff]"


def _literal(cp: int) -> str:
    """A code point inside a character class (only ASCII needs escaping, as re.escape does)."""
    return re.escape(chr(cp)) if cp < 0x80 else chr(cp)


def _runs(codepoints: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as runs of consecutive ones: ``[1, 2, 3, 7]`` → ``[(1, 3), (7, 7)]``
    (a class of ranges compiles in half the time of the same characters one by one)."""
    runs: list[tuple[int, int]] = []
    for cp in codepoints:
        if runs and runs[-1][1] == cp - 1:
            runs[-1] = (runs[-1][0], cp)
        else:
            runs.append((cp, cp))
    return runs


def _pairs(extra: str) -> list[tuple[str, str]]:
    if len(extra) % 2:
        raise ValueError(f"extra must hold pairs of characters, got {extra!r}")
    return list(zip(extra[::2], extra[1::2], strict=True))


def _shipped() -> list[tuple[str, str]] | None:
    """The table the spam lexicon ships (``None`` when its data is stale or missing)."""
    from .spam.lexicon import prebuilt  # the spam steps load the same file on every page

    sources, targets = prebuilt("t2s_from"), prebuilt("t2s_to")
    if sources is None or targets is None or len(sources) != len(targets):
        return None
    return list(zip(sources, targets, strict=True))


def _read() -> list[tuple[str, str]]:
    """The table from OpenCC's ``TSCharacters.txt`` (single characters whose first candidate
    is one character), plus full-width ASCII and the ideographic space."""
    from .convert.data import read_data

    pairs: list[tuple[str, str]] = []
    for row in read_data("TSCharacters.txt").splitlines():
        if not row or row.startswith("#") or "\t" not in row:
            continue
        key, values = row.split("\t", 1)
        first = values.split()[0] if values.split() else ""
        if len(key) == 1 and len(first) == 1:
            pairs.append((key, first))
    pairs += [(chr(cp), chr(cp - 0xFEE0)) for cp in range(0xFF01, 0xFF5F)]
    pairs.append(("\u3000", " "))
    return pairs
