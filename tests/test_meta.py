"""Metadata lines and Document.meta (issue 6). Lines are real lines from the dev corpus."""

from __future__ import annotations

import random

import pytest

from cleantext import Pipeline
from cleantext.filters import cues
from cleantext.filters.boilerplate import ChromeLines, PageChrome
from cleantext.filters.cues import match_form, plain
from cleantext.filters.dates import parse_date
from cleantext.filters.meta import MetaExtractor, MetaLines, find_title, heading_like, judge_meta
from cleantext.filters.normalize import LabelBlankLines, NormalizeText
from timing import assert_linear

PIPE = Pipeline(
    [NormalizeText(), LabelBlankLines(), ChromeLines(), MetaLines(), PageChrome(), MetaExtractor()]
)


def clean(text: str):
    return PIPE.clean(text)


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2024-08-02 16:57:00  來源:鄉村干部報網", "2024-08-02T16:57:00"),
        ("發布于 2025-8-25 09:32", "2025-08-25T09:32"),
        ("2024年8月2日", "2024-08-02"),
        (
            "更新時(shí)間:2022年08月22日 11:26:04   作者:心若向陽(yáng),何謂悲傷",
            "2022-08-22T11:26:04",
        ),
        ("2019 年 4 月 8 日 程序人生", "2019-04-08"),
        (" • 2024/03/08", "2024-03-08"),
        ("游客2024-07-01 10:30:01", "2024-07-01T10:30:01"),
        ("2024-07-02 16:58| 来源: 网络整理| 查看: 265", "2024-07-02T16:58"),
    ],
)
def test_dates_parse_to_iso(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "中圖分類號:F326.6文獻標(biāo)志碼:ADOI:10.13714/j.cnki.1002-3100.2023.04.006",
        "2024年12",  # a truncated line: no day
        "2024-13-40",
        "Linux 2.6.32 内核",
    ],
)
def test_no_date_in_numbers(text: str) -> None:
    assert parse_date(text) is None


# --- cues in both scripts, through conversion debris -----------------------------------------


def test_match_form_drops_pinyin_debris_and_folds_script() -> None:
    plain, folded = match_form("來(lái)源:互聯網(wǎng) 2024-09-14 14:04:04")
    assert plain == "來源:互聯網 2024-09-14 14:04:04"
    assert folded == "来源:互联网 2024-09-14 14:04:04"
    assert len(plain) == len(folded)
    # full-width punctuation folds to ASCII
    assert match_form("责编\uff1a张三")[1] == "责编:张三"


def test_fold_fast_path_is_the_table() -> None:
    # fold() skips text with nothing to change and translates from the first changed
    # character on: the same as translating everything, for every code point and for mixes
    table = cues._fold_table()
    for cp in [*range(0xD800), *range(0xE000, 0x10000), *range(0x10000, 0x110000, 97)]:
        assert cues.fold(chr(cp)) == chr(cp).translate(table), hex(cp)
    astral = [chr(cp) for cp in table if cp >= 0x10000] + ["\U00020000"]
    alphabet = [chr(cp) for cp in list(table)[::37]] + ["中", "a", " ", ":", *astral]
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert cues.fold(text) == text.translate(table), text


@pytest.mark.parametrize(
    "text",
    ["來(lái)源", "互聯網(wǎng)", "(opens new window)", "見(附件)", "#x4e2d;文", "a(b)c", "(ü)"],
)
def test_plain_prefilter_never_skips_debris(text: str) -> None:
    # plain() runs the substitution only when its `re` prefilter finds a candidate
    assert cues.plain(text) == cues._DEBRIS.sub(cues._entity, text)


# --- meta lines: each rule both ways ----------------------------------------------------------

