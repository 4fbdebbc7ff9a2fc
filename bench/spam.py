"""Speed of ``clean()`` and of each spam step on labelled pages, and cold-start costs.

    python bench/spam.py [CORPUS.jsonl] [--repeat N]

Prints MB/s (UTF-8 bytes of input per CPU second of this process, so that other load on the
machine does not count) for the whole default pipeline and
the time share of every filter, then the cold-start cost of importing cleantext and of the
first clean() (lexicon, script tables and model loading), each in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys
import time

from _pages import warm_pages


def main() -> None:
    args, texts, size = warm_pages(__doc__, repeat=5)

    from cleantext import clean
    from cleantext.pipeline import Pipeline, _name, default_filters
    from cleantext.spam import lexicon

    def cold_caches() -> None:  # per-line caches must not flatter repeated runs
        lexicon.fold.cache_clear()
        lexicon._LOOKED.clear()

    best = float("inf")
    for _ in range(args.repeat):
        cold_caches()
        t0 = time.process_time()
        for t in texts:
            clean(t)
        best = min(best, time.process_time() - t0)
    print(f"{len(texts)} pages, {size / 1e6:.3f} MB from {args.corpus}")
    print(
        f"clean(): {size / best / 1e6:6.2f} MB/s  "
        f"({best * 1000 / len(texts):.2f} ms/page, best of {args.repeat})"
    )

    filters = default_filters()
    spent = {(_name(f)): 0.0 for f in filters}

    def timed(f):
        def step(doc):
            t0 = time.process_time()
            out = f(doc)
            spent[_name(f)] += time.process_time() - t0
            return out

        return step

    pipe = Pipeline([timed(f) for f in filters])
    total = 0.0
    for _ in range(args.repeat):
        cold_caches()
        t0 = time.process_time()
        for t in texts:
            pipe.clean(t)
        total += time.process_time() - t0
    print("time per filter (share of clean()):")
    for name, s in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(
            f"  {name:<22} {s / total:6.1%}  {size * args.repeat / s / 1e6 if s else 0:9.1f} MB/s"
        )

    page = "'国产精品一区二区_亚洲\\n标题\\n正文。'"
    code = {
        "import cleantext": "import cleantext",
        "import + first clean()": f"import cleantext; cleantext.clean({page})",
    }
    print("cold start (fresh interpreter, best of 3):")
    for label, src in code.items():
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-c", src], check=True)
            times.append(time.perf_counter() - t0)
        print(f"  {label:<24} {min(times) * 1000:7.0f} ms")
    base = []
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        base.append(time.perf_counter() - t0)
    print(f"  {'python -c pass':<24} {min(base) * 1000:7.0f} ms")
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys, cleantext; cleantext.clean({page}); "
            "heavy = ('sklearn', 'jieba', 'numpy', 'scipy'); "
            "print(' '.join(m for m in heavy if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"  heavy modules loaded by clean(): {loaded or 'none'}")


if __name__ == "__main__":
    main()
