"""Metadata rules added for accuracy (issue 6): author names, news-lead bylines, a forum
profile line above a byline, titles named by the breadcrumb, user names above the date.
Lines are real lines from the dev corpus or the golden inputs, each rule with a hard
negative."""

from __future__ import annotations

import cleantext
from cleantext import Pipeline
from cleantext.filters.boilerplate import ChromeLines, PageChrome
from cleantext.filters.meta import MetaExtractor, MetaLines, author_names, judge_meta
from cleantext.filters.normalize import LabelBlankLines, NormalizeText
from timing import assert_linear

PIPE = Pipeline(
    [NormalizeText(), LabelBlankLines(), ChromeLines(), MetaLines(), PageChrome(), MetaExtractor()]
)
PARA = "这是正文的第一段内容,讲的是一件很长很长的事情,内容很长很长很长很长很长很长很长很长很长。"


def page(*lines: str) -> str:
    return "\n".join(lines)


# --- author names ---------------------------------------------------------------------------


def test_byline_words_around_names_are_not_authors() -> None:
    doc = PIPE.clean(page("某某新闻标题在这里", "記者 王小明 報道", PARA))
    assert doc.lines[1].reason == "meta:byline"
    assert doc.meta.authors == ["王小明"]
    # "文/图": text and photos by the same person, not an author named "图"
    doc = PIPE.clean(page("某某新闻标题在这里", "□本报记者 张三 文/图", PARA))
    assert doc.meta.authors == ["张三"]
    doc = PIPE.clean(page("某某新闻标题在这里", "文/图 张三", PARA))
    assert doc.meta.authors == ["张三"]


def test_the_byline_of_the_brief_keeps_all_three_names() -> None:
    doc = PIPE.clean(page("某某新闻标题在这里", "本報記者 劉瓊 通訊員 張靜 實習生蔣歆", PARA))
    assert doc.meta.authors == ["劉瓊", "張靜", "蔣歆"]


def test_a_comma_splits_names_but_not_a_nickname() -> None:
    # p0107: one nickname with a comma inside, on the date line
    line = " 更新時(shí)間:2022年08月22日 11:26:04   作者:心若向陽(yáng),何謂悲傷  "
    doc = PIPE.clean(page("QT基于TCP實現網絡聊天室程序", line, PARA))
    assert doc.meta.authors == ["心若向陽,何謂悲傷"]
    assert author_names("张三,李四") == ["张三", "李四"]
    assert author_names("Tom,Jerry") == ["Tom", "Jerry"]
    # a lone byline line listing short names with commas is meta
    assert judge_meta("作者:张三,李四") == "meta:byline"


def test_an_interview_question_after_a_comma_is_not_a_byline() -> None:
    assert judge_meta("记者:您好,请问一下") is None
    assert judge_meta("記者:呂部長,您好!金安區如何打造村級后備力量“蓄水池”?") is None


def test_authors_from_a_news_lead() -> None:
    # golden inputs: the byline sits in the dateline that opens the first paragraph
    lead = (
        "新華社北京4月18日電(記者史競男)今年以來,各地“掃黃打非”部門聚焦互聯網主戰場,"
        "持續強化市場監管,通過查辦案件推動“淨網”“護苗”等專項行動深入開展。"
    )
    doc = PIPE.clean(page("某某新闻标题在这里", lead))
    assert doc.meta.authors == ["史競男"]
    assert doc.lines[1].label == "body"  # the lead stays text
    doc = PIPE.clean(page("某某新闻标题在这里", "本报讯(记者 刘琼 通讯员 张静)昨日" + PARA))
    assert doc.meta.authors == ["刘琼", "张静"]


def test_no_authors_from_a_lead_without_a_bracketed_byline() -> None:
    for lead in (
        "据新华社电,记者从国家统计局获悉," + PARA,
        "中新网北京电 国务院新闻办公室今天举行发布会(记者会现场)," + PARA,
    ):
        assert PIPE.clean(page("某某新闻标题在这里", lead)).meta.authors == []


