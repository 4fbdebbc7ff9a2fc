"""Character classes and character tables shared by the conversion steps and the converter.

``re`` matches a class of BMP characters at C speed, but tests a long list of characters
outside the BMP (*astral*) one by one: a class lists its BMP characters and stands for every
astral one with a single range (:func:`char_class`), and texts that cannot hold an astral
character (:func:`may_hold_astral`) are scanned with classes without that range
(:func:`bmp_only`).

>>> char_class("干乾")
'[乾干]'
>>> bmp_only(char_class({"干", "𠮷"})) == "[干]"
True
>>> "干".translate(identity_table())
'干'
"""

from __future__ import annotations

import sys

#: the first code point outside the Basic Multilingual Plane
BMP = 0x10000
#: the class range :func:`char_class` writes for characters outside the BMP
ASTRAL_RANGE = "\U00010000-\U0010ffff"
#: the characters that need a backslash inside a regex character class
_CLASS_ESCAPES = {ord(c): "\\" + c for c in "\\]^-["}
_IDENTITY: list[str] | None = None


def may_hold_astral(text: str) -> bool:
    """Whether ``text`` may hold a character outside the BMP: CPython stores a string
    with 4 bytes per character only then (PEP 393), which ``sys.getsizeof`` shows
    without a scan (short strings may answer True anyway; other Pythons always do).

    >>> may_hold_astral("頭髮" * 100 + "𠮷"), may_hold_astral("頭髮" * 100)
    (True, False)
    """
    try:
        return sys.getsizeof(text) >= 4 * len(text) + 4
    except TypeError:
        return True


def char_class(chars: set[str] | str) -> str:
    """A regex character class matching ``chars`` -- and every character outside
    the BMP if any of them is (``re`` tests long lists of astral characters one
    by one, but a BMP set plus one range at C speed).

    >>> char_class("^a-")
    '[\\\\-\\\\^a]'
    """
    bmp = "".join(sorted(c for c in chars if ord(c) < BMP)).translate(_CLASS_ESCAPES)
    astral = ASTRAL_RANGE if any(ord(c) >= BMP for c in chars) else ""
    return "[" + bmp + astral + "]"


def bmp_only(source: str) -> str:
    """``source`` without the astral range :func:`char_class` adds to its classes: for
    texts that cannot hold such characters (:func:`may_hold_astral`), a class without it
    is tested 20-30% faster a character (``re`` checks the range at every position).

    >>> bmp_only(char_class("𠮷a"))
    '[a]'
    """
    return source.replace(ASTRAL_RANGE, "")


def identity_table() -> list[str]:
    """The ``str.translate`` table of the BMP that changes nothing (built once, shared:
    copy it before changing it).

    >>> identity_table()[ord("干")]
    '干'
    """
    global _IDENTITY
    if _IDENTITY is None:
        _IDENTITY = list(map(chr, range(BMP)))
    return _IDENTITY


class SameIfMissing(dict):
    """A dict that maps a missing key to itself.

    >>> SameIfMissing({"干": "乾"})["干"], SameIfMissing({"干": "乾"})["部"]
    ('乾', '部')
    """

    def __missing__(self, key: str) -> str:
        return key
