"""Per-filter throughput of the default pipeline: one MB/s figure per filter, and ``clean()``.

    python bench/filters.py [PAGES.jsonl] [--passes 5] [--warm]

Each pass builds ``Document.from_text(page)`` for every page and runs the filters of
``default_filters()`` in order, timing each one (CPU time, ``time.process_time``). A filter's
MB/s is the pages' UTF-8 bytes divided by the time spent in that filter alone over one pass;
``from_text`` and the pipeline's final loop are timed too. Then the whole ``clean(page)`` and
``clean(page, to="hans")`` are timed. Each figure is the best of ``--passes`` passes, the one
least disturbed by other work on the machine (CPU time still grows on a loaded machine: compare
two versions in the same session, alternating).

Line caches (``cues.match_form``) are cleared before each pass unless ``--warm``: on a real
corpus a page's lines are mostly new, so a pass over the same pages should not find them cached
from the previous pass. The fold tables stay: a process builds them once. For a figure that
does not move with the machine's load, see ``bench/instructions.py``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _clear_caches() -> None:
    from cleantext.filters import cues

    for name in dir(cues):
        clear = getattr(getattr(cues, name), "cache_clear", None)
        # the fold tables (`_fold_table`, `_fold_list`, `_foldable`) are built once per
        # process, not per line: rebuilt each pass they cost chrome-lines ~3 ms a pass
        if clear is not None and not name.startswith("_fold"):
            clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="?", default=str(ROOT.parent / "shared/corpus/dev.jsonl"))
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--warm", action="store_true", help="keep line caches between passes")
    args = ap.parse_args()

    import cleantext
    from cleantext.document import Document
    from cleantext.pipeline import _name, default_filters

    rows = [json.loads(x) for x in Path(args.pages).read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows if r.get("text") is not None]
    filters = default_filters()
    for t in texts[:3]:  # lazily built state (model, tables) loads outside the timing
        _ = cleantext.clean(t, to="hans").text

    names = ["Document.from_text", *(_name(f) for f in filters), "final body loop"]
    best = dict.fromkeys(names, float("inf"))
    clock = time.process_time
    for _ in range(args.passes):
        if not args.warm:
            _clear_caches()
        spent = dict.fromkeys(names, 0.0)
        for text in texts:
            t0 = clock()
            doc = Document.from_text(text)
            t1 = clock()
            spent["Document.from_text"] += t1 - t0
            for f, name in zip(filters, names[1:-1], strict=True):
                f(doc)
                t2 = clock()
                spent[name] += t2 - t1
                t1 = t2
            for line in doc.lines:  # what Pipeline.__call__ does after the filters
                if line.label is None:
                    line.mark("body", "default:body")
            spent["final body loop"] += clock() - t1
        for name in names:
            best[name] = min(best[name], spent[name])

    def whole(**kw: object) -> float:
        t = float("inf")
        for _ in range(args.passes):
            if not args.warm:
                _clear_caches()
            t0 = clock()
            for text in texts:
                _ = cleantext.clean(text, **kw).text
            t = min(t, clock() - t0)
        return mb / t

    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    total = sum(best.values())
    print(f"{len(texts)} pages, {mb:.3f} MB, best of {args.passes} passes")
    print(f"{'step':<28}{'MB/s':>10}{'share':>8}")
    for name in names:
        s = best[name]
        print(f"{name:<28}{mb / s if s else float('inf'):>10.1f}{s / total:>8.1%}")
    print(f"{'sum of steps':<28}{mb / total:>10.1f}")
    print(f"{'clean()':<28}{whole():>10.1f}")
    print(f"{'clean(to=hans)':<28}{whole(to='hans'):>10.1f}")


if __name__ == "__main__":
    main()
