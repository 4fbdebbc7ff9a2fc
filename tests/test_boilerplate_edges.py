"""Structural chrome rules at the article's edges (foot runs, button rows), each both ways.

Body lines are real developer-corpus lines; the chrome around them is written after real
sites. ``fixtures/chrome_own.txt`` holds whole pages of the same kinds (hand-labelled)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleantext
from cleantext.filters.boilerplate import judge_chrome
from cleantext.filters.chromebuttons import _button_row
from cleantext.filters.chromefoot import _foot_shape
from cleantext.filters.linemodel import LineModel

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES.parents[1].parent / "shared" / "corpus" / "dev.jsonl"
# two real paragraphs (p0092) and a short real title
TITLE = "中国公安部门深入推进“扫黄打非”工作各地侦破一批网络传播淫秽物品大要案"
P1 = (
    "今年以来,中国公安部依托“扫黄打非”工作机制,加强组织部署,多次召开会议,深入推进公安机关"
    "“扫黄打非”工作。各地公安机关治安管理部门按照部署要求,迅速查办“扫黄打非”大要案件。"
)
P2 = (
    "为深入推进“扫黄打非”工作开展,2020年11月,公安部建立“扫黄打非”工作机制,成立“扫黄打非”"
    "工作领导小组,由分管副部长任组长,治安管理局牵头、部内10个相关业务局参加。"
)
HEAD = [TITLE, "2024年03月05日 10:20 新华网", "", P1, "", P2, ""]


# the rules alone: the learned line step after them (tests/test_linemodel.py) is left out
RULES = cleantext.Pipeline(
    [f for f in cleantext.pipeline.default_filters() if not isinstance(f, LineModel)]
)


def labels(lines: list[str]) -> list[tuple[str, str]]:
    doc = RULES.clean("\n".join(lines))
    return [(ln.label, ln.reason) for ln in doc.lines]


# --- the foot: after the last paragraph and two chrome lines ------------------------------


def test_related_titles_and_footer_links_after_the_foot_chrome() -> None:
    foot = [
        "分享到：微博 微信 QQ空间",  # chrome (share)
        "打印本页",  # chrome (share)
        "国务院印发《关于进一步优化营商环境的意见》",
        "今年春运预计发送旅客90亿人次 创历史新高",
        "门户简介 | About Us | 广告服务 | 招聘信息 | 网站律师",
        "顶一下，写得很详细",
    ]
    got = labels(HEAD + foot)
    n = len(HEAD)
    assert [lab for lab, _ in got[n + 2 :]] == ["boilerplate"] * 4
    assert [got[k][1] for k in (n + 2, n + 3, n + 5)] == ["boilerplate:foot"] * 3
    assert [lab for lab, _ in got[:n]].count("body") == 3
    # without the two chrome lines the titles and the comment are the article's (the link
    # row is a row of links wherever it is at the foot)
    got = labels(HEAD + foot[2:])
    assert [reason for _, reason in got[n:]] == [
        "default:body",
        "default:body",
        "boilerplate:button-row",
        "default:body",
    ]


def test_lone_buttons_right_above_the_foot_chrome() -> None:
    foot = ["长路漫漫2021", "关注", "3", "点赞", "收藏", "评论"]
    got = labels(HEAD + foot)
    n = len(HEAD)
    assert got[n + 1][0] == got[n + 2][0] == "boilerplate"
    # a name is not a button: it stays where no chrome comes before it
    assert got[n] == ("body", "default:body")


def test_one_chrome_line_after_the_last_paragraph_is_not_a_foot() -> None:
    # an ad label inside the article, then the article's short closing lines
    tail = ["广告", "数据来源于腾讯视频公开的弹幕接口", "图为活动现场"]
    got = labels(HEAD + tail)
    assert got[-2:] == [("body", "default:body")] * 2


def test_the_foot_stops_at_a_section_word() -> None:
    # a product page (spam set E u202, after dev p0161): chrome widgets, then the article's
    # keyword section goes on
    foot = ["微信在线", "产品详情", "关键词", "PCB多层线路板"]
    got = labels(HEAD + foot)
    assert got[-2:] == [("body", "default:body")] * 2


def test_the_foot_keeps_sentences_numbered_items_and_stops_at_wrapped_text() -> None:
    foot = [
        "分享到：微博 微信 QQ空间",
        "打印本页",
        "1. 精简项目审批手续",  # numbered: the article's own list
        "首先你必須明白,黑客們只偏愛艱巨的任務,",  # wrapped text (p0146): the article goes on
        "如若不然,我們還來幹嗎",
    ]
    got = labels(HEAD + foot)
    assert got[-3:] == [("body", "default:body")] * 3


def test_lines_before_the_first_foot_chrome_stay() -> None:
    # the article's closing lines (p0043) above the foot's chrome
    foot = [
        "数据来源于腾讯视频公开的弹幕接口",
        "“你看这个碗,它又大它又圆,你看这个面,它又长它又宽”",
        "分享到：微博 微信 QQ空间",
        "打印本页",
    ]
    got = labels(HEAD + foot)
    n = len(HEAD)
    assert got[n : n + 2] == [("body", "default:body")] * 2


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("澳門博彩股齊升 金沙中國漲逾3%", True),
        ("為什麼越來越多團隊選擇微服務？", True),
        ("这是一句话，有句号。", False),
        ("一、提高投资项目审批效率", None),
        ("目录", None),
        ("如果本次值與上次值之差<=A,則本次值有效,", None),
    ],
)
def test_foot_shape(text: str, shape: bool | None) -> None:
    assert _foot_shape(text, None) is shape


# --- rows of buttons and links -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("进入贴吧 全吧搜索 吧内搜索", "row"),
        ("看贴 图片 吧主推荐 视频 游戏", "row"),
        ("開發 架構 開發工具", "row"),  # dev p0094, boilerplate
        ("首页 资讯 评测 视频 活动 专题", "names"),
        ("搜贴 | 搜人 | 进吧", "names"),
        ("顧鑫 魯曦 馮翔 徐然 孟華卿 麥清濤", "names"),  # dev p0046, meta: needs chrome by it
        ("記者 陳怡君 / 綜合報導", None),  # a byline
        ("0 引 言", None),  # a spaced-out section word (dev p0046)
        ("獨立于 UI 框架或庫", None),  # dev p0093, body
        ("2019 年 4 月 8 日 程序人生", None),
        ("外資賭場進駐 爭食澳門大餅", None),
        ("关键词:园艺 荷兰 温室", None),
    ],
)
def test_button_row_shape(text: str, row: str | None) -> None:
    assert _button_row(text) == row


def test_button_rows_at_the_head_and_names_only_next_to_chrome() -> None:
    page = ["进入贴吧 全吧搜索 吧内搜索", "", *HEAD]
    assert labels(page)[0] == ("boilerplate", "boilerplate:button-row")
    # three names under the title, no chrome by them: an author line, kept
    page = [TITLE, "张小明 李红 王大伟", "2024年03月05日 10:20 新华网", "", P1]
    assert labels(page)[1][0] != "boilerplate"


def test_a_row_of_words_inside_the_article_stays() -> None:
    # between two paragraphs: neither head nor foot
    page = [*HEAD[:4], "进入贴吧 全吧搜索 吧内搜索", "", P2]
    assert labels(page)[4] == ("body", "default:body")


# --- the hand-written pages ----------------------------------------------------------------


def own_pages() -> list[dict]:
    pages, cur = [], None
    codes = {"b": "body", "m": "meta", "x": "boilerplate", "s": "spam"}
    for raw in (FIXTURES / "chrome_own.txt").read_text("utf-8").split("\n"):
        if raw.startswith("#"):
            continue
        if raw.startswith("=== "):
            cur = {"id": raw.split()[1], "lines": [], "labels": []}
            pages.append(cur)
        elif cur is not None:
            code, _, text = raw.partition("|")
            cur["lines"].append(text)
            cur["labels"].append(codes[code] if raw else "blank")
    for p in pages:
        while p["lines"] and not p["lines"][-1]:
            p["lines"].pop()
            p["labels"].pop()
    return pages


def test_own_pages_lose_no_body_or_meta_line() -> None:
    pages = own_pages()
    assert len(pages) >= 14
    for page in pages:
        doc = cleantext.clean("\n".join(page["lines"]))
        for ln, gold in zip(doc.lines, page["labels"], strict=True):
            if gold in ("body", "meta"):
                assert ln.label in ("body", "meta"), (page["id"], ln.text)


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not available")
def test_own_pages_use_real_body_lines() -> None:
    corpus = set()
    for raw in CORPUS.read_text("utf-8").splitlines():
        rec = json.loads(raw)
        corpus |= {
            t.strip()
            for t, lab in zip(rec["text"].split("\n"), rec["labels"], strict=True)
            if lab == "body"
        }
    body = [
        t.strip()
        for p in own_pages()
        for t, lab in zip(p["lines"], p["labels"], strict=True)
        if lab == "body"
    ]
    real = sum(t in corpus for t in body)
    assert real >= 0.6 * len(body), (real, len(body))


def test_a_row_of_links_is_not_the_title() -> None:
    # no meta line under the title: the first heading-like line was taken for it
    page = ["进入贴吧 全吧搜索 吧内搜索", "", TITLE, "", P1]
    doc = cleantext.clean("\n".join(page))
    assert doc.lines[0].reason == "boilerplate:button-row"
    assert doc.meta.title == TITLE


# --- a chrome line printed again at the other edge ------------------------------------------


def test_a_copy_of_a_chrome_line_at_the_foot() -> None:
    # the site name sits by the menu in the head (chrome) and again at the foot
    page = [
        "台灣快報",
        "即時 | 政治 | 社會 | 國際 | 財經 | 生活 | 娛樂 | 運動",
        "",
        *HEAD,
        "台灣快報",
    ]
    got = labels(page)
    assert got[0][0] == "boilerplate"
    assert got[-1] == ("boilerplate", "boilerplate:repeat")
    # the same line without a chrome copy stays
    assert labels([*HEAD, "台灣快報"])[-1] == ("body", "default:body")
    # the title printed again at the foot is the article's
    assert labels(["台灣快報", "登录 注册", *HEAD, TITLE])[-1][0] == "body"


# --- one button in brackets, a lone separator, font-size pickers ------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("【关闭窗口】", "boilerplate:share"),
        ("[打印本页]", "boilerplate:share"),
        ("字号：默认 大 超大", "boilerplate:widget"),
        ("|", "boilerplate:debris"),
        ("【背景技術】", None),  # a bracketed section word of a patent (dev p0016): body
        ("【專利說明】", None),
        ("【核心提示】", None),
    ],
)
def test_bracketed_buttons_and_pickers(text: str, reason: str | None) -> None:
    from cleantext.filters.boilerplate import judge_chrome

    assert judge_chrome(text) == reason


# --- session 5, second slice (after red-team set C was scored untuned) -----------------------


def test_the_title_above_an_author_name() -> None:
    # an account name between the title and the date line was taken for the title, and the
    # real title above it for a link next to chrome (set C, a Weibo article)
    page = ["微博", "首页 视频 发现 游戏 登录 注册", "头条文章", "", TITLE, "Linux运维小哥"]
    page += ["2021-3-5 10:20 来自 微博 weibo.com", "", P1]
    got = labels(page)
    assert got[4] == ("body", "default:body")
    # a short line under a long heading-like line is never taken for chrome by it
    page = ["澳门赌业回升 银娱冀下半年有改善 更多精彩", "短标题", "2024-03-05 10:20", "", P1]
    assert labels(page)[1][0] != "boilerplate"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("亮了(36)　回复(12)　推荐　收藏", "row"),
        ("▶ 播放　+ 訂閱　下載　分享", "row"),
        ("▶ 連播　全屏　分享", "row"),
        ("張三(3) 李四 王五", "row"),  # a count makes it buttons
        ("第(1)条 规定 如下", None),  # an item with a count is a Han word of 1-4 characters
    ],
)
def test_button_rows_with_counts_and_marks(text: str, row: str | None) -> None:
    assert _button_row(text) == row


def test_a_column_of_tags_above_the_foot_chrome() -> None:
    foot = ["人工智能", "LangGraph", "AI Agent", "评论", "暂无评论", "更多内容推荐"]
    got = labels(HEAD + foot)
    n = len(HEAD)
    assert [r for _, r in got[n : n + 3]] == ["boilerplate:tags"] * 3
    # two short lines are not a column: the article's closing lines
    foot = ["图为活动现场", "张三摄", "评论", "暂无评论", "更多内容推荐"]
    got = labels(HEAD + foot)
    assert got[n : n + 2] == [("body", "default:body")] * 2


def test_counted_buttons_at_the_foot_but_a_read_count_is_meta() -> None:
    foot = ["阅读 12.4万", "投票(2)", "有得(0)", "收藏", "分享"]
    got = labels(HEAD + foot)
    n = len(HEAD)
    assert got[n + 1][0] == got[n + 2][0] == "boilerplate"
    assert got[n][0] != "boilerplate"
    # a name ending in digits is not a count
    got = labels([*HEAD, "长路漫漫2021", "关注", "收藏", "分享"])
    assert got[n] == ("body", "default:body")


def test_the_foot_leaves_a_papers_bracketed_notes() -> None:
    foot = [
        "分享到：微博 微信 QQ空间",
        "打印本页",
        "[收稿日期] 2022-01-10",
        "[基金项目] 国家社科基金",
    ]
    got = labels(HEAD + foot)
    assert all(lab != "boilerplate" for lab, _ in got[-2:])


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("分享：", "boilerplate:widget"),
        ("小字号", "boilerplate:widget"),
        ("字級設定：小 中 大 特", "boilerplate:widget"),
        ("字号：A+ A-", "boilerplate:widget"),
        ("A-　A+　　收藏本文", "boilerplate:widget"),
        ("+ 關注", "boilerplate:share"),
        ("關注他", "boilerplate:share"),
        ("第 1 頁 共 4 頁", "boilerplate:pagination"),
        ("上一章　←　章節目錄　→　下一章", "boilerplate:widget"),
        ("收起全文", "boilerplate:more"),
        ("本章未完，點擊下一頁繼續閱讀", "boilerplate:more"),
        ("©著作权归作者所有：来自51CTO博客作者运维小王子的原创作品", "boilerplate:copyright"),
        ("未經作者授權，禁止轉載", "boilerplate:disclaimer"),
        (
            "溫馨提示：本文僅供學習交流，不作為診療依據，具體用藥請遵醫囑。",
            "boilerplate:disclaimer",
        ),
        ("醫院地址：湖南省長沙市開福區湘雅路87號　諮詢電話：0731-84327114", "boilerplate:footer"),
        ("圖集推薦", "boilerplate:related"),
        ("讀者回應", "boilerplate:comments"),
        ("舉報/反饋", "boilerplate:widget"),
        ("亮了的回复 (3)", "boilerplate:comments"),
        ("热门评论(12)", "boilerplate:comments"),
        ("分享让更多人看到", "boilerplate:share"),
        ("百度首頁　登錄", "boilerplate:nav"),
        ("我的回复(3)是对的", None),
        # the article's own words
        ("关注", "boilerplate:share"),  # a lone follow button
        ("关注民生问题", None),
        ("分享经济的三个问题", None),
        ("第一章 总则", None),
        ("展开讨论之前，先看数据。", None),
        ("该法律规定，著作权人享有复制权。", None),
        ("地址是在上海。", None),
    ],
)
def test_more_families_of_chrome_wording(text: str, reason: str | None) -> None:
    from cleantext.filters.boilerplate import judge_chrome

    assert judge_chrome(text, head=False) == reason


# --- calls to the reader and gallery counters, anywhere on the page -----------------------


@pytest.mark.parametrize(
    "line",
    [
        "本文由電子工程世界原創，歡迎關注，帶你一起長知識！",
        "►全台最強3C部落客就在ETtoday，快來這裡追蹤",
        "更多热点速递、私享猛料、大咖爆料请关注新闻中心公众号",
        "欢迎加入读者交流群",
        "按我看活動辦法",
        "点这里领取新人红包",
    ],
)
def test_a_call_to_the_reader_is_chrome_mid_article_or_at_the_foot(line: str) -> None:
    mid = labels([TITLE, "2024年03月05日 10:20 新华网", "", P1, line, P2])
    assert mid[4] == ("boilerplate", "boilerplate:promo")
    foot = labels([*HEAD, line])
    assert foot[len(HEAD)] == ("boilerplate", "boilerplate:promo")


@pytest.mark.parametrize(
    "line",
    [
        "本网将持续关注事件进展。",  # the article's own words
        "请将鸡蛋加入面粉中搅拌均匀",  # a recipe step
        "欢迎广大市民积极参与",  # a notice's closing line
        "关注人数",
    ],
)
def test_the_articles_own_lines_about_following_stay_body(line: str) -> None:
    assert labels([*HEAD[:5], line, "", P2])[5] == ("body", "default:body")


def test_gallery_counters() -> None:
    got = labels([TITLE, "2024年03月05日 10:20 新华网", "", "（1/6）", P1, "", "3/12", P2])
    assert got[3] == got[6] == ("boilerplate", "boilerplate:gallery")
    # a fraction inside a line, or a date, is not a counter
    got = labels([*HEAD, "2024/03", "约1/3的受访者表示满意"])
    assert [lab for lab, _ in got[len(HEAD) :]] == ["body", "body"]


def test_a_columns_head_above_an_anchored_title() -> None:
    # a Zhihu-style column head: every undecided line above the title is a short label
    top = ["首發於", "AI工程化實踐", "寫文章"]
    got = labels([*top, TITLE, "2024年03月05日 10:20 新华网", "", P1, "", P2])
    assert got[:3] == [("boilerplate", "boilerplate:top")] * 3
    assert got[3] == ("body", "default:body")
    # a longer line above the title (a <title> copy, a heading): the top is left alone
    got = labels(["首發於", TITLE + "_兰州交通大学新闻网", TITLE, "2024年03月05日 10:20", "", P1])
    assert got[0] == ("body", "default:body")
    # no date or byline under the title: nothing anchors it, nothing is taken
    got = labels([*top, TITLE, "", P1, "", P2])
    assert [lab for lab, _ in got[:3]] == ["body"] * 3


@pytest.mark.parametrize(
    "line", ["點讚 1203　投幣 856　收藏 2104　分享 312", "转发 56", "赞(3)", "赞同 128"]
)
def test_the_readers_buttons_with_counts_are_chrome(line: str) -> None:
    assert labels([*HEAD, line])[len(HEAD)] == ("boilerplate", "boilerplate:counter")


@pytest.mark.parametrize("line", ["阅读 (2386)", "阅读 12 评论 3", "浏览 1,234 次"])
def test_a_read_count_stays_meta(line: str) -> None:
    assert labels([*HEAD, line])[len(HEAD)][0] == "meta"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("打开凤凰新闻，查看更多高清图片", "boilerplate:promo"),  # an app the site names
        ("打开网易新闻 查看精彩图片", "boilerplate:promo"),
        ("贊助廣告", "boilerplate:ad"),
        ("12 条回复  •  2024-03-05 18:20:33 +08:00", "boilerplate:comments"),  # the replies
        ("3 条回覆", "boilerplate:comments"),
    ],
)
def test_more_site_wordings(line: str, reason: str) -> None:
    assert judge_chrome(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "打开冰箱,查看保鲜层的温度",  # no app
        "下载安装包后查看版本号。",
        "12 条回复了我们的问卷,其中多数表示满意。",
        "加入书签功能的浏览器越来越多,用户可以随时收藏网页",
    ],
)
def test_more_site_wordings_in_sentences(line: str) -> None:
    assert judge_chrome(line, head=False) is None


def test_a_breadcrumb_between_spaced_slashes() -> None:
    crumb = "udn / 聯合新聞網 / 要聞 / 政治"
    assert labels([crumb, *HEAD])[0] == ("boilerplate", "boilerplate:breadcrumb")
    # a byline's slash, a date, two items: not a breadcrumb
    for line in ("文 / 张三", "2024 / 03 / 05", "国内 / 国际"):
        assert labels([line, *HEAD])[0][1] != "boilerplate:breadcrumb", line


def test_a_novel_sites_buttons_next_to_chrome() -> None:
    foot = ["上一章 ← 章节目录 → 下一章", "加入书签", "推荐本书", "投推荐票"]
    got = labels([*HEAD, *foot])[len(HEAD) :]
    assert got[1:] == [("boilerplate", "boilerplate:widget")] * 3
    # alone under the article, with no chrome next to them, they stay
    assert labels([*HEAD, "加入书签"])[len(HEAD)] == ("body", "default:body")


def test_a_sidebar_above_the_breadcrumb_is_not_the_title() -> None:
    # a shop's product page: category sidebar, breadcrumb, the product's name, no date
    side = ["产品分类", "PCB多层板", "HDI板", "铝基板", "柔性线路板"]
    crumb = "当前位置：首页 > 产品中心 > PCB多层板"
    doc = RULES.clean(
        "\n".join(["网站首页 关于我们 产品中心 新闻资讯 联系我们", *side, crumb, "四层pcb板", P1])
    )
    assert doc.meta.title == "四层pcb板"
    got = [(ln.label, ln.reason) for ln in doc.lines]
    assert [lab for lab, _ in got[1:6]] == ["boilerplate"] * 5
    assert got[7] == ("body", "default:body")
    # no heading below the breadcrumb: the first heading above it stays the title
    doc = cleantext.clean("\n".join(["网站首页 关于我们 产品中心", TITLE, crumb, "", P1]))
    assert doc.meta.title == TITLE


def test_print_and_close_buttons() -> None:
    assert judge_chrome("打印本頁 | 關閉") == "boilerplate:share"
    assert judge_chrome("关闭") is None  # a word alone


def test_lone_buttons_under_the_article_anchor_the_foot_run() -> None:
    # one chrome line and two lone buttons under the last paragraph: the article is over
    foot = ["上一篇 下一篇", "加入书签", "投推荐票", "送TA礼物", "顶一下，写得很详细"]
    got = labels([*HEAD, *foot])[len(HEAD) :]
    assert got[3:] == [("boilerplate", "boilerplate:foot")] * 2
    # one chrome line alone does not end the article
    got = labels([*HEAD, foot[0], foot[4]])[len(HEAD) :]
    assert got[1] == ("body", "default:body")


@pytest.mark.parametrize(
    "line", ["相关推荐：2024年营销师考试报名时间汇总 | 各地报名入口 | 考试大纲", "上 / 下一篇新聞"]
)
def test_related_links_on_the_headings_line(line: str) -> None:
    assert judge_chrome(line, head=False) == "boilerplate:related"


@pytest.mark.parametrize("line", ["相关推荐：这是一句正文。", "上/下一代的教育观念有何不同"])
def test_related_words_in_the_articles_lines(line: str) -> None:
    assert judge_chrome(line, head=False) is None
