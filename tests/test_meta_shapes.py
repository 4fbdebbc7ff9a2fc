"""Metadata lines of sites the dev corpus lacks, told by their shape: dates without a year or
relative to the day (``03-05 10:20``, ``昨天 10:20``, ``3小时前``), keys with ``丨`` / ``·`` /
``〔〕``, photo credits, a news lead's dateline alone, and bylines closing the article at its
foot. Each shape both ways: the same words in a body sentence stay body."""

from __future__ import annotations

import pytest

from cleantext import clean
from cleantext.document import Line
from cleantext.filters.cues import fold
from cleantext.filters.dates import find_loose_dates
from cleantext.filters.meta import judge_meta
from cleantext.filters.metascan import _suspects

# real body lines of the dev corpus (p0029, p0172), two paragraphs of an article
PARAS = [
    "9月11日下午两点,在兰州交通大学国际教育学院副院长杨晖的带领下,暑期调研团的队员们来到了"
    "兰州新区,开展了为期一天的调研活动。",
    "调研团首先来到了兰州新区规划展览馆,通过讲解员的介绍,队员们了解到兰州新区的发展历程、"
    "产业布局和未来规划。",
]
TITLE = "兰州交通大学暑期调研团赴兰州新区开展调研活动"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("03-05 10:20", [(0, 11, "")]),
        ("3月5日 10:20", [(0, 10, "")]),
        ("昨天 10:20 · 3小时前", [(0, 8, ""), (11, 15, "")]),
        ("15分钟前", [(0, 5, "")]),
        ("发布于 25/12/2023", [(4, 14, "2023-12-25")]),  # day first: the 25th
        ("03/28/2024 10:20", [(0, 16, "2024-03-28")]),  # month first
        ("05/03/2024", [(0, 10, "")]),  # either: no published date from it
        # not dates without a year
        ("2024-03-05 10:20", []),  # a full date (find_dates)
        ("第3-5 名", []),
        ("13月5日", []),
        ("12:30", []),
    ],
)
def test_dates_without_a_year(text: str, found: list[tuple[int, int, str]]) -> None:
    assert find_loose_dates(text) == found


DATELINES = [
    # dates without their year, or relative to the day the page is read
    "03-05 10:20",
    "3月5日",
    "3月5日 10:20",
    "3月5日 星期二",
    "昨天 10:20",
    "今天 08:15",
    "3小时前",
    "3小時前",
    "15分钟前",
    "2天前",
    "发布于 3小时前",
    "發佈於 3小時前",
    "张三 · 3 小时前",
    "23 小时前 · 阅读 1234",
    "澎湃新闻 03-05 10:20",
    "民國113年3月5日",
    "02/03/2024",
    # keys with the separators and brackets of other sites
    "作者丨张三",
    "文丨张三 编辑丨李四",
    "文·张三",
    "来源丨新华网",
    "來源丨新華網",
    "编辑丨张三",
    "责编丨李四",
    "校对丨王五",
    "审核丨赵六",
    "〔作者：张三〕",
    "〔來源：經濟日報〕",
    "IP属地：北京",
    "IP 屬地：廣東",
    # photo credits, a news lead's dateline alone on its line
    "新华社记者 张三 摄",
    "张三/摄",
    "（本报记者 李四 摄）",
    "本报讯（记者 张三）",
    "新华社北京3月5日电（记者 张三 李四）",
    "記者陳怡君／台北報導",
    "【記者陳怡君／綜合報導】",
    "中央社記者陳怡君台北5日電",
    "【明報專訊】",
    # keys of other sites: review steps, credits, "本文…", gov tables, counters
    "初审：张三 复审：李四 终审：王五",
    "本文作者：张三",
    "本文來源：新華網",
    "视频 | 张三",
    "统筹｜王五",
    "出品丨数据派",
    "文图｜张三",
    "发布机关：县人民政府办公室",
    "组配分类：通知公告",
    "点击次数：1234",
    # English bylines without a date
    "By John Smith",
    "Author: Jane Doe",
]