META = [
    ("2024-08-02 16:57:00  來源:鄉村干部報網  ", "meta:date"),
    ("  本報記者 劉瓊 通訊員 張靜 實習生蔣歆", "meta:byline"),
    ("責編:鄉村干部報編輯", "meta:editor"),
    ("責(zé)任編輯:editor004", "meta:editor"),
    ("责任编辑:李薇", "meta:editor"),
    ("閱讀:420 2019-05-13 20:10:15", "meta:counter"),
    ("發布于 2025-8-25 09:32", "meta:date"),
    ("樓主  發表于: 2013-03-30 11:20", "meta:byline"),
    (
        "放大字體  縮小字體 發(fā)布日期:2025-12-05 22:26:37  來源:電商聯(lián)盟  作者:樂發(fā)網  瀏覽次數(shù):232",  # noqa: E501
        "meta:date",
    ),
    ("文档序号:17746629发布日期:2019-05-24 20:41阅读:209来源:国知局", "meta:docinfo"),
    ("文|豹变 卓宇", "meta:byline"),
    ("编辑|邢昀", "meta:editor"),
    ("作者 | 周志鹏", "meta:byline"),
    ("图源《让子弹飞》", "meta:credit"),
    ("jf_ro2CN3Fa ? 來源:InfoQ ? 作者:InfoQ ? 2022-10-11 17:59 ? 次閱讀", "meta:date"),
    (
        "[ 作者:何迪  文章來源:中國鄉村發現  點擊數: 更新時間:2017-07-26 錄入:王惠敏 ]",
        "meta:byline",
    ),
    ("@更新时间:2023-04-01 08:04:57     @阅读 (77)", "meta:date"),
    ("新聞來源:華視新聞", "meta:source"),
    ("供稿:深圳市正运动技术有限公司", "meta:source"),
    ("電信科學(xué) 2014年3期", "meta:journal"),
    ("東府〔2021〕54號", "meta:docno"),
    ("中圖分類號:TU201 文獻標識碼:A 文章編號:1672-3791(2014)02(a)-0232-04", "meta:docinfo"),
    (" 閱讀本文大概需要 10 分鐘。", "meta:reading-time"),
    ("騰訊雲開發TCB發表於2020-06-07", "meta:date"),
    ("0收藏", "meta:counter"),
    ("评论(3) 点赞(12)", "meta:counter"),
    ("本帖最后由 张三 于 2020-1-1 12:00 编辑", "meta:date"),
    ("主题分类: 劳动、人事", "meta:docinfo"),
    ("2020-06-16", "meta:date"),
]


@pytest.mark.parametrize(("line", "reason"), META)
def test_meta_lines(line: str, reason: str) -> None:
    assert judge_meta(line) == reason


NOT_META = [
    # interview questions start with 記者 but are sentences
    "  記者:呂部長,您好!金安區如何打造村級后備力量“蓄水池”?",
    "  記者:如何用好考核“指揮棒”,激發村干部新動能?",
    # a caption credit inside a sentence
    "  金安區2024年度村黨組織書記暨第九批選派干部培訓班現場。(金安區委組織部供圖)",
    # body lines that start with a date
    "2018年11月11~24日,由农业农村部农机化司、中国农业科学院、农业农村部规划设计研究院组织",
    "2024年12",
    # article keyword lines are body
    "關(guān)鍵詞:傳感聯(lián)網(wǎng)標(biāo)準(zhǔn)",
    # body lines with cue words
    "“吕志和奖-世界文明奖”由吕志和创办,今年共嘉许3个奖项,包括“持续发展奖”。",
    "• 圖片安全檢測的應用場景",
    "TCP與UDP的差別如圖:",
    "注意: 你可以假设树中没有重复的元素。",
    # cue words that are ordinary words here
    "● 瀏覽器通過HTML表單或超鏈接請求指向一個CGI",
    "记者节快乐",
    "回复:谢谢楼主分享",
    "阅读理解",
    "时间管理",
]


@pytest.mark.parametrize("line", NOT_META)
def test_not_meta_lines(line: str) -> None:
    assert judge_meta(line) is None


