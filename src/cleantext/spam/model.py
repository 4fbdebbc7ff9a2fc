"""Load and apply a spam model: a logistic regression stored as JSON, no pickle, no sklearn.

File format (``"format": "cleantext-spam-model"``, ``"version": 1``)::

    {"format": ..., "version": 1, "hash_bits": 18, "ngrams": [1, 2, 3],
     "dense": [feature names], "dense_weights": [floats], "bias": float,
     "hashed_scale": float, "hashed_weights": base64 of int8 weights (2**hash_bits),
     "threshold": float, "meta": {...training details...}}

A hashed weight is ``int8 * hashed_scale``. Scoring is ``sigmoid(bias + Σ w[h] / sqrt(n) +
dense · x)`` over the distinct hashed n-grams ``h`` of the line (see
:mod:`cleantext.spam.features`).
"""

from __future__ import annotations

import binascii
import functools
import json
import math
from array import array
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from . import features
from .lexicon import data_bytes

if TYPE_CHECKING:
    from .items import ItemModel
    from .structure import ShapeModel

FORMAT = "cleantext-spam-model"
DEFAULT = "data/model.json"
T = TypeVar("T")


class ModelError(OSError):
    """A model file that cannot be used (an ``OSError``: the CLI reports it as bad input)."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.strerror = message
        self.filename = path

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}" if self.filename else str(self.strerror)


class SpamModel:
    """A loaded model: :meth:`score` gives the spam probability of a featurised line."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT or data.get("version") != 1:
            raise ModelError("not a cleantext spam model (format/version)")
        if data.get("hash_bits") != features.HASH_BITS or list(data.get("dense", [])) != list(
            features.DENSE
        ):
            raise ModelError(
                "model was trained with other features; retrain it with 'cleantext train'"
            )
        self.bias = float(data["bias"])
        self.dense = [float(w) for w in data["dense_weights"]]
        raw = binascii.a2b_base64(data["hashed_weights"])
        if len(raw) != 1 << features.HASH_BITS:
            raise ModelError("hashed weights have the wrong size")
        self.scale = float(data["hashed_scale"])
        self.hashed = array("b", raw)
        self.threshold = float(data.get("threshold", 0.9))
        self.meta = data.get("meta", {})
        self.shape: ShapeModel | None = None
        if data.get("shape") is not None:  # models trained before the shape head have none
            from .structure import ShapeModel

            self.shape = ShapeModel(data["shape"])
        self.items: ItemModel | None = None
        if data.get("items") is not None:  # models trained before the item head have none
            from .items import ItemModel

            self.items = ItemModel(data["items"])

    def score(self, ids: list[int], dense: list[float]) -> float:
        z = self.bias
        if ids:
            h = self.hashed
            z += sum(h[i] for i in ids) * self.scale / math.sqrt(len(ids))
        z += sum(w * x for w, x in zip(self.dense, dense, strict=True))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @staticmethod
    def encode(
        bias: float,
        dense_weights: list[float],
        hashed_weights: Any,
        threshold: float,
        meta: dict[str, Any],
    ) -> dict[str, Any]:
        """Build the JSON-ready dict from trained weights (``hashed_weights``: float sequence)."""
        import base64

        peak = max((abs(float(w)) for w in hashed_weights), default=0.0) or 1.0
        scale = peak / 127
        q = array("b", (max(-127, min(127, round(float(w) / scale))) for w in hashed_weights))
        return {
            "format": FORMAT,
            "version": 1,
            "hash_bits": features.HASH_BITS,
            "ngrams": list(features.NGRAMS),
            "dense": list(features.DENSE),
            "dense_weights": [round(float(w), 6) for w in dense_weights],
            "bias": round(float(bias), 6),
            "hashed_scale": scale,
            "hashed_weights": base64.b64encode(q.tobytes()).decode("ascii"),
            "threshold": threshold,
            "meta": meta,
        }


def load_json_model(
    path: str | None,
    shipped: Callable[[], str],
    default: str,
    kind: str,
    build: Callable[[dict[str, Any]], T],
    broken: tuple[type[Exception], ...] = (KeyError, TypeError, ValueError),
) -> T:
    """Read a JSON model file (``None``: the text ``shipped()`` returns, named ``default`` in
    errors) and ``build`` it; every failure becomes a :class:`ModelError` naming the ``kind``
    of model and the file, so the CLI reports it as bad input. Shared by the spam model and
    the line model (:func:`cleantext.chrome.model.load`)."""
    try:
        if path is None:
            text = shipped()
        else:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        data = json.loads(text)
    except (OSError, ValueError) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise ModelError(f"cannot load {kind} model: {reason}", path or default) from None
    if not isinstance(data, dict):
        raise ModelError(f"not a cleantext {kind} model", path)
    try:
        return build(data)
    except ModelError as e:
        raise ModelError(e.strerror, path) from None
    except broken as e:
        raise ModelError(f"broken {kind} model ({type(e).__name__}: {e})", path) from None


@functools.lru_cache(maxsize=8)
def load(path: str | None = None) -> SpamModel:
    """The model at ``path`` (``None``: the one shipped with the package), loaded once."""
    return load_json_model(
        path, lambda: data_bytes(DEFAULT).decode("utf-8"), DEFAULT, "spam", SpamModel
    )
