"""Instructions per filter: a deterministic cost of each step, counted by valgrind's callgrind.

    python bench/instructions.py [PAGES.jsonl] [--filters chrome-lines,meta-lines,...]
    python bench/instructions.py --compare OTHER_TREE/src      # the same for another tree

On this shared machine CPU time per filter swings by 20-40 % from one run to the next, so a
change of 10 % cannot be seen with ``bench/filters.py``. Instruction counts (``Ir``) repeat to
within ~0.1 %. Each figure is the difference of two runs of this script under
``valgrind --tool=callgrind`` (``PYTHONHASHSEED=0``): both build every page's document and
run the default pipeline up to the first named filter; the second run also runs the next
filter. Before that, every page is cleaned once (patterns compile and tables load outside
the count, as in a long-running process) and the line caches are cleared (``cues``, as in
``bench/filters.py``). One run per filter boundary, about a minute each under valgrind.

The figures are instructions, not time: a regex call or a Python function call costs
thousands, ``str.translate`` ~300 per character, a ``re`` scan 50-150 per character.
Needs ``valgrind`` on the PATH.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOUR = "chrome-lines,meta-lines,page-chrome,meta-extract"


def _child(pages: str, start: str, count: int) -> None:
    """Build every page's document up to ``start``, then run ``count`` filters from it."""
    import cleantext
    from cleantext.document import Document
    from cleantext.filters import cues
    from cleantext.pipeline import _name, default_filters

    rows = [json.loads(x) for x in Path(pages).read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows if isinstance(r.get("text"), str)]
    for text in texts:  # compile every pattern and load every table outside the count
        _ = cleantext.clean(text).text
    for name in dir(cues):
        clear = getattr(getattr(cues, name), "cache_clear", None)
        if clear is not None and not name.startswith("_fold"):
            clear()
    filters = default_filters()
    first = [_name(f) for f in filters].index(start)
    docs = []
    for text in texts:
        doc = Document.from_text(text)
        for f in filters[:first]:
            f(doc)
        docs.append(doc)
    for doc in docs:
        for f in filters[first : first + count]:
            f(doc)


def _count(src: str | None, pages: str, start: str, count: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")
    if src is not None:
        env["PYTHONPATH"] = src
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable]
    cmd += [__file__, pages, "--child", start, str(count)]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stderr
    m = re.search(r"Collected : (\d+)", out)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out[-2000:]}")
    return int(m[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", nargs="?", default=str(ROOT.parent / "shared/corpus/dev.jsonl"))
    ap.add_argument("--filters", default=FOUR, help="consecutive filters of the pipeline")
    ap.add_argument("--compare", metavar="SRC", help="also count the tree whose src/ is SRC")
    ap.add_argument("--child", nargs=2, metavar=("START", "COUNT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.pages, args.child[0], int(args.child[1]))
        return
    names = args.filters.split(",")
    rows = [json.loads(x) for x in Path(args.pages).read_text(encoding="utf-8").splitlines()]
    mb = sum(len(r["text"].encode("utf-8")) for r in rows if isinstance(r.get("text"), str))
    trees = {"this tree": None} | ({"compared": args.compare} if args.compare else {})
    print(f"{len(rows)} pages, {mb / 1e6:.3f} MB; million instructions per pass")
    print(f"{'step':<22}" + "".join(f"{t:>14}" for t in trees))
    counts = {
        t: [_count(src, args.pages, names[0], k) for k in range(len(names) + 1)]
        for t, src in trees.items()
    }
    for k, name in enumerate(names):
        print(f"{name:<22}" + "".join(f"{(c[k + 1] - c[k]) / 1e6:>14.1f}" for c in counts.values()))
    print(f"{'together':<22}" + "".join(f"{(c[-1] - c[0]) / 1e6:>14.1f}" for c in counts.values()))


if __name__ == "__main__":
    main()
