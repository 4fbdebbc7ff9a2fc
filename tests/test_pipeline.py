from __future__ import annotations

import pytest

from cleantext import Document, Pipeline, clean, default_filters


def test_plain_function_filter_runs_in_order() -> None:
    seen = []

    def spy(doc: Document) -> None:
        seen.append([ln.label for ln in doc.lines])

    def ads(doc: Document) -> Document:
        for line in doc.lines:
            if line.label is None and line.clean.startswith("广告"):
                line.mark("boilerplate", "boilerplate:ads")
        return doc

    doc = Pipeline([*default_filters(), ads, spy]).clean("广告:买一送一\n\n正文。")
    assert [ln.label for ln in doc.lines] == ["boilerplate", "blank", "body"]
    assert doc.lines[0].reason == "boilerplate:ads"
    assert seen == [["boilerplate", "blank", None]]  # undecided lines become body only at the end
    assert doc.text == "正文。"


def test_earlier_label_wins() -> None:
    def everything_spam(doc: Document) -> None:
        for line in doc.lines:
            if line.label is None:
                line.mark("spam", "spam:all")

    doc = Pipeline([*default_filters(), everything_spam]).clean("主站蜘蛛池模板: x\n正文")
    assert [ln.reason for ln in doc.lines] == ["spam:spider-pool-footer", "spam:all"]


def test_custom_pipeline_through_clean() -> None:
    doc = clean("正文", pipeline=Pipeline([]))
    assert doc.lines[0].label == "body" and doc.lines[0].reason == "default:body"


def test_bad_steps_are_reported() -> None:
    with pytest.raises(TypeError, match="not callable"):
        Pipeline(["nope"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="expected a Document"):
        Pipeline([lambda doc: 42]).clean("x")


def test_pipeline_repr_names_steps() -> None:
    assert "spider-pool-footer" in repr(Pipeline(default_filters()))


def test_unknown_target_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown target"):
        clean("x", to="klingon")


@pytest.mark.parametrize("to", [None, "hans"])
def test_clean_many_gives_what_clean_gives_page_by_page(to: str | None) -> None:
    # real pages (spam, chrome, meta, both scripts) in batches that split them unevenly:
    # each step runs over a batch before the next, and no page may see another's state
    import json
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    texts = [
        json.loads(row)["text"]
        for name in ("spam_sample.jsonl", "spam_unseen_A.jsonl", "datatrove_pages.jsonl")
        for row in (fixtures / name).read_text(encoding="utf-8").splitlines()
        if row.strip()
    ]
    texts += ["", "\n\n", "正文。"]
    pipe = Pipeline(default_filters())
    many = list(pipe.clean_many(texts, batch=7, to=to))
    assert len(many) == len(texts)
    for text, doc in zip(texts, many, strict=True):
        assert doc.to_dict() == clean(text, to=to).to_dict()


def test_clean_many_rejects_an_empty_batch() -> None:
    with pytest.raises(ValueError, match="batch"):
        list(Pipeline(default_filters()).clean_many(["正文"], batch=0))