def test_lines_left_unjudged_are_lines_judge_meta_leaves() -> None:
    # MetaLines judges only the lines a scan of the unfolded page finds a cue in: on real
    # lines, their variants in the other script, with debris and full-width digits
    import json
    from pathlib import Path

    from cleantext.document import Line
    from cleantext.filters.metascan import _suspects

    corpus = Path(__file__).parent / "fixtures" / "corpus_lines.jsonl"
    texts = [json.loads(row)["text"] for row in corpus.read_text("utf-8").splitlines()]
    texts += [t for t, _ in META] + NOT_META
    texts += [cues.fold(t) for t, _ in META] + [t.translate(_WIDE) for t, _ in META]
    texts += ["文\uff1a張三", "圖 / 李四", "１９９８年", "郵編 ２０００８０"]
    texts += ["來(lái)源(yuán):新華社", "#x6765;源:新华社"]
    judged = _suspects([Line(t) for t in texts])
    for head in (True, False):
        missed = [t for i, t in enumerate(texts) if i not in judged and judge_meta(t, head=head)]
        assert missed == []


_WIDE = {cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)}
"""ASCII to full-width forms."""


def test_a_date_leading_a_sentence_is_body_outside_the_head() -> None:
    assert judge_meta("2024年3月1日起施行", head=False) is None
    assert judge_meta("2024-08-02 16:57:00", head=False) == "meta:date"


def test_weak_keys_only_in_the_head() -> None:
    # an event notice in the body: "时间:" is not publication metadata there
    assert judge_meta("时间:2024年3月1日上午 地点:三楼会议室", head=False) is None
    assert judge_meta("時間:2023-06-12 16:00:10", head=True) == "meta:date"


def test_paper_authors_and_affiliation() -> None:
    page = "\n".join(
        [
            "物聯網發展的標準問題*",
            "",
            "        2014-03-24 21:53:04盧捍華邵媛媛孫洪波",
            "        電信科學(xué) 2014年3期",
            "        關(guān)鍵詞:傳感聯(lián)網(wǎng)標(biāo)準(zhǔn)",
            "",
            "        盧捍華,邵媛媛,孫洪波,丁 斌",
            "",
            "        (1.南京郵電大學(xué)云計算研究中心 南京210003;2.南京郵電大學(xué)通信與信息工程學(xué)院 南京210003)",  # noqa: E501
            "",
            "        1 引言",
            "",
            "        2009 年,時任國務(wù)院總理溫家寶提出“感知中國”,揭開了中國物聯(lián)網(wǎng)發(fā)展的序幕。當(dāng)時對物聯(lián)網(wǎng)的預(yù)計十分樂觀。",  # noqa: E501
        ]
    )
    doc = clean(page)
    labels = [ln.reason for ln in doc.lines]
    assert labels[6] == "meta:authors"
    assert labels[8] == "meta:affiliation"
    assert doc.lines[4].label == "body"  # keywords
    assert doc.lines[10].label == "body"  # "1 引言" heading
    assert doc.meta.title == "物聯網發展的標準問題*"
    assert doc.meta.published == "2014-03-24T21:53:04"


def test_a_section_word_is_not_an_author_list() -> None:
    doc = clean(
        "用雲開發Cloudbase,實現小程式多圖片內容安全監測\n\n騰訊雲開發TCB發表於2020-06-07\n\n前言\n\n相比於文字的安全檢測,圖片的安全檢測要稍微略複雜一些。"
    )
    assert doc.lines[4].label == "body"


# --- title ------------------------------------------------------------------------------------


def test_heading_like() -> None:
    assert heading_like("什么是 BMS?鋰電池管理系統(tǒng)的原理、作用與選型指南")
    assert not heading_like("wow588")
    assert not heading_like("赌牌是块超级肥肉。")
    assert not heading_like("目录")
    assert not heading_like("1. 概述")


def test_title_is_the_heading_above_the_meta_line_not_the_section_heading() -> None:
    page = "\n".join(
        [
            "首頁 新聞 工控搜 論壇 廠商論壇 產品 方案 廠商 人才 文摘 下載 展覽",
            "中華工控網首頁",
            "EtherCAT運動控制器PT/PVT實現用戶自定義軌跡規劃",
            "深圳市正運動技術有限公司",
            "收藏本文     查看收藏",
            "ZMC408CE硬件介紹",
            "ZMC408CE是正運動推出的一款多軸高性能EtherCAT總線運動控制器,具有EtherCAT、EtherNET、RS232等接口。",
        ]
    )
    doc = clean(page)
    assert find_title(doc) == 2
    assert doc.meta.title == "EtherCAT運動控制器PT/PVT實現用戶自定義軌跡規劃"


