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

Calibrated scores. The rules read the item model at fixed levels (0.5: reads as an ad, 0.9:
a sure ad…; :data:`LEVELS` lists them all and who uses them). A retrained model moves every
score a little, so ``cleantext train`` stores a calibration with it: for each level, the raw
score at which as many *plain* items of a generated calibration set (a fixed seed, items not
trained on: :func:`calibration_set` in :mod:`cleantext.spam.train`) reach it as reached the
level with the model the rules were tuned on (:attr:`Level.plain`), a stated false-positive
rate. :meth:`ItemModel.score` maps raw scores through those points (piecewise linear in
log-odds), so every rule, and every mean of item scores a rule takes, stays at the same
operating point after a retrain, and no rule reads a threshold from the model. A model
without a calibration (older files, a test's model) is read as it scores.

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
from bisect import bisect_right
from itertools import chain, pairwise
from typing import Any, NamedTuple

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


class Level(NamedTuple):
    """A score level the rules read the item model at."""

    score: float
    """The level, as the rules write it."""
    plain: float
    """Share of the calibration set's plain items scoring at or above it with the model the
    rules were tuned on (the shipped model of 2026-12-07, 438,288 bytes): the operating point
    a retrained model is calibrated to."""
    names: str
    """The constants (and rules) that read the model at this level."""


LEVELS = (
    Level(0.15, 0.054424, "structure.PLAIN_MEAN: a list's mean under it reads as no ads"),
    Level(0.2, 0.040113, "structure.PLAIN_FEW: the same, one ad-like item at most"),
    Level(
        0.5,
        0.011528,
        "spamitems.ITEM_SPAM: an item reads as an ad (item-list, item-run, watermarks, "
        "templates, structure.plain_list); spamitems.CONTACT_MEAN: a list's mean with a contact",
    ),
    Level(0.6, 0.008386, "spamitems.MEAN: a list's mean; spamitems.SLOT_CORE: a slot name's core"),
    Level(0.7, 0.0053, "spamitems.CLAUSE_ITEM: an ad clause with a private contact"),
    Level(0.75, 0.003975, "spamitems.SLOT_SCORE: a site name in a welcome/copyright/byline slot"),
    Level(
        0.8,
        0.002404,
        "spamitems.RUN_ITEM: a junk run's items; spamitems.TAG_SCORE: ad tags; "
        "spamads.SPREAD_SCORE: the mean of ads spread under one bullet",
    ),
    Level(
        0.9,
        0.000757,
        "spamitems.RUN_SURE: sure ads; spamitems.SPLICE_ITEM: trade splices; "
        "spamitems.WELCOME_BARE: a welcome's name without a site word",
    ),
)
"""Every level the rules read the item model at, once each, with the rules reading it."""


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def calibration(plain: list[float], spam: list[float] | None = None) -> dict[str, Any]:
    """The calibration of a model from its raw log-odds on the calibration set's ``plain``
    items (and ``spam`` ones, for the record): one knot ``[raw, level]`` a level (log-odds),
    the raw value the share :attr:`Level.plain` of the plain items reach (interpolated
    between neighbours), nudged to rise strictly.

    >>> cal = calibration([-3.0, -1.0, 0.0, 1.0, 3.0])
    >>> len(cal["knots"]) == len(LEVELS) and cal["plain"] == 5
    True
    """
    zs = sorted(plain)
    n = len(zs)
    knots: list[list[float]] = []
    for level in LEVELS:
        # the value that a share ``level.plain`` of the items reach: the quantile 1 - plain
        at = min(max((1.0 - level.plain) * n - 0.5, 0.0), n - 1.0)
        lo = int(at)
        hi = min(lo + 1, n - 1)
        raw = zs[lo] + (zs[hi] - zs[lo]) * (at - lo)
        if knots and raw <= knots[-1][0]:
            raw = knots[-1][0] + 1e-6
        knots.append([round(raw, 6), round(_logit(level.score), 6)])
    out: dict[str, Any] = {"knots": knots, "plain": n}
    if spam is not None:
        # the share of the spam items reaching each level once calibrated (recall)
        model = _Calibrated(knots)
        cal = sorted(model.map(z) for z in spam)
        out["spam"] = len(cal)
        out["recall"] = [
            round(1.0 - bisect_right(cal, _logit(lv.score) - 1e-12) / max(len(cal), 1), 6)
            for lv in LEVELS
        ]
    return out


class _Calibrated:
    """Raw log-odds mapped through knots: linear between them, shifted beyond them (one
    ``bisect`` and one multiply-add a score: a segment's offset and slope kept)."""

    def __init__(self, knots: list[list[float]]) -> None:
        xs = [float(k[0]) for k in knots]
        ys = [float(k[1]) for k in knots]
        if not xs or any(b <= a for seq in (xs, ys) for a, b in pairwise(seq)):
            raise ValueError("item calibration knots must rise")
        self.xs = xs
        # segment k (xs[k-1] <= z < xs[k]) maps z to offset[k] + slope[k] * z; beyond the
        # knots, the slope is 1
        steps = zip(pairwise(xs), pairwise(ys), strict=True)
        inner = [(y1 - y0) / (x1 - x0) for (x0, x1), (y0, y1) in steps]
        self.slope = [1.0, *inner, 1.0]
        bases = [(xs[0], ys[0]), *zip(xs, ys, strict=True)]
        self.offset = [y - s * x for (x, y), s in zip(bases, self.slope, strict=True)]

    def map(self, z: float) -> float:
        k = bisect_right(self.xs, z)
        return self.offset[k] + self.slope[k] * z


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
        cal = data.get("calibration")  # models trained before calibration have none
        self.calibrated = _Calibrated(cal["knots"]) if cal is not None else None

    def raw(self, item: str) -> float:
        """The model's log-odds for ``item``, before calibration."""
        ids = _ids(item_text(item))
        w = self.weights
        return self.bias + sum(map(w.__getitem__, ids)) * self.scale / math.sqrt(len(ids))

    def score(self, item: str) -> float:
        """The probability that ``item`` is an ad or a spam site's title, calibrated (the
        rules' levels, :data:`LEVELS`, mean the same for every retrained model)."""
        # (raw() inline: the rules score thousands of items a page)
        ids = _ids(item_text(item))
        w = self.weights
        z = self.bias + sum(map(w.__getitem__, ids)) * self.scale / math.sqrt(len(ids))
        if self.calibrated is not None:
            z = self.calibrated.map(z)
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
