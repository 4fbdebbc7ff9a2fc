"""A page's title or meta line with an ad appended keeps its own text: the ad is cut, not the
line (spam red-team sets P and Q); the same ad on a line that has nothing else stays spam."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

FIXTURES = Path(__file__).parent / "fixtures"


def _pages(name: str) -> dict[str, dict]:
    rows = (FIXTURES / name).read_text("utf-8").splitlines()
    return {p["id"]: p for p in map(json.loads, rows)}


SETS = {s: _pages(f"spam_unseen_{s}.jsonl") for s in "PQ"}
SAMPLE = _pages("spam_sample.jsonl")
HOSTS = ("p0017", "p0021", "p0209")  # crackdown news (hans), converted mirror (hant), tech


def _page_line(name: str, page: str, i: int) -> tuple[str, object]:
    """(line ``i`` of a red-team page as written, that line as the page is cleaned)."""
    text = SETS[name][page]["text"]
    return text.split("\n")[i], clean(text).lines[i]


def _in_host(host: str, line: str, at: int = 0) -> object:
    """``line`` put at ``at`` in the first lines of a real page, as cleaned."""
    lines = SAMPLE[host]["text"].split("\n")[:24]
    lines.insert(at, line)
    return clean("\n".join(lines)).lines[at]


# --- a title with a bracketed ad after it ----------------------------------------------------

AD = "『金鼎娛樂城 註冊送彩金』"


def test_a_titles_bracketed_ad_is_cut_and_the_title_kept() -> None:
    text, line = _page_line("P", "P52", 1)
    assert text.endswith(AD)
    assert line.label != "spam", line.reason
    assert line.kept_text.strip() == text.removesuffix(AD).strip()


@pytest.mark.parametrize("host", HOSTS)
def test_a_bracketed_ad_before_a_title_is_cut_on_any_page(host: str) -> None:
    title = "市政府召开全市防汛工作会议 部署汛期安全"
    line = _in_host(host, "【澳门葡京 注册送彩金】" + title, 0)
    assert line.label != "spam", line.reason
    assert line.kept_text.strip() == title


@pytest.mark.parametrize(
    "junk",
    [
        "百家乐在线 澳门娱乐城 真人视讯" + AD,  # a list of ads with one more in a bracket
        "最新福利" + AD,  # a stub, no title
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_bracketed_ad_after_more_ads_stays_a_spam_line(junk: str, host: str) -> None:
    line = _in_host(host, junk, 0)
    assert line.label == "spam", (junk, line.reason, line.cuts)


# --- a meta line's name swapped for a brand and its code --------------------------------------


def test_a_brand_code_before_a_booking_count_is_cut_and_the_count_kept() -> None:
    _, line = _page_line("Q", "Q47", 2)
    assert line.label != "spam", line.reason
    assert "鸿博" not in line.kept_text and "已预约 326 对新人" in line.kept_text


@pytest.mark.parametrize(
    "junk",
    [
        "宏运hy6688 | 首存送彩金",  # an offer after the brand
        "金冠体育jg5588  |  官网",  # site words only
        "本站由 乐发彩票lf6677 提供技术支持",  # the brand inside a footer's sentence (L23)
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_one_brand_code_with_an_offer_or_nothing_stays_a_spam_line(junk: str, host: str) -> None:
    line = _in_host(host, junk, 3)
    assert line.label == "spam", (junk, line.reason, line.cuts)


# --- a record's line of fields with an ad appended ---------------------------------------------

TAIL = "黑户贷款找vx:hk1919"


def test_an_ad_after_a_complaints_fields_is_cut_and_the_fields_kept() -> None:
    text, line = _page_line("Q", "Q53", 2)
    assert text.endswith(TAIL)
    assert line.label in ("body", "meta"), line.reason
    assert line.kept_text.strip() == text.removesuffix(TAIL).strip()


@pytest.mark.parametrize("host", HOSTS)
def test_an_ad_after_a_record_line_is_cut_on_any_page(host: str) -> None:
    fields = "订单编号:DD20250611093  下单时间:2025-06-11 09:30  物流:已发货"
    line = _in_host(host, fields + "  网贷秒批加vx:dk2024", 1)
    assert line.label != "spam", line.reason
    assert line.kept_text.strip() == fields


@pytest.mark.parametrize(
    "junk",
    [
        "业务:代办贷款  额度:秒批到账  黑户贷款找vx:hk1919",  # the fields sell too
        "黑户贷款  网贷秒批  黑户贷款找vx:hk1919",  # no fields
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_an_ad_row_with_no_record_stays_a_spam_line(junk: str, host: str) -> None:
    line = _in_host(host, junk, 3)
    assert line.label == "spam", (junk, line.reason, line.cuts)
