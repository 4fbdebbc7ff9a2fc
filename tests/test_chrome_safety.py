"""Body lines that page rules must not take for chrome or meta on sites the rules were not
tuned on, and chrome/meta shapes those sites write differently: a news lead's dateline
followed by its first sentence, the colon's other forms (``﹕``, ``∶``), a short closing
sentence after the last paragraph. Lines are real lines of the dev corpus and the chrome
tuning sets; each rule is tested both ways."""

from __future__ import annotations

import pytest

import cleantext
from cleantext.filters.cues import fold
from cleantext.filters.meta import judge_meta

# --- a news lead: dateline, byline, then the article's first sentence ---------------------

# set E (cE10) and set G (cG01) leads cut after their first sentence, and a lead of set E
# (cE09) cut after its first clause: the fields are the same, the running text shorter
LEADS = [
    "财联社3月5日讯（记者 顾烨）记者今日走访发现，多家股份制银行近期再次下调大额存单挂牌利率。",
    "新京报讯（记者 吴婷婷）3月5日，记者从市园林绿化局获悉，今年本市将新建口袋公园。",
    "中新网郑州5月12日电（记者 韩静怡）小满将至，豫东平原的冬小麦进入灌浆期。",
]


@pytest.mark.parametrize("text", LEADS)
def test_a_lead_with_its_first_sentence_is_no_meta_line(text: str) -> None:
    assert judge_meta(text) is None
    assert judge_meta(text, head=False) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("新京报讯（记者 吴婷婷）", "meta:byline"),  # the dateline alone
        ("2024年05月12日 09:46　来源：中国新闻网", "meta:date"),  # set G (cG01)
        # a byline with several names after its key: names, not running text
        ("2024-03-05 10:20 来源：新华社 作者：王一帆，李明远，张伟，刘洋，陈静", "meta:date"),
    ],
)
def test_fields_without_running_text_stay_meta(text: str, reason: str) -> None:
    assert judge_meta(text) == reason


def test_a_lead_sentence_stays_body_on_a_page() -> None:
    page = "\n".join(
        [
            "中新网首页 > 地方 > 正文",
            "",
            "河南一县试点“麦田托管” 种粮大户半年省下两成成本",
            "2024年05月12日 09:46　来源：中国新闻网",
            "",
            LEADS[0],
            "",
            "据县农业农村局统计，截至5月上旬，全县已有十一万亩耕地签订了全程或半托管协议，"
            "涉及农户两万三千余户。",
        ]
    )
    doc = cleantext.clean(page)
    assert doc.lines[3].label == "meta"
    assert doc.lines[5].label in (None, "body")
    assert LEADS[0] in doc.text


# --- the colon's other forms ---------------------------------------------------------------


@pytest.mark.parametrize("colon", ["﹕", "︰", "∶", "︓"])
def test_the_colons_other_forms_fold_to_a_colon(colon: str) -> None:
    assert fold(f"責任編輯{colon}楊賜") == "责任编辑:杨赐"


# set C (cC01) and set A (cA23) meta lines, set G (cG20) product fields, written with "﹕"
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("责任编辑﹕杨赐", "meta:editor"),
        ("發布單位﹕秘書室公共事務組　發布日期﹕2019-12-05　點閱數﹕862", "meta:source"),
        ("来源∶新华社 2024-03-05", "meta:source"),
    ],
)
def test_meta_keys_with_a_small_colon_are_meta(text: str, reason: str) -> None:
    assert judge_meta(text) == reason


def test_a_field_table_with_small_colons_is_body() -> None:
    # set E (cE25): a product's fields under its title, the colon written "﹕"
    page = [
        "首页 > 厨房小电 > 电饭煲",
        "",
        "美的（Midea）电饭煲家用4L智能IH电磁加热",
        "",
        "品牌﹕ 美的（Midea）",
        "商品名称﹕美的MB-HS4075",
        "商品编号﹕100012345678",
        "容量﹕4L",
        "加热方式﹕IH电磁加热",
        "",
        "这款电饭煲采用IH电磁加热，内胆受热均匀，米饭口感更好，适合三到五口之家日常使用。",
    ]
    doc = cleantext.clean("\n".join(page))
    for i in range(4, 9):
        assert doc.lines[i].label in (None, "body"), doc.lines[i].reason


# --- a short sentence closing the article after its last paragraph ---------------------------

# set G (cG15): a table's source between the table and the article's closing sentence
ZAOBAO = [
    "新闻 > 新加坡",
    "",
    "组屋翻新计划扩大 逾五万户明年起受惠",
    "",
    "发布 / 2024年5月12日 17:45",
    "文 / 林佩仪",
    "",
    "建屋发展局宣布，家居改进计划将扩大至1997年前建成的组屋，预计有逾五万户家庭明年起陆续受惠。",
    "国家发展部长星期天（5月12日）出席基层活动时说，政府会承担大部分翻新费用，公民家庭的自付额"
    "视组屋类型而定，介于数百至数千元之间。",
    "以下是各类组屋的自付上限（新元）：",
    "三房式及以下：1250",
    "四房式：2500",
    "五房式及公寓式组屋：3750",
    "资料来源：建屋发展局",
    "{closing}",
    "",
    "热门新闻",
    "© 2024 SPH Media Limited. Co. Regn. No. 202120748H.",
]


def test_a_tables_source_above_the_closing_sentence_is_the_articles() -> None:
    closing = "居民可投票表决是否参与计划，须有至少75%的住户赞成。"
    page = "\n".join(ZAOBAO).replace("{closing}", closing)
    doc = cleantext.clean(page)
    source = ZAOBAO.index("资料来源：建屋发展局")
    assert doc.lines[source].label in (None, "body"), doc.lines[source].reason
    assert doc.lines[source + 1].label in (None, "body")


def test_the_same_source_closing_the_article_is_meta() -> None:
    # no sentence after it: the source closes the article, as the page's own source does
    page = "\n".join(x for x in ZAOBAO if x != "{closing}")
    doc = cleantext.clean(page)
    source = ZAOBAO.index("资料来源：建屋发展局")
    assert doc.lines[source].label == "meta"


def test_a_replys_head_after_the_last_paragraph_stays_meta() -> None:
    # a thread: the closing sentences below a reply's head are the reply's, not the article's
    # (set L, L14's reply head; dev p0201-like replies)
    page = [
        "論壇 > 親子生活",
        "",
        "小朋友幾歲開始學游泳比較好？",
        "發表於 2025-04-27 07:30",
        "",
        "我家老大今年四歲，最近身邊很多朋友都送小朋友去學游泳，想問問大家一般幾歲開始學比較合適，"
        "有沒有推薦的泳會或者教練？",
        "",
        "回覆 Vivi 2025-04-27 08:12",
        "我家是五歲開始學的，一個暑假就學會了。",
        "",
        "回覆 | 引用",
    ]
    doc = cleantext.clean("\n".join(page))
    assert doc.lines[7].label == "meta", doc.lines[7].reason
