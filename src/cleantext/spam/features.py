"""Features of a line in its page, shared by training and inference (one function: no drift).

A line is described by hashed character n-grams of its folded text (:func:`ngram_ids`) and a
few structural numbers (:func:`page_features`): length, list shape, sentence punctuation,
lexicon hits, script mismatch with the page, position, how much of its vocabulary the rest
of the page shares, whether its neighbours look like spam. Plain Python, no scikit-learn.

>>> feats = page_features(["国产精品一区二区_亚洲欧美_久久", "", "标题", "正文第一段。"])
>>> len(feats), feats[1] is None, len(feats[0][1]) == len(DENSE)
(4, True, True)
"""

from __future__ import annotations

import functools
import math
import re
import zlib
from itertools import chain, islice

from .. import recache
from ..filters.lazyre import LazyPattern
from .lexicon import (
    _CHUNK,
    _PINYIN,
    chars_in,
    find,
    fold,
    gate_lines,
    pattern,
    script_counts,
    worth_a_look,
)

HASH_BITS = 18
NGRAMS = (1, 2, 3)
MAX_CHARS = 100
PAGE_CHARS = 6000
CONTEXT_MIN = 200
SCRIPT_CHARS = 1000
"""The page script is judged on its first characters."""
"""How much of the page a line's vocabulary is compared with (excerpts are page beginnings)."""
"""Only the first characters of a long line are hashed (spam shows itself early)."""

DENSE = (
    "len",
    "short",
    "items",
    "item_len",
    "sep_ratio",
    "sentence",
    "cjk",
    "latin",
    "digit",
    "strong",
    "porn_weak",
    "gambling_weak",
    "agency",
    "spammy_items",
    "script_mismatch",
    "first",
    "last",
    "position",
    "overlap",
    "overlap_low",
    "duplicate",
    "neighbour_strong",
    "page_strong",
    "year_prefix",
    "html",
    "bullet",
)

_rx = functools.partial(LazyPattern, engine="regex")

_ITEM = LazyPattern(r"[^_|,\uff0c、/\uff5c\s\-\u2013\u2014~\u00b7\u2022\uff3f\uff0f]+")
_SEP = LazyPattern(r"[_|,\uff0c、/\uff5c\-\u2013\u2014\uff3f\uff0f]")
_SENTENCE = LazyPattern(r"[。\uff01\uff1f\uff1b!;?](?:(?<!\?)|(?!\s*$))")
"""A sentence mark, ``?`` not at the end (one class first: ``re`` skips to its characters)."""
_CJK = _rx(r"[\u3400-\u9fff\uf900-\ufaff]")
"""(``regex``: ``re`` compiles a class of wide ranges bit by bit, ~20 ms on the first page.)"""
_CJK_RUN = _rx(r"[\u3400-\u9fff\uf900-\ufaff]+")
_NOT_CJK = _rx(r"[^\u3400-\u9fff\uf900-\ufaff]+")
"""Runs of CJK characters, of others: a count or a join of the characters of a class from
one substitution (``findall`` makes a string object per character)."""
_LATIN = LazyPattern(r"[a-z]")
_DIGIT = LazyPattern(r"[0-9]")
_BULLET = _rx(r"^\s*(?:[•·*\-]|\d{1,3}[.、])\s*")
_YEAR = _rx(r"^\s*20\d\d年")
_STRONG = ("porn-strong", "gambling-strong", "invoice-strong", "certificate-strong", "video-strong")


def ngram_ids(folded: str) -> list[int]:
    """Distinct hashed character 1–3-grams of a folded line (whitespace runs collapsed):
    ``zlib.crc32(gram.encode("utf-8", "surrogatepass")) mod 2**HASH_BITS`` — stable across
    Python versions and platforms, unlike ``hash()``.

    >>> ngram_ids("ab") == sorted(set(ngram_ids("ab")))
    True
    >>> ngram_ids("a") == [zlib.crc32(b"a") % 2**HASH_BITS]
    True
    """
    text = " ".join(folded[:MAX_CHARS].split())
    # every gram's CRC from C-level maps, no Python step per gram: the characters' UTF-8
    # bytes (one findall), a 2-gram's CRC continued from its first character's
    # (``crc32(b, crc32(a)) == crc32(a + b)``), a 3-gram's from its first 2-gram's
    chars = _UTF8_CHAR.findall(text.encode("utf-8", "surrogatepass"))
    crc = zlib.crc32
    one = list(map(crc, chars))
    two = list(map(crc, chars[1:], one))
    return sorted(set(map(_MASK.__and__, chain(one, two, map(crc, chars[2:], two)))))


