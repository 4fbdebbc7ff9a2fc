"""Repair debris left by naive converters, and convert to a target script.

Mirror sites often convert Simplified pages character by character and some
converters add the pinyin of every converted character: ``物聯(lián)網(wǎng)``.
:func:`repair` removes such inline pinyin and decodes broken hex entities
(``#xff0c;`` → ``，``).  :func:`to_script` repairs, then converts through
Simplified, which also fixes the wrong characters of naive conversions
(``鄉村干部`` → ``鄉村幹部``).

>>> repair("物聯(lián)網(wǎng)標(biāo)準(zhǔn)")
'物聯網標準'
>>> to_script("鄉村干部，后備力量，并確保", "hant")
'鄉村幹部，後備力量，並確保'
"""

from __future__ import annotations

import functools
import re

from . import convert

#: ``to_script`` targets and the OpenCC configs used to reach them from Simplified
TARGETS: dict[str, str | None] = {"hans": None, "hant": "s2t", "tw": "s2tw", "hk": "s2hk"}

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = f"[a-zü{_TONED}]{{0,5}}[{_TONED}][a-zü{_TONED}]{{0,5}}"


@functools.cache
def _pinyin(parens: str = "(（") -> re.Pattern[str]:
    """A parenthesised run of tone-marked pinyin syllables right after a Han character,
    in ASCII or full-width parentheses (``parens``: the opening ones to look for)
    (compiled on first use: it takes a few ms, paid by `import cleantext` otherwise)."""
    # Led by the parenthesis, the Han character checked behind it: a pattern led by a
    # lookbehind makes ``re`` try it at every position (~26% of ``to_script``'s time on
    # the dev pages' clean text). One literal lets ``re`` skip to the next one several
    # times faster than a class of two does (~1 vs ~16 ns a character).
    han = "[\u3400-\u9fff\uf900-\ufaff]"
    branches = {
        "(": rf"\((?<={han}\(){_SYLLABLE}(?: {_SYLLABLE})*\)",
        "（": rf"（(?<={han}（){_SYLLABLE}(?: {_SYLLABLE})*）",
    }
    return re.compile("|".join(branches[p] for p in parens))


#: ``&#xff0c;``, or the same with the ``&`` lost
_ENTITY = re.compile(r"[&#](?:(?:(?<=&)#|(?<=#))x([0-9a-fA-F]{4,5});|(?<=&)#([0-9]{4,6});)")
"""(``&?#x(hex);|&#(dec);``, led by one class: ``re`` skips to its characters.)"""


def _decode(match: re.Match[str]) -> str:
    code = int(match[1], 16) if match[1] else int(match[2])
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return match[0]
    return chr(code)


def repair(text: str) -> str:
    """Remove inline pinyin after Han characters and decode broken hex entities.

    Only parentheses holding nothing but lowercase pinyin syllables, each with a
    tone mark, are removed; ordinary parentheses stay.

    >>> repair("發(fā)展(internet of things,IoT)(1.南京)")
    '發展(internet of things,IoT)(1.南京)'
    >>> repair("企业#xff0c;同时&#xff1a;")
    '企业，同时：'
    """
    # one pass, as both kinds may follow each other: ``聯(lián)（x）`` keeps ``（x）``
    ascii_open, wide_open = "(" in text, "（" in text
    if ascii_open or wide_open:
        parens = "(（" if ascii_open and wide_open else "(" if ascii_open else "（"
        text = _pinyin(parens).sub("", text)
    if "#" in text:
        text = _ENTITY.sub(_decode, text)
    return text


def to_script(text: str, to: str | None) -> str:
    """Repair ``text`` and convert it to ``to``: ``"hans"``, ``"hant"``, ``"tw"``, ``"hk"``.

    ``None`` returns ``text`` unchanged (no repair either).  Every target goes
    through Simplified first (OpenCC ``t2s``), which turns naive
    character-by-character conversions back into proper Simplified; the
    Traditional targets then use phrase-aware ``s2t``/``s2tw``/``s2hk`` (character
    variants only, no regional vocabulary).  So the result for ``"hant"`` is
    ``convert(convert(repair(text), "t2s"), "s2t")``; plain OpenCC output is
    available from :func:`cleantext.convert.convert`.

    Unlike OpenCC, which stops a segmented conversion at a NUL character (``s2tw``,
    ``s2hk``…), this never loses text: NUL-separated parts are converted one by one.

    >>> to_script("头发", "hant"), to_script("頭髮", "hans"), to_script("台风", "tw")
    ('頭髮', '头发', '颱風')
    >>> to_script("x", "zh")
    Traceback (most recent call last):
    ...
    ValueError: unknown script target 'zh'; valid targets: hans, hant, tw, hk, None
    """
    if to is None:
        return text
    if to not in TARGETS:
        raise ValueError(f"unknown script target {to!r}; valid targets: {', '.join(TARGETS)}, None")
    if "\x00" in text:
        return "\x00".join(to_script(part, to) for part in text.split("\x00"))
    simplified = convert(repair(text), "t2s")
    config = TARGETS[to]
    return simplified if config is None else convert(simplified, config)