def test_subtitle_is_skipped_for_the_title() -> None:
    page = "基于農戶滿意度的農用地整治項目績效診斷*\n——以江蘇省為例\n\n2019-04-14 08:31:02周家俊鄭華偉\n正文第一段很長,這裡有足夠的文字來構成一個段落,並且以句號結尾。這是第二句話。"  # noqa: E501
    assert clean(page).meta.title == "基于農戶滿意度的農用地整治項目績效診斷*"


def test_title_uses_kept_text_of_a_spam_prefixed_line() -> None:
    def cut_prefix(doc):
        line = doc.lines[0]
        line.cut(0, 5, "spam", "spam:title-prefix")

    pipe = Pipeline([NormalizeText(), LabelBlankLines(), cut_prefix, MetaLines(), MetaExtractor()])
    doc = pipe.clean("国产精品_真正的标题\n2024-08-02 16:57:00  來源:某某網\n正文。")
    assert doc.meta.title == "真正的标题"


def test_no_title_on_a_page_of_paragraphs() -> None:
    page = "據澳大利亞媒體The Age報道,澳門最大的博彩中介人太陽城集團將關閉其在澳大利亞的所有貴賓廳。\n太陽城集團在澳大利亞的皇冠賭場和Star賭場都設有貴賓廳。"  # noqa: E501
    assert clean(page).meta.title is None


# --- Document.meta from the seed ---------------------------------------------------------------


def test_seed_meta(seed_text: str) -> None:
    doc = clean(seed_text)
    meta = doc.meta
    assert meta.title == (
        "組織部長訪談丨下足育才“硬功夫” 激活鄉村發展“一池春水”"
        "——訪安徽省六安市金安區委常委、組織部部長呂平"
    )
    assert meta.published == "2024-08-02T16:57:00"
    assert meta.source == "鄉村干部報網"
    assert "劉瓊" in meta.authors
    assert meta.editor == "鄉村干部報編輯"
    assert doc.to_dict()["meta"]["published"] == "2024-08-02T16:57:00"


def test_seed_text_has_no_chrome_and_meta_only_when_asked(seed_text: str) -> None:
    doc = clean(seed_text)
    lines = doc.text.split("\n")
    assert lines[0].startswith("組織部長訪談")
    for junk in ("1", "微信公眾號", "官方微博", "鄉村干部報網"):
        assert junk not in lines
    assert not any(ln.startswith(("2024-08-02", "責編", "本報記者")) for ln in lines)
    assert any("金安區委組織部供圖" in ln for ln in lines)  # the caption stays
    kept = PIPE.clean(seed_text, keep_meta=True).text
    assert "責編:鄉村干部報編輯" in kept and "2024-08-02 16:57:00" in kept
    assert "微信公眾號" not in kept


def test_source_and_authors_from_fields() -> None:
    doc = clean(
        "何迪:美國日本德國農業信息化發展比較與經驗借鑒\n"
        "[ 作者:何迪  文章來源:中國鄉村發現  點擊數: 更新時間:2017-07-26 錄入:王惠敏 ]\n"
        "摘要農業信息化是未來農業發展的重要方向,也是農業擺脫其弱質性的重要手段。"
    )
    assert doc.meta.source == "中國鄉村發現"
    assert doc.meta.authors[0] == "何迪"
    assert doc.meta.published == "2017-07-26"


def test_archive_date_is_not_the_publication_date() -> None:
    doc = clean(
        "归档时间:2018-11-21\n"
        "当前位置: 首页 > 政务公开 > 政策法规\n"
        "关于全面推进政务公开工作的实施意见\n"
        "来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【\n"
        "各县市区委、人民政府,岳阳经济技术开发区:现将实施意见印发给你们,请结合实际认真贯彻落实。"
    )
    assert doc.meta.published == "2017-01-12T17:08"
    assert doc.meta.title == "关于全面推进政务公开工作的实施意见"
    assert doc.meta.source == "岳阳市政府门户网"


