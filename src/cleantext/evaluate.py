"""``cleantext eval``: score the pipeline on pages labelled one label per line.

The corpus is JSON Lines, each record with ``text`` and ``labels`` (one label per element of
``text.split("\\n")``), optionally ``id`` and ``url`` — the format of the developer corpus.

>>> page = {"id": "p1", "text": "标题\\n主站蜘蛛池模板: 国产| 亚洲", "labels": ["body", "spam"]}
>>> report = evaluate([page])
>>> report.per_label["spam"].recall
1.0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .document import LABELS, Document
from .pipeline import Pipeline, default_filters

KEEP = frozenset({"body", "meta"})
"""Labels a reader wants in the clean document: losing one of these lines is the worst error."""


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PageResult:
    id: str
    url: str
    errors: list[tuple[int, str, str, str, str]]
    """(line number, gold, predicted, reason, text) for every wrong line."""
    lines: int

    @property
    def cost(self) -> int:
        """Lost body/meta lines weigh most, then spam left, then other confusions."""
        weight = {True: 10, False: 1}
        return sum(
            weight[gold in KEEP and pred not in KEEP] + 3 * (gold == "spam" and pred != "spam")
            for _, gold, pred, _, _ in self.errors
        )


@dataclass
class Report:
    per_label: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in LABELS})
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    pages: list[PageResult] = field(default_factory=list)

    def add(self, page: dict[str, Any], doc: Document) -> None:
        gold_labels: Sequence[str] = page["labels"]
        if len(gold_labels) != len(doc.lines):
            raise ValueError(
                f"page {page.get('id')}: {len(gold_labels)} labels for {len(doc.lines)} lines"
            )
        errors = []
        for i, (gold, line) in enumerate(zip(gold_labels, doc.lines, strict=True)):
            pred = line.label or "body"
            self.confusion[gold, pred] += 1
            if gold == pred:
                self.per_label[gold].tp += 1
                continue
            self.per_label[gold].fn += 1
            self.per_label.setdefault(pred, Score()).fp += 1
            errors.append((i, gold, pred, line.reason, line.text))
        self.pages.append(
            PageResult(
                str(page.get("id", len(self.pages))), page.get("url", ""), errors, len(doc.lines)
            )
        )

    def _count(self, gold: Callable[[str], bool], pred: Callable[[str], bool]) -> int:
        return sum(n for (g, p), n in self.confusion.items() if gold(g) and pred(p))

    @property
    def keep_lost(self) -> float:
        """Share of body+meta lines that did not end up body or meta."""
        total = self._count(lambda g: g in KEEP, lambda p: True)
        return self._count(lambda g: g in KEEP, lambda p: p not in KEEP) / max(total, 1)

    @property
    def body_lost(self) -> float:
        """Share of body lines labelled anything else."""
        total = self._count(lambda g: g == "body", lambda p: True)
        return self._count(lambda g: g == "body", lambda p: p != "body") / max(total, 1)

    @property
    def spam_left(self) -> float:
        """Share of spam lines that were not labelled spam."""
        total = self._count(lambda g: g == "spam", lambda p: True)
        return self._count(lambda g: g == "spam", lambda p: p != "spam") / max(total, 1)

    @property
    def keep_as_spam(self) -> float:
        """Share of body+meta lines labelled spam (the spam filters' own damage)."""
        total = self._count(lambda g: g in KEEP, lambda p: True)
        return self._count(lambda g: g in KEEP, lambda p: p == "spam") / max(total, 1)

    @property
    def pages_right(self) -> float:
        return sum(not p.errors for p in self.pages) / max(len(self.pages), 1)

    def summary(self) -> dict[str, Any]:
        return {
            "pages": len(self.pages),
            "lines": sum(p.lines for p in self.pages),
            "per_label": {
                k: {"precision": s.precision, "recall": s.recall, "support": s.tp + s.fn}
                for k, s in self.per_label.items()
            },
            "body_meta_lost": self.keep_lost,
            "body_lost": self.body_lost,
            "spam_left": self.spam_left,
            "body_meta_as_spam": self.keep_as_spam,
            "pages_right": self.pages_right,
        }

    def format(self, worst: int = 10, width: int = 90) -> str:
        out = [f"{len(self.pages)} pages, {sum(p.lines for p in self.pages)} lines", ""]
        out.append(f"{'label':<12}{'precision':>10}{'recall':>10}{'f1':>8}{'support':>9}")
        for label, s in self.per_label.items():
            precision = f"{s.precision:>10.2%}" if s.tp + s.fp else f"{'-':>10}"
            out.append(f"{label:<12}{precision}{s.recall:>10.2%}{s.f1:>8.3f}{s.tp + s.fn:>9d}")
        out += [
            "",
            f"body+meta lost  {self.keep_lost:8.3%}   (body or meta lines removed)",
            f"body lost       {self.body_lost:8.3%}   (body lines labelled anything else)",
            f"spam left       {self.spam_left:8.3%}   (spam lines not labelled spam)",
            f"kept as spam    {self.keep_as_spam:8.3%}   (body or meta lines labelled spam)",
            f"pages right     {self.pages_right:8.2%}   (every line right)",
        ]
        bad = sorted((p for p in self.pages if p.errors), key=lambda p: (-p.cost, p.id))
        if bad and worst:
            out += ["", f"worst pages (of {len(bad)} with errors):"]
            for p in bad[:worst]:
                out.append(f"  {p.id} cost {p.cost} {p.url}")
                for i, gold, pred, reason, text in p.errors[:6]:
                    out.append(f"    {i:4d} {gold}->{pred} [{reason}] {text.strip()[:width]}")
                if len(p.errors) > 6:
                    out.append(f"    … {len(p.errors) - 6} more")
        return "\n".join(out)


def evaluate(pages: Iterable[dict[str, Any]], pipeline: Pipeline | None = None) -> Report:
    """Run ``pipeline`` (default: the default filters) on labelled pages and score it."""
    pipe = pipeline if pipeline is not None else Pipeline(default_filters())
    report = Report()
    for page in pages:
        report.add(page, pipe.clean(page["text"]))
    return report


PUBLIC_SUFFIXES = frozenset(
    f"{a}.{b}"
    for b, seconds in {
        "cn": "com net org gov edu ac mil "
        "bj sh tj cq he sx nm ln jl hl js zj ah fj jx sd ha hb hn gd gx hi sc gz yn xz sn gs "
        "qh nx xj tw hk mo",
        "tw": "com net org gov edu idv mil game ebiz club",
        "hk": "com net org gov edu idv",
        "mo": "com net org gov edu",
        "sg": "com net org gov edu",
        "my": "com net org gov edu",
        "uk": "co org gov ac ltd plc me net",
        "jp": "co or ne go ac ad ed",
        "au": "com net org gov edu",
        "nz": "co net org govt ac",
        "kr": "co or ne go ac",
        "in": "co net org gov ac",
        "br": "com net org gov",
    }.items()
    for a in seconds.split()
)
"""Second-level public suffixes (a small built-in list; enough for Chinese-language sites)."""


def registrable_domain(url: str) -> str:
    """The registrable domain (eTLD+1) of ``url``: what cross-validation groups pages by.

    >>> registrable_domain("http://www.news.gov.cn/a.html"), registrable_domain("https://m.a.b.com/x")
    ('news.gov.cn', 'b.com')
    >>> registrable_domain("https://shop.example.com.tw:8080/p?q=1")
    'example.com.tw'
    """
    from urllib.parse import urlsplit

    host = (urlsplit(url if "//" in url else "//" + url).hostname or url).lower().strip(".")
    parts = host.split(".")
    if len(parts) >= 3 and ".".join(parts[-2:]) in PUBLIC_SUFFIXES:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def domain_folds(pages: Sequence[dict[str, Any]], k: int, seed: int = 0) -> list[list[int]]:
    """Page indexes split into ``k`` folds, never splitting a registrable domain."""
    import random

    groups: dict[str, list[int]] = {}
    for i, page in enumerate(pages):
        key = registrable_domain(page.get("url") or "") or str(page.get("id", i))
        groups.setdefault(key, []).append(i)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    keys.sort(key=lambda d: -len(groups[d]))  # stable: big domains first, then shuffled
    folds: list[list[int]] = [[] for _ in range(k)]
    for d in keys:
        min(folds, key=len).extend(groups[d])
    return [sorted(f) for f in folds]


def cross_validate(
    pages: Sequence[dict[str, Any]],
    k: int = 5,
    *,
    seed: int = 0,
    synthetic: int = 4,
    progress: Callable[[str], None] | None = None,
) -> Report:
    """Group-by-domain cross-validation: for each fold, train the spam model on the other
    folds (+ synthetic pages made from them) and score the default pipeline on the fold.
    The confusion is summed over folds."""
    import os
    import tempfile

    from .spam.train import train_model

    report = Report()
    folds = domain_folds(pages, k, seed)
    with tempfile.TemporaryDirectory() as tmp:
        for n, fold in enumerate(folds):
            held = set(fold)
            train = [p for i, p in enumerate(pages) if i not in held]
            model = train_model(train, seed=seed, synthetic=synthetic)
            path = os.path.join(tmp, f"fold{n}.json")
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(model, fh)
            pipe = Pipeline(default_filters(model=path))
            for i in fold:
                report.add(pages[i], pipe.clean(pages[i]["text"]))
            if progress:
                progress(f"fold {n + 1}/{k}: {len(fold)} pages held out, {len(train)} trained on")
    return report


def read_corpus(path: str) -> list[dict[str, Any]]:
    """Labelled pages from a JSONL file (``-`` for stdin); a clear error on bad records."""
    fh = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    pages = []
    with fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                page = json.loads(raw)
                if not isinstance(page.get("text"), str) or not isinstance(
                    page.get("labels"), list
                ):
                    raise ValueError("needs a string 'text' and a list 'labels'")
            except (ValueError, AttributeError) as e:
                raise ValueError(f"{path}:{n}: bad record: {e}") from None
            pages.append(page)
    return pages


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="cleantext eval",
        description="Score cleantext's line labels against a labelled JSONL corpus "
        "(records with 'text' and one label per line in 'labels').",
    )
    p.add_argument("corpus", help="labelled JSONL file ('-' for stdin)")
    p.add_argument("--model", metavar="PATH", help="spam model to evaluate")
    p.add_argument("--line-model", metavar="PATH", help="line model to evaluate")
    p.add_argument("--worst", type=int, default=10, help="how many worst pages to list")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="group-by-domain cross-validation: train the spam model on K-1 folds of domains "
        "(+ synthetic pages) and score the held-out fold, K times (needs scikit-learn)",
    )
    p.add_argument("--seed", type=int, default=0, help="seed for --cv folds and training")
    p.add_argument(
        "--meta-gold",
        metavar="FILE",
        help="also score Document.meta (title, published, ...) against hand-labelled JSONL "
        "records with 'id' and the true field values (see cleantext.metaeval)",
    )
    args = p.parse_args(argv)
    try:
        pages = read_corpus(args.corpus)
    except (OSError, ValueError) as e:
        print(f"cleantext eval: {e}", file=sys.stderr)
        return 1
    if args.cv:
        if args.cv < 2:
            print("cleantext eval: --cv needs K >= 2", file=sys.stderr)
            return 2
        try:
            report = cross_validate(
                pages, args.cv, seed=args.seed, progress=lambda m: print(m, file=sys.stderr)
            )
        except ImportError as e:
            print(f"cleantext eval: --cv needs scikit-learn ({e.name} missing)", file=sys.stderr)
            return 1
        print(f"group-by-domain cross-validation, {args.cv} folds (held-out domains only)")
    else:
        filters = default_filters(model=args.model, line_model=args.line_model)
        report = evaluate(pages, Pipeline(filters))
    meta = None
    if args.meta_gold:
        from .metaeval import read_gold, score_meta

        try:
            meta = score_meta(pages, read_gold(args.meta_gold))
        except (OSError, ValueError) as e:
            print(f"cleantext eval: {e}", file=sys.stderr)
            return 1
    if args.json:
        summary = report.summary()
        if meta is not None:
            summary["meta_fields"] = meta.summary()
        print(json.dumps(summary, indent=2))
    else:
        print(report.format(worst=args.worst))
        if meta is not None:
            print("\n" + meta.format())
    return 0
