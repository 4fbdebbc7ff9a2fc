"""Whole spam lines a page still kept (issue 4): a title outweighed by the keywords stuffed
after it; and their hard negatives of the same shape, which must keep their text.

Every spam and clean line here is composed for these tests (not copied from the red-team
sets); the host page is an ordinary article written the same way.
"""

from __future__ import annotations

from cleantext import clean

ARTICLE = [
    "市图书馆将于下月起延长周末开放时间",
    "发布时间:2026-03-02  来源:市文化和旅游局",
    "为方便市民利用节假日阅读学习,市图书馆决定自四月一日起,周六和周日的闭馆时间由下午五点推迟至晚上八点。",
    "延长开放期间,借还书、自习室和少儿阅览区照常服务,电子阅览室的上机预约方式不变。",
    "图书馆提醒读者,晚间入馆仍需刷读者证或出示电子证件,自习座位实行限时预约。",
    "如有疑问,可在工作时间拨打图书馆服务台电话咨询。",
]


def _page(lines: list[str]) -> list:
    return clean("\n".join(lines)).lines


# --- a title outweighed by the keywords stuffed after it -------------------------------------


def test_a_title_with_more_keywords_than_title_after_it_is_spam() -> None:
    title = (
        "市图书馆下月起延长周末开放 晚间需刷证_幸运飞艇计划_赛车pk10官网_时时彩平台注册_彩票代理"
    )
    line = _page([title, *ARTICLE[1:]])[0]
    assert (line.label, line.reason) == ("spam", "spam:keyword-list")


def test_a_title_with_two_keywords_after_it_keeps_the_title() -> None:
    # the same title with two keywords only: they are cut, the title stays
    title = "市图书馆将于下月起延长周末开放时间_时时彩平台注册_彩票代理招商"
    line = _page([title, *ARTICLE[1:]])[0]
    assert line.label != "spam"
    assert line.kept_text.startswith("市图书馆将于下月起延长周末开放时间")
    assert "时时彩" not in line.kept_text


def test_a_long_title_with_three_short_keywords_keeps_the_title() -> None:
    # three keywords, but fewer letters than the title: the title is the line
    title = "市图书馆将于下月起延长周末开放时间 晚间入馆仍需刷读者证_时时彩注册_快三官网_彩票代理"
    line = _page([title, *ARTICLE[1:]])[0]
    assert line.label != "spam"
    assert line.kept_text.startswith("市图书馆将于下月起延长周末开放时间")


# --- the next line of an ad, set out with the same marks or naming the same site -------------

CASINO = "真人百家乐 ★ 体育投注 ★ 娱乐城注册送彩金 ★ 电子老虎机"
PAPERS = "高仿证件办理 ◆ 身份证 驾驶证 毕业证 ◆ 可查可验 ◆ 飞机@zhengjian66"
IPTV = "全球IPTV直播源 m3u 港澳台频道 体育直播 电视破解版 永久会员"


def test_an_ads_next_line_set_out_with_its_marks_is_spam() -> None:
    # the second line names nothing of the first's: only the marks tell they are one ad
    lines = _page([CASINO, "★ 一赔十 ★ 见面验货再付款 ★ 全国包邮", "", *ARTICLE])
    assert [ln.label for ln in lines[:2]] == ["spam", "spam"]
    assert lines[1].reason == "spam:item-kin"
    lines = _page([*ARTICLE, "", PAPERS, "◆ 一比八 ◆ 先验货后付款 ◆ 全国包邮到家"])
    assert lines[-1].reason == "spam:item-kin"


def test_an_ads_next_line_naming_its_site_is_spam() -> None:
    lines = _page([IPTV, "一次买断 不限设备 live.iptv-hd88.cc", "", *ARTICLE])
    assert [ln.label for ln in lines[:2]] == ["spam", "spam"]


def test_a_pages_own_lines_with_the_same_marks_stay() -> None:
    # the page's own menu beside the ad, with the same marks: no item reads as an ad
    lines = _page([CASINO, "★ 借阅排行 ★ 新书推荐 ★ 读者留言", "", *ARTICLE])
    assert lines[1].label != "spam"
    # the page's own words
    lines = _page([*ARTICLE, "", PAPERS, "◆ 图书馆开放时间 ◆ 读者证办理 ◆ 周末闭馆时间"])
    assert lines[-1].label == "body"
    # the same Latin name, in a line of the page's
    lines = _page([IPTV, "本馆IPTV点播服务 周末开放时间延长", "", *ARTICLE])
    assert lines[1].label != "spam"