# --- the meta-field scorer ---------------------------------------------------------------------


def test_score_meta_counts_right_missed_and_spurious() -> None:
    from cleantext.metaeval import read_gold, score_meta

    pages = [
        {"id": "a", "text": "标题一\n2024-08-02 16:57:00  來源:某網\n" + "正文很長" * 12 + "。"},
        {"id": "b", "text": "標題二\n發布時間:2024年8月3日\n" + "正文很長" * 12 + "。"},
        {"id": "c", "text": "正文很長" * 12 + "。"},
    ]
    gold = [
        {"id": "a", "title": "标题一", "published": "2024-08-02T16:57:00"},
        {"id": "b", "title": "另一个标题", "published": "2024-08-03"},
        {"id": "c", "title": None},
    ]
    report = score_meta(pages, gold, PIPE)
    title, published = report.fields["title"], report.fields["published"]
    assert (title.right, title.gold, title.spurious, title.absent) == (1, 2, 0, 1)
    assert title.misses == [("b", "另一个标题", "標題二")]
    assert published.accuracy == 1.0
    assert "title" in report.format() and report.summary()["title"]["gold"] == 2
    with pytest.raises(ValueError, match="not in the corpus"):
        score_meta(pages, [{"id": "zz", "title": "x"}], PIPE)
    assert read_gold.__doc__


def test_signatories_above_the_date_of_a_notice() -> None:
    page = "\n".join(
        [
            "关于全面推进政务公开工作的实施意见",
            "各县市区委、人民政府,市直各单位:现将实施意见印发给你们,请结合实际认真贯彻落实。",
            "",
            "中共岳阳市委办公室",
            "",
            "岳阳市人民政府办公室",
            "",
            "2017年1月10日",
            "",
            "一、把握总体要求",
        ]
    )
    r = [ln.reason for ln in clean(page).lines]
    assert r[3] == r[5] == "meta:signatory"
    assert r[7] == "meta:date"
    assert r[9] == "default:body"
    # an organisation name inside the body with no date under it stays body
    assert (
        clean("标题\n" + PARA_LONG + "\n岳阳市人民政府办公室\n" + PARA_LONG).lines[2].label
        == "body"
    )


def test_organisation_byline_under_the_title() -> None:
    page = (
        "EtherCAT運動控制器PT/PVT實現用戶自定義軌跡規劃\n深圳市正運動技術有限公司\n收藏本文     查看收藏\n"  # noqa: E501
        + PARA_LONG
    )
    r = [ln.reason for ln in clean(page).lines]
    assert r[1] == "meta:byline"


PARA_LONG = (
    "村看村、戶看戶,群眾看干部,村干部隊伍是加強農村基層組織建設、夯實鄉村治理根基的關鍵所在。"
)


def test_event_time_and_place_are_body() -> None:
    page = (
        "关于召开2024年度工作会议的通知\n时间:2024年5月10日上午9:00\n地点:市政府三楼会议室\n"
        + PARA_LONG
    )
    doc = clean(page)
    assert [ln.label for ln in doc.lines[:3]] == ["body", "body", "body"]
    assert doc.meta.published is None
    assert clean("标题\n時間:2023-06-12 16:00:10\n" + PARA_LONG).lines[1].label == "meta"


def test_meta_follows_the_target_script(seed_text: str) -> None:
    doc = PIPE.clean(seed_text, to="hans")
    assert doc.meta.title is not None and doc.meta.title.startswith("组织部长访谈")
    assert doc.meta.source == "乡村干部报网"
    assert "刘琼" in doc.meta.authors
    assert doc.meta.published == "2024-08-02T16:57:00"


