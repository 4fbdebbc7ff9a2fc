"""Adversarial inputs: does cleaning stay linear in time and bounded in memory?

    python bench/adversarial.py                    # 1, 10, 100 MB of each shape (~15 min)
    python bench/adversarial.py --sizes 0.1,1,10   # quicker
    python bench/adversarial.py --audit            # every compiled regex, probed for
                                                   # super-linear matching
    python bench/adversarial.py --stream 10,100    # peak RSS of `cleantext -j 2 --jsonl`
                                                   # on 10 and 100 MB: bounded memory

Each case runs in a fresh process (CPU time of ``clean(x).text`` and the process's peak RSS). The
growth column is t(size) / t(previous size) over the size ratio: ~1.0 is linear, ≥ 2 means
super-linear.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parent.parent / "shared" / "corpus" / "dev.jsonl"
SENTENCE = "在AI技術快速發展的今天,多個智能體如何高效協作成為企業關注的焦點。"


def _fill(piece: str, mb: float) -> str:
    n = max(1, int(mb * 1e6) // len(piece.encode()))
    return piece * n


def _pages(mb: float, path: Path) -> str:
    texts = [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines()]
    blob = "\n".join(texts)
    return _fill(blob + "\n", mb)


SHAPES = {
    # a realistic baseline: the dev pages, concatenated into one huge page
    "dev pages as one page": lambda mb, dev: _pages(mb, dev),
    # one line of article text, no line break at all
    "single line": lambda mb, dev: _fill(SENTENCE, mb),
    # 10^6 separators per MB, in one line
    "separators |": lambda mb, dev: _fill("|", mb),
    "separators _、": lambda mb, dev: _fill("_、", mb),
    # 10^6 line breaks per MB: a million empty lines
    "line breaks": lambda mb, dev: _fill("\n", mb),
    # a run of one character
    "one char 国": lambda mb, dev: _fill("国", mb),
    "one char space": lambda mb, dev: _fill(" ", mb),
    # keyword lists that are almost spam: one long line, and many lines
    "almost-spam line": lambda mb, dev: _fill("国产精品|亚洲|久久|今天召开了会议。", mb),
    "almost-spam lines": lambda mb, dev: _fill(
        "国产精品_亚洲_久久_欧美日韩_在线观看_正文第一段讲的是会议。\n", mb
    ),
    "html residue": lambda mb, dev: _fill('<tr id="yy80"></tr><ul id="k0gca">', mb),
    "dates and digits": lambda mb, dev: _fill("2024-11-08 12:30:45 ", mb),
}


def run_case(shape: str, mb: float, dev: Path, to: str | None) -> dict[str, float]:
    text = SHAPES[shape](mb, dev)
    nbytes = len(text.encode("utf-8", errors="surrogatepass"))
    import cleantext

    cleantext.clean("预热。")  # load lazily built state outside the timing
    t = time.process_time()  # CPU time: other work on the machine does not skew it
    doc = cleantext.clean(text, to=to)
    out = doc.text
    dt = time.process_time() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": dt, "mb": nbytes / 1e6, "rss_mb": rss, "out_mb": len(out) / 1e6}


def scaling(args: argparse.Namespace) -> None:
    sizes = [float(s) for s in args.sizes.split(",")]
    shapes = args.shape or list(SHAPES)
    print(
        f"clean() on adversarial input{' with to=' + args.to if args.to else ''}, "
        f"one fresh process per case (timeout {args.timeout:.0f} s)"
    )
    header = f"{'shape':<22}" + "".join(f"{f'{s:g} MB':>22}" for s in sizes) + "   verdict"
    print(header)
    print(f"{'':<22}" + "".join(f"{'s  (MB/s, RSS MB)':>22}" for _ in sizes) + "   growth/size")
    for shape in shapes:
        row, times = f"{shape:<22}", []
        for mb in sizes:
            cmd = [sys.executable, __file__, "--case", shape, "--mb", str(mb), "--dev", args.dev]
            cmd += ["--max-gb", str(args.max_gb)]
            if args.to:
                cmd += ["--to", args.to]
            try:
                proc = subprocess.run(cmd, capture_output=True, timeout=args.timeout)
                if proc.returncode:
                    err = proc.stderr.decode(errors="replace").strip().splitlines()
                    why = "MemoryError" if err and "MemoryError" in err[-1] else "CRASH"
                    row += f"{why:>22}"
                    times.append(None)
                    continue
                r = json.loads(proc.stdout)
                times.append(r["seconds"])
                rate = r["mb"] / max(r["seconds"], 1e-9)
                cell = f"{r['seconds']:.2f} ({rate:.1f}, {r['rss_mb']:.0f})"
                row += f"{cell:>22}"
            except subprocess.TimeoutExpired:
                row += f"{'TIMEOUT':>22}"
                times.append(None)
            print(row + "\r", end="", file=sys.stderr, flush=True)
        growth = []
        steps = zip(
            zip(sizes, times, strict=True), zip(sizes[1:], times[1:], strict=True), strict=False
        )
        for (a, ta), (b, tb) in steps:
            if ta and tb and ta > 0.05:
                growth.append((tb / ta) / (b / a))
        verdict = " ".join(f"{g:.2f}" for g in growth)
        bad = any(g >= 2 for g in growth) or None in times
        print(row + f"   {verdict}{'  SUPER-LINEAR' if bad else '  linear'}", flush=True)


# --- bounded memory on streaming input -------------------------------------------------------


def stream(args: argparse.Namespace) -> None:
    sizes = [float(s) for s in args.stream.split(",")]
    texts = [json.loads(x) for x in Path(args.dev).read_text(encoding="utf-8").splitlines()]
    print(f"cleantext -j {args.jobs} --jsonl on N MB of dev pages: time and peak RSS")
    print(f"{'MB':>8} {'seconds':>9} {'MB/s':>7} {'main RSS':>9} {'worker RSS':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / "in.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                written, i = 0, 0
                while written < mb * 1e6:
                    row = json.dumps(texts[i % len(texts)], ensure_ascii=False) + "\n"
                    fh.write(row)
                    written += len(row.encode())
                    i += 1
            cmd = [
                sys.executable,
                __file__,
                "--rss-of",
                "-m",
                "cleantext",
                "--jsonl",
                "-q",
                "-j",
                str(args.jobs),
                "-o",
                os.devnull,
                str(path),
            ]
            t = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, timeout=args.timeout)
            dt = time.perf_counter() - t
            r = json.loads(proc.stdout.decode().splitlines()[-1])
            print(
                f"{written / 1e6:8.0f} {dt:9.1f} {written / 1e6 / dt:7.2f} "
                f"{r['main']:8.0f}M {r['children']:10.0f}M",
                flush=True,
            )


def rss_of(argv: list[str]) -> None:
    """Run ``python argv…`` and print its peak RSS and its children's (pool workers)."""
    proc = subprocess.run([sys.executable, *argv], stdout=subprocess.DEVNULL)
    # RUSAGE_CHILDREN: the largest of the waited-for descendants (the CLI and its workers)
    main = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({"main": main, "children": main, "status": proc.returncode}))