_MASK = (1 << HASH_BITS) - 1
_UTF8_CHAR = re.compile(b"[^\x80-\xbf][\x80-\xbf]*")
"""One character's UTF-8 bytes: a lead byte and its continuation bytes."""


def _bigrams(text: str) -> list[str]:
    han = _NOT_CJK.sub("", text)  # the CJK characters, joined (no list of one per character)
    return list(dict.fromkeys(han[i : i + 2] for i in range(min(len(han) - 1, 24))))


def _count(pat: re.Pattern[str] | LazyPattern, text: str, cap: int = 0) -> int:
    """``len(pat.findall(text))``, at most ``cap`` if given, without a list of all matches
    of a long text: the first ``cap`` matches one by one, or (``pat`` then must match single
    characters) ``findall`` over slices of the text."""
    if len(text) <= _CHUNK:
        k = len(pat.findall(text))
        return min(k, cap) if cap else k
    if cap:
        return sum(1 for _ in islice(pat.finditer(text), cap))
    return chars_in(pat, text)


def _strong(folded: str) -> int:
    return len(find(folded, _STRONG))


def candidates(lines: list[str], gate: list[int] | None = None) -> list[int]:
    """Indexes of the lines the model scores: lines with a strong spam term (Simplified or
    Traditional), and not too long lines with agency vocabulary (pinyin debris such as
    ``聯(lián)`` removed first). Ordinary text never reaches the model: one C-speed regex scan.

    ``gate``: the page's :func:`~cleantext.spam.lexicon.gate_lines` if the caller has them
    (candidates are always among them: only those lines are looked at).
    """
    strong, agency = _prefilter_strong(), _prefilter_agency()
    out = []
    for i in range(len(lines)) if gate is None else gate:
        t = lines[i]
        if not t:
            continue
        if len(t) <= 300 and "(" in t:
            t = _PINYIN.sub("", t)
        if strong.search(t) or (len(t) <= 300 and agency.search(t)):
            out.append(i)
    return out


def is_candidate(folded: str) -> bool:
    """Kept for callers of the old API: any line worth a look."""
    return worth_a_look(folded)


