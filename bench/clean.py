"""Throughput of cleantext against the tools a user would pick instead — one run, one input.

    python bench/clean.py [PAGES.jsonl]            # default ../shared/corpus/dev.jsonl
    python bench/clean.py --synthetic-mb 20        # a smaller synthetic corpus (default 100)
    python bench/clean.py --setup                  # create the peers' environments first

Prints: ``clean()`` per core (MB/s, pages/s) on the pages and on a synthetic corpus of
``--synthetic-mb`` MB made from them, without and with conversion (``to="hans"``); the peers
on the same pages — trafilatura (pages rendered as HTML) + official OpenCC + jieba, and
opencc-python-reimplemented alone — and the ratios; cold start (import + first page); peak RSS;
``cleantext -j 1`` vs ``-j 2`` on the synthetic corpus.

Per-core figures are CPU time (``time.process_time``), so other work on the machine does not
skew them; cold start and ``-j`` scaling are wall-clock.

The peers live in their own environments (see bench/README.md): ``bench/.venv-peers``
(trafilatura, OpenCC, jieba: the ``bench`` extra) and ``bench/.venv-ocpy``
(opencc-python-reimplemented, whose top-level ``opencc`` would overwrite the official one),
or ``--peers-python`` / ``--ocpy-python``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = {"MB/s with conversion": 13.0, "cold start ms": 150.0, "RSS MB": 200.0}


def load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def per_core(
    texts: list[str], to: str | None, min_seconds: float, many: bool = False
) -> dict[str, float]:
    """``clean(text, to=to).text`` over the pages, repeated for at least ``min_seconds``;
    ``many``: the pages in batches run step by step (``Pipeline.clean_many``, what the
    command line runs), not one ``clean()`` call each."""
    import cleantext
    from cleantext.pipeline import Pipeline, default_filters

    _ = cleantext.clean(texts[0], to=to).text  # lazily built state (model, tables) loads
    pipe = Pipeline(default_filters())
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    rounds, t = 0, time.process_time()
    while True:
        if many:
            for doc in pipe.clean_many(texts, to=to):
                _ = doc.text
        else:
            for text in texts:
                _ = cleantext.clean(text, to=to).text
        rounds += 1
        if time.process_time() - t >= min_seconds:
            break
    dt = time.process_time() - t
    return {"mb_s": nbytes * rounds / 1e6 / dt, "pages_s": len(texts) * rounds / dt}


def synthesize(records: list[dict], mb: float, path: Path) -> tuple[int, int]:
    """A JSONL corpus of ``mb`` MB made from the pages: shuffled, each copy lightly varied
    (its lines rotated past the first and a counter in the title) so no two are identical."""
    rng = random.Random(0)
    n = written = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < mb * 1e6:
            rec = rng.choice(records)
            lines = rec["text"].split("\n")
            k = rng.randrange(len(lines)) if len(lines) > 2 else 0
            body = lines[1:][k:] + lines[1:][:k] if rng.random() < 0.3 else lines[1:]
            text = "\n".join([f"{lines[0]} ({n})", *body])
            row = json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n"
            fh.write(row)
            written += len(text.encode("utf-8"))
            n += 1
    return n, written


def stream_per_core(path: Path, to: str | None) -> dict[str, float]:
    """``clean()`` over a JSONL file read one record at a time (JSON parsing not timed)."""
    import cleantext

    cleantext.clean("预热。", to=to)
    nbytes = pages = 0
    spent = 0.0
    with path.open(encoding="utf-8") as fh:
        for row in fh:
            text = json.loads(row)["text"]
            t = time.process_time()
            _ = cleantext.clean(text, to=to).text
            spent += time.process_time() - t
            nbytes += len(text.encode("utf-8"))
            pages += 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mb_s": nbytes / 1e6 / spent, "pages_s": pages / spent, "rss_mb": rss}


def cold_start(page: str, runs: int = 5) -> dict[str, float]:
    """A fresh interpreter: import cleantext and clean one page (median of ``runs``, wall
    clock and CPU). One untimed run first, with bytecode writing allowed: an installed
    package has its ``.pyc`` files (pip compiles them), a source tree run with
    ``PYTHONDONTWRITEBYTECODE=1`` would otherwise compile every module on every start
    (tens of ms), and the regex and conversion caches are filled as after a user's first run."""
    code = (
        "import sys, time; t = time.perf_counter(); c = time.process_time(); "
        "import cleantext; cleantext.clean(sys.stdin.read()).text; "
        "print(time.perf_counter() - t, time.process_time() - c)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    inside, cpu, whole = [], [], []
    for i in range(runs + 1):
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code],
            input=page.encode(),
            capture_output=True,
            check=True,
            env=env,
        )
        if i:
            whole.append(time.perf_counter() - t)
            wall, used = map(float, out.stdout.split())
            inside.append(wall)
            cpu.append(used)
    return {
        "ms": statistics.median(inside) * 1e3,
        "cpu_ms": statistics.median(cpu) * 1e3,
        "process_ms": statistics.median(whole) * 1e3,
    }


