"""Spam detection: every shape of injected junk is caught, hard negatives are never touched.

Real lines come from ``fixtures/spam_sample.jsonl`` (34 labelled pages copied from the
developer corpus: spam families and hard negatives); families the corpus lacks (gambling
lists, fake invoices, certificates, stuffed link lists) use generic composed lines.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean
from cleantext.document import Document
from cleantext.filters.spam import (
    AgencyPromo,
    GamblingBrand,
    HtmlResidue,
    KeywordDoorway,
    KeywordList,
    item_spans,
)
from cleantext.spam.lexicon import families, find, fold

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"
PAGES = {p["id"]: p for p in map(json.loads, SAMPLE.read_text("utf-8").splitlines())}


def lines(page_id: str) -> list[str]:
    return PAGES[page_id]["text"].split("\n")


def labels(text: str) -> list[tuple[str | None, str]]:
    return [(ln.label, ln.reason) for ln in clean(text).lines]


# --- the seed's footer -----------------------------------------------------------------------


def test_seed_footer_is_spam_and_article_kept(seed_text: str) -> None:
    doc = clean(seed_text)
    spam = [ln for ln in doc.lines if ln.label == "spam"]
    assert len(spam) == 1 and spam[0].reason == "spam:spider-pool-footer"
    assert "金安區在嚴格落實村干部待遇保障的基礎上" in doc.text
    assert doc.is_spider_pool and doc.spam_score > 0.9


# --- porn / gambling / video keyword lists ---------------------------------------------------


@pytest.mark.parametrize(
    ("page_id", "sep"),
    [("p0001", "_"), ("p0035", " I "), ("p0045", ","), ("p0093", "-"), ("p0233", "-_")],
)
def test_porn_header_lines_from_the_corpus(page_id: str, sep: str) -> None:
    first = lines(page_id)[0]
    assert all(s in first for s in sep)
    assert labels(first) == [("spam", "spam:keyword-list")]


@pytest.mark.parametrize(
    "line",
    [
        "國產精品一區二區_亞洲歐美日韓_久久精品視頻在線觀看_無碼專區",  # Traditional
        "🔥91精品视频|2024最新国产自拍|av免费在线观看|亚洲AV无码🔥",  # emoji, digits, Latin
        "澳门娱乐城_百家乐在线_彩票开户送彩金_bob体育官网_真人娱乐平台",  # gambling
        "北京代开发票、上海代开增值税发票、广州代开普通发票、深圳代开发票",  # invoices
        "北京办证 上海办证 广州刻章 办理毕业证 代办学历",  # certificates
        "友情链接:国产精品 | 澳门娱乐城 | 久久精品视频 | 亚洲无码 | 百家乐",  # stuffed links
        "日本黄色一级经典视频|伊人久久精品视频|亚洲黄色色周成人视频",
    ],
)
def test_keyword_list_families(line: str) -> None:
    assert labels(line)[0][0] == "spam"


def test_spam_title_prefix_is_cut_and_title_kept() -> None:
    doc = clean("国产精品一区二区av_亚洲欧美激情另类 长江经济带生态保护新进展\n正文。")
    assert doc.lines[0].label == "body"
    assert doc.lines[0].kept_text == "长江经济带生态保护新进展"
    assert doc.lines[0].cuts[0].reason == "spam:title-prefix"


def test_gambling_brand_appended_to_a_real_title_is_cut() -> None:
    title = lines("p0218")[7]
    doc = clean(title)
    assert doc.lines[0].label == "body"
    assert doc.lines[0].kept_text == "高端对话:汽车动力系统技术的全球市场前景_万向摇臂钻床"


def test_gambling_brand_replacing_author_and_company() -> None:
    page = lines("p0139")
    doc = GamblingBrand()(Document.from_text("\n".join([page[0], page[15]])))
    assert [ln.reason for ln in doc.lines] == ["spam:gambling-brand"] * 2
    byline = lines("p0218")[25]
    doc = GamblingBrand()(Document.from_text(byline))
    assert doc.lines[0].label is None and "OD" not in doc.lines[0].kept_text
    assert "2024-11-08" in doc.lines[0].kept_text


# --- other SEO junk -------------------------------------------------------------------------


def test_html_residue_blocks() -> None:
    for page_id in ("p0108", "p0204"):
        page = PAGES[page_id]
        doc = HtmlResidue()(Document.from_text(page["text"]))
        for line, gold in zip(doc.lines, page["labels"], strict=True):
            if "id=" in line.clean and gold == "spam":
                assert line.reason == "spam:html-residue", line.text


def test_code_with_an_id_is_not_residue() -> None:
    code = '<div id="app"></div>\n<script src="main.js"></script>\nnew Vue({ el: "#app" })'
    assert all(label == "body" for label, _ in labels(code))


@pytest.mark.parametrize(
    ("page_id", "i"), [("p0111", 8), ("p0115", 4), ("p0125", 4), ("p0217", 14)]
)
def test_agency_promo_paragraphs(page_id: str, i: int) -> None:
    assert AgencyPromo().judge(Document.from_text(lines(page_id)[i]).lines[0]) == (
        "spam",
        "spam:agency-promo",
    )


# two agency terms and a promo word, no 创新互联: spam when foreign to the article, the
# article's own when it is about building websites
AGENCY_LIGHT = (
    "苏州网站建设公司——云帆科技专注企业官网、营销型网站开发十年,一对一服务,免费上门沟通方案。"
)


def test_a_light_agency_promo_foreign_to_the_article_is_spam() -> None:
    page = lines("p0017")[:12]
    page[6:6] = [AGENCY_LIGHT, ""]
    assert labels("\n".join(page))[6] == ("spam", "spam:agency-promo")
    # alone it is not enough for the line rule
    assert AgencyPromo().judge(Document.from_text(AGENCY_LIGHT).lines[0]) is None


def test_a_light_agency_promo_in_an_article_on_websites_stays() -> None:
    article = "企业建设营销型网站时,要先明确网站建设的目标客户,再规划企业官网的栏目和开发周期。"
    page = ["中小企业如何做好网站建设", "", article * 3, "", AGENCY_LIGHT, "", article]
    assert labels("\n".join(page))[4][0] != "spam"


def test_agency_site_name_in_title_is_not_promo() -> None:
    assert labels(lines("p0217")[2]) == [("body", "default:body")]
    assert labels(lines("p0115")[0]) == [("body", "default:body")]


def test_keyword_doorway_title_and_stuffed_prefix() -> None:
    doc = KeywordDoorway()(Document.from_text(PAGES["p0117"]["text"]))
    assert doc.lines[2].reason == "spam:keyword-doorway"
    assert doc.lines[4].cuts and doc.lines[4].kept_text.startswith("背景介绍 随着大数据技术")


def test_stuffed_local_seo_title() -> None:
    assert labels(lines("p0209")[0])[0] == ("spam", "spam:keyword-list")


# --- hard negatives -------------------------------------------------------------------------

HARD = [
    "關鍵詞:傳感;聯網;標準",
    "首页 | 新闻 | 视频 | 图片 | 体育 | 娱乐 | 财经",
    "首页 > 国产电影 > 日韩剧 > 欧美剧",
    "国产手机_国产汽车_国产芯片_国产大飞机",
    "北京、上海、广州、深圳、成都、重庆、武汉、西安",
    "第一章 总则 第二章 网站建设 第三章 运营维护",
    "网站建设 | 网站设计 | 小程序开发 | 关于我们 | 联系我们",
    "—— 天下没有免费的午餐,签名档 2024",
    "if (av == null) { return xxx; } // 免费视频解码",
    "警方捣毁一涉黄网站 查获淫秽视频3000余部",
    "扫黄打非 | 网络赌博 | 电信诈骗 | 反邪教 | 禁毒",
    "国产大飞机C919_国产航母_国产芯片_国产操作系统",
    "亚洲杯_欧美股市_日韩关系_中东局势",
    "本报讯 近日,市公安局破获一起利用境外赌博网站“bob体育”进行网络赌博的案件,涉案金额上亿元。",
    "关键词:人妻;婚姻法;离婚财产分割",
    "成人高考|成人教育|自学考试|网络教育",
    "OD体育场馆建设项目公示",
    "金沙江流域治理_太阳城社区_皇冠假日酒店",
    "澳门博彩收入11月同比增长15%,金沙中国、永利澳门股价上涨",
    "网站建设方案书模板_网站建设合同范本_网站建设报价单",
    "北京市朝阳区人民法院_北京市海淀区人民法院_北京市东城区人民法院",
]


def test_place_names_with_short_products_are_not_tags() -> None:
    doc = clean("浦东新区房价多少钱\n徐汇区房价多少钱\n正文。")
    assert all(ln.label != "spam" for ln in doc.lines)


@pytest.mark.parametrize("line", HARD)
def test_hard_negative_lines(line: str) -> None:
    assert labels(line)[0][0] != "spam"
    assert not any(r["label"] == "spam" for r in clean(line).removed)


@pytest.mark.parametrize(
    "page_id",
    [
        "p0025",
        "p0031",
        "p0044",
        "p0074",
        "p0077",
        "p0222",
        "p0017",
        "p0019",
        "p0023",
        "p0086",
        "p0090",
        "p0092",
        "p0021",
        "p0033",
    ],
)
def test_hard_negative_pages_have_no_spam(page_id: str) -> None:
    doc = clean(PAGES[page_id]["text"])
    assert [ln.text for ln in doc.lines if ln.label == "spam" or ln.cuts] == []
    assert not doc.is_spider_pool


@pytest.mark.parametrize("name", ["E", "F", "G"])
def test_the_page_verdict_agrees_with_the_lines(name: str) -> None:
    # red-team pages with spam some of which only the model finds (below the rules' 0.99):
    # a page is a spider-pool page exactly when something on it was cut as spam
    path = Path(__file__).parent / "fixtures" / f"spam_unseen_{name}.jsonl"
    flagged = 0
    for raw in path.read_text("utf-8").splitlines():
        page = json.loads(raw)
        doc = clean(page["text"])
        cut = any(ln.label == "spam" or any(c.label == "spam" for c in ln.cuts) for ln in doc.lines)
        assert doc.is_spider_pool == cut, page["id"]
        assert (doc.spam_score > 0) == cut, page["id"]
        has_spam = "spam" in page["labels"] or bool(page.get("mixed_lines"))
        assert has_spam or not doc.is_spider_pool, page["id"]  # hard negatives stay clean
        flagged += doc.is_spider_pool
    assert flagged > 0


def test_sample_pages_never_lose_body_or_meta() -> None:
    for page in PAGES.values():
        for ln, gold in zip(clean(page["text"]).lines, page["labels"], strict=True):
            if gold in ("body", "meta", "boilerplate"):
                assert ln.label != "spam", (page["id"], ln.text)


# --- lexicon hygiene ------------------------------------------------------------------------


def test_no_single_character_terms_and_no_strong_term_in_clean_sample_lines() -> None:
    for fam, terms in families().items():
        if fam.endswith("-strong"):
            assert all(len(t) >= 2 for t in terms), fam
    for page in PAGES.values():
        mixed = set(page.get("mixed_lines", []))
        for i, (line, gold) in enumerate(
            zip(page["text"].split("\n"), page["labels"], strict=True)
        ):
            if gold != "spam" and i not in mixed:
                folded = fold(line)
                for fam in families():
                    if fam.endswith("-strong") and fam != "porn-strong":
                        continue
                    if fam == "porn-strong":
                        assert find(folded, fam) == [], (page["id"], line)


def test_item_spans_on_mixed_separators() -> None:
    s = "a_b|c,d、e f - g"
    assert [s[a:b] for a, b in item_spans(s)] == list("abcdefg")


def test_keyword_list_leaves_sentences_alone() -> None:
    line = "各地公安机关严厉打击网络淫秽色情,查处国产精品名义传播的一区二区视频网站。"
    doc = KeywordList()(Document.from_text(line))
    assert doc.lines[0].label is None and not doc.lines[0].cuts


def test_place_tags_and_their_watermark_in_a_paragraph() -> None:
    tag = "静安区工业冷水机组维修价格"
    para = "冷水机组的压缩机需要定期保养,冷凝器也要清洗,否则制冷效率会明显下降。" + tag
    doc = clean(f"  • {tag}\n    {tag}\n\n{para}\n\n  • 闵行区工业冷水机组维修电话")
    assert [ln.reason for ln in doc.lines][:2] == ["spam:keyword-tags"] * 2
    assert doc.lines[3].label == "body" and doc.lines[3].cuts[0].reason == "spam:keyword-watermark"
    assert doc.lines[3].kept_text.endswith("明显下降。")