@pytest.mark.parametrize("to", ["hans", "hant", "tw", "hk"])
def test_meta_fields_convert_as_one_call_each(seed_text: str, to: str) -> None:
    # the fields are converted together (joined by line breaks): the same as one
    # to_script call per field, also when an entity in a field decodes to a line break
    from cleantext.convert import to_script
    from cleantext.document import Meta
    from cleantext.filters.metaextract import _convert_fields

    for before in (
        PIPE.clean(seed_text).meta,
        Meta(title="發(fā)展#x000a;規劃", source="新華社", authors=["張三", "李(lǐ)四"]),
        Meta(title=None, source="來源", editor="頭髮", authors=[]),
    ):
        fields = [before.title, before.source, before.editor]
        expected = [None if f is None else to_script(f, to) for f in fields]
        expected += [to_script(a, to) for a in before.authors]
        _convert_fields(before, to)
        assert [before.title, before.source, before.editor, *before.authors] == expected


def test_fold_list_matches_the_fold_table() -> None:
    # fold() translates with a list over the BMP (faster than the dict): same result for
    # every code point, and text with astral characters still folds with the dict
    from cleantext.filters.cues import _fold_table, fold

    table = _fold_table()
    bmp = "".join(map(chr, range(0x10000)))
    assert fold(bmp) == bmp.translate(table)
    astral = [*(chr(cp) for cp in table if cp >= 0x10000), "\U0001f600"]
    for a in astral:
        text = "來源:" + a + "新華社"
        assert fold(text) == text.translate(table)


def test_meta_patterns_are_linear_on_long_space_runs() -> None:
    """`_EVENT_FIELD` (two `\\s*` around an optional number) and the trailing-bracket strip
    (a `[...]+$` search) were quadratic on long runs of spaces: 40 s at 32,000 characters."""
    from cleantext.filters import metafields, metalines

    assert_linear(metalines._EVENT_FIELD.match, lambda n: " " * n + "x")
    assert_linear(metafields._strip, lambda n: "来源" + " " * n + "x")
    assert metafields._strip("• 来源:新华社 】 ") == (2, "来源:新华社")
    assert metalines._EVENT_FIELD.match("一、 地点:北京")
    assert metalines._EVENT_FIELD.match(" 2. 主办")
    assert not metalines._EVENT_FIELD.match("北京地点")


# --- metadata of site types the dev corpus lacks (red-team set chrome_unseen_A) ---------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("更新日期：民國113年3月8日", "2024-03-08"),
        ("更新日期：民国113年3月8日", "2024-03-08"),
        ("Posted by admin on March 5, 2024", "2024-03-05"),
        ("Published 5 Mar 2024 10:20", "2024-03-05T10:20"),
        ("時間  Tue Feb 27 23:43:03 2007", "2007-02-27T23:43:03"),
    ],
)
def test_roc_and_english_dates_parse_to_iso(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "民國初年的故事",
        "113-03-08",
        "Mayor 5, 2024",
        "He was born in March 2024.",
        "民國113年13月8日",
    ],
)
def test_no_roc_or_english_date_without_a_full_date(text: str) -> None:
    # a bare Republic-of-China date in figures counts only after a date key (below)
    assert parse_date(text) is None


UNSEEN_META = [
    # government information tables, both scripts, and a key spaced out to align the table
    ("信息索引号：53011100-2016-000871", "meta:docinfo"),
    ("信息分類：政府文件", "meta:docinfo"),
    ("发布单位：官渡区人民政府办公室", "meta:source"),
    ("發布單位：氣候變遷署", "meta:source"),
    ("索  引  号：430600/2017-00213　　主题分类：政务公开", "meta:docinfo"),
    ("索　引　號：430600/2017-00213", "meta:docinfo"),
    ("發布日期：113-03-08　點閱次數：1542", "meta:date"),
    ("发布日期：113/03/08", "meta:date"),
    ("申请号：201910025030.X　公开日：2019-05-24　发明人：陈凯 刘洋", "meta:docinfo"),
    # credit lines of two or more role/name pairs
    ("文字：李明远　图片：王芳", "meta:credit"),
    ("文字：李明遠　圖片：王芳", "meta:credit"),
    ("审核：张伟　责任编辑：刘洋", "meta:credit"),
    ("審核：張偉　責任編輯：劉洋", "meta:credit"),
    ("图文来源：校团委", "meta:source"),
    ("圖文來源：校團委", "meta:source"),
    ("原标题：《公安部深入推进“扫黄打非”工作》", "meta:docinfo"),
    ("原標題：公安部深入推進掃黃打非工作", "meta:docinfo"),
    # counters run into their numbers, Q&A counts, blog counters
    ("阅读量1.2k 收藏 12 点赞数 3", "meta:counter"),
    ("閱讀量1.2k 收藏 12 點贊數 3", "meta:counter"),
    ("留言(3) 引用(0) 人氣(512)", "meta:counter"),
    ("关注者 128 被浏览 45,210", "meta:counter"),
    ("關注者 128 被瀏覽 45,210", "meta:counter"),
    ("156 人赞同了该回答", "meta:votes"),
    ("156 人贊同了該回答", "meta:votes"),
    # bulletin-board header, English bylines
    ("作者  twmoon (月光下的貓)                                   看板  C_Chat", "meta:byline"),
    ("Posted by admin on March 5, 2024", "meta:date"),
    ("By Jane Doe | March 5, 2024", "meta:date"),
]


