"""Mixed lines (issue 4): spam at a line's edge by shape — empty tags glued to a paragraph, a
brand named as a reporter or publisher in a date line, an ad after a seam (two spaces, a code
comment), a bare site after the last sentence.

Every spam part here is written for these tests (never copied from the red-team sets) and put
into real pages of ``fixtures/spam_sample.jsonl``; each shape has hard negatives of the same
shape that must stay whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"
PAGES = {p["id"]: p for p in map(json.loads, SAMPLE.read_text("utf-8").splitlines())}
HOSTS = ("p0017", "p0021", "p0209")  # crackdown news (hans), converted mirror (hant), tech


def _host(host: str) -> list[str]:
    return PAGES[host]["text"].split("\n")[:24]


def _longest(lines: list[str]) -> int:
    return max(range(len(lines)), key=lambda j: len(lines[j]))


def _with_line(host: str, at: int, text: str) -> object:
    """``text`` put as line ``at`` of a real page: the line as cleaned."""
    lines = _host(host)
    return clean("\n".join([*lines[:at], text, *lines[at:]])).lines[at]


def _glued(host: str, tail: str = "", head: str = "") -> tuple[str, object]:
    """The longest paragraph of a real page with ``head`` before it and ``tail`` after its
    last sentence: (the paragraph, the line as cleaned)."""
    lines = _host(host)
    k = _longest(lines)
    para = lines[k].strip()
    if not para.endswith("。"):
        para += "。"
    lines[k] = head + para + tail
    return para, clean("\n".join(lines)).lines[k]


# --- empty tags glued to a paragraph ---------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "tail"), [('<b id="q7w3e"></b>', ""), ("", '<span id="m4k9z2"></span>')]
)
@pytest.mark.parametrize("host", HOSTS)
def test_an_empty_random_tag_glued_to_a_paragraph_is_cut(head: str, tail: str, host: str) -> None:
    para, line = _glued(host, tail, head)
    assert line.label != "spam", line.reason
    assert line.kept_text.strip() == para, line.cuts


@pytest.mark.parametrize(
    "text",
    [
        '<div id="app"></div>是整个应用的挂载点,所有组件最终都会渲染到这个元素里面去。',
        '<span id="box2"></span>这个元素先占个位置,后面的脚本会往里面插入倒计时的数字。',
        '<i id="nav01"></i>导航栏的图标放在这里,样式写在单独的样式表文件里面统一管理。',
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_tutorials_markup_before_its_explanation_stays(text: str, host: str) -> None:
    line = _with_line(host, 3, text)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# --- a brand named in a date line's byline ---------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "brand"),
    [
        ("2025-06-02 08:15  记者 Lucky777", "Lucky777"),
        ("2025/06/02  發布:金鑽娛樂城", "金鑽娛樂城"),
        ("2025年6月2日 08:15  记者 金鼎娱乐城", "金鼎娱乐城"),
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_brand_as_the_reporter_or_publisher_of_a_date_line_is_cut(
    byline: str, brand: str, host: str
) -> None:
    line = _with_line(host, 1, byline)
    assert line.label == "meta", (line.label, line.reason)
    assert brand not in line.kept_text and "2025" in line.kept_text, line.cuts


@pytest.mark.parametrize(
    "byline",
    [
        "2025-06-02 08:15  来源:新华社 记者 王小明",
        "2025年6月2日 17:30  記者 陳怡君 台北報導",
        "2025/06/02  發布:中央氣象署",
        "2025-06-02  来源:新浪娱乐",
        "2025-06-02  作者:pythoner2024",
        "2025-06-02 10:00  来源:中国体育彩票 记者 张三",
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_real_outlet_or_reporter_in_a_date_line_stays(byline: str, host: str) -> None:
    line = _with_line(host, 1, byline)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# --- an ad after a seam at a paragraph's end -------------------------------------------------


@pytest.mark.parametrize("host", HOSTS)
def test_a_contact_after_two_spaces_at_a_paragraphs_end_is_cut(host: str) -> None:
    # a QQ number (a number alone may be a site's own group: here the seam and 加Q tell)
    para, line = _glued(host, "  需要写课程设计加Q:3344556677")
    assert line.label != "spam", line.reason
    assert line.kept_text.rstrip() == para, line.cuts


@pytest.mark.xfail(
    strict=True,
    reason="a seam tail without a contact is kept: the item model reads ordinary short phrases"
    " of articles at 0.9 and more too (郑州网站优化技巧 in dev's body lines)",
)
@pytest.mark.parametrize("host", HOSTS[:2])
def test_an_ad_without_a_contact_after_two_spaces_ending_a_list_item_is_cut(host: str) -> None:
    line = _with_line(host, 3, "3. 负责门店日常收银和盘点,及时补货;  另招夜场模特日结")
    assert line.label != "spam", line.reason
    assert line.kept_text.rstrip() == "3. 负责门店日常收银和盘点,及时补货;", line.cuts


@pytest.mark.parametrize("host", HOSTS)
def test_an_ad_in_a_code_comment_is_cut_not_the_code(host: str) -> None:
    line = _with_line(host, 3, "docker compose up -d  # 全套部署视频加V:dk7788免费领")
    assert line.label != "spam", line.reason
    assert line.kept_text.rstrip() == "docker compose up -d", line.cuts


@pytest.mark.parametrize(
    "text",
    [
        'git commit -m "fix typo"  # 提交修改,并写上清楚的说明信息',
        "print(total)  # 输出结果为所有订单金额的合计",
        "切换到 venv 目录下的解释器,然后重新运行一次程序就行。  另外记得重启一下编辑器",
        "参与新菜研发,根据季节调整菜单,负责后厨的日常管理;  另招洗碗工一名,包吃住",
        "3. 负责门店日常收银和盘点,及时补货;  另招洗碗工一名包吃住",
        "今天的分享就到这里,感谢大家耐心看完这篇关于理财入门的文章。  有问题可以在评论区留言",
        # phrases of the dev corpus's body lines the item model reads at 0.9 or more, no contact
        "各部门要按照时间节点抓好落实,确保各项改革任务如期完成。  加快推进网上审批",
        "很多新手都会问同一个问题,到底从哪里开始学比较好。  做网站会什么软件",
        "本期节目我们邀请到了三位从业十年以上的前端工程师。  郑州网站优化技巧",
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_paragraphs_own_words_after_two_spaces_stay(text: str, host: str) -> None:
    line = _with_line(host, 3, text)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# --- a bare site after a paragraph's last sentence -------------------------------------------


@pytest.mark.parametrize("tail", ["ky7788.com", "ｈｔｈ６６８．ｎｅｔ", "bet88win.vip"])
@pytest.mark.parametrize("host", HOSTS)
def test_a_bare_site_glued_after_a_paragraph_is_cut(tail: str, host: str) -> None:
    para, line = _glued(host, tail)
    assert line.label != "spam", line.reason
    assert line.kept_text.rstrip() == para, line.cuts


@pytest.mark.parametrize(
    "tail", ["IMG_20240501.jpg", "DSC01234.png", "screenshot01.webp", "www.python.org"]
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_file_name_or_a_plain_site_after_a_paragraph_stays(tail: str, host: str) -> None:
    _, line = _glued(host, tail)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# --- pages of their own (an ad chosen for the page's topic) ----------------------------------

COURSE = [
    "数据结构与算法 课程主页",
    "{line}",
    "课程作业:每两周布置一次编程作业,作业在课程平台提交,迟交一天扣百分之十的分数。",
    "考核方式:平时作业占百分之四十,期中考试占百分之二十,期末考试占百分之四十。",
    "答疑时间:每周三下午两点到四点,地点在计算机楼三零五室,也可以在课程论坛提问。",
]
CAR = [
    "二手车 > 杭州 > 丰田 > 车源详情",
    "2020款 丰田卡罗拉 1.2T 自动精英版 一手私家车",
    "车主自用,一直在4S店保养,保养记录齐全,无重大事故,无泡水无火烧。",
    "{line}",
    "车况说明:左前门有一处轻微划痕已补漆,轮胎今年刚换过,空调制冷效果很好。",
    "配置:倒车影像、定速巡航、无钥匙进入、车载互联,没有天窗和座椅加热功能。",
    "因工作调动到外地,车辆急售,非诚勿扰。",
]
SHOP = [
    "咖啡豆 > 單品豆 > 非洲產區",
    "{line}",
    "產地:肯亞 尼耶利 處理法:水洗 烘焙度:淺焙 重量:227克",
    "風味描述:黑醋栗、葡萄柚、紅茶,酸質明亮,尾韻乾淨。",
    "出貨說明:下單後三日內烘焙出貨,建議養豆五到七天後飲用風味最佳。",
    "沖煮建議:水溫九十二度,粉水比一比十五,研磨度中細,悶蒸三十秒後分段注水。",
    "保存方式:開封後請擠出空氣並密封,放在陰涼乾燥處,避免陽光直射與冷藏。",
]
COURSE_INTRO = (
    "课程简介:本课程讲授线性表、栈与队列、树与图等基本数据结构,以及排序、查找和常用的算法"
    "设计方法,所有示例都用 Python 实现。"
)


def _page_line(page: list[str], line: str) -> object:
    at = page.index("{line}")
    return clean("\n".join(line if t == "{line}" else t for t in page)).lines[at]


def test_a_full_width_site_opening_a_paragraph_is_cut_on_a_page_of_its_topic() -> None:
    # 作业 is the page's word: a site written in full-width letters is an ad's all the same
    line = _page_line(COURSE, "【ｌｕｎｗｅｎ．ｃｏｍ 代写作业】" + COURSE_INTRO)
    assert line.label != "spam", line.reason
    assert line.kept_text.strip() == COURSE_INTRO, line.cuts


def test_a_column_bracket_opening_a_paragraph_stays() -> None:
    line = _page_line(COURSE, "【课程作业说明】" + COURSE_INTRO)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


def test_a_traditional_ad_clause_in_a_simplified_paragraph_is_cut() -> None:
    rest = "可小刀,支持第三方检测,过户手续由车主配合办理。"
    line = _page_line(CAR, "价格9.68万,個人信貸即日到賬," + rest)
    assert line.label != "spam", line.reason
    assert line.kept_text == "价格9.68万," + rest, line.cuts


@pytest.mark.parametrize(
    "text",
    [
        "价格9.68万,台灣朋友問過,可小刀,支持第三方检测,过户手续由车主配合办理。",
        "车主说,這台車我開得很愛惜,希望找个懂车的新车主,手续齐全随时可以过户。",
        "价格9.68万,可小刀,支持第三方检测,车主说“私人借貸勿擾”,过户手续由车主配合办理。",
    ],
)
def test_a_traditional_clause_that_is_no_ad_stays(text: str) -> None:
    line = _page_line(CAR, text)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


def test_a_bracket_naming_one_trade_twice_after_a_product_title_is_cut() -> None:
    title = "肯亞 尼耶利 AA 水洗 淺焙 半磅裝"
    line = _page_line(SHOP, title + "(高仿名錶批發)")
    assert line.label != "spam", line.reason
    assert line.kept_text == title, line.cuts


@pytest.mark.parametrize("bracket", ["(附手沖教學)", "(限量預購)", "(代購)"])
def test_a_product_titles_own_bracket_stays(bracket: str) -> None:
    line = _page_line(SHOP, "肯亞 尼耶利 AA 水洗 淺焙 半磅裝" + bracket)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# --- what a sentence counts, and a site's controls by a title ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # R's hospital page, on other hosts: 论文 is a trade's core (代发论文), 40余篇 a count
        "近年来,科室承担省市级科研课题6项,发表论文40余篇,每年举办眼科新技术学习班。",
        "课题组去年申请发明专利12项,发表论文20多篇,培养研究生9名。",
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_what_a_sentence_counts_is_no_spliced_ad(text: str, host: str) -> None:
    line = _with_line(host, 3, text)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


@pytest.mark.parametrize(
    "text",
    [
        "发布时间：2025-10-28　来源：研究生考试处　【字体：大 中 小】",  # chrome J
        "【ＧＤＰ 增速】一季度国内生产总值同比增长5.3%",
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_sites_control_or_a_short_column_by_a_title_stays(text: str, host: str) -> None:
    line = _with_line(host, 1, text)
    assert not any(c.label == "spam" for c in line.cuts) and line.label != "spam", line.cuts
