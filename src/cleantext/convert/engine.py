"""Fast OpenCC-identical conversion: bulk ``str.translate`` plus exact local fix-ups.

Why this is exact
-----------------
For one conversion step, call a multi-character key *redundant* when its value
equals the character-by-character translation of the key (``干部`` → ``幹部``
is redundant, ``干燥`` → ``乾燥`` is not).  Whatever OpenCC's segmentation and
longest-match scan decide, a text in which no *non-redundant* key occurs at all
converts exactly like ``str.translate`` with the step's character table.

Keys never contain a *break* character (punctuation, ASCII, spaces, ... -- any
character that appears in no multi-character key and that no step changes), so
no match, segment boundary decision or scan alignment crosses one.  The text is
therefore a sequence of independent *clauses*.  The engine

1. translates the whole text through every step's character table (C speed);
2. finds the clauses containing a non-redundant key of some step with one
   compiled regular expression per step (anchored on the characters whose
   conversion depends on context, so it skips everything else at C speed);
3. re-converts only those clauses with an exact OpenCC scan
   (:class:`ExactStep`) and splices them in.

Inputs the bulk path does not model (ideographic description sequences, NUL
characters in segmented configs) go through the exact scan as a whole.

>>> get_converter("s2t").convert("干部在干燥的天气里")
'幹部在乾燥的天氣裏'
"""

from __future__ import annotations

import functools
import re

from .reference import IDS_OPERATORS, ids_length
from .tables import Step, load_config

_BMP = 0x10000
_IDENTITY: list[str] | None = None
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _identity() -> list[str]:
    global _IDENTITY
    if _IDENTITY is None:
        _IDENTITY = [chr(i) for i in range(_BMP)]
    return _IDENTITY


def _char_class(chars: set[str] | str) -> str:
    """A regex character class matching exactly ``chars``."""
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class ExactStep:
    """One conversion step: character table, winning phrase keys and exact scan.

    ``keys`` holds every multi-character key that can win somewhere (keys shadowed
    by a prefix in a higher-priority leaf are dropped).  Once shadowed keys are
    gone, OpenCC's "first leaf with a match, its longest key" equals plain
    longest match over ``keys`` plus ``chars`` for single characters.
    """

    def __init__(self, step: Step) -> None:
        chars: dict[str, str] = {}
        keys: dict[str, str] = {}
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
        self.prefixes = {k[:j] for k in keys for j in range(2, len(k) + 1)}
        self.map = {ord(k): v for k, v in chars.items() if k != v}
        table = list(_identity())
        for code, value in self.map.items():
            if code < _BMP:
                table[code] = value
        self.table = table
        self.has_astral = any(code >= _BMP for code in self.map)
        #: single characters whose value is not one code point: the bulk path
        #: cannot keep clause offsets aligned through them.
        self.resizing = {k for k, v in chars.items() if len(v) != 1}
        self.nonredundant = {k: v for k, v in keys.items() if k.translate(self.map) != v}

    def translate(self, text: str) -> str:
        """Character-level conversion (what OpenCC does where no phrase applies)."""
        if self.has_astral and _ASTRAL.search(text):
            return text.translate(self.map)
        return text.translate(self.table)

    def longest(self, text: str, pos: int, end: int) -> int:
        """Length of the longest multi-character key at ``pos`` (0 if none)."""
        best = 0
        length = 2
        prefixes = self.prefixes
        while pos + length <= end:
            piece = text[pos : pos + length]
            if piece not in prefixes:
                break
            if piece in self.keys:
                best = length
            length += 1
        return best

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

    def detector(self) -> str | None:
        """Regex source matching (at least) every occurrence of a non-redundant key.

        Each key is anchored on its first character whose conversion differs from
        the character table; the pattern starts with that literal, so the regex
        engine skips every other position at C speed.
        """
        by_anchor: dict[str, dict[str, set[str]]] = {}
        for key, value in self.nonredundant.items():
            plain = key.translate(self.map)
            anchor = 0
            if len(plain) == len(value):
                anchor = next(
                    i for i, (a, b) in enumerate(zip(plain, value, strict=True)) if a != b
                )
            by_anchor.setdefault(key[anchor], {}).setdefault(key[:anchor], set()).add(
                key[anchor + 1 :]
            )
        if not by_anchor:
            return None
        alternatives = []
        for anchor, by_prefix in sorted(by_anchor.items()):
            branches = []
            for prefix, suffixes in sorted(by_prefix.items()):
                tail = _trie_pattern(suffixes)
                if prefix:
                    branches.append(f"(?<={re.escape(prefix + anchor)}){tail}")
                else:
                    branches.append(tail)
            alternatives.append(re.escape(anchor) + _alternation(branches))
        return "|".join(alternatives)


