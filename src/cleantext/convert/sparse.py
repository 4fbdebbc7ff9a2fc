"""The sparse path of :class:`.engine.Converter`: texts in which few characters are
*touched* (changed by a table, anchor of a non-redundant key, or rare), e.g. ``t2tw`` or
text already in the target script.  One regex split finds the touched characters; they
are converted one by one and probed for keys (:class:`SparsePath`); a text without any is
returned as it is.

>>> from .engine import get_converter
>>> page = "鄉村幹部在乾燥的天氣裏，人才是關鍵。" * 3
>>> get_converter("t2tw")._looks_sparse(page), get_converter("s2t")._looks_sparse("头发" * 20)
(True, False)
>>> get_converter("t2tw")._sparse(page)[:18]
'鄉村幹部在乾燥的天氣裡，人才是關鍵。'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from itertools import accumulate

from .. import recache
from .charclass import BMP, SameIfMissing, bmp_only, char_class, may_hold_astral
from .detectors import FEW_ANCHORS
from .step import ExactStep

#: the sparse path is taken when at most one character in _SPARSE is touched
#: (judged on the first _SAMPLE characters)
_SPARSE = 16
_SAMPLE = 20000
#: ... unless the first _HEAD characters decide it already (see SparsePath._looks_sparse)
_HEAD = 256
#: the sparse path probes touched characters itself while they are fewer than one
#: in _PROBE_SHARE characters of the text, and runs the detectors otherwise
_PROBE_SHARE = 256


class SparsePath:
    """The sparse path's tables and methods, a part of :class:`.engine.Converter`."""

    # what the converter provides (see Converter.__init__ and its dense and exact paths)
    chain: list[ExactStep]
    _rare_chars: frozenset[str]
    _exact_budget: int
    _dense: Callable[[str], str]
    _detectors_ready: Callable[[str], bool]
    _hits: Callable[[str], list[tuple[int, int]]]
    _splice: Callable[[str, list[tuple[int, int]], str | None], str]
    convert_exact: Callable[..., str]

    def _derive_sparse_tables(
        self,
        probes: list[dict[str, set[tuple[int, int]]]],
        detectors: list[tuple[str | None, ...]],
        composed: list[str],
    ) -> None:
        """The touched characters and what to do at each (``probes``: per step, its
        :meth:`.ExactStep.probes`; ``detectors``: per step, its detector sources;
        ``composed``: the chain's composed character table).

        A character is *touched* if some table changes it, if it is an anchor of a
        non-redundant key (see :meth:`.ExactStep.detectors`) once translated by the earlier
        steps, or if it is rare.  A clause without touched characters converts to
        itself; text with few of them is handled touched character by character."""
        rare = self._rare_chars
        touched = set(rare) | {chr(c) for step in self.chain for c in step.map}
        for probe in probes:
            touched.update(probe)
        self._touched_source = "(" + char_class(touched) + ")"
        #: one step with few anchor characters: a touched character as a group, then an
        #: empty group if the step's detector (``_few_anchors``: its match is the anchor
        #: alone, one character) matches that character (see _sparse_probed)
        self._probe_split_source: str | None = None
        if len(self.chain) == 1 and 0 < len(probes[0]) <= FEW_ANCHORS and detectors[0][0]:
            self._probe_split_source = f"{self._touched_source}(?:(?<={detectors[0][0]})())?"
        #: touched character -> its conversion by the character tables alone
        self._sub = SameIfMissing((c, composed[ord(c)]) for c in touched if ord(c) < BMP)
        #: touched character -> ((step, ((offset, length), ...)), ...): where to look
        #: for a non-redundant key of that step around an occurrence of the character
        checks: dict[str, list[tuple[int, tuple[tuple[int, int], ...]]]] = {}
        for c in touched:
            if c in rare:
                continue
            layer_char = c
            for i, (step, probe) in enumerate(zip(self.chain, probes, strict=True)):
                if layer_char in probe:
                    checks.setdefault(c, []).append((i, tuple(sorted(probe[layer_char]))))
                layer_char = step.translate(layer_char)
        self._checks = {c: tuple(v) for c, v in checks.items()}
        self._reach = max((o for p in probes for v in p.values() for o, _ in v), default=0)
        self._reach_right = max((n for p in probes for v in p.values() for _, n in v), default=0)

    @functools.cached_property
    def _touched(self) -> re.Pattern[str]:
        """One touched character, as a group (for ``split``)."""
        return recache.compile(self._touched_source)

    @functools.cached_property
    def _touched_bmp(self) -> re.Pattern[str]:
        """:attr:`_touched` for texts without characters outside the BMP."""
        return recache.compile(bmp_only(self._touched_source))

    def _looks_sparse(self, text: str) -> bool:
        """Whether ``text`` takes the sparse path (else the dense one): at most one
        character in ``_SPARSE`` touched, judged on its first characters.

        A short head decides texts clearly dense (e.g. s2t on Simplified text: nearly
        every character touched) or clearly sparse (t2hk on Traditional text: ~1%)
        without listing the touched characters of the whole sample (0.7 ms of a 12 ms
        tw2sp --unique run); it is short because the sparse path splits the text again
        (on a page of clean text, the head's findall was 22% of the conversion).  A
        wrong guess costs time only: :meth:`_sparse` hands dense texts over to ``_dense``.
        """
        head = text[:_HEAD]
        findall = (self._touched if may_hold_astral(text) else self._touched_bmp).findall
        touched = len(findall(head)) * _SPARSE
        # dense text has 20-30% of its characters touched, sparse text 0-6% (_sparse
        # hands anything over 1/_SPARSE to _dense): over 1/8 is clear
        if touched > 2 * len(head):
            return False
        if 4 * touched <= len(head):
            return True
        sample = text[:_SAMPLE]
        return len(findall(sample)) * _SPARSE <= len(sample)

    def _sparse(self, text: str) -> str:
        """Conversion touching only the characters of ``self._touched`` (few of them)."""
        if self._probe_split_source is not None and (
            "_probe_split" in self.__dict__
            or "_detectors" in self.__dict__
            or len(text) > self._exact_budget
        ):
            return self._sparse_probed(text)
        parts = (self._touched if may_hold_astral(text) else self._touched_bmp).split(text)
        if len(parts) == 1:
            return text
        chars = parts[1::2]
        if len(chars) * _SPARSE > len(text) or not self._rare_chars.isdisjoint(chars):
            return self._dense(text)
        checks = self._checks
        hits: list[tuple[int, int]] = []
        found = [k for k, c in enumerate(chars) if c in checks]
        sub = self._sub
        if len(found) * _PROBE_SHARE > len(text):  # many places to look: regexes do it
            if not self._detectors_ready(text):
                return self.convert_exact(text)
            if self._probe_split_source is not None:
                return self._sparse_probed(text)
            hits = self._hits(text)
            parts[1::2] = [sub[c] for c in chars]
            return self._splice(text, hits, "".join(parts))
        if found:
            ends = list(accumulate(map(len, parts)))
            chain = self.chain
            reach, right = self._reach, self._reach_right
            for k in found:
                pos = ends[2 * k]
                for i, probes in checks[chars[k]]:
                    if i:  # look in the layer this step sees
                        lo = max(pos - reach, 0)
                        window = text[lo : pos + right]
                        for step in chain[:i]:
                            window = step.translate(window)
                        at = pos - lo
                    else:
                        window = text
                        at = pos
                    keys = chain[i].nonredundant
                    for offset, length in probes:
                        start = at - offset
                        if start >= 0 and window[start : start + length] in keys:
                            hits.append((pos, i))
                            break
        parts[1::2] = [sub[c] for c in chars]
        return self._splice(text, hits, "".join(parts))

    @functools.cached_property
    def _probe_split(self) -> re.Pattern[str]:
        """Split pattern of :meth:`_sparse_probed` (see ``_probe_split_source``)."""
        return recache.compile(self._probe_split_source)

    @functools.cached_property
    def _probe_split_bmp(self) -> re.Pattern[str]:
        """:attr:`_probe_split` for texts without characters outside the BMP."""
        return recache.compile(bmp_only(self._probe_split_source))

    def _sparse_probed(self, text: str) -> str:
        """:meth:`_sparse` for a one-step config whose keys have few anchor characters
        (``t2s``, ``t2hk``, ``t2tw``...): one regex split finds the touched characters
        and, at each, whether a non-redundant key lies around it (its second group,
        ``""`` then, else ``None``), instead of looking around every anchor character
        in Python (t2hk on Traditional text: 20,000 anchors in 10 MB, ~30 ms)."""
        parts = (self._probe_split if may_hold_astral(text) else self._probe_split_bmp).split(text)
        if len(parts) == 1:
            return text
        chars = parts[1::3]
        if len(chars) * _SPARSE > len(text) or not self._rare_chars.isdisjoint(chars):
            return self._dense(text)
        sub = self._sub
        pieces = [""] * (2 * len(chars) + 1)
        pieces[0::2] = parts[0::3]
        pieces[1::2] = [sub[c] for c in chars]
        result = "".join(pieces)
        flags = parts[2::3]
        if flags.count(None) == len(flags):
            return result
        hits: list[tuple[int, int]] = []
        pos = -1  # the touched character k is at len(pieces[0..2k]) + k
        last = 0
        for k in [k for k, flag in enumerate(flags) if flag is not None]:
            pos += sum(map(len, parts[3 * last : 3 * k + 1 : 3])) + k - last + 1
            last = k + 1
            hits.append((pos, 0))
        return self._splice(text, hits, result)
