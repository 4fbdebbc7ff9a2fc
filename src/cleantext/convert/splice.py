"""Exact conversions spliced into the bulk translation: the windows around the detectors'
hits (:class:`WindowSplicer`, a part of :class:`.engine.Converter`).

A window is the run of characters around a hit linked by pairs that occur inside some key
(:attr:`WindowSplicer._joins`): no key spans its edges, so every OpenCC scan lands on them
and the window -- usually just the phrase -- converts on its own, by the exact scan.
Windows are memoised (they are mostly words).  Where an exact conversion changes a
window's edge so that a later step could match across it, the text is spliced clause by
clause instead (:meth:`WindowSplicer._splice_clauses`).

>>> from .engine import get_converter
>>> s2t = get_converter("s2t")
>>> s2t._splice("在干燥的", [(1, 0)], "在幹燥的")  # the hit at 1 (step 0): the window 干燥
'在乾燥的'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from .charclass import BMP, identity_table
from .step import ExactStep
from .tablecache import cache_enabled, cache_load, cache_store

#: a break character: clauses joined by it are converted by one exact scan
SEP = "\n"
#: clause boundaries are looked for this far from a hit first (see _splice_clauses)
_REACH = 4096
#: windows memoised per converter (see WindowSplicer._splice) before the memo is emptied
_MEMO = 50_000


class Unverifiable(Exception):
    """A window's intermediate layers are not available (see WindowSplicer._splice)."""


def _chunks(pairs: str) -> list[str]:
    """The two-character strings of ``"".join(pairs)`` (see WindowSplicer._window_cache)."""
    return [pairs[i : i + 2] for i in range(0, len(pairs), 2)]


def _pairs(keys: Any) -> set[str]:
    """Every pair of adjacent characters inside one of ``keys``."""
    return {key[j : j + 2] for key in keys for j in range(len(key) - 1)}


