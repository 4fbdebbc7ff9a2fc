"""Speed of the spam steps alone, on pages already normalised (blank lines labelled).

    python bench/spam_steps.py [CORPUS.jsonl] [--repeat N]

Per spam step and for all of them together: MB/s = UTF-8 bytes of input per CPU second of
this process (best of N runs; per-line caches cleared before every run, so repeated pages do
not flatter the figures). The documents are rebuilt outside the timed region.
"""

from __future__ import annotations

import gc
import time

from _pages import warm_pages


def main() -> None:
    args, texts, size = warm_pages(__doc__, repeat=7)

    from cleantext.document import Document
    from cleantext.filters.normalize import LabelBlankLines, NormalizeText
    from cleantext.filters.spam import spam_filters
    from cleantext.pipeline import _name
    from cleantext.spam import lexicon

    prepared = []
    for t in texts:
        doc = LabelBlankLines()(NormalizeText()(Document.from_text(t)))
        prepared.append((t, [(ln.clean, ln.label, ln.reason) for ln in doc.lines]))

    def docs() -> list[Document]:
        out = []
        for t, state in prepared:
            doc = Document.from_text(t)
            for ln, (c, lab, why) in zip(doc.lines, state, strict=True):
                ln.clean, ln.label, ln.reason = c, lab, why
            out.append(doc)
        return out

    def cold_caches() -> None:
        for name in ("fold", "_fold_page"):
            f = getattr(lexicon, name, None)
            if f is not None and hasattr(f, "cache_clear"):
                f.cache_clear()
        getattr(lexicon, "_LOOKED", {}).clear()

    filters = spam_filters()
    names = [_name(f) for f in filters]
    best = {n: float("inf") for n in names}
    best_total = float("inf")
    for _ in range(args.repeat):
        batch = docs()  # all steps together, one timer around the batch
        cold_caches()
        gc.collect()
        gc.disable()  # collecting the rebuilt documents is not the steps' work
        t0 = time.process_time()
        for doc in batch:
            for f in filters:
                f(doc)
        best_total = min(best_total, time.process_time() - t0)
        batch = docs()  # each step timed on its own (timer calls included: a little slower)
        cold_caches()
        gc.collect()
        spent = dict.fromkeys(names, 0.0)
        for doc in batch:
            for f, n in zip(filters, names, strict=True):
                t0 = time.process_time()
                f(doc)
                spent[n] += time.process_time() - t0
        gc.enable()
        for n in names:
            best[n] = min(best[n], spent[n])
    print(f"{len(texts)} pages, {size / 1e6:.3f} MB from {args.corpus}, best of {args.repeat}")
    for n in names:
        s = best[n]
        print(f"  {n:<22} {size / s / 1e6 if s else float('inf'):9.1f} MB/s")
    print(f"  {'all spam steps':<22} {size / best_total / 1e6:9.1f} MB/s")


if __name__ == "__main__":
    main()
