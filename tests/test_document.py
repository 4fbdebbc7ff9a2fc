from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleantext import Document, Line, clean


@given(
    st.text(
        alphabet=st.sampled_from("标题正文。,a \t\r\n\u200b\ufeff\u3000\x00国产精品|_"),
        max_size=200,
    )
)
def test_lines_align_with_input(text: str) -> None:
    doc = clean(text)
    expected = text.replace("\r\n", "\n").split("\n")
    assert [ln.text for ln in doc.lines] == expected
    assert all(ln.label in {"body", "meta", "boilerplate", "spam", "blank"} for ln in doc.lines)


def test_crlf_is_one_break_and_lone_cr_is_kept_in_text() -> None:
    doc = clean("甲\r\n乙\r丙")
    assert [ln.text for ln in doc.lines] == ["甲", "乙\r丙"]
    assert doc.text == "甲\n乙丙"


def test_text_has_no_blank_runs_and_strips_lines() -> None:
    doc = clean("  标题  \n\n\n\n 第一段。\n \n第二段。\n")
    assert doc.text == "标题\n第一段。\n第二段。"


def test_cut_spans_leave_real_part() -> None:
    line = Line("国产精品一区_亚洲 真正的标题")
    line.cut(0, 10, "spam", "spam:title-prefix")
    assert line.kept_text == "真正的标题"
    with pytest.raises(ValueError):
        line.cut(5, 100, "spam", "x")


def test_overlapping_cuts_do_not_duplicate_text() -> None:
    line = Line("abcdefgh")
    line.cut(0, 4, "spam", "a")
    line.cut(2, 6, "spam", "b")
    assert line.kept_text == "gh"


def test_removed_lists_lines_and_cuts() -> None:
    doc = Document.from_text("国产精品_标题\n垃圾")
    doc.lines[0].cut(0, 5, "spam", "spam:prefix")
    doc.lines[0].mark("body", "test")
    doc.lines[1].mark("spam", "spam:test")
    removed = doc.removed
    assert {"line": 1, "text": "垃圾", "label": "spam", "reason": "spam:test"} in removed
    assert any(r.get("start") == 0 and r["text"] == "国产精品_" for r in removed)
    assert doc.text == "标题"


def test_meta_lines_kept_only_on_request() -> None:
    doc = Document.from_text("标题\n来源:新华社", keep_meta=True)
    doc.lines[1].mark("meta", "meta:source")
    assert doc.text == "标题\n来源:新华社"
    doc.keep_meta = False
    assert doc.text == "标题"


def test_to_dict_is_json() -> None:
    doc = clean("标题\n主站蜘蛛池模板: 国产| 亚洲")
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert data["text"] == "标题"
    assert data["lines"][1]["label"] == "spam"
    assert data["removed"][0]["line"] == 1


def test_non_str_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must be str"):
        clean(b"bytes")  # type: ignore[arg-type]
