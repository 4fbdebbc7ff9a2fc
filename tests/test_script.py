"""Script detection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext.convert import ScriptCounts, detect_script, detect_script_lines, script_counts

CORPUS = Path("/work/shared/corpus/dev.jsonl")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("头发干燥", "hans"),
        ("頭髮乾燥", "hant"),
        ("鄉村干部", "hant"),  # naive conversion: 干 is valid in both scripts
        ("干部", "none"),
        ("hello 123", "none"),
        ("", "none"),
        ("這是繁體中文，这是简体中文", "mixed"),
    ],
)
def test_detect_script(text, expected):
    assert detect_script(text) == expected


def test_counts_and_lines():
    assert script_counts("发發髮") == ScriptCounts(hans=1, hant=2)
    assert detect_script_lines("简体\n繁體\n") == ["hans", "hant", "none"]


def test_mixed_share_parameter():
    text = "发" * 3 + "發" * 7
    assert detect_script(text) == "mixed"
    assert detect_script(text, mixed_share=0.5) == "hant"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_corpus_page_scripts():
    """The corpus labels the script of every page's article body by hand."""
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    agree = 0
    for r in records:
        lines = r["text"].split("\n")
        body = "\n".join(x for x, label in zip(lines, r["labels"], strict=True) if label == "body")
        agree += detect_script(body) == r["script"]
    assert agree >= 0.95 * len(records)
