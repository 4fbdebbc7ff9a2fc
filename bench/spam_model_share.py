"""How much the spam models contribute on labelled sets, and how close their misses come.

For each set: the gold spam lines the full pipeline catches, those it catches ONLY through a
model step (lost when the line model, the shape model or the item step is left out; each
step alone and the three together), and for every missed spam line the scores the models
give it (the line model scored even when the lexicon gate would not show it the line; the
item model's mean over the line's items), bucketed by the line model's score.

    python bench/spam_model_share.py tests/fixtures/spam_unseen_A.jsonl ... [--model M] [--show]

Run it only on sets you may tune on (never on the held-out ones).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from cleantext.document import Document
from cleantext.filters.spam import SpamModelFilter
from cleantext.filters.spamitems import ItemSpam, list_items
from cleantext.filters.spamshape import ShapeSpam
from cleantext.pipeline import Pipeline, default_filters
from cleantext.spam import features
from cleantext.spam.model import SpamModel, load

STEPS = {"line": SpamModelFilter, "shape": ShapeSpam, "item": ItemSpam}
THRESHOLDS = (0.5, 0.7, 0.85)
BUCKETS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.85, 1.01)


def _pipeline(model: str | None, without: tuple[str, ...] = ()) -> Pipeline:
    drop = tuple(STEPS[k] for k in without)
    return Pipeline([f for f in default_filters(model=model) if not isinstance(f, drop)])


def _spam_lines(doc: Document) -> set[int]:
    return {i for i, ln in enumerate(doc.lines) if ln.label == "spam"}


def line_score(model: SpamModel, texts: list[str], i: int) -> float:
    """The line model's score of line ``i``, whether or not the gate would show it the line."""
    f = features.page_features(texts, only={i})[i]
    return 0.0 if f is None else model.score(*f)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("sets", nargs="+")
    p.add_argument("--model", default=None)
    p.add_argument("--show", action="store_true", help="print each missed line")
    args = p.parse_args(argv)
    model = load(args.model)
    full = _pipeline(args.model)
    variants = {k: _pipeline(args.model, (k,)) for k in STEPS}
    variants["all"] = _pipeline(args.model, tuple(STEPS))
    total: Counter[str] = Counter()
    miss_buckets: Counter[str] = Counter()
    for path in args.sets:
        c: Counter[str] = Counter()
        for raw in Path(path).read_text("utf-8").splitlines():
            page = json.loads(raw)
            mixed = set(page.get("mixed_lines", []))
            gold = {i for i, lab in enumerate(page["labels"]) if lab == "spam" and i not in mixed}
            doc = full.clean(page["text"])
            got = _spam_lines(doc)
            c["spam"] += len(gold)
            c["caught"] += len(gold & got)
            for k, pipe in variants.items():
                c[f"only:{k}"] += len((gold & got) - _spam_lines(pipe.clean(page["text"])))
            texts = [ln.clean for ln in doc.lines]
            # the line model alone, on every line (what it would flag without the gate)
            feats = features.page_features(texts)
            gated = set(features.candidates(texts))
            for i, f in enumerate(feats):
                lab = page["labels"][i]
                if f is None or i in mixed or lab not in ("spam", "body", "meta", "boilerplate"):
                    continue
                s = model.score(*f)
                kind = "spam" if lab == "spam" else "keep"
                where = "gated" if i in gated else "open"
                for th in THRESHOLDS:
                    if s >= th:
                        c[f"alone:{kind}:{where}:{th}"] += 1
                c[f"alone:{kind}:{where}"] += 1
            for i in sorted(gold - got):
                s = line_score(model, texts, i)
                items = list_items(texts[i]) if model.items else []
                item = sum(map(model.items.score, items)) / len(items) if items else 0.0
                b = next(f"<{hi}" for hi in BUCKETS[1:] if s < hi)
                miss_buckets[b] += 1
                cand = bool(features.candidates(texts, [i]))
                if args.show:
                    print(
                        f"  miss {Path(path).stem[-1]} {page['id']}:{i} line {s:.2f}"
                        f"{' gated' if cand else ''} item {item:.2f} n={len(items)} "
                        f"[{doc.lines[i].reason}] {texts[i][:70]}"
                    )
        only = " ".join(f"{k} {c[f'only:{k}']}" for k in (*STEPS, "all"))
        print(
            f"{Path(path).stem}: whole spam lines {c['spam']}, caught {c['caught']}, "
            f"caught only by a model step: {only}"
        )
        total.update(c)
    only = " ".join(f"{k} {total[f'only:{k}']}" for k in (*STEPS, "all"))
    print(f"TOTAL: whole spam lines {total['spam']}, caught {total['caught']}, only by: {only}")
    for where in ("gated", "open"):
        for kind in ("spam", "keep"):
            n = total[f"alone:{kind}:{where}"]
            flagged = " ".join(f">={th} {total[f'alone:{kind}:{where}:{th}']}" for th in THRESHOLDS)
            print(f"line model alone, {where} lines, {kind} {n}: flagged {flagged}")
    dist = " ".join(f"{b} {miss_buckets[b]}" for b in (f"<{hi}" for hi in BUCKETS[1:]))
    print(f"missed lines by line-model score: {dist}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
