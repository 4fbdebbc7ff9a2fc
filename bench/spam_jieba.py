"""Does jieba pay for itself in the spam model? Held-out, model alone, with and without it.

    python bench/spam_jieba.py [CORPUS.jsonl]

For each of 5 group-by-domain folds the model is trained on the other folds (+ synthetic
pages) twice — character n-grams only, and with jieba words added as hashed features — and
every candidate line of the held-out pages is scored. Prints recall / false positives at
several thresholds, AUC and the feature time; needs scikit-learn and jieba.
"""

from __future__ import annotations

import bisect
import sys
import time
import zlib
from pathlib import Path

from cleantext.evaluate import domain_folds, read_corpus
from cleantext.spam import features
from cleantext.spam.model import SpamModel
from cleantext.spam.train import train_model

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev.jsonl"


def run(pages: list[dict], label: str) -> None:
    scores, spent, chars = [], 0.0, 0
    for fold in domain_folds(pages, 5, 0):
        held = set(fold)
        model = SpamModel(train_model([p for i, p in enumerate(pages) if i not in held]))
        for i in fold:
            lines = pages[i]["text"].split("\n")
            cands = set(features.candidates(lines))
            t0 = time.process_time()
            feats = features.page_features(lines, only=cands)
            spent += time.process_time() - t0
            chars += sum(len(lines[j]) for j in cands)
            for j in cands:
                if feats[j]:
                    scores.append((model.score(*feats[j]), pages[i]["labels"][j] == "spam"))
    pos = sorted(s for s, y in scores if y)
    neg = sorted(s for s, y in scores if not y)
    auc = sum(bisect.bisect_left(neg, p) for p in pos) / max(len(pos) * len(neg), 1)
    for th in (0.5, 0.7, 0.85, 0.95):
        print(
            f"{label:<8} threshold {th:.2f}: spam {sum(p >= th for p in pos)}/{len(pos)}, "
            f"non-spam {sum(n >= th for n in neg)}/{len(neg)}"
        )
    print(f"{label:<8} AUC {auc:.4f}; features {spent:.2f} s CPU for {chars} candidate chars")


def main() -> None:
    pages = read_corpus(sys.argv[1] if len(sys.argv) > 1 else str(DEFAULT))
    run(pages, "chars")
    import jieba

    jieba.setLogLevel(60)
    t0 = time.perf_counter()
    jieba.initialize()
    print(f"jieba init {time.perf_counter() - t0:.2f} s")
    plain = features.ngram_ids
    mask = (1 << features.HASH_BITS) - 1

    def with_words(folded: str) -> list[int]:
        ids = set(plain(folded))
        for w in jieba.lcut(folded[: features.MAX_CHARS]):
            if len(w) >= 2:
                ids.add(zlib.crc32(("w:" + w).encode("utf-8", "surrogatepass")) & mask)
        return sorted(ids)

    features.ngram_ids = with_words
    try:
        run(pages, "+jieba")
    finally:
        features.ngram_ids = plain


if __name__ == "__main__":
    main()
