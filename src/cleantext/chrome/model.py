"""Load and apply the line model: a multinomial logistic regression stored as JSON.

No pickle, no scikit-learn. File format (``"format": "cleantext-line-model"``, version 1)::

    {"format": ..., "version": 1, "gram_chars": 48, "dense": [feature names],
     "classes": ["meta", "boilerplate"], "bias": [b_meta, b_boilerplate],
     "dense_weights": [[...], [...]], "grams": {"n-gram": [w_meta, w_boilerplate], ...},
     "threshold": float, "max_len": int, "meta": {...training details...}}

and optionally ``"thresholds": {"meta": float, "boilerplate": float}``, a threshold per class
(``threshold`` for a class it does not name).

Weights are relative to ``body`` (its logit is 0): ``z_c = b_c + Σ_g w_c[g] / sqrt(#g) +
dense · x``, and ``p(c) = exp(z_c) / (1 + Σ exp(z))``. A line is labelled ``c`` when
``p(c)`` reaches the threshold of ``c`` (:meth:`LineModel.takes`) and it is at most
``max_len`` characters long.

>>> m = LineModel({"format": FORMAT, "version": 1, "gram_chars": features.GRAM_CHARS,
...     "dense": list(features.DENSE), "classes": ["meta", "boilerplate"], "bias": [0.0, 2.0],
...     "dense_weights": [[0.0] * len(features.DENSE)] * 2, "grams": {"分": [0.0, 1.0]},
...     "threshold": 0.9, "max_len": 60})
>>> label, p = m.predict(["分", "享"], [0.0] * len(features.DENSE))
>>> label, round(p, 3)
('boilerplate', 0.882)
"""

from __future__ import annotations

import functools
import math
import os
from itertools import repeat
from typing import Any

from ..spam.model import ModelError, load_json_model
from . import features

FORMAT = "cleantext-line-model"
DEFAULT = "data/linemodel.json"
CLASSES = ("meta", "boilerplate")
"""The labels the model may give, besides ``body`` (the reference class)."""


class LineModel:
    """A loaded line model: :meth:`predict` gives the most likely label and its probability."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT or data.get("version") != 1:
            raise ModelError("not a cleantext line model (format/version)")
        if (
            data.get("gram_chars") != features.GRAM_CHARS
            or list(data.get("dense", [])) != list(features.DENSE)
            or tuple(data.get("classes", ())) != CLASSES
        ):
            raise ModelError(
                "line model was trained with other features; retrain it with "
                "'cleantext train-lines'"
            )
        self.bias = [float(b) for b in data["bias"]]
        self.dense = [[float(w) for w in ws] for ws in data["dense_weights"]]
        grams = data["grams"]
        # one dict per class: ``sum(map(d.get, grams, repeat(0.0)))`` runs at C speed
        self.grams = [{g: float(w[c]) for g, w in grams.items() if w[c]} for c in range(2)]
        per_class = data.get("thresholds") or {}
        self.thresholds = {c: float(per_class.get(c, data["threshold"])) for c in CLASSES}
        self.max_len = int(data["max_len"])
        self.meta = data.get("meta", {})

    def probabilities(self, grams: list[str], dense: list[float]) -> tuple[float, float, float]:
        """``(p_body, p_meta, p_boilerplate)`` of a featurised line."""
        norm = 1.0 / math.sqrt(len(grams)) if grams else 0.0
        meta_g, chrome_g = self.grams
        z0 = self.bias[0] + sum(map(meta_g.get, grams, repeat(0.0))) * norm
        z1 = self.bias[1] + sum(map(chrome_g.get, grams, repeat(0.0))) * norm
        for x, w0, w1 in zip(dense, *self.dense, strict=True):  # one loop; most are 0
            if x:
                z0 += w0 * x
                z1 += w1 * x
        e0, e1 = math.exp(min(z0, 50.0)), math.exp(min(z1, 50.0))
        body = 1.0 / (1.0 + e0 + e1)
        return body, e0 * body, e1 * body

    def predict(self, grams: list[str], dense: list[float]) -> tuple[str, float]:
        """The most likely label of a featurised line and its probability."""
        p = self.probabilities(grams, dense)
        best = max(range(3), key=p.__getitem__)
        return ("body", *CLASSES)[best], p[best]

    def takes(self, label: str, p: float) -> bool:
        """Whether a line the model reads as ``label`` with probability ``p`` is so labelled:
        not ``body``, and ``p`` at the threshold of its class or above."""
        return label != "body" and p >= self.thresholds[label]

    @staticmethod
    def encode(
        bias: list[float],
        dense_weights: list[list[float]],
        grams: dict[str, list[float]],
        threshold: float,
        max_len: int,
        meta: dict[str, Any],
        thresholds: dict[str, float] | None = None,
    ) -> dict[str, Any]:
        """The JSON-ready dict of trained weights (rounded: small, and byte-reproducible)."""
        kept = {
            g: [round(float(w), 4) for w in ws]
            for g, ws in sorted(grams.items())
            if any(abs(float(w)) >= 5e-5 for w in ws)
        }
        return {
            "format": FORMAT,
            "version": 1,
            "gram_chars": features.GRAM_CHARS,
            "dense": list(features.DENSE),
            "classes": list(CLASSES),
            "bias": [round(float(b), 6) for b in bias],
            "dense_weights": [[round(float(w), 6) for w in ws] for ws in dense_weights],
            "grams": kept,
            "threshold": threshold,
            **({"thresholds": thresholds} if thresholds else {}),
            "max_len": max_len,
            "meta": meta,
        }


@functools.lru_cache(maxsize=8)
def load(path: str | None = None) -> LineModel:
    """The line model at ``path`` (``None``: the one shipped with the package), loaded once."""
    return load_json_model(
        path,
        _read_default,
        DEFAULT,
        "line",
        LineModel,
        broken=(KeyError, TypeError, ValueError, IndexError),
    )


def _read_default() -> str:
    """The shipped model's text, read by a plain path (the package is a directory on disk,
    never a zip): importing ``importlib.resources`` (pathlib, tempfile, zipfile…) cost a
    first page ~10 ms."""
    path = os.path.join(os.path.dirname(__file__), *DEFAULT.split("/"))
    with open(path, encoding="utf-8") as fh:
        return fh.read()