@pytest.mark.parametrize("line", DATELINES)
def test_date_and_byline_shapes_of_unseen_sites(line: str) -> None:
    assert (judge_meta(line) or "").startswith("meta:")


BODY = [
    # a date, a time or a cue word inside a sentence or a heading
    "会议将于3月5日 10:00举行",
    "3月5日 召开动员大会",
    "一、2024年3月5日 召开动员大会",
    "1. 2024年3月5日 召开动员大会",
    "3月5日，春雨",
    "截至3月5日，累计发放补贴1.2亿元",
    "3月5日上午，全国人大会议在北京开幕。",
    "昨天下午，记者来到位于城郊的一家工厂。",
    "三小时前，他还在办公室里处理文件。",
    "比赛进行到3分钟前后",
    "活动时间：3月5日-3月10日",
    "作者简介：张三，北京大学教授",
    "摄影师张三",
    "据新华社报道，来源于上游的污染物正在减少。",
    "记者从市教育局获悉，今年秋季学期将新增学位三千个。",
    "通讯员李四介绍说，这项工作已经持续了三年。",
    "编辑推荐",
    "记者手记",
    "出处不详",
    "今天10点",
    "Python 3.11 10:20",  # a version number, not a day
    # the new keys as ordinary words
    "设计 理念",
    "视频教程",
    "图文并茂的说明",
    "统筹兼顾",
    "策划方案",
    "本文作者认为，这一问题值得关注。",
    "记者陈怡君说，台北报导的内容有误。",
    "点击次数越多越好",
    "By 2024, the market may double.",
    "By the way, this is great.",
    "最后更新的版本修复了这个问题",
    "整理房间",
    # news leads: a dateline and a byline, then the first paragraph (body, not meta)
    "中新网讯（记者 刘晓燕）4月2日，记者从省教育厅获悉，全省今年将新增公办幼儿园学位两万个，"
    "重点补齐城乡接合部短板。",
    "澎湃新闻4月2日讯（记者 周洋）记者今日从多家车企了解到，新能源车型本月普遍下调了终端售价，"
    "降幅在五千元左右。",
]


@pytest.mark.parametrize("line", BODY)
def test_body_lines_with_dates_and_cue_words_stay_body(line: str) -> None:
    # in the page head, where weaker cues are trusted, and after it
    assert judge_meta(line) is None
    assert judge_meta(line, head=False) is None


def test_every_new_shape_is_found_by_the_page_scan() -> None:
    # MetaLines judges only the lines the unfolded scan finds a cue in: the new shapes, in
    # either script and with full-width digits and separators
    wide = {cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)}
    lines = DATELINES + MORE
    texts = lines + [fold(t) for t in lines] + [t.translate(wide) for t in lines]
    judged = _suspects([Line(t) for t in texts])
    missed = [t for i, t in enumerate(texts) if i not in judged and judge_meta(t)]
    assert missed == []


def page(*middle: str, foot: tuple[str, ...] = ()) -> str:
    return "\n".join(
        ["首页 > 新闻中心 > 正文", "", TITLE, *middle, "", *PARAS, *foot, "", "版权所有 © 2024"]
    )


@pytest.mark.parametrize("line", ["文 | 张三", "時間：2024-03-05", "澎湃新闻 2024-03-05 10:20"])
def test_a_byline_closing_the_article_is_meta(line: str) -> None:
    doc = clean(page(foot=(line,)))
    labels = {ln.text: ln.label for ln in doc.lines}
    assert labels[line] == "meta"
    assert labels[TITLE] == "body"
    # the same line between two paragraphs is the article's (weak keys, date not first)
    text = "\n".join([TITLE, "", PARAS[0], line, PARAS[1], "", PARAS[0]])
    assert {ln.text: ln.label for ln in clean(text).lines}[line] == "body"


def test_a_comment_below_the_chrome_is_not_the_articles_byline() -> None:
    comment = "Wendy 2024-01-15 10:03"
    doc = clean(page(foot=("", "网友评论", "已有 2 条评论", comment, "澳大环境真的很好。")))
    assert {ln.text: ln.label for ln in doc.lines}[comment] != "meta"


