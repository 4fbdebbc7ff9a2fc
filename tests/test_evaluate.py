from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import Document
from cleantext.evaluate import evaluate, read_corpus
from conftest import run_cli

PAGES = [
    {"id": "a", "text": "标题\n\n主站蜘蛛池模板: 国产| 亚洲", "labels": ["body", "blank", "spam"]},
    # a poster name: metadata the default pipeline cannot tell from body
    {"id": "b", "text": "标题\nadmin", "labels": ["body", "meta"]},
]


def test_scores_count_lines() -> None:
    report = evaluate(PAGES)
    spam, meta = report.per_label["spam"], report.per_label["meta"]
    assert (spam.tp, spam.fp, spam.fn) == (1, 0, 0)
    assert (meta.tp, meta.fn) == (0, 1)
    assert report.per_label["body"].fp == 1
    assert report.spam_left == 0.0
    assert report.keep_lost == 0.0  # meta predicted as body is kept, not lost
    assert report.pages_right == 0.5
    assert [p.id for p in report.pages if p.errors] == ["b"]


def test_lost_body_counts() -> None:
    def remove_all(doc: Document) -> None:
        for line in doc.lines:
            line.mark("boilerplate", "test")

    from cleantext import Pipeline

    report = evaluate(PAGES, Pipeline([remove_all]))
    assert report.body_lost == 1.0 and report.keep_lost == 1.0 and report.spam_left == 1.0


def test_label_count_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError, match="2 labels for 3 lines"):
        evaluate([{"id": "x", "text": "a\nb\nc", "labels": ["body", "body"]}])


def test_cli_eval_prints_report(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PAGES), "utf-8")
    proc = run_cli(["eval", str(corpus), "--json"])
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["pages"] == 2 and summary["per_label"]["spam"]["recall"] == 1.0
    text = run_cli(["eval", str(corpus)]).stdout.decode()
    assert "spam left" in text and "worst pages" in text


def test_bad_corpus_record(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a", "labels": ["body"]}\n{"text": 1}\n', "utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        read_corpus(str(bad))
    proc = run_cli(["eval", str(bad)])
    err = proc.stderr.decode()
    assert proc.returncode == 1 and "bad.jsonl:2" in err and "Traceback" not in err
