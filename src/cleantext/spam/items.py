"""The item model: is one list item (a short phrase) an ad or a spam site's title?

Spider-pool junk is a list of short items joined by any separator (``_ | , 、 / ▷ 💰``, spaces).
The lexicon knows terms; a new wording of a known family (``黑户秒下款``, ``篮球让分盘``) or a
family it lacks has none. This model reads an item's character 1-3-grams (folded to
Simplified, digits as ``0``, the item's start and end marked, so template tails such as
``…官网$``, ``…下载$``, ``…多少钱$`` are features of their own) and was trained by
``cleantext train`` on items *composed* from family templates (a core of many trades × ad
modifiers × template tails × contacts × Latin site codes: :mod:`cleantext.spam.itemsynth`)
against the items of the corpus's real lines, ordinary phrases and crackdown-news phrases.
It is stored in the spam model's JSON under ``"items"`` (int8 weights, base64).

The rule that uses it (:class:`cleantext.filters.spamitems.ItemSpam`) never decides on one
item: a line must be list-shaped and most of its items ads, and share little with the page.

>>> text = "住宿发票▶餐饮发票★可查验 | 加微:fp2025"
>>> [text[a:b] for a, b in item_spans(text)]
['住宿发票', '餐饮发票', '可查验', '加微:fp2025']
>>> item_text("乐鱼APP下载2024")
'^乐鱼app下载0000$'
"""

from __future__ import annotations

import binascii
import math
import re
import zlib
from array import array
from itertools import chain
from typing import Any

from .lexicon import fold

HASH_BITS = 16
NGRAMS = (1, 2, 3)
MAX_ITEM = 24
"""Characters of an item that are read (items of lists are short; the rest adds nothing)."""

_ITEM = re.compile(r"[^\W_]+(?:[.%+@:\uff1a'][^\W_]+)*")
"""An item: letters, digits and Han characters, with ``.%+@:'`` inside (``abc8.vip``,
``100%``, ``加V:abc``); everything else separates items."""
_DIGITS = re.compile(r"\d")


def item_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the items of ``text`` (runs of word characters; any other character, symbol
    or emoji separates them)."""
    return [m.span() for m in _ITEM.finditer(text)]


def item_text(item: str) -> str:
    """The form of an item the model reads: folded, digits as ``0``, ``^…$`` around it."""
    return "^" + _DIGITS.sub("0", fold(item[:MAX_ITEM])) + "$"


def item_ids(item: str) -> list[int]:
    """Distinct hashed character n-grams of :func:`item_text`: ``zlib.crc32`` of each gram's
    UTF-32-LE bytes mod ``2**HASH_BITS`` (stable across processes and platforms).

    >>> grams = ["^", "a", "b", "$", "^a", "ab", "b$", "^ab", "ab$"]
    >>> item_ids("ab") == sorted({zlib.crc32(g.encode("utf-32-le")) % 2**16 for g in grams})
    True
    """
    return sorted(_ids(item_text(item)))


def _ids(text: str) -> set[int]:
    # every gram's CRC from C-level maps, no Python step per gram: the text's characters as
    # 4-byte chunks (one findall), a 2-gram's CRC continued from its first character's
    # (``crc32(b, crc32(a)) == crc32(a + b)``), a 3-gram's from its first 2-gram's
    quads = _QUAD.findall(text.encode("utf-32-le"))
    crc = zlib.crc32
    one = list(map(crc, quads))
    two = list(map(crc, quads[1:], one))
    return set(map(_MASK.__and__, chain(one, two, map(crc, quads[2:], two))))


_MASK = (1 << HASH_BITS) - 1
_QUAD = re.compile(b".{4}", re.S)


class ItemModel:
    """Logistic weights over hashed item n-grams (``{"hash_bits", "bias", "scale",
    "weights"}``: int8 weights in base64, a weight is ``int8 * scale``).

    >>> m = ItemModel.from_weights(0.0, [0.0] * (1 << HASH_BITS))
    >>> m.score("国产精品")
    0.5
    """

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("hash_bits") != HASH_BITS:
            raise ValueError("item model was trained with other features")
        raw = binascii.a2b_base64(data["weights"])
        if len(raw) != 1 << HASH_BITS:
            raise ValueError("item weights have the wrong size")
        self.weights = array("b", raw)
        self.scale = float(data["scale"])
        self.bias = float(data["bias"])

    def score(self, item: str) -> float:
        """The probability that ``item`` is an ad or a spam site's title."""
        ids = _ids(item_text(item))
        w = self.weights
        z = self.bias + sum(map(w.__getitem__, ids)) * self.scale / math.sqrt(len(ids))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @staticmethod
    def encode(bias: float, weights: Any) -> dict[str, Any]:
        """The JSON-ready dict of trained float weights."""
        import base64

        peak = max((abs(float(w)) for w in weights), default=0.0) or 1.0
        scale = peak / 127
        q = array("b", (max(-127, min(127, round(float(w) / scale))) for w in weights))
        return {
            "hash_bits": HASH_BITS,
            "ngrams": list(NGRAMS),
            "bias": round(float(bias), 6),
            "scale": scale,
            "weights": base64.b64encode(q.tobytes()).decode("ascii"),
        }

    @classmethod
    def from_weights(cls, bias: float, weights: Any) -> ItemModel:
        return cls(cls.encode(bias, weights))
