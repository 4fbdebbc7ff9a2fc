"""The chrome/meta red-team sets ``fixtures/chrome_unseen_A.jsonl`` to ``_D.jsonl``.

Only what makes the sets trustworthy is checked here: the builder reproduces every file byte
for byte, every page has one label per line, and every body line not written by the builder is
a body line of its host page in the developer corpus (not one of its mixed lines), in the
host's order. Their scores are recorded in the commits that added them, never asserted (B and D
are held out for good).
"""

from __future__ import annotations

import json

import pytest

from redteam import CORPUS, FIXTURES, LABELS, load_builder, read_set

HALVES = ["A", "B", "C", "D"]


def pages(half: str) -> list[dict]:
    return read_set(f"chrome_unseen_{half}")


@pytest.mark.parametrize("half", HALVES)
def test_one_label_per_line_and_blank_exactly_when_empty(half: str) -> None:
    got = pages(half)
    assert len(got) >= 25
    for page in got:
        lines = page["text"].split("\n")
        assert len(lines) == len(page["labels"]), page["id"]
        for line, label in zip(lines, page["labels"], strict=True):
            assert label in LABELS
            assert (label == "blank") == (not line.strip()), (page["id"], line)
        # every page has an article and chrome or meta around it
        assert "body" in page["labels"] and {"meta", "boilerplate"} & set(page["labels"])


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_the_builder_reproduces_every_file_byte_for_byte() -> None:
    builder = load_builder("build_chrome_unseen")
    corpus = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x]
    built = builder.build(corpus)
    assert sorted(built) == HALVES
    for half, got in built.items():
        assert builder.render(got) == (FIXTURES / f"chrome_unseen_{half}.jsonl").read_text("utf-8")


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
@pytest.mark.parametrize("half", HALVES)
def test_unwritten_body_lines_are_the_hosts_body_lines_in_order(half: str) -> None:
    builder = load_builder("build_chrome_unseen")
    corpus = {p["id"]: p for p in map(json.loads, CORPUS.read_text("utf-8").splitlines())}
    written = {
        s[2:] for spec in builder.SPECS for part in spec[3:] for s in part if s.startswith("B|")
    }
    for page in pages(half):
        host = corpus[page["host"]]
        # a host's mixed lines (body with spliced spam) are not clean article lines: never taken
        mixed = set(host.get("mixed_lines") or ())
        host_body = [
            t
            for i, (t, lab) in enumerate(zip(host["text"].split("\n"), host["labels"], strict=True))
            if lab == "body" and i not in mixed
        ]
        body = [
            t
            for t, lab in zip(page["text"].split("\n"), page["labels"], strict=True)
            if lab == "body" and t not in written
        ]
        assert len(body) >= 2, page["id"]
        assert body == host_body[: len(body)], page["id"]
