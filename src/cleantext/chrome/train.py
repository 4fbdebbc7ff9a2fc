"""``cleantext train-lines``: fit the line model on labelled pages, export JSON.

The model learns from every non-blank ``body``, ``meta`` and ``boilerplate`` line of the
pages, described as the pipeline's step sees it: after the rules (their labels of the
neighbours are features). Reproducible: the solver is deterministic and ``--seed`` fixes the
folds. Needs scikit-learn and numpy (``pip install 'cleantext-zh[train]'``); using the model
does not.

    cleantext train-lines corpus.jsonl more.jsonl -o linemodel.json
    cleantext train-lines corpus.jsonl --cv 5           # group-by-domain cross-validation
    cleantext train-lines corpus.jsonl --test other.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..document import Document
from .features import eligible, page_features, page_state
from .model import CLASSES, LineModel

DEFAULT_THRESHOLD = 0.97
DEFAULT_BOILERPLATE_THRESHOLD = 0.99
"""A line taken as chrome leaves the clean text: the model must be surer than for meta."""
DEFAULT_MAX_LEN = 60
DEFAULT_C = 10.0
MIN_LINES = 2
"""An n-gram is a feature when it occurs in at least this many training lines."""
LEARNED = ("body", *CLASSES)


def rule_state(text: str) -> Document:
    """``text`` labelled by the default pipeline's rules, up to the line-model step: what the
    step sees (undecided lines have ``label`` ``None``)."""
    from ..filters.linemodel import LineModel as Step
    from ..pipeline import default_filters

    doc = Document.from_text(text)
    for step in default_filters():
        if isinstance(step, Step):
            break
        step(doc)
    return doc


Example = tuple[str, int, list[str], list[float], bool]
"""A featurised line: gold label, length, n-grams, dense features, undecided by the rules."""


def page_examples(
    page: dict[str, Any], *, undecided_only: bool = False, max_len: int = DEFAULT_MAX_LEN
) -> list[Example]:
    """The lines of ``page`` the model may judge (:func:`~.features.eligible`) and learn from
    (gold ``body``, ``meta`` or ``boilerplate``)."""
    doc = rule_state(page["text"])
    texts, labels = page_state(doc.lines)
    gold = page["labels"]
    only = [
        i
        for i, t in enumerate(texts)
        if t
        and gold[i] in LEARNED
        and (labels[i] is None or not undecided_only)
        and eligible(t, max_len)
    ]
    feats = page_features(texts, labels, only)
    return [(gold[i], len(texts[i]), *feats[i], labels[i] is None) for i in only if i in feats]


def fit(
    examples: Sequence[Example],
    *,
    c: float = DEFAULT_C,
    threshold: float = DEFAULT_THRESHOLD,
    boilerplate_threshold: float | None = DEFAULT_BOILERPLATE_THRESHOLD,
    max_len: int = DEFAULT_MAX_LEN,
    body_weight: float = 2.0,
    undecided_weight: float = 1.0,
    seed: int = 0,
) -> dict[str, Any]:
    """Fit the multinomial logistic regression on featurised lines; the model as a dict."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    seen: Counter[str] = Counter()
    for ex in examples:
        seen.update(set(ex[2]))
    vocab = {g: k for k, g in enumerate(sorted(g for g, n in seen.items() if n >= MIN_LINES))}
    rows, cols, vals = [], [], []
    for r, ex in enumerate(examples):
        grams = ex[2]
        v = 1.0 / math.sqrt(len(grams)) if grams else 0.0
        counts = Counter(vocab[g] for g in grams if g in vocab)
        for col, n in sorted(counts.items()):
            rows.append(r)
            cols.append(col)
            vals.append(v * n)
    x_grams = csr_matrix((vals, (rows, cols)), shape=(len(examples), len(vocab)))
    x = hstack([x_grams, csr_matrix(np.asarray([ex[3] for ex in examples], dtype=float))])
    y = np.asarray([LEARNED.index(ex[0]) for ex in examples])
    weights = {0: body_weight, 1: 1.0, 2: 1.0}
    clf = LogisticRegression(C=c, max_iter=5000, class_weight=weights, random_state=seed)
    # the lines the rules left undecided are the ones the step will judge: they may weigh more
    w = np.asarray([undecided_weight if ex[4] else 1.0 for ex in examples])
    clf.fit(x.tocsr(), y, sample_weight=w)
    # relative to body: the body logit becomes 0 (softmax is unchanged by the shift)
    coef = clf.coef_ - clf.coef_[0]
    bias = clf.intercept_ - clf.intercept_[0]
    grams = {g: [coef[1][k], coef[2][k]] for g, k in vocab.items()}
    dense = [list(coef[c][len(vocab) :]) for c in (1, 2)]
    meta = {
        "lines": len(examples),
        "per_label": {lab: int((y == k).sum()) for k, lab in enumerate(LEARNED)},
        "C": c,
        "body_weight": body_weight,
        "undecided_weight": undecided_weight,
        "seed": seed,
        "sklearn_free": True,
    }
    thresholds = None if boilerplate_threshold is None else {"boilerplate": boilerplate_threshold}
    return LineModel.encode(list(bias[1:]), dense, grams, threshold, max_len, meta, thresholds)


def train_model(pages: Sequence[dict[str, Any]], **options: Any) -> dict[str, Any]:
    """Train on ``pages`` (labelled records); the model as a JSON-ready dict."""
    limit = options.get("max_len", DEFAULT_MAX_LEN)
    examples = [ex for page in pages for ex in page_examples(page, max_len=limit)]
    return fit(examples, **options)