@pytest.mark.parametrize(("line", "reason"), UNSEEN_META)
def test_metadata_of_unseen_site_types(line: str, reason: str) -> None:
    # after the article too: credit lines and counters sit at the foot
    assert judge_meta(line, head=False) == reason or judge_meta(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # body hard cases for the keys and shapes above
        "文字：用于记录语言的符号",
        "阅读3遍以上",
        "人气很高的小店",
        "发布单位对此次事故负有责任。",
        "在113-03-08这个编号下",
        "By 2024, the market may double.",
        "We met on March 5, 2024 to discuss the plan.",
        "156 人参加了本次活动",
        "作者认为这个问题很复杂",
        "原标题党的危害",
    ],
)
def test_unseen_meta_keys_stay_body_in_sentences(line: str) -> None:
    assert judge_meta(line, head=False) is None


def test_roc_date_after_a_key_gives_the_published_date() -> None:
    doc = clean("環境部提醒事業完成盤查登錄\n發布日期：113-03-08　點閱次數：1542\n\n" + PARA)
    assert doc.meta.published == "2024-03-08"
    assert doc.lines[1].label == "meta"


PARA = "村看村、戶看戶,群眾看干部,村干部隊伍是加強農村基層組織建設、夯實鄉村治理根基的關鍵所在。"


def test_a_qa_answer_author_block_above_the_vote_count() -> None:
    page = "\n".join(
        [
            "云端是未来,那 ARM 在伺服器市场到底有没有搞头?",
            "关注问题 写回答",
            "查看全部 14 个回答",
            "",
            "老王谈芯片",
            "半导体行业从业者",
            "156 人赞同了该回答",
            "",
            PARA,
        ]
    )
    labels = [ln.label for ln in clean(page).lines]
    assert labels[4:7] == ["meta", "meta", "meta"]
    # without chrome above, two short lines over a vote count are the article's own
    page = "\n".join([PARA, "", "第一名", "老王谈芯片", "156 人赞同了该回答", "", PARA])
    labels = [ln.label for ln in clean(page).lines]
    assert labels[2:4] == ["body", "body"]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("發布日期：113年3月8日", "2024-03-08"),
        ("更新日期：113/03/08", "2024-03-08"),
        ("編輯於 2024-03-05 10:20", "2024-03-05T10:20"),
    ],
)
def test_taiwan_date_keys_and_edit_dates(line: str, iso: str) -> None:
    assert judge_meta(line) == "meta:date"
    doc = clean(f"標題在這裡\n{line}\n\n{PARA}")
    assert doc.meta.published == iso


def test_paragraphs_are_told_on_the_plain_text_as_on_the_folded_one() -> None:
    import json
    from pathlib import Path

    from cleantext.filters import paragraphs

    def reference(text: str) -> bool:  # the rule as written on the folded text
        folded = match_form(text)[1]
        return len(folded) >= 40 and ("。" in folded or paragraphs._PARA.search(folded) is not None)

    corpus = Path(__file__).parent / "fixtures" / "corpus_lines.jsonl"
    texts = [json.loads(row)["text"] for row in corpus.read_text("utf-8").splitlines()]
    texts += [t.replace("。", "！") for t in texts] + [t.replace("。", ")?") for t in texts]
    texts += ["正" * 38 + "A？", "正" * 38 + "）？", "正" * 38 + " ?", "正(zhèng)" * 9 + "。"]
    assert [paragraphs.is_paragraph(t) for t in texts] == [reference(t) for t in texts]
    assert any(paragraphs.is_paragraph(t) for t in texts) and not all(
        map(paragraphs.is_paragraph, texts)
    )