# --- regex audit ----------------------------------------------------------------------------


def patterns() -> list[tuple[str, object]]:
    import importlib
    import pkgutil
    import re

    import regex

    import cleantext

    found: list[tuple[str, object]] = []
    seen: set[int] = set()

    def visit(where: str, obj: object, depth: int = 0) -> None:
        if isinstance(obj, (re.Pattern, regex.Pattern)):
            if id(obj) not in seen:
                seen.add(id(obj))
                found.append((where, obj))
        elif depth < 2 and isinstance(obj, (list, tuple, dict)):
            items = obj.items() if isinstance(obj, dict) else enumerate(obj)
            for k, v in items:
                visit(f"{where}[{k!r}]"[:80], v, depth + 1)
        elif depth < 1 and isinstance(obj, type):
            for k, v in vars(obj).items():
                visit(f"{where}.{k}", v, depth + 1)

    for info in pkgutil.walk_packages(cleantext.__path__, "cleantext."):
        if info.name.endswith(("__main__", ".train", ".synth")) or ".testing" in info.name:
            continue
        try:
            mod = importlib.import_module(info.name)
        except Exception as e:  # an optional dependency: say so and go on
            print(f"  (skipped {info.name}: {type(e).__name__}: {e})")
            continue
        for k, v in vars(mod).items():
            visit(f"{info.name}.{k}", v)
    return found