def test_fields_from_the_new_shapes() -> None:
    doc = clean(page("文丨张三 编辑丨李四"))
    assert doc.meta.authors == ["张三"]
    assert doc.meta.editor == "李四"
    assert doc.meta.title == TITLE
    doc = clean(page("〔作者：王五〕 3小时前"))
    assert doc.meta.authors == ["王五"]
    assert doc.meta.published is None  # the page does not say the day
    assert clean(page("发布于 25/12/2023")).meta.published == "2023-12-25"
    doc = clean(page("本报讯（记者 赵六）"))
    assert doc.lines[3].label == "meta"
    assert doc.meta.authors == ["赵六"]


def test_a_value_on_the_line_below_its_key() -> None:
    doc = clean(page("作者：", "张三", "来源：", "新华网"))
    labels = {ln.text: ln.label for ln in doc.lines}
    assert labels["张三"] == labels["新华网"] == "meta"
    assert doc.meta.authors == ["张三"]
    assert doc.meta.source == "新华网"
    # below a key with its own value, the next line is the article's
    doc = clean(page("作者：李四", "张三说，春天来了"))
    assert {ln.text: ln.label for ln in doc.lines}["张三说，春天来了"] == "body"
    assert doc.meta.authors == ["李四"]


MORE = [
    "5.6万播放 · 弹幕 230 2023-11-02 18:40:11",  # counts written before their words
    "数据小白 2023-11-02 18:40:11 ©著作权",
    "主播：财经老李",
    "译者/王小明",
    "[基金项目] 国家自然科学基金项目（52078123）",
    "[收稿日期] 2023-01-10",
    "本文字数：2480 字",
    "阅读完需：约 8 分钟",
    "预计阅读时间 6 分钟",
    "编辑次数：27次历史版本",
    "美国《华尔街日报》 约翰·史密斯 纽约报道",
    "本文分享自 微信公众号 - 前端早读课（zaoduke），作者：小李",
    "修改于 2024-03-05 10:20",
    "最後更新日期：2024-03-05 10:20",
    "首发于 2024-03-05",
    "整理丨王五",
    "执笔：李四",
    "供图｜视觉中国",
]


@pytest.mark.parametrize("line", MORE)
def test_more_fields_of_unseen_sites(line: str) -> None:
    assert (judge_meta(line) or "").startswith("meta:")


@pytest.mark.parametrize(
    "line",
    [
        "打印时间：2024-03-05 10:20",  # when the page was printed
        "编辑 锁定 讨论 上传视频",  # an encyclopedia's button row
        "据美联社报道",
        "这是我们的独家报道",
    ],
)
def test_not_the_articles_fields(line: str) -> None:
    assert judge_meta(line) is None


@pytest.mark.parametrize(
    ("name", "date"),
    [
        ("算法小王", "2022-03-05 10:20 · 阅读 3,417"),
        ("Linux运维小哥", "2021-3-5 10:20 来自 微博 weibo.com"),
        ("前端早读课", "发布于 2019-08-07 11:35:41"),
    ],
)
def test_an_account_name_between_the_title_and_its_date(name: str, date: str) -> None:
    doc = clean(page(name, date))
    labels = {ln.text: ln.label for ln in doc.lines}
    assert labels[name] == labels[date] == "meta"
    assert doc.meta.title == TITLE
    # after a long lead taken for the first paragraph, too
    lead = "[导读]" + PARAS[1]
    doc = clean("\n".join(["首页 登录", "", lead, name, date, "", *PARAS]))
    assert {ln.text: ln.label for ln in doc.lines}[name] == "meta"


def test_a_short_title_above_its_date_stays_the_title() -> None:
    for top in (["首页 > 通知公告"], ["春节放假通知_某某大学官网"], []):
        doc = clean("\n".join([*top, "", "春节放假通知", "2024-03-05", "", *PARAS]))
        labels = {ln.text: ln.label for ln in doc.lines}
        assert labels["春节放假通知"] == "body", top
        assert doc.meta.title == "春节放假通知", top
    # and two short lines of the article after a paragraph, above a date in the body
    text = "\n".join([PARAS[0], "", "第一名", "张三", "2024-03-05", "", PARAS[1]])
    assert [ln.label for ln in clean(text).lines][2:4] == ["body", "body"]


