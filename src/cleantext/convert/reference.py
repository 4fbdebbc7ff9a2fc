"""Exact, straightforward re-implementation of OpenCC's conversion loop.

This is the readable specification the fast engine (:mod:`.engine`) is checked
against, and the engine's fallback for the few spans it does not handle in bulk.
It follows OpenCC 1.4.2 (``Conversion.cpp``, ``MaxMatchSegmentation.cpp``,
``PrefixMatch.cpp``):

* at each position the step's leaves are asked in priority order; the first
  leaf with any key that is a prefix of the remaining text wins with its longest
  such key;
* with no match, an ideographic description sequence (``⿰氵主``) is copied
  whole, otherwise one character is copied;
* segmentation cuts the text into matched keys and the unmatched runs between
  them, and every chain step converts each segment on its own.  OpenCC passes
  segments as C strings, so a segment is cut at its first NUL character.

>>> convert_reference("干部干燥", "s2t")
'幹部乾燥'
"""

from __future__ import annotations

import functools

from .tables import Config, Step, load_config

_IDS_ARITY = {0x2FF2: 3, 0x2FF3: 3, 0x2FFE: 1, 0x2FFF: 1}
_IDS_ARITY.update({cp: 2 for cp in range(0x2FF0, 0x2FFE) if cp not in _IDS_ARITY})
IDS_OPERATORS = "".join(map(chr, sorted(_IDS_ARITY)))
_COMPLETE, _INCOMPLETE, _INVALID = 0, 1, 2


def _ids(text: str, pos: int, end: int, depth: int, count: list[int]) -> tuple[int, int]:
    """Parse one IDS component at ``pos``; return ``(status, length)``."""
    if pos >= end:
        return _INCOMPLETE, 0
    if depth == 0 or count[0] >= 64:
        return _INVALID, 0
    count[0] += 1
    arity = _IDS_ARITY.get(ord(text[pos]), 0)
    offset = 1
    for _ in range(arity):
        if pos + offset >= end:
            return _INCOMPLETE, 0
        status, length = _ids(text, pos + offset, end, depth - 1, count)
        if status != _COMPLETE:
            return status, 0
        offset += length
    return _COMPLETE, offset


def ids_length(text: str, pos: int, end: int) -> int:
    """Length of a complete ideographic description sequence at ``pos``, else 0.

    >>> ids_length("⿰氵主x", 0, 4)
    3
    >>> ids_length("⿰氵", 0, 2)
    0
    """
    if pos >= end or ord(text[pos]) not in _IDS_ARITY:
        return 0
    status, length = _ids(text, pos, end, 16, [0])
    return length if status == _COMPLETE else 0


class StepMatcher:
    """Longest-prefix matcher for one :class:`Step` (dict lookups per length)."""

    def __init__(self, step: Step) -> None:
        self.leaves = [(table, max(map(len, table), default=0)) for table in step.leaves]

    def match(self, text: str, pos: int, end: int) -> tuple[int, str | None]:
        """Return ``(length, value)`` of the winning key at ``pos``, or ``(0, None)``."""
        for table, maxlen in self.leaves:
            for length in range(min(maxlen, end - pos), 0, -1):
                value = table.get(text[pos : pos + length])
                if value is not None:
                    return length, value
        return 0, None

    def convert(self, text: str) -> str:
        """Convert ``text`` as one segment."""
        out: list[str] = []
        pos, end = 0, len(text)
        while pos < end:
            length, value = self.match(text, pos, end)
            if value is None:
                length = ids_length(text, pos, end) or 1
                out.append(text[pos : pos + length])
            else:
                out.append(value)
            pos += length
        return "".join(out)

    def segment(self, text: str) -> list[str]:
        """OpenCC ``MaxMatchSegmentation``: keys and the unmatched runs between them."""
        segments: list[str] = []
        start = pos = 0
        end = len(text)
        while pos < end:
            length, value = self.match(text, pos, end)
            if value is None:
                pos += ids_length(text, pos, end) or 1
            else:
                if start < pos:
                    segments.append(text[start:pos])
                segments.append(text[pos : pos + length])
                pos += length
                start = pos
        if start < end:
            segments.append(text[start:end])
        return segments


@functools.cache
def _matchers(
    config: str,
) -> tuple[Config, list[StepMatcher], StepMatcher | None, list[StepMatcher]]:
    cfg = load_config(config)
    seg = StepMatcher(cfg.segmentation) if cfg.segmentation is not None else None
    return (
        cfg,
        [StepMatcher(s) for s in cfg.normalization],
        seg,
        [StepMatcher(s) for s in cfg.chain],
    )


def convert_reference(text: str, config: str) -> str:
    """Convert ``text`` with OpenCC config ``config``, one position at a time."""
    _, norm, seg, chain = _matchers(config)
    for step in norm:
        text = step.convert(text)
    segments = [text] if seg is None else [s.split("\x00", 1)[0] for s in seg.segment(text)]
    out = []
    for segment in segments:
        for step in chain:
            segment = step.convert(segment)
        out.append(segment)
    return "".join(out)