PROBES = {
    "a": "a",
    "国": "国",
    "space": " ",
    "ideographic space": "\u3000",
    "|": "|",
    "_": "_",
    "、": "、",
    "digit": "1",
    "digits-": "2024-",
    "colon": ":",
    "kw|": "国产精品|",
    "kw_": "国产精品_",
    "tag": '<tr id="x',
    "url": "http://a.",
    "word+space": "ab ",
    "dots": "。",
    "dash": "-",
    "cue": "作者:",
}


def audit(args: argparse.Namespace) -> None:
    """Time each pattern's search/finditer on runs of n and 8n characters; a ratio far
    above 8 is super-linear backtracking."""
    import regex

    pats = patterns()
    n = args.audit_n
    print(
        f"{len(pats)} compiled patterns; probing search() and finditer() on runs of "
        f"{n} and {8 * n} characters of {len(PROBES)} shapes"
    )
    flagged = 0
    for where, pat in pats:
        worst = (0.0, "", 0.0)
        for name, piece in PROBES.items():
            small, big = piece * (n // len(piece)), piece * (8 * n // len(piece))
            for tail in ("", "!"):
                ts = []
                for s in (small + tail, big + tail):
                    kwargs = {"timeout": 10} if isinstance(pat, regex.Pattern) else {}
                    t = time.perf_counter()
                    try:
                        pat.search(s, **kwargs)  # type: ignore[attr-defined]
                        for _ in pat.finditer(s, **kwargs):  # type: ignore[attr-defined]
                            pass
                    except TimeoutError:
                        ts.append(10.0)
                        break
                    ts.append(time.perf_counter() - t)
                if len(ts) == 2 and ts[1] > 0.02:
                    ratio = ts[1] / max(ts[0], 1e-6)
                    if ratio > worst[0]:
                        worst = (ratio, name + (" +tail" if tail else ""), ts[1])
                elif len(ts) < 2:
                    worst = (float("inf"), name, 10.0)
        if worst[0] > 20 and worst[2] >= args.audit_floor:  # below the floor it is noise
            flagged += 1
            src = getattr(pat, "pattern", "")
            print(
                f"SUPER-LINEAR x{worst[0]:.0f} on {worst[1]!r} ({worst[2]:.2f} s at {8 * n}): "
                f"{where}\n    {src[:160]!r}"
            )
    print(
        f"{flagged} of {len(pats)} patterns super-linear (time x20+ for 8x input, and "
        f"≥ {args.audit_floor} s). A flagged pattern is a risk where a caller runs it on a long "
        "unstripped line; bench/adversarial.py without --audit measures the pipeline itself."
    )


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--sizes", default="1,10,100", help="MB, comma-separated")
    p.add_argument("--shape", action="append", choices=list(SHAPES))
    p.add_argument("--dev", default=str(DEV), help="dev corpus (JSONL) for the realistic shapes")
    p.add_argument("--to", choices=("hans", "hant", "tw", "hk"))
    p.add_argument("--timeout", type=float, default=900)
    p.add_argument("--max-gb", type=float, default=6, help="address-space cap of one case")
    p.add_argument("--audit", action="store_true")
    p.add_argument("--audit-n", type=int, default=4000)
    p.add_argument(
        "--audit-floor", type=float, default=0.25, help="seconds at 8n below which it is noise"
    )
    p.add_argument("--stream", metavar="MB,MB")
    p.add_argument("-j", "--jobs", type=int, default=2)
    p.add_argument("--case", help=argparse.SUPPRESS)
    p.add_argument("--mb", type=float, help=argparse.SUPPRESS)
    if len(sys.argv) > 1 and sys.argv[1] == "--rss-of":
        rss_of(sys.argv[2:])
        return
    args = p.parse_args()
    if args.case:
        # a case may not take the machine down: cap its address space
        cap = int(args.max_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        print(json.dumps(run_case(args.case, args.mb, Path(args.dev), args.to)))
    elif args.audit:
        audit(args)
    elif args.stream:
        stream(args)
    else:
        scaling(args)


if __name__ == "__main__":
    main()
