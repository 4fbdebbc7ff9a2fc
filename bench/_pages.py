"""The command line and pages shared by ``bench/spam.py`` and ``bench/spam_steps.py``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
FALLBACK = ROOT / "tests" / "fixtures" / "spam_sample.jsonl"


def warm_pages(doc: str, repeat: int) -> tuple[argparse.Namespace, list[str], int]:
    """Parse ``[CORPUS.jsonl] [--repeat N]``, read the pages' texts and clean each once (so
    tables, lexicon and model are loaded before timing); return the arguments, the texts and
    their size in UTF-8 bytes."""
    p = argparse.ArgumentParser(description=doc.splitlines()[0])
    p.add_argument("corpus", nargs="?", default=str(DEFAULT if DEFAULT.exists() else FALLBACK))
    p.add_argument("--repeat", type=int, default=repeat)
    args = p.parse_args()

    from cleantext import clean

    texts = [json.loads(x)["text"] for x in Path(args.corpus).read_text("utf-8").splitlines() if x]
    for t in texts:
        clean(t)
    return args, texts, sum(len(t.encode("utf-8")) for t in texts)