def _alternation(branches: list[str]) -> str:
    if "" in branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _trie_pattern(words: set[str]) -> str:
    """Regex matching any of ``words`` (factored as a trie; '' matches empty)."""
    if "" in words:
        return ""
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0], set()).add(word[1:])
    return _alternation([re.escape(c) + _trie_pattern(rest) for c, rest in sorted(groups.items())])


class Converter:
    """Converter for one OpenCC config (build with :func:`get_converter`)."""

    def __init__(self, config: str) -> None:
        cfg = load_config(config)
        self.name = config
        self.normalization = [ExactStep(s) for s in cfg.normalization]
        self.segmentation = ExactStep(cfg.segmentation) if cfg.segmentation is not None else None
        self.chain = [ExactStep(s) for s in cfg.chain]
        steps = self.normalization + self.chain
        if any(step.keys for step in self.normalization):
            raise ValueError(f"{config}: phrase normalization is not supported")
        # characters that may take part in a multi-character match anywhere
        key_chars: set[str] = set()
        for step in self.chain + ([self.segmentation] if self.segmentation else []):
            for leaf_key in step.keys:
                key_chars.update(leaf_key)
        changed = {chr(code) for step in steps for code in step.map}
        special = set(IDS_OPERATORS) | {"\0"}
        nonbreak = key_chars | changed | special
        self._clause_right = re.compile(_char_class(nonbreak) + "*")
        self._clause_left = re.compile(_char_class(nonbreak) + "*")  # used on reversed text
        sources = []
        for step in self.chain:
            source = step.detector()
            sources.append(re.compile(source) if source else None)
        self._detectors = sources
        resizing = set().union(*(s.resizing for s in steps))
        self._resizing = re.compile(_char_class(resizing)) if resizing else None
        self._slow = re.compile(
            _char_class(set(IDS_OPERATORS) | ({"\0"} if self.segmentation else set()))
        )

    # -- exact path -------------------------------------------------------------------
    def convert_exact(self, text: str) -> str:
        """Exact OpenCC conversion, scanning every position (no bulk shortcut)."""
        for step in self.normalization:
            text = step.translate(text)
        if self.segmentation is None:
            segments = [text]
        else:
            segments = [s.split("\0", 1)[0] for s in self.segmentation.segment(text)]
        out = []
        for segment in segments:
            for step in self.chain:
                segment = step.convert(segment)
            out.append(segment)
        return "".join(out)

    # -- bulk path --------------------------------------------------------------------
    def _dirty_spans(self, text: str, layers: list[str]) -> list[tuple[int, int]]:
        """Clauses of ``text`` that need the exact scan, sorted and merged."""
        starts: list[int] = []
        for detector, layer in zip(self._detectors, layers, strict=False):
            if detector is not None:
                starts.extend(m.start() for m in detector.finditer(layer))
        if self._resizing is not None:
            starts.extend(m.start() for m in self._resizing.finditer(text))
        if not starts:
            return []
        starts.sort()
        reverse = text[::-1]
        n = len(text)
        spans: list[tuple[int, int]] = []
        end = -1
        for pos in starts:
            if pos < end:
                continue
            left = n - self._clause_left.match(reverse, n - pos).end()
            end = self._clause_right.match(text, pos).end()
            if end == pos:
                end = pos + 1
            if spans and left <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((left, end))
        return spans

    def convert(self, text: str) -> str:
        """Convert ``text``; byte-identical to OpenCC with this config."""
        if not text:
            return text
        if self._slow.search(text):
            return self.convert_exact(text)
        for step in self.normalization:
            text = step.translate(text)
        layers = [text]
        for step in self.chain:
            layers.append(step.translate(layers[-1]))
        spans = self._dirty_spans(text, layers)
        result = layers[-1]
        if not spans:
            return result
        pieces = []
        last = 0
        for start, end in spans:
            pieces.append(result[last:start])
            pieces.append(self.convert_exact(text[start:end]))
            last = end
        pieces.append(result[last:])
        return "".join(pieces)


@functools.cache
def get_converter(config: str) -> Converter:
    """Build (once) and return the :class:`Converter` for ``config``."""
    return Converter(config)