def page_features(
    lines: list[str],
    *,
    only: set[int] | list[int] | None = None,
    gate: list[int] | None = None,
) -> list[tuple[list[int], list[float]] | None]:
    """Per input line: (hashed n-gram ids, dense features), or ``None`` for blank lines and
    lines not in ``only`` (``None``: every non-blank line). Page-wide figures are computed
    with a few C-speed passes over the page text; per-line work is done only for ``only``.
    ``gate``: the page's :func:`~cleantext.spam.lexicon.gate_lines`, if the caller has them.
    """
    nonblank = [i for i, t in enumerate(lines) if t.strip()]
    if not nonblank:
        return [None] * len(lines)
    wanted = set(nonblank) if only is None else set(only) & set(nonblank)
    page_text = "\n".join(lines[i] for i in nonblank)[:PAGE_CHARS]
    hans, hant = script_counts(page_text[:SCRIPT_CHARS])
    if gate is None:
        gate = gate_lines(lines)
    looked = set(gate)
    # strong terms are gate terms and never span lines: count them on the gate lines only,
    # as far as they lie in page_text (the first PAGE_CHARS characters)
    strong_hits = 0
    at = 0
    findall = _prefilter_strong().findall
    for i in nonblank:
        if at >= len(page_text):
            break
        if i in looked:
            strong_hits += len(findall(lines[i][: len(page_text) - at]))
        at += len(lines[i]) + 1
    page_strong = min(strong_hits / len(nonblank), 1.0)
    pos = {i: k for k, i in enumerate(nonblank)}
    strong_cache: dict[int, int] = {}

    def strong_of(i: int) -> int:
        if i not in strong_cache:
            strong_cache[i] = _strong(fold(lines[i])[:400]) if i in looked else 0
        return strong_cache[i]

    def body_of(i: int) -> str:
        return _BULLET.sub("", lines[i]).strip()

    out: list[tuple[list[int], list[float]] | None] = [None] * len(lines)
    for i in sorted(wanted):
        k = pos[i]
        f = fold(lines[i])
        raw = body_of(i)
        body = _BULLET.sub("", f).strip()
        n = max(len(body), 1)
        # items counted as they come: a line may be 100 MB (lists of its items, of its
        # characters of a class, would take gigabytes)
        first: list[str] = []
        n_items = item_chars = 0
        for m in _ITEM.finditer(body):
            n_items += 1
            item_chars += m.end() - m.start()
            if n_items <= 30:
                first.append(m.group())
        n_items = max(n_items, 1)
        spammy = 0
        if i in looked:
            for it in first:
                if _strong(it) or len(set(find(it, "porn-weak"))) >= 2:
                    spammy += 1
        a, b = script_counts(lines[i])
        if hant > hans:
            mismatch = a / max(a + b, 1) if a + b >= 2 else 0.0
        else:
            mismatch = b / max(a + b, 1) if a + b >= 2 else 0.0
        prev_i = nonblank[k - 1] if k > 0 else None
        next_i = nonblank[k + 1] if k + 1 < len(nonblank) else None
        dup = sum(1 for j in (prev_i, next_i) if j is not None and body_of(j) == raw)
        bg = _bigrams(raw[:MAX_CHARS])
        copies = page_text.count(raw) if raw else 1
        if bg and len(page_text) - len(raw) * copies >= CONTEXT_MIN:
            shared = sum(1 for g in bg if page_text.count(g) > raw.count(g) * copies) / len(bg)
        else:
            shared = 0.5  # no context to compare with
        prev_s = strong_of(prev_i) if prev_i is not None else 0
        next_s = strong_of(next_i) if next_i is not None else 0
        weak = find(body, "porn-weak") if len(body) <= 400 else []
        dense = [
            math.log1p(n) / 6,
            1.0 if n <= 40 else 0.0,
            min(n_items, 20) / 10,
            min(item_chars / n_items, 40) / 20,
            _count(_SEP, body) / n * 5,
            _count(_SENTENCE, body, 5) / 5,
            (len(body) - len(_CJK_RUN.sub("", body)) if len(body) <= _CHUNK else _count(_CJK, body))
            / n,
            _count(_LATIN, body) / n,
            _count(_DIGIT, body) / n,
            min(strong_of(i), 6) / 3,
            min(len(weak), 10) / 5,
            min(len(find(body, "gambling-weak")), 10) / 5 if len(body) <= 400 else 0.0,
            _count(pattern("agency"), body, 10) / 5,
            spammy / n_items,
            mismatch,
            1.0 if k == 0 else 0.0,
            1.0 if k == len(nonblank) - 1 else 0.0,
            k / max(len(nonblank) - 1, 1),
            shared,
            1.0 if shared < 0.3 else 0.0,
            1.0 if dup else 0.0,
            min(max(prev_s, next_s), 6) / 3,
            page_strong,
            1.0 if _YEAR.match(body) else 0.0,
            1.0 if "<" in body and ">" in body else 0.0,
            1.0 if body != f.strip() else 0.0,
        ]
        out[i] = (ngram_ids(f), dense)
    return out


def _prefilter_terms(kind: str) -> list[str]:
    """The terms of the ``strong`` or ``agency`` prefilter, both scripts, sorted."""
    from .lexicon import families, to_traditional

    fams = _STRONG if kind == "strong" else ("agency",)
    terms = [t for fam in fams for t in families()[fam] if not t.isascii()]
    return sorted(set(terms) | {to_traditional(t) for t in terms})


@functools.cache
def _prefilter_agency() -> re.Pattern[str]:
    from .lexicon import _trie, prebuilt

    return recache.compile(prebuilt("prefilter_agency") or _trie(_prefilter_terms("agency")))


@functools.cache
def _prefilter_strong() -> re.Pattern[str]:
    from .lexicon import _trie, prebuilt

    return recache.compile(prebuilt("prefilter_strong") or _trie(_prefilter_terms("strong")))
