"""cleantext.testing: the assertion helpers and the labelled pages shipped for other test suites."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import cleantext
from cleantext import Document, Pipeline, default_filters
from cleantext.testing import (
    LabelledPage,
    assert_clean,
    assert_no_spam,
    assert_preserves,
    assert_script,
    assert_spam_removed,
    builtin_pages,
    load_pages,
    read_pages,
)
from cleantext.testing import assertions as assertions_module

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "src" / "cleantext" / "testing" / "pages"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"

ARTICLE = "金安區打造村級后備力量\n\n  鄉村要振興,人才是關鍵。堅持“凡進必考”。\n責編:鄉村干部報編輯"
FOOTER = (
    "主站蜘蛛池模板: 国产精品日本一区二区在线播放| 日韩中文字幕在线一区二区三区| "
    "国产精品v欧美精品∨日韩"
)


def with_step(step):
    """A clean function: the default pipeline plus ``step``."""
    return Pipeline([*default_filters(), step]).clean


# --- assert_no_spam -----------------------------------------------------------------------


def test_no_spam_passes_on_an_article_and_returns_the_document() -> None:
    doc = assert_no_spam(ARTICLE)
    assert isinstance(doc, Document)
    assert doc.text.startswith("金安區打造村級后備力量")


def test_no_spam_fails_on_the_footer_with_line_label_and_reason() -> None:
    with pytest.raises(AssertionError) as info:
        assert_no_spam(ARTICLE + "\n" + FOOTER)
    head, row = str(info.value).splitlines()
    assert re.fullmatch(
        r"cleantext found spam in 1 of 5 lines( \(page spam score 0\.\d\d\))?:", head
    )
    assert row == "  line 5  spam  [spam:spider-pool-footer]  " + FOOTER


def test_no_spam_on_the_seed_page_cuts_the_long_footer(seed_text: str) -> None:
    with pytest.raises(AssertionError) as info:
        assert_no_spam(seed_text)
    head, row = str(info.value).splitlines()
    assert head.startswith("cleantext found spam in 1 of 32 lines")
    prefix = "  line 32  spam  [spam:spider-pool-footer]  "
    assert row == prefix + seed_text.split("\n")[-1][:69] + "…"


def test_no_spam_page_score_above_threshold() -> None:
    def score(doc):
        doc.spam_score = 0.9

    with pytest.raises(AssertionError) as info:
        assert_no_spam(ARTICLE, clean=with_step(score))
    assert str(info.value) == (
        "the page's spam score 0.900 is above the threshold 0.5 (no single line was labelled spam)"
    )
    assert_no_spam(ARTICLE, clean=with_step(score), threshold=0.95)


def test_no_spam_reports_spam_cut_out_of_a_kept_line() -> None:
    def cut_prefix(doc):
        line = doc.lines[0]
        line.cut(0, 3, "spam", "spam:title-prefix")

    with pytest.raises(AssertionError) as info:
        assert_no_spam("国产精真正的标题\n正文。", clean=with_step(cut_prefix))
    assert "  line 1  body, cut spam  [spam:title-prefix]  国产精" in str(info.value)


def test_no_spam_lists_at_most_twenty_lines() -> None:
    text = "\n".join([FOOTER] * 25)
    with pytest.raises(AssertionError) as info:
        assert_no_spam(text)
    lines = str(info.value).splitlines()
    assert lines[0].startswith("cleantext found spam in 25 of 25 lines")
    assert lines[1].startswith("  line 1   spam")  # numbers are aligned
    assert lines[20].startswith("  line 20  spam")
    assert lines[-1] == "  … and 5 more"


def test_no_spam_rejects_non_text() -> None:
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        assert_no_spam(ARTICLE.encode())


def test_no_spam_uses_the_given_clean_function() -> None:
    def everything_is_spam(doc):
        for line in doc.lines:
            if line.label != "blank":
                line.mark("spam", "spam:test")

    with pytest.raises(AssertionError, match=r"spam in 3 of 4 lines"):
        assert_no_spam(ARTICLE, clean=with_step(everything_is_spam))


# --- assert_clean -------------------------------------------------------------------------


def share_widget(doc):
    for line in doc.lines:
        if line.clean.strip() == "分享到微信":
            line.mark("boilerplate", "boilerplate:share")


def test_clean_passes_with_meta_and_blank_lines() -> None:
    def meta(doc):
        doc.lines[-1].mark("meta", "meta:editor")

    assert_clean(ARTICLE, clean=with_step(meta))


def test_clean_fails_on_boilerplate_and_spam_in_one_message() -> None:
    text = ARTICLE + "\n分享到微信\n" + FOOTER
    with pytest.raises(AssertionError) as info:
        assert_clean(text, clean=with_step(share_widget))
    lines = str(info.value).splitlines()
    assert lines[0].startswith("cleantext found spam or boilerplate in 2 of 6 lines")
    assert lines[1] == "  line 5  boilerplate  [boilerplate:share]  分享到微信"
    assert lines[2].startswith("  line 6  spam  [spam:spider-pool-footer]  主站蜘蛛池模板")


def test_clean_checks_the_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assertions_module, "_detectors", fake_detectors)
    assert_clean("鄉村振興", to="hant")
    assert_clean("鄉村振興", to="tw")
    with pytest.raises(AssertionError, match=r"text is 'hant' \(Traditional\), expected 'hans'"):
        assert_clean("鄉村振興", to="hans")


# --- assert_script ------------------------------------------------------------------------


def fake_detect_script(text: str) -> str:
    """A stand-in detector that knows four characters, to test the messages alone."""
    simplified, traditional = any(c in text for c in "乡兴"), any(c in text for c in "鄉興")
    return {(True, True): "mixed", (True, False): "hans", (False, True): "hant"}.get(
        (simplified, traditional), "none"
    )


def fake_detectors():
    return fake_detect_script, lambda text: [fake_detect_script(t) for t in text.split("\n")]


def test_script_message_lists_the_lines_in_another_script(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assertions_module, "_detectors", fake_detectors)
    assert_script("鄉村\n振興", "hant")
    with pytest.raises(AssertionError) as info:
        assert_script("鄉村振興\n\n乡村振兴\n12345", "hant")
    assert str(info.value).splitlines() == [
        "text is 'mixed' (both scripts), expected 'hant' (Traditional); 1 line is not 'hant':",
        "  line 3  hans  [detect_script]  乡村振兴",
    ]
    with pytest.raises(AssertionError, match=r"; 2 lines are not 'hans':\n  line 1  hant"):
        assert_script("鄉村\n鄉村\n乡村", "hans")
    with pytest.raises(AssertionError, match=r"^text is 'none' \(no Simplified or Traditional"):
        assert_script("hello", "hans")
    with pytest.raises(ValueError, match="unknown script 'zh'"):
        assert_script("鄉村", "zh")


def test_script_with_the_real_detector(seed_text: str) -> None:
    body = seed_text.split("主站蜘蛛池模板")[0]
    assert_script(body, "hant")
    assert_script(FOOTER, "hans")
    with pytest.raises(AssertionError, match=r"expected 'hans' \(Simplified\)"):
        assert_script(body, "hans")
    assert_clean(cleantext.clean(body).text, to="hant")


# --- assert_preserves ---------------------------------------------------------------------


def test_preserves_passes_on_cleantexts_own_output(seed_text: str) -> None:
    assert_preserves(seed_text, cleantext.clean(seed_text).text)


def test_preserves_across_scripts_only_when_asked(seed_text: str) -> None:
    convert = pytest.importorskip("cleantext.convert").convert
    body = seed_text.split("主站蜘蛛池模板")[0]
    simplified = convert(body, "t2s")
    assert "乡村振兴" in simplified
    assert_preserves(body, simplified, ignore_script=True)
    with pytest.raises(AssertionError, match=r"body sentences of the original are missing"):
        assert_preserves(body, simplified)


def test_preserves_ignores_whitespace_and_invisible_characters() -> None:
    assert_preserves("标题\n  第一句。 第二句!", "标 题\n第一句。\u200b第二句!")


def test_preserves_names_each_missing_sentence() -> None:
    original = "标题\n第一句。第二句。第三句没有句号\n" + FOOTER
    with pytest.raises(AssertionError) as info:
        assert_preserves(original, "标题\n第一句。")
    assert str(info.value).splitlines() == [
        "2 of 4 body sentences of the original are missing from the cleaned text:",
        "  line 2  body  [default:body]  第二句。",
        "  line 2  body  [default:body]  第三句没有句号",
    ]


def test_preserves_with_a_labelled_page_uses_the_expected_labels() -> None:
    page = LabelledPage("t", "标题\n主站蜘蛛池模板: 国产\n正文。", ("body", "spam", "body"))
    assert_preserves(page, "标题\n正文。")
    with pytest.raises(AssertionError, match=r"line 3  body  \[expected\]  正文。"):
        assert_preserves(page, "标题")


def test_preserves_skips_mixed_lines() -> None:
    page = LabelledPage(
        "t", "标题\n国产精品_正文。", ("body", "body"), kind="spider_pool", mixed_lines=(1,)
    )
    assert_preserves(page, "标题\n正文。")


@pytest.mark.parametrize("page", builtin_pages(), ids=lambda p: p.name)
def test_preserves_accepts_the_expected_text_of_every_builtin_page(page: LabelledPage) -> None:
    assert_preserves(page, page.expected_text)
    assert_spam_removed(page, page.expected_text)


# --- assert_spam_removed ------------------------------------------------------------------


def test_spam_removed_fails_on_the_raw_spider_pool_page() -> None:
    page = next(p for p in builtin_pages() if p.id == "p0108")
    with pytest.raises(AssertionError) as info:
        assert_spam_removed(page, page.text)
    lines = str(info.value).splitlines()
    assert lines[0] == (
        "6 of 6 spam lines of page p0108-porn_header are still in the cleaned text:"
    )
    assert lines[1].startswith("  line 1  spam  [expected]  国产精品1024永久观看,")
    assert lines[2] == '  line 3  spam  [expected]  • <option id="fbvk0"></option>'


def test_spam_removed_passes_when_only_the_spam_is_gone() -> None:
    page = next(p for p in builtin_pages() if p.id == "seed")
    assert_spam_removed(page, page.text.split("主站蜘蛛池模板")[0])


# --- labelled pages -----------------------------------------------------------------------


def test_builtin_pages_cover_every_kind_and_family() -> None:
    pages = builtin_pages()
    by_kind = {
        k: [p for p in pages if p.kind == k] for k in ("spider_pool", "clean", "hard_negative")
    }
    assert {k: len(v) for k, v in by_kind.items()} == {
        "spider_pool": 11,
        "clean": 5,
        "hard_negative": 8,
    }
    assert {p.family for p in by_kind["spider_pool"]} == {
        "porn_header",
        "porn_footer",
        "seo_other",
        "gambling",
        "video",
    }
    assert {p.family for p in by_kind["hard_negative"]} == {
        "hn_crackdown",
        "hn_list",
        "hn_converted",
    }
    assert all(p.spam_lines for p in by_kind["spider_pool"])
    assert not any(p.spam_lines or p.mixed_lines for p in pages if p.kind != "spider_pool")
    assert len({p.name for p in pages}) == len(pages)
    assert all(p.source == "builtin" for p in pages)


def test_builtin_pages_are_small() -> None:
    assert sum(f.stat().st_size for f in PAGES.iterdir()) < 1_000_000


def test_the_seed_page_is_the_seed(seed_text: str) -> None:
    seed = next(p for p in builtin_pages() if p.id == "seed")
    assert seed.text == seed_text
    assert seed.spam_lines == [seed_text.split("\n")[-1]]
    assert seed.spam_lines[0].startswith("主站蜘蛛池模板")


@pytest.mark.skipif(not CORPUS.exists(), reason="the developer corpus is not next to the project")
def test_builtin_pages_are_verbatim_copies_of_the_dev_corpus() -> None:
    corpus = {r["id"]: r for r in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())}
    for page in builtin_pages():
        if page.id == "seed":
            continue
        record = corpus[page.id]
        assert (page.text, list(page.labels), page.url) == (
            record["text"],
            record["labels"],
            record["url"],
        ), page.id
        assert list(page.mixed_lines) == record["mixed_lines"]


def test_page_helpers() -> None:
    page = LabelledPage.from_record(
        {
            "id": "p1",
            "family": "porn_header",
            "text": "国产_亚洲\n\n标题\n2024-01-01\n分享\n正文。",
            "labels": ["spam", "blank", "body", "meta", "boilerplate", "body"],
        }
    )
    assert page.kind == "spider_pool" and page.name == "p1-porn_header"
    assert page.lines[0] == "国产_亚洲"
    assert page.spam_lines == ["国产_亚洲"]
    assert page.body_lines == ["标题", "正文。"]
    assert page.meta_lines == ["2024-01-01"]
    assert page.boilerplate_lines == ["分享"]
    assert page.expected_text == "标题\n正文。"
    assert repr(page) == "LabelledPage(id='p1', family='porn_header', kind='spider_pool', lines=6)"


@pytest.mark.parametrize(
    ("record", "kind"),
    [
        ({"text": "a", "labels": ["body"]}, "clean"),
        ({"text": "a", "labels": ["body"], "family": "hn_list"}, "hard_negative"),
        ({"text": "a", "labels": ["body"], "mixed_lines": [0]}, "spider_pool"),
        ({"text": "a", "labels": ["spam"], "kind": "clean"}, "clean"),
    ],
)
def test_kind_is_inferred_unless_given(record: dict, kind: str) -> None:
    assert LabelledPage.from_record(record).kind == kind


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{"text": "a\\nb", "labels": ["body"]}', "1 labels for 2 lines"),
        ('{"text": "a", "labels": ["text"]}', "unknown label(s) 'text'"),
        ('{"text": "a", "labels": ["body"], "kind": "spam"}', "kind 'spam' is not one of"),
        ('{"text": 1, "labels": []}', "needs a string 'text' and a list 'labels'"),
        ("[1]", "a record must be a JSON object"),
        ("{oops", "Expecting property name"),
    ],
)
def test_bad_records_name_file_and_line(tmp_path: Path, line: str, error: str) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"text": "ok", "labels": ["body"]}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine\.jsonl:3: bad labelled page: ") as info:
        read_pages(path)
    assert error in str(info.value)


def test_load_pages_combines_files_and_builtin(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    path.write_text('{"text": "ok", "labels": ["body"]}\n', encoding="utf-8")
    pages = load_pages(path, "builtin")
    assert pages[0].id == "mine:1" and pages[0].source == str(path)
    assert pages[1:] == list(builtin_pages())
    with pytest.raises(OSError):
        load_pages(tmp_path / "missing.jsonl")
