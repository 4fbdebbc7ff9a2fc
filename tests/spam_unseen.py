"""Score the spam red-team challenge sets (``fixtures/spam_unseen_*.jsonl``).

Line level as ``cleantext eval`` (spam precision / recall, body+meta lines lost), plus the
mixed lines: a mixed line is right when it keeps its label and none of its ``spam_parts`` is
left in the kept text (or, labelled spam by majority, when it is spam).

    python tests/spam_unseen.py tests/fixtures/spam_unseen_A.jsonl [--show]
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cleantext import clean

KEEP = ("body", "meta")


@dataclass
class Figures:
    spam_tp: int = 0
    spam_fn: int = 0
    spam_fp: int = 0
    keep: int = 0
    keep_lost: int = 0
    keep_lost_to_spam: int = 0
    mixed: int = 0
    mixed_right: int = 0
    clean_cut: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.spam_tp / max(self.spam_tp + self.spam_fp, 1)

    @property
    def recall(self) -> float:
        return self.spam_tp / max(self.spam_tp + self.spam_fn, 1)

    @property
    def lost(self) -> float:
        return self.keep_lost / max(self.keep, 1)

    def line(self) -> str:
        return (
            f"spam P {self.precision:.2%} R {self.recall:.2%} "
            f"(tp {self.spam_tp} fn {self.spam_fn} fp {self.spam_fp}), "
            f"body+meta lost {self.lost:.3%} ({self.keep_lost}/{self.keep}), "
            f"mixed lines cut right {self.mixed_right}/{self.mixed}, "
            f"clean lines cut {self.clean_cut}"
        )


def score(path: str | Path) -> Figures:
    fig = Figures()
    for raw in Path(path).read_text("utf-8").splitlines():
        page = json.loads(raw)
        doc = clean(page["text"])
        parts = {int(k): v for k, v in page.get("spam_parts", {}).items()}
        mixed = set(page.get("mixed_lines", []))
        for i, (gold, line) in enumerate(zip(page["labels"], doc.lines, strict=True)):
            pred = line.label or "body"
            tag = f"{page['id']} {page.get('kind', '')} {i} {gold}->{pred} [{line.reason}]"
            if gold == "spam":
                if pred == "spam":
                    fig.spam_tp += 1
                else:
                    fig.spam_fn += 1
                    fig.failures.append(f"{tag} {line.text[:90]}")
            elif pred == "spam":
                fig.spam_fp += 1
                fig.failures.append(f"{tag} {line.text[:90]}")
            if gold in KEEP:
                fig.keep += 1
                if pred not in KEEP:
                    fig.keep_lost += 1
                    fig.keep_lost_to_spam += pred == "spam"
                    if pred != "spam":
                        fig.failures.append(f"{tag} {line.text[:90]}")
            if i not in mixed and gold in KEEP and pred in KEEP and line.cuts:
                fig.clean_cut += 1  # text taken from a line with no spam in it
                fig.failures.append(f"{tag} cut from a clean line: {line.kept_text[:90]}")
            if i in parts:
                fig.mixed += 1
                kept = line.kept_text if pred in KEEP else ""
                right = (
                    (pred == "spam")
                    if gold == "spam"
                    else (pred in KEEP and not any(p.strip() in kept for p in parts[i]))
                )
                fig.mixed_right += right
                if not right:
                    fig.failures.append(f"{tag} mixed, kept: {kept[:90]}")
    return fig


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        if arg.startswith("--"):
            continue
        f = score(arg)
        print(Path(arg).name, f.line())
        if "--show" in sys.argv:
            print("\n".join("  " + x for x in f.failures))
