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


_VARIANTS = "裡里着著綫线峯峰衆众麪面啓启録录內内爲为"
"""Taiwan/HK variants common on pages, added where TSCharacters has none of its own."""


@functools.cache
def _fold_table() -> dict[int, int]:
    """Traditional → Simplified (OpenCC ``TSCharacters``, single characters) + full-width
    ASCII: the table shared with the spam lexicon (:mod:`cleantext.fold`) and the variants."""
    from .. import fold as shared  # this module has a fold() of its own

    return shared.table(_VARIANTS)


@functools.cache
def _fold_list() -> list[int]:
    """:func:`_fold_table` as a list indexed by code point, over the BMP: ``str.translate``
    looks a list up about twice as fast as a dict (no hashing, no miss for every character
    that stays as it is)."""
    from .. import fold as shared

    return shared.bmp_list(_VARIANTS)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _foldable() -> re.Pattern[str]:
    """The first character :func:`fold` may change: a BMP character the table maps elsewhere,
    or any astral one. ``re`` finds it through a bitmap ten times faster than
    ``str.translate`` walks the line; most lines of a page (all of a Simplified page, bar
    full-width punctuation) have none."""
    from .. import fold as shared

    return shared.changes(_VARIANTS)


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
