"""Score ``Document.meta`` against hand-labelled metadata (``cleantext eval --meta-gold``).

The gold file is JSON Lines, one record per page: ``id`` (the page id in the corpus) and the
true values of any of ``title``, ``published`` (ISO 8601), ``source``, ``authors``, ``editor``;
``null`` means the page has none. A field is scored on the pages whose gold record has the key:

* accuracy — pages with a gold value where the extracted value is equal (titles compared after
  stripping whitespace, ``authors`` as sets, ``published`` as strings; ``published_day``
  compares only the date part);
* spurious — pages whose gold value is ``null`` but a value was extracted.

>>> gold = [{"id": "a", "title": "标题", "published": "2024-08-02T16:57:00"}]
>>> pages = [{"id": "a", "text": "标题\\n2024-08-02 16:57:00  來源:某網\\n正文。", "labels": []}]
>>> report = score_meta(pages, gold)
>>> report.fields["title"].accuracy, report.fields["published"].accuracy
(1.0, 1.0)
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .pipeline import Pipeline, default_filters

FIELDS = ("title", "published", "published_day", "source", "authors", "editor")


@dataclass
class FieldScore:
    gold: int = 0
    right: int = 0
    spurious: int = 0
    absent: int = 0
    """Pages scored with a ``null`` gold value."""
    misses: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.gold if self.gold else 1.0


@dataclass
class MetaReport:
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    pages: int = 0

    def format(self, misses: int = 10) -> str:
        out = [f"meta fields on {self.pages} hand-labelled pages", ""]
        out.append(f"{'field':<15}{'accuracy':>10}{'right':>7}{'gold':>6}{'spurious':>10}")
        for name, s in self.fields.items():
            if s.gold or s.absent:
                out.append(
                    f"{name:<15}{s.accuracy:>10.2%}{s.right:>7d}{s.gold:>6d}"
                    f"{f'{s.spurious}/{s.absent}':>10}"
                )
        for name, s in self.fields.items():
            if s.misses and misses:
                out += ["", f"{name} misses:"]
                for pid, want, got in s.misses[:misses]:
                    out.append(f"  {pid}  gold {want!r}  got {got!r}")
        return "\n".join(out)

    def summary(self) -> dict[str, Any]:
        return {
            name: {"accuracy": s.accuracy, "gold": s.gold, "spurious": s.spurious}
            for name, s in self.fields.items()
            if s.gold or s.absent
        }


def _norm(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "authors":
        return sorted(set(value)) or None
    if name == "published_day":
        return str(value)[:10]
    return str(value).strip() or None


def score_meta(
    pages: Iterable[dict[str, Any]],
    gold: Iterable[dict[str, Any]],
    pipeline: Pipeline | None = None,
) -> MetaReport:
    """Run ``pipeline`` on the corpus pages named in ``gold`` and score their metadata."""
    pipe = pipeline if pipeline is not None else Pipeline(default_filters())
    by_id = {str(p.get("id")): p for p in pages}
    report = MetaReport()
    for record in gold:
        pid = str(record["id"])
        if pid not in by_id:
            raise ValueError(f"gold page {pid} is not in the corpus")
        meta = pipe.clean(by_id[pid]["text"]).meta.to_dict()
        meta["published_day"] = meta["published"]
        record = dict(record)
        if "published" in record:
            record["published_day"] = record["published"]
        report.pages += 1
        for name in FIELDS:
            if name not in record:
                continue
            want, got = _norm(name, record[name]), _norm(name, meta.get(name))
            score = report.fields[name]
            if want is None:
                score.absent += 1
                score.spurious += got is not None
                continue
            score.gold += 1
            if want == got:
                score.right += 1
            else:
                score.misses.append((pid, want, got))
    return report


def read_gold(path: str) -> list[dict[str, Any]]:
    """Gold records from a JSONL file; a clear error on bad records."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
                if not isinstance(record, dict) or "id" not in record:
                    raise ValueError("needs an object with 'id'")
            except ValueError as e:
                raise ValueError(f"{path}:{n}: bad gold record: {e}") from None
            out.append(record)
    return out


def main(argv: list[str] | None = None) -> int:
    """``python -m cleantext.metaeval GOLD CORPUS``: print meta-field accuracy."""
    import argparse

    from .evaluate import read_corpus

    p = argparse.ArgumentParser(
        prog="cleantext.metaeval", description="Score extracted metadata against a gold file."
    )
    p.add_argument("gold", help="hand-labelled meta JSONL (id, title, published, ...)")
    p.add_argument("corpus", help="the corpus JSONL holding the pages' text")
    p.add_argument("--misses", type=int, default=10, help="misses to list per field")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args(argv)
    try:
        report = score_meta(read_corpus(args.corpus), read_gold(args.gold))
    except (OSError, ValueError) as e:
        print(f"cleantext.metaeval: {e}", file=sys.stderr)
        return 1
    print(json.dumps(report.summary(), indent=2) if args.json else report.format(args.misses))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
