"""The learned line step: after the chrome and meta rules, a small model decides the lines
they left undecided (:mod:`cleantext.chrome`).

Only lines no rule labelled, at most ``max_len`` characters long, are scored; a line becomes
``meta`` or ``boilerplate`` only when the model gives that label a probability of at least
its threshold (set high in training so that body lines are rarely taken on sites never
seen), and the reason carries the probability: ``boilerplate:model 0.97``.

>>> from cleantext.document import Document
>>> doc = Document.from_text("标题\\n正文第一段，讲了一件事情，讲得很长很长很长很长。")
>>> [line.label for line in LineModel()(doc).lines]
[None, None]
"""

from __future__ import annotations

from typing import Any

from ..chrome import features
from ..chrome.model import LineModel as Weights
from ..chrome.model import load
from ..document import Document
from .pagefacts import page_facts


class LineModel:
    """Label undecided lines with the line model at ``path`` (``None``: the shipped one), or
    with ``model`` (a loaded one, or a dict as written by ``cleantext train-lines``)."""

    name = "line-model"

    def __init__(self, path: str | None = None, *, model: Weights | dict[str, Any] | None = None):
        self.path = path
        self._model = Weights(model) if isinstance(model, dict) else model
        if path is not None and self._model is None:  # a user's model: fail now, clearly
            self._model = load(path)

    @property
    def model(self) -> Weights:
        if self._model is None:
            self._model = load(self.path)
        return self._model

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        model = self.model
        limit = model.max_len
        texts, labels = features.page_state(lines, page_facts(doc).kept)
        only = [i for i, t in enumerate(texts) if labels[i] is None and t]
        if not only:
            return doc
        # eligibility told only for the lines outside the article block
        feats = features.page_features(
            texts, labels, only, lambda t: features.eligible(t, limit), lead=True
        )
        for i, (grams, dense) in feats.items():
            label, p = model.predict(grams, dense)
            if model.takes(label, p):
                lines[i].mark(label, f"{label}:model {p:.2f}")  # type: ignore[arg-type]
        return doc