def test_a_byline_line_beats_the_lead() -> None:
    doc = PIPE.clean(page("某某新闻标题在这里", "作者:李四", "本报讯(记者 刘琼)昨日" + PARA))
    assert doc.meta.authors == ["李四"]


# --- forum profile panel above a byline (clean() idempotence) -------------------------------


def test_a_byline_under_a_profile_line_is_meta() -> None:
    text = "精华\n责任编辑:李薇\n2024-11-26 09:51\n發帖數量: 179 個\n關鍵詞:實施監理機制"
    doc = cleantext.clean(text)
    assert [ln.reason for ln in doc.lines[:2]] == ["boilerplate:profile", "meta:editor"]
    assert cleantext.clean(doc.text).text == doc.text


def test_the_bare_value_of_a_profile_key_stays_out() -> None:
    doc = PIPE.clean(page("注册时间", "2018-7-6", PARA))
    assert doc.lines[0].reason == "boilerplate:profile"
    assert doc.lines[1].label != "meta"


# --- titles named by the breadcrumb ---------------------------------------------------------

P0071 = [
    "掌柜必看,最新版ecrm系统该怎么玩",
    "",
    "当前位置: >",
    "> 阿里高管创业卖菜,100天从无到有占领了武汉1/2土豆市场,A轮融了1.04亿",
    "阿里高管创业卖菜,100天从无到有占领了武汉1/2土豆市场,A轮融了1.04亿",
    "&宋小菜&是一家生鲜蔬菜B2B企业,给农贸市场的中小零售商供货,而其他食材B2B玩家,"
    "多给中小餐馆供货。显然,农贸市场的零售商更上游,客单价更高。",
]


def test_the_title_repeats_the_last_breadcrumb_item() -> None:
    doc = PIPE.clean(page(*P0071))
    assert doc.meta.title == P0071[4]


def test_a_short_breadcrumb_item_names_no_title() -> None:
    lines = ["掌柜必看,最新版ecrm系统该怎么玩", "", "当前位置: 首页 > 新闻", "新闻", P0071[5]]
    assert PIPE.clean(page(*lines)).meta.title == lines[0]


# --- a user name between the title and the date ---------------------------------------------

P0065 = [
    "淺談12306核心模型設(shè)計思路和架構(gòu)設(shè)計",
    "",
    "admin",
    "2016年2月23日 16:12 本文熱度 6717",
    "文章簡介:每年春節(jié)前后,12306都是火爆話題點。一年過去,應(yīng)該又有很多變化。",
]


def test_a_user_name_above_the_date_is_meta() -> None:
    doc = PIPE.clean(page(*P0065))
    assert [ln.reason for ln in doc.lines[2:4]] == ["meta:byline", "meta:date"]
    assert doc.meta.title == "淺談12306核心模型設計思路和架構設計"


def test_a_latin_word_elsewhere_stays_body() -> None:
    # not above the first meta line, or not under a heading: text
    doc = PIPE.clean(page(P0065[0], P0065[3], "Python", PARA))
    assert doc.lines[2].label != "meta"
    doc = PIPE.clean(page("1. 安装步骤:", "Python", P0065[3], PARA))
    assert doc.lines[1].label != "meta"


def test_breadcrumb_titles_take_linear_time() -> None:
    """A head of thousands of breadcrumbs, each followed by a heading-like line that is not
    its last item (the title search looked at every line below every breadcrumb: 0.5 s at
    10,000 characters)."""

    def make(n: int) -> str:
        rows, size, i = [], 0, 0
        while size < n:
            rows += [f"首页 > 新闻中心 > 关于某某事项的第{i}号通知", f"另一个标题样子的行第{i}号"]
            size += len(rows[-1]) + len(rows[-2])
            i += 1
        return "\n".join(rows)

    assert PIPE.clean(make(200)).lines[0].reason == "boilerplate:breadcrumb"
    assert_linear(PIPE.clean, make)