def test_folding_keeps_the_classes_the_paragraph_rule_reads() -> None:
    import regex

    table = cues._fold_table()
    han, word = regex.compile(r"\p{Han}"), regex.compile(r"\w")
    for cp, to in table.items():
        a, b = chr(cp), chr(to)
        assert bool(han.match(a)) == bool(han.match(b)) and bool(word.match(a)) == bool(
            word.match(b)
        )
    assert [cues.preimage(c) for c in "。”」"] == ["。", "”", "」"]


def test_name_lists_are_told_on_the_plain_text_as_on_the_folded_one() -> None:
    import json
    from pathlib import Path

    from cleantext.filters import namelines

    corpus = Path(__file__).parent / "fixtures" / "corpus_lines.jsonl"
    texts = [json.loads(row)["text"] for row in corpus.read_text("utf-8").splitlines()]
    texts += ["張三1,2*,李四2;王五", "張三１，２＊，李四２；王五"]
    texts += ["张三\u3000李四", "張(zhāng)三 李四"]
    texts += [t.translate(_WIDE) for t in texts]
    got = [bool(namelines._NAMES_UNFOLDED.match(plain(t))) for t in texts]
    assert got == [bool(namelines._NAMES.match(match_form(t)[1])) for t in texts]
    assert any(got) and not all(got)
    assert [cues.preimage(c) for c in ",*;、"] == [",，", "*＊", ";；", "、"]


def _ruled_out_by_length(text: str) -> bool:
    """What judge_meta tells first: a line too long to be metadata."""
    from cleantext.filters.metafields import _strip

    folded = match_form(text)[1]
    return len(text) > 400 or (len(folded) > 200 and len(_strip(folded)[1]) > 200)


def test_the_meta_scan_drops_exactly_the_lines_too_long_for_metadata() -> None:
    # _scanned tells the length rule without folding a line whose ends _strip keeps
    from cleantext.filters.metascan import _scanned

    body = "国务院办公厅关于进一步优化营商环境的通知发布时间2024年3月5日" * 7  # 217 characters
    texts = [
        body,
        body[:200],
        body[:201],
        body * 2,
        "•" + body[:200],
        "• " + body[:199],
        "【" + body[:199] + "】",
        "（" + body[:200],  # a full-width parenthesis folds to "(", which _strip takes off
        body[:200] + "）",
        body[:200] + "〗",
        "\u3000" + body[:200],
        body[:200] + "\u3000\u3000",
        "＊＊" + body[:199],
        "(lái)" + body[:198],  # pinyin debris: the plain line is shorter
        "#x4e2d;" * 29,
    ]
    for text in texts:
        expected = "" if _ruled_out_by_length(text) else plain(text)
        assert _scanned(text) == expected, text[:12]
    assert {_scanned(t) == "" for t in texts} == {True, False}


def test_fields_told_once_per_text_with_a_memo() -> None:
    from cleantext.filters.meta import fields

    memo: dict = {}
    first = fields("来源:新华社 2024-03-05 10:20", memo=memo)
    assert first == fields("来源:新华社 2024-03-05 10:20")
    assert fields("来源:新华社 2024-03-05 10:20", memo=memo) is first
    assert list(memo) == ["来源:新华社 2024-03-05 10:20"]


def test_every_regex_space_is_a_str_space() -> None:
    # _scanned tells a space at a line's end by str.isspace where _strip's _LEAD says \s
    import regex

    every = "".join(map(chr, range(0x110000)))
    spaces = regex.findall(r"\s", every)
    assert "\u3000" in spaces and all(c.isspace() for c in spaces)
