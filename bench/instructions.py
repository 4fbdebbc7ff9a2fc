"""Instructions per filter: a deterministic cost of each step, counted by valgrind's callgrind.

    python bench/instructions.py [PAGES.jsonl] [--filters chrome-lines,meta-lines,...]
    python bench/instructions.py --compare OTHER_TREE/src      # the same for another tree
    python bench/instructions.py --whole [--compare OTHER_TREE/src]   # all of clean(to="hans")

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

``--whole`` counts one pass of ``clean(page, to="hans").text`` over every page instead (the
pipeline, the final body loop and the conversion): the difference of a run that stops after
the warm pass and one that goes on with the counted pass, with the garbage collector off
for both (its cycles fall where allocations happen to cross its threshold: a few percent
either way from one tree to the next otherwise). Two runs per tree, a few minutes.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOUR = "chrome-lines,meta-lines,page-chrome,meta-extract"


def _child(pages: str, start: str, count: int) -> None:
    """Build every page's document up to ``start``, then run ``count`` filters from it."""
    import gc

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
    gc.collect()
    gc.disable()  # (as for --whole: collections fall where allocations cross a threshold)
    for doc in docs:
        for f in filters[first : first + count]:
            f(doc)


_WHOLE = "(clean, to hans)"
"""The child's ``START`` for ``--whole`` (no filter has this name)."""


def _whole_child(pages: str, count: int) -> None:
    """Clean every page once (warm), then ``count`` more passes of ``clean(to="hans")``."""
    import gc

    import cleantext
    from cleantext.filters import cues
    from cleantext.spam import lexicon

    rows = [json.loads(x) for x in Path(pages).read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows if isinstance(r.get("text"), str)]
    for text in texts:
        _ = cleantext.clean(text, to="hans").text
    for name in dir(cues):
        clear = getattr(getattr(cues, name), "cache_clear", None)
        if clear is not None and not name.startswith("_fold"):
            clear()
    lexicon.fold.cache_clear()  # a real corpus's lines are new: folded again
    gc.collect()
    gc.disable()
    for _ in range(count):
        for text in texts:
            _ = cleantext.clean(text, to="hans").text


_CACHE: list[str] = []
"""The regex program cache of the runs (:mod:`cleantext.recache`), this script's own: the
shared one (``~/.cache/cleantext``) is started afresh whenever it holds more than
``recache.MAX_ENTRIES`` programs, which other trees' patterns bring about on a shared machine;
a run whose warm pass then compiled ~300 M instructions of patterns the other had read from
the disk made the difference of the two ±300 M (1,188 and 1,507 M for one tree). Primed by
:func:`_prime`; made by :func:`main`, removed at exit; ``CLEANTEXT_CACHE_DIR`` set by the
caller is kept."""


def _env(src: str | None) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED="0")
    if _CACHE:
        env.setdefault("CLEANTEXT_CACHE_DIR", _CACHE[0])
    if src is not None:
        env["PYTHONPATH"] = src
    return env


def _prime(src: str | None, pages: str, start: str) -> None:
    """Run the child once outside valgrind: modules compiled to bytecode and regex programs
    written to the disk cache (:mod:`cleantext.recache`) before the counted runs, which would
    otherwise pay for them in the first run only (a tree freshly copied or edited: the first
    of two runs counted ~300 M instructions of compiling, the difference came out negative)."""
    cmd = [sys.executable, __file__, pages, "--child", start, "0"]
    subprocess.run(cmd, env=_env(src), capture_output=True, check=True)


def _count(src: str | None, pages: str, start: str, count: int) -> int:
    env = _env(src)
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
    ap.add_argument("--whole", action="store_true", help='one pass of clean(to="hans")')
    ap.add_argument("--child", nargs=2, metavar=("START", "COUNT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        if args.child[0] == _WHOLE:
            _whole_child(args.pages, int(args.child[1]))
        else:
            _child(args.pages, args.child[0], int(args.child[1]))
        return
    _CACHE.append(tempfile.mkdtemp(prefix="cleantext-instructions-"))
    atexit.register(shutil.rmtree, _CACHE[0], True)
    names = ['clean(to="hans")'] if args.whole else args.filters.split(",")
    start = _WHOLE if args.whole else names[0]
    rows = [json.loads(x) for x in Path(args.pages).read_text(encoding="utf-8").splitlines()]
    mb = sum(len(r["text"].encode("utf-8")) for r in rows if isinstance(r.get("text"), str))
    trees = {"this tree": None} | ({"compared": args.compare} if args.compare else {})
    print(f"{len(rows)} pages, {mb / 1e6:.3f} MB; million instructions per pass")
    print(f"{'step':<22}" + "".join(f"{t:>14}" for t in trees))
    for src in trees.values():
        _prime(src, args.pages, start)
    counts = {
        t: [_count(src, args.pages, start, k) for k in range(len(names) + 1)]
        for t, src in trees.items()
    }
    for k, name in enumerate(names):
        print(f"{name:<22}" + "".join(f"{(c[k + 1] - c[k]) / 1e6:>14.1f}" for c in counts.values()))
    print(f"{'together':<22}" + "".join(f"{(c[-1] - c[0]) / 1e6:>14.1f}" for c in counts.values()))


if __name__ == "__main__":
    main()
