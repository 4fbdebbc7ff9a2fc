"""One conversion step of an OpenCC chain: its character table, its winning phrase keys and
the exact OpenCC scan, plus what the fast path needs to know about them (which keys are
*non-redundant*, where their detectors anchor).

A step is built from a parsed dictionary group (:class:`.tables.Step`), or from the plain
data it wrote to the disk cache (:meth:`ExactStep.to_data`, :mod:`.tablecache`).

>>> from .tables import load_config
>>> step = ExactStep(load_config("s2t").chain[0])
>>> step.convert("干部在干燥的天气里")
'幹部在乾燥的天氣裏'
>>> "干部" in step.nonredundant, "干燥" in step.nonredundant  # 干部 is what 干 and 部 give
(False, True)
"""

from __future__ import annotations

import re
from typing import Any

from .. import recache
from .anchors import rarer_anchors
from .charclass import BMP, SameIfMissing, char_class, identity_table
from .detectors import FEW_ANCHORS, detector_sources
from .reference import IDS_OPERATORS, ids_length
from .tables import Step

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: a step's table is applied to long texts by regex split up to this many entries
_FEW = 1500


class ExactStep:
    """One conversion step: character table, winning phrase keys and exact scan.

    ``keys`` holds every multi-character key that can win somewhere (keys shadowed
    by a prefix in a higher-priority leaf are dropped).  Once shadowed keys are
    gone, OpenCC's "first leaf with a match, its longest key" equals plain
    longest match over ``keys`` plus ``chars`` for single characters.
    """

    def __init__(self, step: Step | None, data: dict[str, Any] | None = None) -> None:
        """Build from a :class:`Step`, or from :meth:`to_data` output (``step=None``)."""
        self._detectors: tuple[str | None, str | None, str | None] | None = None
        if data is not None:
            self.files = tuple(tuple(f) for f in data["files"])
            chars = data["chars"]
            keys = data["keys"]
            if data["detectors"] is not None:
                self._detectors = tuple(data["detectors"])  # type: ignore[assignment]
        else:
            assert step is not None
            self.files = step.files
            chars = {}
            keys = {}
            earlier: set[str] = set()
            for leaf in step.leaves:
                for key, value in leaf.items():
                    if len(key) == 1:
                        chars.setdefault(key, value)
                    elif not any(key[:j] in earlier for j in range(1, len(key) + 1)):
                        keys[key] = value
                earlier.update(leaf)
        self.chars = chars
        self.keys = keys
        #: every prefix (2 characters or more) of a key -> whether it is a key itself:
        #: one lookup per step of a scan
        self.prefixes = {k[:j]: False for k in keys for j in range(2, len(k))}
        self.prefixes.update(dict.fromkeys(keys, True))
        self.map = {ord(k): v for k, v in chars.items() if k != v}
        table = list(identity_table())
        for code, value in self.map.items():
            if code < BMP:
                table[code] = value
        self.table = table
        self.has_astral = any(code >= BMP for code in self.map)
        changed = {chr(c) for c in self.map}
        few = 0 < len(changed) <= _FEW
        self._split = recache.compile("(" + char_class(changed) + ")") if few else None
        self._single = SameIfMissing((k, v) for k, v in chars.items() if k != v)
        #: single characters whose value is not one code point: the bulk path
        #: cannot keep clause offsets aligned through them.
        self.resizing = {k for k, v in chars.items() if len(v) != 1}
        self._anchors: dict[str, int] | None = None
        if data is not None:
            self.nonredundant = {k: keys[k] for k in data["nonredundant"]}
            if data["anchors"] is not None:
                self._anchors = dict(zip(data["nonredundant"], data["anchors"], strict=True))
        else:
            self.nonredundant = {k: v for k, v in keys.items() if k.translate(self.map) != v}

    @property
    def anchors(self) -> dict[str, int]:
        """Offset of the character a detector anchors on, for every non-redundant key
        (computed on first use): :meth:`anchor`, or where those characters are many
        (a detector step) and :func:`rarer_anchors` finds rarer ones, those."""
        if self._anchors is None:
            anchors = {key: self.anchor(key) for key in self.nonredundant}
            if len({key[i] for key, i in anchors.items()}) > FEW_ANCHORS:
                anchors = rarer_anchors(anchors)
            self._anchors = anchors
        return self._anchors

    def to_data(self) -> dict[str, Any]:
        """Plain data (JSON) from which ``ExactStep(None, data)`` rebuilds this step
        (anchors and detectors only if they were used, as for a chain step)."""
        return {
            "files": self.files,
            "chars": self.chars,
            "keys": self.keys,
            "nonredundant": list(self.nonredundant),
            "anchors": None if self._anchors is None else list(self._anchors.values()),
            "detectors": self._detectors,
        }

    def translate_bulk(self, text: str, plain: bool = False) -> str:
        """:meth:`translate` for long texts: a step that changes few characters
        finds them with one regex split instead of looking up every character.
        ``plain``: ``text`` holds no character outside the BMP that the step maps
        (known already: no need to look for one)."""
        if self._split is None:
            return text.translate(self.table) if plain else self.translate(text)
        parts = self._split.split(text)
        if len(parts) > 1:
            single = self._single
            parts[1::2] = [single[c] for c in parts[1::2]]
        return "".join(parts)

    def translate(self, text: str) -> str:
        """Character-level conversion (what OpenCC does where no phrase applies)."""
        if self.has_astral and _ASTRAL.search(text):
            return text.translate(self.map)
        return text.translate(self.table)

    def longest(self, text: str, pos: int, end: int) -> int:
        """Length of the longest multi-character key at ``pos`` (0 if none)."""
        best = 0
        length = 2
        get = self.prefixes.get
        while length <= end - pos:
            flag = get(text[pos : pos + length])
            if flag is None:
                break
            if flag:
                best = length
            length += 1
        return best

    def convert_cut(self, text: str, cuts: list[int]) -> tuple[str, list[int]]:
        """:meth:`convert` of every segment ``text[cuts[i]:cuts[i + 1]]``, joined.

        For text without ideographic description sequences whose characters all
        map to one character.  Returns the output and its segment boundaries.
        The scan is :meth:`convert`'s, inlined; unmatched runs are cut from the
        text translated once.
        """
        keys = self.keys
        matches = self._matches(text, cuts)
        translated = self.translate(text)
        if not matches:
            return translated, cuts
        pieces: list[str] = []
        moves: list[tuple[int, int]] = []
        start = shift = 0
        for a, b in matches:
            value = keys[text[a:b]]
            pieces.append(translated[start:a])
            pieces.append(value)
            start = b
            if len(value) != b - a:
                shift += len(value) - (b - a)
                moves.append((b, shift))
        pieces.append(translated[start:])
        if moves:  # shift the boundaries behind length-changing matches
            k = 0
            shifted = []
            current = 0
            for cut in cuts:
                while k < len(moves) and moves[k][0] <= cut:
                    current = moves[k][1]
                    k += 1
                shifted.append(cut + current)
            cuts = shifted
        return "".join(pieces), cuts

    def _matches(self, text: str, cuts: list[int]) -> list[tuple[int, int]]:
        """``(start, end)`` of the keys matched by the scans of :meth:`convert_cut`."""
        get = self.prefixes.get
        matches: list[tuple[int, int]] = []
        for i in range(len(cuts) - 1):
            pos = cuts[i]
            limit = cuts[i + 1]
            last = limit - 1
            while pos < last:
                flag = get(text[pos : pos + 2])
                if flag is None:
                    pos += 1
                    continue
                best = 2 if flag else 0
                length = 3
                while length <= limit - pos:
                    flag = get(text[pos : pos + length])
                    if flag is None:
                        break
                    if flag:
                        best = length
                    length += 1
                if best:
                    matches.append((pos, pos + best))
                    pos += best
                else:
                    pos += 1
        return matches

    def cuts(self, text: str) -> list[int]:
        """Segment boundaries of :meth:`segment` (``0`` and ``len(text)`` included),
        for text without ideographic description sequences."""
        end = len(text)
        get = self.prefixes.get
        chars = self.chars
        cuts = [0]
        pos = 0
        while pos < end:
            best = 0
            flag = get(text[pos : pos + 2])
            if flag is not None:
                best = 2 if flag else 0
                length = 3
                while length <= end - pos:
                    flag = get(text[pos : pos + length])
                    if flag is None:
                        break
                    if flag:
                        best = length
                    length += 1
            if best or (chars and text[pos] in chars):
                if cuts[-1] != pos:
                    cuts.append(pos)
                pos += best or 1
                cuts.append(pos)
            else:
                pos += 1
        if cuts[-1] != end:
            cuts.append(end)
        return cuts

    def convert(self, text: str) -> str:
        """Exact OpenCC conversion of ``text`` as a single segment."""
        out: list[str] = []
        start = pos = 0
        end = len(text)
        while pos < end:
            length = self.longest(text, pos, end)
            if length:
                if start < pos:
                    out.append(self.translate(text[start:pos]))
                out.append(self.keys[text[pos : pos + length]])
                pos += length
                start = pos
            elif text[pos] in IDS_OPERATORS and (length := ids_length(text, pos, end)):
                if start < pos:
                    out.append(self.translate(text[start:pos]))
                out.append(text[pos : pos + length])
                pos += length
                start = pos
            else:
                pos += 1
        if start < end:
            out.append(self.translate(text[start:end]))
        return "".join(out)

    def segment(self, text: str) -> list[str]:
        """OpenCC ``MaxMatchSegmentation`` with this step's dictionary."""
        segments: list[str] = []
        start = pos = 0
        end = len(text)
        chars = self.chars
        while pos < end:
            length = self.longest(text, pos, end) or (1 if text[pos] in chars else 0)
            if length:
                if start < pos:
                    segments.append(text[start:pos])
                segments.append(text[pos : pos + length])
                pos += length
                start = pos
            else:
                pos += ids_length(text, pos, end) or 1
        if start < end:
            segments.append(text[start:end])
        return segments

    def anchor(self, key: str) -> int:
        """Offset, in the non-redundant ``key``, of the character a detector anchors on:
        the first one whose conversion differs from the character table, unless only
        the last one does (then the last)."""
        value = self.nonredundant[key]
        plain = key.translate(self.map)
        if len(plain) != len(value) or plain[0] != value[0]:
            return 0
        if plain[-1] != value[-1]:
            return len(key) - 1
        return next(i for i, (a, b) in enumerate(zip(plain, value, strict=True)) if a != b)

    def probes(self) -> dict[str, set[tuple[int, int]]]:
        """``{anchor character: {(offset, length), ...}}`` over the non-redundant keys:
        every occurrence of such a key has its anchor character at ``offset``."""
        probes: dict[str, set[tuple[int, int]]] = {}
        for key, i in self.anchors.items():
            probes.setdefault(key[i], set()).add((i, len(key)))
        return probes

    def detectors(self) -> tuple[str | None, str | None, str | None]:
        """The regex sources that find this step's non-redundant keys in its input
        (:func:`.detectors.detector_sources`; built on first use)."""
        if self._detectors is None:
            self._detectors = detector_sources(self.anchors)
        return self._detectors