class WindowSplicer:
    """The splicing methods and window tables of :class:`.engine.Converter`."""

    # what the converter provides (see Converter.__init__ and its exact path)
    name: str
    chain: list[ExactStep]
    segmentation: ExactStep | None
    _resizing: set[str]
    _plain_values: bool
    _sep_ok: bool
    _clause: re.Pattern[str]
    _convert_clause: Callable[..., str]

    def _splice(self, text: str, hits: list[tuple[int, int]], result: str | None) -> str:
        """Replace the windows around ``hits`` in ``result`` by exact conversions.

        A window is the run of characters around a hit linked by pairs of
        :attr:`_joins`: no key of the segmentation or of any step (on the layer it
        sees) spans its edges, so every scan lands on them and the window converts
        on its own -- usually just the key (2-3 characters), much shorter than the
        clause.  Windows are memoised (:attr:`_memo`): they are mostly words.  An
        exact conversion can change a window's edge characters in the layer a later
        step sees; if such a character could then form a key with its neighbour
        outside, the edge is not safe and the text is spliced clause by clause
        (:meth:`_splice_clauses`) instead.
        """
        if not hits:
            return result if result is not None else self._translate_all(text)
        if result is None:
            return self._splice_clauses(text, hits, result)
        joins = self._joins
        n = len(text)
        spans: list[int] = []  # left, right, first dirty step; flat
        end = -1
        for pos, i in hits:
            if pos < end:  # in the current window
                if i < spans[-1]:
                    spans[-1] = i
                continue
            # the pair text[a:a + 2] is tested (no bound checks: at either end of the
            # text the slice is not a pair)
            a = pos - 1
            while text[a : a + 2] in joins:
                a -= 1
            left = a + 1
            a = pos
            while text[a : a + 2] in joins:
                a += 1
            right = a + 1
            if left == end:  # touching: one window (its neighbours stay plain)
                spans[-2] = right
                if i < spans[-1]:
                    spans[-1] = i
            else:
                spans += (left, right, i)
            end = right
        lefts, rights, firsts = spans[0::3], spans[1::3], spans[2::3]
        memo, edges = self._memo, self._memo_edges
        if sum(map(len, memo)) > _MEMO:
            for table in memo + edges:
                table.clear()
        # list comprehensions from here on: several times cheaper per window than a loop
        windows = [text[a:b] for a, b in zip(lefts, rights, strict=True)]
        steps = set(firsts)
        for first in sorted(steps):
            table = memo[first]
            if len(steps) == 1:
                todo = dict.fromkeys(w for w in windows if w not in table)
            else:
                todo = dict.fromkeys(
                    w for f, w in zip(firsts, windows, strict=True) if f == first and w not in table
                )
            if todo:
                try:
                    self._convert_windows(list(todo), first)
                except Unverifiable:
                    return self._splice_clauses(text, hits, result)
        if len(steps) == 1:
            found = list(map(memo[firsts[0]].__getitem__, windows))
        else:
            found = [memo[f][w] for f, w in zip(firsts, windows, strict=True)]
        if any(edges):  # rare: an exact conversion changed an edge (see _convert_windows)
            checks = self._edge_checks
            changed = [
                (j, edges[f][w])
                for j, (f, w) in enumerate(zip(firsts, windows, strict=True))
                if w in edges[f]
            ]
            for j, changes in changed:
                left, right = lefts[j], rights[j]
                for k, head, tail in changes:
                    table, pairs = checks[k]
                    if head is not None and left:
                        before = text[left - 1]
                        before = table[ord(before)] if ord(before) < BMP else before
                        if before + head in pairs:
                            return self._splice_clauses(text, hits, result)
                    if tail is not None and right < n:
                        after = text[right]
                        after = table[ord(after)] if ord(after) < BMP else after
                        if tail + after in pairs:
                            return self._splice_clauses(text, hits, result)
        pieces: list[str] = [""] * (2 * len(found) + 1)
        pieces[0::2] = [result[a:b] for a, b in zip([0, *rights], [*lefts, n], strict=True)]
        pieces[1::2] = found
        return "".join(pieces)

    def _convert_windows(self, windows: list[str], first: int) -> None:
        """Convert ``windows`` (first dirty step ``first``) exactly into :attr:`_memo`,
        with the edge characters that later steps see changed (see :meth:`_splice`)."""
        if (self._resizing and not self._resizing.isdisjoint("".join(windows))) or (
            not self._plain_values
        ):
            raise Unverifiable  # as _convert_clause would
        per_window: list[tuple[str, ...]] = []
        if self._pairs_alone:  # two-character windows (most of them): no scan at all
            long = [w for w in windows if len(w) != 2]
            if len(long) != len(windows):
                pairs = [w for w in windows if len(w) == 2]
                per_window = self._convert_pairs(pairs, first)
                windows = pairs + long
        else:
            long = windows
        dirty = [False] * first + [True] * (len(self.chain) - first)
        if not long:
            pass
        elif self._sep_ok:
            layers: list[str] = []
            self._convert_clause(SEP.join(long), dirty, layers)
            split = [layer.split(SEP) for layer in layers]
            per_window += zip(*split, strict=True)
        else:
            for window in long:
                layers = []
                self._convert_clause(window, dirty, layers)
                per_window.append(tuple(layers))
        memo = self._memo[first]
        memo.update(zip(windows, [outs[-1] for outs in per_window], strict=True))
        if first == len(self.chain) - 1:  # no later step: no edge to check
            return
        changed = self._memo_edges[first]
        checks = self._edge_checks
        found: dict[int, list[tuple[int, str | None, str | None]]] = {}
        for k in range(first + 1, len(self.chain)):
            t = k - first - 1  # per_window[j][t] is the output of step k - 1, step k's input
            table = checks[k][0]
            heads, tails = self._inner_chars[k]
            # an edge needs a look only if it is a character that step k's keys join (few)
            candidates = [
                j
                for j, outs in enumerate(per_window)
                if outs[t][0] in heads or outs[t][-1] in tails
            ]
            for j in candidates:
                window, seen = windows[j], per_window[j][t]
                head, tail = window[0], window[-1]
                plain_head = table[ord(head)] if ord(head) < BMP else head
                plain_tail = table[ord(tail)] if ord(tail) < BMP else tail
                head = seen[0] if seen[0] != plain_head and seen[0] in heads else None
                tail = seen[-1] if seen[-1] != plain_tail and seen[-1] in tails else None
                if head is not None or tail is not None:
                    found.setdefault(j, []).append((k, head, tail))
        # (a window without changed edges has no entry: a stale one cannot be, since a
        # window converts the same way every time)
        changed.update((windows[j], tuple(edges)) for j, edges in found.items())

    @functools.cached_property
    def _pairs_alone(self) -> bool:
        """Whether a two-character window is one segment whatever its characters (the
        segmentation, if any, has no single characters: it cuts only around its keys),
        so that every dirty step converts it by one key lookup (:meth:`_convert_pairs`)."""
        return self.segmentation is None or not self.segmentation.chars

    def _convert_pairs(self, windows: list[str], first: int) -> list[tuple[str, ...]]:
        """The layers :meth:`_convert_clause` gives for each of ``windows``, two-character
        windows (under :attr:`_pairs_alone`): a step's exact scan of one segment of two
        characters matches the segment if it is a key and nothing otherwise; a step
        whose key turned it into a longer one scans it (one segment still).  Four to
        five times cheaper than the joined scan of :meth:`_convert_windows` (a
        segmentation pass and a scan per step, character by character)."""
        layers = windows
        for step in self.chain[:first]:
            layers = [step.translate(w) for w in layers]
        out: list[list[str]] = []
        for step in self.chain[first:]:
            get = step.keys.get
            translate = step.translate
            layers = [
                (v if (v := get(w)) is not None else translate(w))
                if len(w) == 2
                else step.convert(w)
                for w in layers
            ]
            out.append(layers)
        return list(zip(*out, strict=True))

    @functools.cached_property
    def _memo(self) -> list[dict[str, str]]:
        """Per first dirty step: window -> its exact conversion."""
        return [{} for _ in self.chain]

    @functools.cached_property
    def _memo_edges(self) -> list[dict[str, tuple[tuple[int, str | None, str | None], ...]]]:
        """Per first dirty step: window -> the edge characters to check, for the windows
        of :attr:`_memo` that have any (an exact conversion changed an edge that a later
        step's keys may join: see :meth:`_splice`)."""
        return [{} for _ in self.chain]

    @functools.cached_property
    def _edge_checks(self) -> list[tuple[list[str], frozenset[str]]]:
        """Per step ``k``: (input character -> its character-table translation by the
        steps before ``k``, adjacent pairs inside step ``k``'s keys)."""
        out = []
        table = identity_table()
        changed: set[int] = set()
        cached = self._window_cache
        for k, step in enumerate(self.chain):
            pairs = _chunks(cached["pairs"][k]) if cached else _pairs(step.keys)
            out.append((table, frozenset(pairs)))
            composed = list(table)
            changed.update(code for code in step.map if code < BMP)
            for code in changed:
                ch = table[code]  # a resizing value only ever reaches the careful path
                if len(ch) == 1 and ord(ch) < BMP:
                    composed[code] = step.table[ord(ch)]
            table = composed
        return out

    @functools.cached_property
    def _inner_chars(self) -> list[tuple[frozenset[str], frozenset[str]]]:
        """Per step: characters that follow / precede another inside one of its keys."""
        cached = self._window_cache
        if cached:
            return [(frozenset(after), frozenset(before)) for after, before in cached["inner"]]
        return [
            (
                frozenset("".join([k[1:] for k in step.keys])),
                frozenset("".join([k[:-1] for k in step.keys])),
            )
            for step in self.chain
        ]

    @functools.cached_property
    def _joins(self) -> frozenset[str]:
        """Pairs of adjacent input characters that may lie inside one key: of the
        segmentation (on the input), or of step ``k`` once the steps before ``k``
        have translated both characters."""
        cached = self._window_cache
        if cached:
            return frozenset(_chunks(cached["joins"]))
        pairs = set(_pairs(self.segmentation.keys)) if self.segmentation is not None else set()
        for k, (table, inside) in enumerate(self._edge_checks):
            if k == 0:
                pairs |= inside
                continue
            sources: dict[str, list[str]] = {}
            for step in self.chain[:k]:
                for code in step.map:
                    if code < BMP:
                        sources.setdefault(table[code], []).append(chr(code))
            for pair in inside:
                a, b = pair
                before = sources.get(a, [])
                if ord(a) >= BMP or table[ord(a)] == a:  # an unchanged character
                    before = [a, *before]
                after = sources.get(b, [])
                if ord(b) >= BMP or table[ord(b)] == b:
                    after = [b, *after]
                pairs.update(x + y for x in before for y in after)
        joins = frozenset(pairs)
        if self._built_windows and cache_enabled():
            cache_store(
                self.name + "-windows",
                {
                    "pairs": ["".join(sorted(inside)) for _, inside in self._edge_checks],
                    "inner": [
                        ["".join(sorted(a)), "".join(sorted(b))] for a, b in self._inner_chars
                    ],
                    "joins": "".join(sorted(joins)),
                },
            )
        return joins

    @functools.cached_property
    def _window_cache(self) -> dict[str, Any] | None:
        """The window tables (:attr:`_edge_checks`' pairs, :attr:`_inner_chars`,
        :attr:`_joins`) from the disk cache, or ``None``: building them takes 60-200 ms
        for the ``s2*`` configs (the joins of two-step configs most), loading them
        20-60 ms.  They are written there once built."""
        data = cache_load(self.name + "-windows")
        ok = (
            isinstance(data, dict)
            and isinstance(data.get("pairs"), list)
            and len(data["pairs"]) == len(self.chain)
            and isinstance(data.get("inner"), list)
            and len(data["inner"]) == len(self.chain)
            and isinstance(data.get("joins"), str)
            and all(isinstance(p, str) and len(p) % 2 == 0 for p in [*data["pairs"], data["joins"]])
        )
        self._built_windows = not ok
        return data if ok else None

    def _splice_clauses(self, text: str, hits: list[tuple[int, int]], result: str | None) -> str:
        """Replace the clauses around ``hits`` in ``result`` by exact conversions.

        Clauses with the same dirty steps are converted together, joined by a break
        character (``SEP``): one scan and one translation per group instead of one
        per clause.
        """
        if not hits:
            return result if result is not None else self._translate_all(text)
        reverse = text[::-1]
        n = len(text)
        spans: list[tuple[int, int, int]] = []  # (left, right, group)
        groups: dict[tuple[bool, ...], int] = {}
        k = 0
        last = 0
        nsteps = len(self.chain)
        match = self._clause.match
        while k < len(hits):
            pos = hits[k][0]
            # a match bounded by an endpos is several times faster (sre pays for the
            # distance to endpos); a clause reaching it is measured again unbounded
            left = match(reverse, n - pos, n - pos + _REACH).end()
            if left == n - pos + _REACH:
                left = match(reverse, n - pos).end()
            left = max(n - left, last)
            right = match(text, pos, pos + _REACH).end()
            if right == pos + _REACH:
                right = match(text, pos).end()
            right = max(right, pos + 1)
            first = nsteps
            while k < len(hits) and hits[k][0] < right:
                first = min(first, hits[k][1])
                k += 1
            # a later step sees the exact output of a dirty step, which the
            # detectors (run on the translated layers) did not inspect
            dirty = (False,) * first + (True,) * (nsteps - first)
            spans.append((left, right, groups.setdefault(dirty, len(groups))))
            last = right
        converted: list[list[str]] = []
        for dirty, group in groups.items():
            clauses = [text[a:b] for a, b, g in spans if g == group]
            out = []
            if self._sep_ok:
                out = self._convert_clause(SEP.join(clauses), list(dirty)).split(SEP)
            if len(out) != len(clauses):  # no separator, or one inside a clause
                out = [self._convert_clause(clause, list(dirty)) for clause in clauses]
            converted.append(out[::-1])
        pieces: list[str] = []
        last = 0
        for left, right, group in spans:
            pieces.append(
                result[last:left] if result is not None else self._translate_all(text[last:left])
            )
            pieces.append(converted[group].pop())
            last = right
        pieces.append(result[last:] if result is not None else self._translate_all(text[last:]))
        return "".join(pieces)

    def _translate_all(self, text: str) -> str:
        for step in self.chain:
            text = step.translate(text)
        return text