def test_an_answers_author_and_headline_above_a_follow_button_and_the_votes() -> None:
    title = "如何评价新一代大模型推理框架的工程实践?"
    lines = [title, "推理小能手", "某云厂商 高级工程师", "关注他", "356 人赞同了该回答", "", *PARAS]
    labels = {ln.text: ln.label for ln in clean("\n".join(lines)).lines}
    assert labels["推理小能手"] == labels["某云厂商 高级工程师"] == "meta"
    assert labels[title] == "body"


def test_an_account_name_under_a_long_lead() -> None:
    lead = "[导读] " + PARAS[1].rstrip("。") + ",是在CGI程序和Web服务器之间传递信息的规程"
    lines = ["首页 登录", "", lead, "后端技术漫谈", "发布于 2019-08-07 11:35:41", "", *PARAS]
    labels = {ln.text: ln.label for ln in clean("\n".join(lines)).lines}
    assert labels["后端技术漫谈"] == "meta"
    assert labels[lead] == "body"


def test_a_read_count_below_the_chrome_at_the_foot() -> None:
    doc = clean(page(foot=("", "返回搜狐，查看更多", "阅读 (2386)", "推荐阅读")))
    assert {ln.text: ln.label for ln in doc.lines}["阅读 (2386)"] == "meta"
    # a reader's comment there is not the article's
    doc = clean(page(foot=("", "网友评论", "阅读理解题做完了 2386")))
    assert {ln.text: ln.label for ln in doc.lines}["阅读理解题做完了 2386"] != "meta"


@pytest.mark.parametrize(
    "top",
    [
        [TITLE + "_兰州交通大学新闻网"],  # the page's <title> copied above its heading
        [TITLE + " - 兰州交通大学", "学校概况 新闻中心 通知公告"],
    ],
)
def test_the_title_when_the_first_line_is_not_it(top: list[str]) -> None:
    # no date or byline line to anchor the title
    doc = clean("\n".join([*top, "", TITLE, "", *PARAS]))
    assert doc.meta.title == TITLE


def test_the_first_heading_stays_the_title() -> None:
    doc = clean("\n".join([TITLE, "", "调研团简介", "", *PARAS]))
    assert doc.meta.title == TITLE
    doc = clean("\n".join([TITLE, "——记兰州交通大学暑期社会实践", "", *PARAS]))
    assert doc.meta.title == TITLE


def test_a_channels_name_above_its_follow_buttons() -> None:
    lines = [
        "首页 番剧 直播 游戏中心 会员购",
        "",
        TITLE,
        "12.5万播放 · 弹幕 803 2023-07-02 09:15:20",
        "未经作者授权，禁止转载",
        "交大青年说",
        "发消息",
        "+ 关注 3.4万",
        "",
        *PARAS,
    ]
    labels = {ln.text: ln.label for ln in clean("\n".join(lines)).lines}
    assert labels["交大青年说"] == "meta"
    assert labels[TITLE] == "body"
    # a short title right above the button is the title
    lines = ["首页 番剧 直播", "", "交大青年说", "+ 关注", "", *PARAS]
    assert {ln.text: ln.label for ln in clean("\n".join(lines)).lines}["交大青年说"] == "body"


def test_a_credit_word_inside_a_value_does_not_end_it() -> None:
    # dev p0060's source line: 整理 is a credit key only at a field's start
    doc = clean(page("2024-07-02 16:58| 来源: 网络整理| 查看: 265"))
    assert doc.meta.source == "网络整理"


