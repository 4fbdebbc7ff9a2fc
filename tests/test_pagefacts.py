"""The page's facts (:mod:`cleantext.filters.pagefacts`): worked out once, the same as each
step working them out line by line, and worked out again when a line's text or cuts change.
Pages are the packaged labelled pages (real pages of the dev corpus and the seed)."""

from __future__ import annotations

import pytest

from cleantext.document import Document, Line
from cleantext.filters.cues import plain
from cleantext.filters.meta import article_foot, head_end, is_paragraph
from cleantext.filters.pagefacts import page_facts
from cleantext.pipeline import default_filters
from cleantext.testing.labelled import builtin_pages

PAGES = [p.text for p in builtin_pages()]


def _paragraph(line: Line) -> bool:
    """The definition the steps used, line by line, before the facts."""
    return len(line.clean) >= 40 and is_paragraph(line.kept_text)


def _head_end(lines: list[Line]) -> int:
    for i, line in enumerate(lines):
        if line.label in (None, "body") and _paragraph(line):
            return i
    return len(lines)


def _state_before(step: str, text: str) -> Document:
    """The page as the default pipeline hands it to ``step``."""
    doc = Document.from_text(text)
    for f in default_filters():
        if getattr(f, "name", None) == step:
            return doc
        f(doc)
    raise AssertionError(f"no step {step}")


@pytest.mark.parametrize("step", ["chrome-lines", "page-chrome", "meta-extract"])
def test_facts_are_the_line_by_line_values_on_real_pages(step: str) -> None:
    found = 0
    for text in PAGES:
        doc = _state_before(step, text)
        facts = page_facts(doc)
        assert facts.kept == [ln.kept_text for ln in doc.lines]
        assert facts.plain == [plain(ln.kept_text) for ln in doc.lines]
        assert facts.paragraphs == [i for i, ln in enumerate(doc.lines) if _paragraph(ln)]
        assert head_end(doc) == _head_end(doc.lines)
        found += len(facts.paragraphs)
    assert found > len(PAGES)  # the pages have paragraphs: the test looks at some


def test_labels_leave_the_facts_and_are_read_live() -> None:
    text = next(t for t in PAGES if sum(len(x) >= 60 for x in t.split("\n")) >= 2)
    doc = _state_before("chrome-lines", text)
    facts = page_facts(doc)
    first = head_end(doc)
    assert first < len(doc.lines)
    doc.lines[first].mark("boilerplate", "boilerplate:test")
    assert page_facts(doc) is facts  # a label changes no fact
    assert head_end(doc) == _head_end(doc.lines) > first


def test_a_cut_or_a_new_text_makes_the_facts_again() -> None:
    para = "重庆市政府新闻办举行新闻发布会，介绍今年以来全市经济运行的总体情况和下一步工作安排。"
    doc = Document.from_text(f"标题\n{para}\n分享到")
    facts = page_facts(doc)
    assert facts.paragraphs == [1] and head_end(doc) == 1
    doc.lines[1].cut(0, len(para) - 10, "spam", "spam:test")  # what is left is no paragraph
    again = page_facts(doc)
    assert again is not facts
    assert again.kept[1] == para[-10:] and again.paragraphs == [] and head_end(doc) == 3
    doc.lines[0].clean = "新标题"
    assert page_facts(doc).kept[0] == "新标题"


def test_article_foot_reads_the_last_paragraph_past_the_head() -> None:
    para = "重庆市政府新闻办举行新闻发布会，介绍今年以来全市经济运行的总体情况和下一步工作安排。"
    doc = Document.from_text(f"标题\n{para}\n责任编辑：张三\n{para}\n来源：新华社\n分享到")
    doc.lines[5].mark("boilerplate", "boilerplate:share")
    assert article_foot(doc, head_end(doc)) == (4, 5)
    doc.lines[3].mark("boilerplate", "boilerplate:test")  # the last paragraph taken
    assert article_foot(doc, head_end(doc)) == (6, 6)  # none past the head