def cli_run(path: Path, jobs: int, mb: float) -> dict[str, float]:
    cmd = [sys.executable, str(HERE / "adversarial.py"), "--rss-of", "-m", "cleantext"]
    cmd += ["--jsonl", "-q", "-j", str(jobs), "-o", os.devnull, str(path)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, check=True)
    dt = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU of the whole tree (the CLI, its workers, the small RSS wrapper): with one core per
    # worker, -j N can be at most N × (CPU of -j 1) / (CPU of -j N) times as fast
    cpu = sum(getattr(after, f) - getattr(before, f) for f in ("ru_utime", "ru_stime"))
    rss = json.loads(out.stdout.decode().splitlines()[-1])["children"]
    return {"mb_s": mb / dt, "seconds": dt, "rss_mb": rss, "cpu_s_mb": cpu / mb}


def peer(python: str | None, task: str, pages: Path, min_seconds: float) -> dict | str:
    if not python or not Path(python).exists():
        return f"not installed ({python or 'no python'}; see bench/README.md)"
    proc = subprocess.run(
        [python, str(HERE / "peers.py"), task, str(pages), str(min_seconds)],
        capture_output=True,
    )
    if proc.returncode:
        return "failed: " + proc.stderr.decode(errors="replace").strip().splitlines()[-1]
    r = json.loads(proc.stdout)
    r["mb_s"] = r["mb"] / r["seconds"]
    r["pages_s"] = r["pages"] / r["seconds"]
    return r


