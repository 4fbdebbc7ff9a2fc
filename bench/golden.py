"""Golden outputs: prove that a speed change leaves every result byte-identical.

    python bench/golden.py write /tmp/golden-main.jsonl     # on the reference tree (e.g. main)
    python bench/golden.py check /tmp/golden-main.jsonl     # on the changed tree
    python bench/golden.py check /tmp/golden-main.jsonl --show 5   # print the first differences

Inputs (about 5,000, all deterministic): the dev pages, the seed, the packaged test pages, the
red-team sets A-D and the test fixtures, plus variants of every dev page — lines shuffled,
cut at a random line, two pages joined, converted to the other script (with our own OpenCC
engine, which is byte-identical to official OpenCC), blank lines removed, first line dropped.
For each input it records ``clean(text).to_dict()`` and ``clean(text, to="hans").text``
as one JSON line. ``check`` recomputes them and prints ``GOLDEN OK: N outputs byte-identical``
or the number of inputs that differ and exits 1.

Held-out set E is left out on purpose: it must not shape any rule, even by accident.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _texts(path: Path) -> list[str]:
    if not path.exists():
        return []
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r["text"] for r in rows if isinstance(r.get("text"), str)]


def inputs() -> list[str]:
    """Every golden input, in a fixed order."""
    from cleantext.convert import convert

    dev = _texts(SHARED / "corpus" / "dev.jsonl")
    if not dev:  # without it the goldens shrink by a sixth and still compare "OK"
        raise SystemExit(f"golden: no developer corpus at {SHARED / 'corpus' / 'dev.jsonl'}")
    out = list(dev)
    out += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out += _texts(ROOT / "src/cleantext/testing/pages/pages.jsonl")
    for name in "ABCD":
        out += _texts(ROOT / f"tests/fixtures/spam_unseen_{name}.jsonl")
    for name in ("corpus_lines", "spam_sample", "datatrove_pages"):
        out += _texts(ROOT / f"tests/fixtures/{name}.jsonl")
    rng = random.Random(20261206)
    for text in list(out):
        lines = text.split("\n")
        shuffled = lines[:]
        rng.shuffle(shuffled)
        other = rng.choice(dev).split("\n") if dev else []
        cut = rng.randrange(len(lines) + 1)
        out += [
            "\n".join(shuffled),
            "\n".join(lines[:cut]),
            "\n".join(lines[: max(1, cut)] + other),
            "\n".join(x for x in lines if x.strip()),
            "\n".join(lines[1:]),
        ]
        out.append(convert(text, "t2s" if rng.random() < 0.5 else "s2t"))
    return out


def outputs(texts: list[str]) -> list[str]:
    import cleantext

    rows = []
    for text in texts:
        doc = cleantext.clean(text).to_dict()
        doc["hans"] = cleantext.clean(text, to="hans").text
        rows.append(json.dumps(doc, ensure_ascii=False, sort_keys=True))
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("mode", choices=["write", "check"])
    p.add_argument("path", type=Path)
    p.add_argument("--show", type=int, default=3, help="differences to print (check)")
    args = p.parse_args(argv)
    texts = inputs()
    rows = outputs(texts)
    if args.mode == "write":
        args.path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        print(f"wrote {len(rows)} golden outputs to {args.path}")
        return 0
    want = args.path.read_text(encoding="utf-8").splitlines()
    if len(want) != len(rows):
        print(f"GOLDEN DIFFERS: {len(want)} recorded inputs, {len(rows)} now (inputs changed?)")
        return 1
    bad = [i for i, (a, b) in enumerate(zip(want, rows, strict=True)) if a != b]
    if not bad:
        print(f"GOLDEN OK: {len(rows)} outputs byte-identical")
        return 0
    print(f"GOLDEN DIFFERS: {len(bad)} of {len(rows)} inputs")
    for i in bad[: args.show]:
        a, b = json.loads(want[i]), json.loads(rows[i])
        print(f"--- input {i}: {texts[i][:80]!r}")
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                if key == "lines":
                    for j, (x, y) in enumerate(zip(a[key], b[key], strict=False)):
                        if x != y:
                            print(f"  line {j}: {x}\n       -> {y}")
                else:
                    print(f"  {key}: {a.get(key)!r}\n     -> {b.get(key)!r}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
