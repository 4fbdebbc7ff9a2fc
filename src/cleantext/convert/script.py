"""Which script -- Simplified or Traditional -- a text is written in.

Only characters that exist in one script alone carry evidence: ``发`` (its
Traditional forms are ``發``/``髮``) is Simplified-only, ``發`` is
Traditional-only, while ``干``, ``后`` or ``台`` are valid in both and are
ignored.  The sets come from OpenCC's ``STCharacters``/``TSCharacters``; counting
is done with two compiled character classes, never a Python loop per character.

>>> detect_script("头发干燥")
'hans'
>>> detect_script("鄉村干部")
'hant'
>>> detect_script("abc 123")
'none'
>>> script_counts("後來发展")
ScriptCounts(hans=1, hant=2)
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

#: a minority script above this share of the evidence makes a text ``"mixed"``
MIXED_SHARE = 0.2


class ScriptCounts(NamedTuple):
    """Number of Simplified-only and Traditional-only characters."""

    hans: int
    hant: int


def _candidates(filename: str) -> dict[str, list[str]]:
    from .data import read_data

    text = read_data(filename, encoding="utf-8-sig")
    table: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and line[0] != "#" and "\t" in line:
            key, rest = line.split("\t", 1)
            table[key] = rest.split()
    return table


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    st = _candidates("STCharacters.txt")
    ts = _candidates("TSCharacters.txt")
    # a character is script-specific when converting it can never keep it
    hans = {c for c, values in st.items() if c not in values and c not in ts}
    hant = {c for c, values in ts.items() if c not in values and c not in st}

    def char_class(chars: set[str]) -> re.Pattern[str]:
        return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")

    return char_class(hans), char_class(hant)


def script_counts(text: str) -> ScriptCounts:
    """Count Simplified-only and Traditional-only characters of ``text``.

    >>> script_counts("鄉村干部 乡村干部")
    ScriptCounts(hans=1, hant=1)
    """
    hans, hant = _patterns()
    return ScriptCounts(len(hans.findall(text)), len(hant.findall(text)))


def classify(counts: ScriptCounts, mixed_share: float = MIXED_SHARE) -> str:
    """Turn :class:`ScriptCounts` into ``"hans"``, ``"hant"``, ``"mixed"`` or ``"none"``.

    >>> classify(ScriptCounts(10, 1)), classify(ScriptCounts(5, 5)), classify(ScriptCounts(0, 0))
    ('hans', 'mixed', 'none')
    """
    total = counts.hans + counts.hant
    if total == 0:
        return "none"
    if min(counts) > mixed_share * total:
        return "mixed"
    return "hans" if counts.hans > counts.hant else "hant"


def detect_script(text: str, mixed_share: float = MIXED_SHARE) -> str:
    """Script of ``text``: ``"hans"``, ``"hant"``, ``"mixed"`` or ``"none"``.

    ``"mixed"`` means the minority script holds more than ``mixed_share`` of the
    script-specific characters; ``"none"`` that there are none (no Chinese, or
    only characters shared by both scripts).

    >>> detect_script("這是繁體中文，这是简体中文")
    'mixed'
    """
    return classify(script_counts(text), mixed_share)


def detect_script_lines(text: str, mixed_share: float = MIXED_SHARE) -> list[str]:
    """:func:`detect_script` of every element of ``text.split("\\n")``.

    >>> detect_script_lines("简体\\n繁體\\n\\nabc")
    ['hans', 'hant', 'none', 'none']
    """
    return [detect_script(line, mixed_share) for line in text.split("\n")]