def setup() -> None:
    for venv, pkgs in (
        (".venv-peers", [f"{ROOT}[bench]"]),
        (".venv-ocpy", ["opencc-python-reimplemented"]),
    ):
        path = HERE / venv
        if not (path / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        subprocess.run(
            [str(path / "bin" / "python"), "-m", "pip", "install", "-q", *pkgs], check=True
        )
        print(f"{venv}: {' '.join(pkgs)}")


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("pages", nargs="?", default="../shared/corpus/dev.jsonl")
    p.add_argument("--synthetic-mb", type=float, default=100)
    p.add_argument("--min-seconds", type=float, default=5, help="per measurement on the pages")
    p.add_argument("--peers-python", default=str(HERE / ".venv-peers" / "bin" / "python"))
    p.add_argument("--ocpy-python", default=str(HERE / ".venv-ocpy" / "bin" / "python"))
    p.add_argument("--no-synthetic", action="store_true")
    p.add_argument(
        "--scaling-runs", type=int, default=2, help="alternating -j 1 / -j 2 runs (best kept)"
    )
    p.add_argument("--setup", action="store_true", help="create the peers' environments")
    args = p.parse_args()
    if args.setup:
        setup()
        return
    pages_path = Path(args.pages)
    records = load(pages_path)
    texts = [r["text"] for r in records]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    import cleantext

    print(
        f"cleantext {cleantext.__version__} on {pages_path} ({len(texts)} pages, {mb:.2f} MB)"
        f"; {os.cpu_count()} cores; Python {sys.version.split()[0]}"
    )
    print(
        f"load average at start: {os.getloadavg()[0]:.2f} (other work on the machine skews"
        " the figures)\n"
    )
    rows: list[tuple[str, str, str, str]] = []

    def row(name: str, r: dict | str, extra: str = "") -> None:
        if isinstance(r, str):
            rows.append((name, "-", "-", r))
        else:
            rows.append((name, f"{r['mb_s']:.2f}", f"{r.get('pages_s', 0):,.0f}", extra))
        print(
            f"  {rows[-1][0]:<58} {rows[-1][1]:>8} MB/s {rows[-1][2]:>9} pages/s  {rows[-1][3]}",
            flush=True,
        )

    print("throughput per core (one process):")
    plain = per_core(texts, None, args.min_seconds)
    row("cleantext clean() — dev pages", plain)
    conv = per_core(texts, "hans", args.min_seconds)
    row("cleantext clean(to='hans') — dev pages", conv)
    many = per_core(texts, "hans", args.min_seconds, many=True)
    row("cleantext clean_many(to='hans') — dev pages, batches of 32", many)
    traf = peer(args.peers_python, "traf", pages_path, args.min_seconds)
    row("trafilatura(HTML) + OpenCC t2s + jieba — dev pages", traf)
    ocpy = peer(args.ocpy_python, "ocpy", pages_path, args.min_seconds)
    row("opencc-python-reimplemented t2s alone — dev pages", ocpy)

    print("\nratios (cleantext / peer, same pages):")
    if isinstance(traf, dict):
        r = conv["mb_s"] / traf["mb_s"]
        print(f"  clean(to='hans') / trafilatura+OpenCC+jieba   {r:6.1f}x   (target ≥ 10x)")
        print(
            f"  clean()          / trafilatura+OpenCC+jieba   {plain['mb_s'] / traf['mb_s']:6.1f}x"
        )
        r = many["mb_s"] / traf["mb_s"]
        print(f"  clean_many(to='hans') / trafilatura+OpenCC+jieba {r:4.1f}x   (the CLI's path)")
    if isinstance(ocpy, dict):
        print(
            f"  clean(to='hans') / opencc-python-reimplemented {conv['mb_s'] / ocpy['mb_s']:6.1f}x"
        )

    cold = cold_start(texts[0])
    print(
        f"\ncold start (import cleantext + first page): {cold['ms']:.0f} ms "
        f"(target ≤ 150 ms; CPU {cold['cpu_ms']:.0f} ms, which load does not inflate); "
        f"whole process incl. interpreter {cold['process_ms']:.0f} ms"
    )
    if isinstance(traf, dict):
        print(
            f"  peers' cold start (imports + jieba dictionary + OpenCC tables + first page): "
            f"{traf['cold'] * 1e3:.0f} ms"
        )

    if args.no_synthetic:
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.jsonl"
        n, written = synthesize(records, args.synthetic_mb, path)
        smb = written / 1e6
        print(
            f"\nsynthetic corpus: {n:,} pages, {smb:.0f} MB of text "
            f"({path.stat().st_size / 1e6:.0f} MB JSONL), made from the pages"
        )
        for to in (None, "hans"):
            cmd = [sys.executable, __file__, "--stream-one", str(path)] + ([to] if to else [])
            r = json.loads(subprocess.run(cmd, capture_output=True, check=True).stdout)
            label = "clean(to='hans')" if to else "clean()"
            row(
                f"cleantext {label} — synthetic, streaming",
                r,
                f"peak RSS {r['rss_mb']:.0f} MB (target ≤ 200)",
            )
        print(
            "\nscaling, the CLI end to end (read, parse, clean, write) on the synthetic corpus"
            f" (best of {args.scaling_runs} alternating runs):"
        )
        # alternating runs, the best of each figure: one run of each is at the mercy of
        # whatever else the machine does in that minute
        runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
        for _ in range(args.scaling_runs):
            for jobs in (1, 2):
                runs[jobs].append(cli_run(path, jobs, smb))
        one, two = (
            {k: (max if k == "rss_mb" else min)(r[k] for r in runs[j]) for k in runs[j][0]}
            for j in (1, 2)
        )
        one["mb_s"], two["mb_s"] = smb / one["seconds"], smb / two["seconds"]
        print(
            f"  cleantext -j 1: {one['seconds']:7.1f} s {one['mb_s']:6.2f} MB/s  "
            f"max RSS/process {one['rss_mb']:.0f} MB  CPU {one['cpu_s_mb']:.3f} s/MB"
        )
        print(
            f"  cleantext -j 2: {two['seconds']:7.1f} s {two['mb_s']:6.2f} MB/s  "
            f"max RSS/process {two['rss_mb']:.0f} MB  CPU {two['cpu_s_mb']:.3f} s/MB  "
            f"speed-up {one['seconds'] / two['seconds']:.2f}x"
            f" (ideal 2.00x on {os.cpu_count()} cores)"
        )
        print(
            f"  CPU per MB, -j 2 / -j 1: {two['cpu_s_mb'] / one['cpu_s_mb']:.2f} (1.00: no "
            f"parallel overhead; the bound on the speed-up is "
            f"{2 * one['cpu_s_mb'] / two['cpu_s_mb']:.2f}x; load average now "
            f"{os.getloadavg()[0]:.2f})"
        )


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--stream-one":
        print(
            json.dumps(
                stream_per_core(Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
            )
        )
    else:
        main()