class Score:
    """Confusion of the step's decisions over the undecided lines of held-out pages."""

    def __init__(self) -> None:
        self.pairs: Counter[tuple[str, str]] = Counter()

    def add(self, model: LineModel, page: dict[str, Any]) -> None:
        self.add_examples(model, page_examples(page, undecided_only=True, max_len=model.max_len))

    def add_examples(self, model: LineModel, examples: Sequence[Example]) -> None:
        for gold, n, grams, dense, _ in examples:
            label = "body"
            if n <= model.max_len:  # (longer lines were learned from, never judged)
                lab, p = model.predict(grams, dense)
                if model.takes(lab, p):
                    label = lab
            self.pairs[gold, label] += 1

    def format(self) -> str:
        out = []
        for lab in LEARNED:
            tp = self.pairs[lab, lab]
            pred = sum(n for (g, p), n in self.pairs.items() if p == lab)
            gold = sum(n for (g, p), n in self.pairs.items() if g == lab)
            out.append(
                f"{lab:12} precision {_pct(tp, pred)}  recall {_pct(tp, gold)}  "
                f"({tp}/{pred} predicted, {gold} undecided lines)"
            )
        taken = sum(n for (g, p), n in self.pairs.items() if g == "body" and p != "body")
        meta_lost = self.pairs["meta", "boilerplate"]
        body = sum(n for (g, p), n in self.pairs.items() if g == "body")
        out.append(f"body lines taken {taken}/{body}, meta taken as boilerplate {meta_lost}")
        return "\n".join(out)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:6.2f} %" if b else "     - "


def cross_validate(
    pages: Sequence[dict[str, Any]], k: int, *, seed: int = 0, **options: Any
) -> Score:
    """Group-by-domain cross-validation: train on ``k - 1`` folds of registrable domains,
    score the step's decisions on the undecided lines of the held-out fold; summed."""
    from ..evaluate import domain_folds

    limit = options.get("max_len", DEFAULT_MAX_LEN)
    examples = [page_examples(page, max_len=limit) for page in pages]
    score = Score()
    for fold in domain_folds(pages, k, seed):
        held = set(fold)
        train = [ex for i, exs in enumerate(examples) if i not in held for ex in exs]
        model = LineModel(fit(train, seed=seed, **options))
        for i in fold:
            score.add_examples(model, [ex for ex in examples[i] if ex[4]])
    return score


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="cleantext train-lines",
        description="Train the line model (body / meta / boilerplate of the short lines the "
        "chrome and meta rules leave undecided) on labelled JSONL pages; write it as JSON, "
        "or score it by group-by-domain cross-validation (--cv) or on other pages (--test).",
    )
    p.add_argument("corpus", nargs="+", help="labelled JSONL file(s)")
    p.add_argument("-o", "--output", metavar="MODEL", help="model file to write")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--C", type=float, default=DEFAULT_C, dest="c", help="inverse regularisation")
    p.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"probability a line needs to be labelled meta (default {DEFAULT_THRESHOLD})",
    )
    p.add_argument(
        "--boilerplate-threshold",
        type=float,
        default=DEFAULT_BOILERPLATE_THRESHOLD,
        help="probability a line needs to be labelled boilerplate (default "
        f"{DEFAULT_BOILERPLATE_THRESHOLD}: a line taken as chrome leaves the clean text)",
    )
    p.add_argument(
        "--max-len",
        type=int,
        default=DEFAULT_MAX_LEN,
        help=f"longest line judged (default {DEFAULT_MAX_LEN})",
    )
    p.add_argument(
        "--cv", type=int, metavar="K", help="score by K-fold group-by-domain cross-validation"
    )
    p.add_argument(
        "--test", metavar="FILE", help="score a model trained on CORPUS on these labelled pages"
    )
    args = p.parse_args(argv)
    if not (args.output or args.cv or args.test):
        p.error("nothing to do: give -o MODEL, --cv K or --test FILE")
    if args.cv is not None and args.cv < 2:
        p.error("--cv needs K >= 2")
    from ..spam.train import read_pages

    try:
        pages = read_pages(args.corpus)
        tests = read_pages([args.test]) if args.test else []
    except (OSError, ValueError) as e:
        print(f"cleantext train-lines: {e}", file=sys.stderr)
        return 1
    options = {
        "c": args.c,
        "threshold": args.threshold,
        "boilerplate_threshold": args.boilerplate_threshold,
        "max_len": args.max_len,
    }
    try:
        if args.cv:
            score = cross_validate(pages, args.cv, seed=args.seed, **options)
            print(f"group-by-domain cross-validation, {args.cv} folds (undecided lines)")
            print(score.format())
        if args.test or args.output:
            model = train_model(pages, seed=args.seed, **options)
    except ImportError as e:
        print(
            f"cleantext train-lines: needs scikit-learn and numpy ({e.name} is missing): "
            "pip install 'cleantext-zh[train]'",
            file=sys.stderr,
        )
        return 1
    if args.test:
        score = Score()
        loaded = LineModel(model)
        for page in tests:
            score.add(loaded, page)
        print(f"trained on {', '.join(args.corpus)}; tested on {args.test} (undecided lines)")
        print(score.format())
    if args.output:
        with open(args.output, "w", encoding="utf-8") as fh:
            json.dump(model, fh, ensure_ascii=False, separators=(",", ":"))
            fh.write("\n")
        print(f"wrote {args.output}", file=sys.stderr)
    return 0