def test_a_title_under_a_menu_bar_and_a_button_is_not_a_byline() -> None:
    # chromegen's own page o10: a menu bar, a lone button, the title, its date line. The
    # names rule took the title and the button for an author block (the menu bar above
    # them long enough to pass for a lead)
    title = "外資賭場進駐 爭食澳門大餅"
    menu = "即時 政治 社會 生活 健康 國際 地方 蒐奇 影音 財經 娛樂 汽車 時尚 體育 3C 評論"
    doc = clean("\n".join(["自由時報", menu, "訂閱", title, "2024/03/05 10:20", "", *PARAS]))
    labels = {ln.text: ln.label for ln in doc.lines}
    assert labels[title] == "body"
    assert doc.meta.title == title
    # under a long lead the same short lines are an account's name and headline
    lead = "[导读] " + PARAS[1].rstrip("。") + ",是在CGI程序和Web服务器之间传递信息的规程"
    doc = clean("\n".join(["首页 登录", "", lead, "后端技术漫谈", "2024/03/05 10:20", "", *PARAS]))
    assert {ln.text: ln.label for ln in doc.lines}["后端技术漫谈"] == "meta"


@pytest.mark.parametrize(
    "byline",
    [
        "記者王小明／台北報導",
        "（記者王小明／綜合報導）",
        "記者 王小明 / 台北報導",
        "2024/03/05 15:20:33 聯合報 記者王小明／台北即時報導",
        "中央社記者王小明台北5日電",
    ],
)
def test_a_taiwan_bylines_place_is_not_an_author(byline: str) -> None:
    doc = clean("\n".join([TITLE, byline, "", *PARAS]))
    assert doc.lines[1].label == "meta"
    assert doc.meta.authors == ["王小明"]


def test_a_forum_posts_author_age_and_clicks() -> None:
    # a user name, a relative date and a click count ("cardfan · 3 小时前 · 1234 次点击")
    assert judge_meta("cardfan · 3 小时前 · 1234 次点击") == "meta:date"
    assert judge_meta("livid · 2024-03-05 15:20:33 +08:00 · 1234 次点击") == "meta:date"
    # a click in a sentence is not a count
    assert judge_meta("1次点击即可完成设置") is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [("公开号：CN116123456A", "meta:docinfo"), ("英文来源：中国日报", "meta:source")],
)
def test_a_patents_number_and_a_translations_source(line: str, reason: str) -> None:
    assert judge_meta(line) == reason


# --- a notice signed with a date in Chinese numerals ---------------------------------------

NOTICE = [
    "关于暂停办理业务的通知",
    "因系统升级，我中心将于本周六暂停办理全部业务，周一起恢复正常，给您带来的不便敬请谅解。",
    "特此通知。",
    "{org}",
    "{date}",
]


@pytest.mark.parametrize(
    ("org", "date", "day"),
    [
        ("市住房公积金管理中心", "二〇二五年七月四日", "2025-07-04"),
        ("青川县人民法院", "二○二四年十二月三十一日", "2024-12-31"),  # a judgment (chrome J)
        ("县人民政府办公室", "二零二三年十月二十日", "2023-10-20"),
    ],
)
def test_a_notice_signed_with_a_date_in_chinese_numerals(org: str, date: str, day: str) -> None:
    doc = clean("\n".join(NOTICE).format(org=org, date=date))
    assert [(ln.label, ln.reason) for ln in doc.lines[-2:]] == [
        ("meta", "meta:signatory"),
        ("meta", "meta:date"),
    ]
    assert doc.meta.published == day


def test_a_signature_date_does_not_replace_the_pages_own_date() -> None:
    lines = [NOTICE[0], "发布日期：2025-07-03　来源：市住房公积金管理中心", *NOTICE[1:]]
    doc = clean("\n".join(lines).format(org="市住房公积金管理中心", date="二〇二五年七月四日"))
    assert doc.meta.published == "2025-07-03"
    assert doc.lines[-1].label == "meta"


@pytest.mark.parametrize(
    "line",
    [
        "本案定于二〇二五年七月四日上午九时公开开庭审理。",  # a sentence holding the date
        "二〇二五年七月",  # no day
        "二〇二五年二月三十日",  # no such day
    ],
)
def test_a_date_in_chinese_numerals_in_a_sentence_or_incomplete_stays(line: str) -> None:
    doc = clean("\n".join(NOTICE).format(org="特此通知。", date=line))
    assert doc.lines[-1].label != "meta", doc.lines[-1].reason
    assert doc.meta.published is None
