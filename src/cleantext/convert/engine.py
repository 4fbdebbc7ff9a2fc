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
   everything else at C speed; :mod:`.detectors`, :mod:`.anchors`), all run on the
   text itself (a later step's are rewritten by :func:`.detectors.lift` to stand for
   what the earlier steps' tables turn into its keys);
3. re-converts only the *windows* around them with an exact OpenCC scan and
   splices them in (:mod:`.splice`).  A window is the run of
   characters around a hit linked by pairs that occur inside some key: no key
   spans its edges, so every scan lands on them and the window -- usually just
   the phrase -- converts on its own.  Windows are memoised (they are mostly
   words); the few texts where an exact conversion changes a window's edge so
   that a later step could match across it are spliced clause by clause
   (:meth:`.WindowSplicer._splice_clauses`; clauses with the same dirty steps are
   joined by a break character and scanned together).

Two paths share these steps (:meth:`Converter.convert` picks one from the first
characters of the text):

* *dense* (``_dense``) -- most text, e.g. ``s2t`` on Simplified text: steps 1-3
  as above;
* *sparse* (:mod:`.sparse`) -- text in which few characters are *touched* (changed
  by a table, anchor of a non-redundant key, or rare), e.g. ``t2tw`` or text
  already in the target script: one regex split finds them, they are converted
  one by one and probed for keys; text without any is returned as is.

Inputs the bulk path does not model (ideographic description sequences, NUL
characters in segmented configs) go through the exact scan as a whole.  One step of a
chain, with its exact scan, is an :class:`.step.ExactStep`; the derived tables are cached
on disk as JSON (:mod:`.tablecache`); the readable specification and test oracle is
:mod:`.reference`.

>>> get_converter("s2t").convert("干部在干燥的天气里")
'幹部在乾燥的天氣裏'
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise, repeat
from typing import Any

from .. import recache
from .charclass import BMP, char_class, identity_table, may_hold_astral
from .detectors import lift
from .reference import IDS_OPERATORS
from .sparse import SparsePath
from .splice import SEP, Unverifiable, WindowSplicer
from .step import ExactStep
from .tablecache import cache_enabled, cache_load, cache_store
from .tables import load_config

_START = re.Match.start
#: characters converted by the exact scan before the detectors are compiled, per
#: character of their patterns (see Converter._detectors_ready): compiling costs about
#: 3 us per pattern character, the exact scan 1-4 us per text character
_EXACT_PER_SOURCE = 2
#: texts up to this long (titles, names: clean(to=...) converts a page's meta fields one
#: by one) are first tested with one set operation: without a character of
#: Converter._tiny_stops they convert by the composed table alone, without the regex
#: scans, whose programs are cold in a pipeline (in clean(), such a call took ~60 us)
_TINY = 256


class Converter(SparsePath, WindowSplicer):
    """Converter for one OpenCC config (build with :func:`get_converter`).

    Here: the tables derived from the config's steps, :meth:`convert` (which picks the
    path), the dense path and the exact scan; the sparse path is :class:`.SparsePath`
    (:mod:`.sparse`), the splicing of exact windows :class:`.WindowSplicer`
    (:mod:`.splice`).

    >>> Converter("t2s").convert("鄉村幹部")
    '乡村干部'
    """

    def __init__(self, config: str) -> None:
        self.name = config
        data = cache_load(config)
        self._built = data is None
        self._load_steps(config, data)
        if any(step.keys for step in self.normalization):
            raise ValueError(f"{config}: phrase normalization is not supported")
        self._derive_segment_flags()
        self._derive_clauses()
        probes = [step.probes() for step in self.chain]
        detectors: list[tuple[str | None, ...]] = [step.detectors() for step in self.chain]
        self._detector_sources = detectors
        #: the detectors as run: step ``k``'s rewritten to find its keys in the text itself,
        #: before the earlier steps translate it (:func:`.detectors.lift`), so that the dense
        #: path translates once, by the composed table, instead of step by step
        if data is not None and isinstance(data.get("scan"), list):
            self._scan_sources = [tuple(sources) for sources in data["scan"]]
        else:  # 10-20 ms for an s2* config: cached with the tables
            self._scan_sources = self._lifted(detectors)
        sources = [source for step in self._scan_sources for source in step if source]
        if all(map(recache.cached, sources)):  # the programs are on disk: compiling is cheap
            self._exact_budget = 0
        else:
            self._exact_budget = _EXACT_PER_SOURCE * sum(map(len, sources))
        rare = self._rare_characters()
        self._rare_source = char_class(rare)
        self._rare_chars = frozenset(rare)
        self._resizing = set().union(*(s.resizing for s in self.normalization + self.chain))
        # no phrase value brings in a character that a later step maps to several
        self._plain_values = not any(
            not later.resizing.isdisjoint("".join(step.keys.values()))
            for i, step in enumerate(self.chain)
            for later in self.chain[i + 1 :]
            if later.resizing
        )
        self._composed = self._composed_table()
        self._derive_sparse_tables(probes, detectors, self._composed)
        #: characters without which a text converts like its character tables alone (no
        #: anchor of a non-redundant key at any step, nothing rare; see _TINY)
        self._tiny_stops = frozenset(self._checks) | self._rare_chars
        if self._built and cache_enabled():
            self._store_tables()

    # -- the tables derived from the steps --------------------------------------------
    def _load_steps(self, config: str, data: dict[str, Any] | None) -> None:
        """The config's steps, from the cached ``data`` if any, else built from its
        dictionaries."""
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

    def _store_tables(self) -> None:
        """Write the steps and the lifted detectors to the disk cache (:mod:`.tablecache`)."""
        cache_store(
            self.name,
            {
                "normalization": [st.to_data() for st in self.normalization],
                "segmentation": self.segmentation.to_data() if self.segmentation else None,
                "chain": [st.to_data() for st in self.chain],
                "scan": self._scan_sources,
            },
        )

    def _derive_segment_flags(self) -> None:
        """Where the exact path may skip the segmentation (see :meth:`_convert_clause`)."""
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

    def _derive_clauses(self) -> None:
        """The non-break characters, whose runs are the clauses (see the module docstring)."""
        seg = self.segmentation
        # characters that may take part in a multi-character match anywhere
        key_chars = set().union(
            *("".join(step.keys) for step in self.chain + ([seg] if seg is not None else []))
        )
        changed = {chr(code) for step in self.normalization + self.chain for code in step.map}
        special = set(IDS_OPERATORS) | {"\0"}
        self._clause_source = char_class(key_chars | changed | special) + "*"
        #: clauses can be joined by SEP for a grouped exact conversion
        self._sep_ok = SEP not in key_chars | changed | special

    def _lifted(self, detectors: list[tuple[str | None, ...]]) -> list[tuple[str | None, ...]]:
        """Per step, its detector sources (``detectors``) lifted to run on the text itself
        (:func:`.detectors.lift`; the first step's need no lift)."""
        lifted = [detectors[0]]
        for k, sources in enumerate(detectors[1:], 1):
            preimages = self._preimages(k) if any(sources) else {}
            lifted.append(tuple(lift(s, preimages) if s else None for s in sources))
        return lifted

    def _rare_characters(self) -> set[str]:
        """Characters that force the careful path: IDS operators, NUL (segmented configs
        cut segments there), normalization keys, characters outside the BMP that some
        table maps, characters mapped to several code points."""
        rare = set(IDS_OPERATORS) | {chr(c) for s in self.normalization for c in s.map}
        if self.segmentation is not None:
            rare.add("\0")
        for step in self.chain:
            rare.update(chr(c) for c in step.map if c >= BMP)
            rare.update(step.resizing)
        return rare

    def _composed_table(self) -> list[str]:
        """One ``str.translate`` table for the whole chain (all values are single code
        points where it is used)."""
        composed = list(identity_table())
        for code in {c for step in self.chain for c in step.map if c < BMP}:
            ch = chr(code)
            for step in self.chain:
                if len(ch) == 1 and ord(ch) < BMP:
                    ch = step.table[ord(ch)]
            composed[code] = ch
        return composed

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
        :func:`.detectors.lift`)."""
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
                raise Unverifiable
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
        return recache.compile(char_class(self._resizing))

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

    def convert(self, text: str) -> str:
        """Convert ``text``; byte-identical to OpenCC with this config."""
        if not text:
            return text
        if len(text) <= _TINY and self._tiny_stops.isdisjoint(text):
            return text.translate(self._composed)
        return self._sparse(text) if self._looks_sparse(text) else self._dense(text)

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
        if (
            self._rare_astral is not None
            and may_hold_astral(text)
            and self._rare_astral.search(text)
        ):
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
        rare = [c for c in self._rare_chars if ord(c) < BMP]
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
            if ord(c) < BMP:
                guard[ord(c)] = c + c
        return guard

    @functools.cached_property
    def _rare_astral(self) -> re.Pattern[str] | None:
        """The rare characters outside the BMP, or ``None`` if there are none."""
        astral = {c for c in self._rare_chars if ord(c) >= BMP}
        return recache.compile(char_class(astral)) if astral else None


@functools.cache
def get_converter(config: str) -> Converter:
    """Build (once) and return the :class:`Converter` for ``config``."""
    return Converter(config)
