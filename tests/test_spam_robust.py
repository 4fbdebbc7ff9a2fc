"""Spam steps on adversarial input: linear time, bounded memory, the same verdicts.

Each case here hung or blew up before its fix (``bench/adversarial.py`` for the shapes).
"""

from __future__ import annotations

import json
import random
import re
import time
import tracemalloc
from pathlib import Path

from cleantext.document import Document, Line
from cleantext.filters import spam
from cleantext.filters.spam import KeywordList, PlaceTags, item_spam, item_spans
from cleantext.spam.lexicon import families, fold
from timing import assert_linear

_CORPUS_LINES = Path(__file__).parent / "fixtures" / "corpus_lines.jsonl"

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"


def test_place_tag_is_linear_on_leading_whitespace() -> None:
    # two \s* around an optional bullet: 42 s at 32,000 characters before the fix
    for ws in (" ", "\u3000"):
        for tail in ("x", "上海市", "• 上海市某某"):
            assert_linear(spam._PLACE_TAG.search, lambda n, ws=ws, tail=tail: ws * n + tail)
            assert_linear(spam._PLACE_TAG.match, lambda n, ws=ws, tail=tail: ws * n + tail)


def test_place_tag_matches_as_before() -> None:
    oks = ("嘉定区环保智能电表单价", "  • 嘉定区环保智能电表单价 ", "12、 静安区冷水机组维修电话")
    for ok in oks:
        assert spam._PLACE_TAG.match(ok), ok
    for no in ("浦东新区房价多少钱", "• • 嘉定区环保智能电表单价", "嘉定区环保智能电表单价。"):
        assert not spam._PLACE_TAG.match(no), no


def test_place_tags_step_on_a_long_blank_run() -> None:
    page = "\u3000" * 50_000 + "嘉定区环保智能电表单价\n" + " " * 50_000
    t = time.process_time()  # CPU time: waiting for a core on a shared machine is not cost
    PlaceTags()(Document.from_text(page))
    assert time.process_time() - t < 2.0


def test_keyword_list_memory_is_bounded_on_a_huge_line() -> None:
    # an almost-spam line (spam items, but sentences): items are streamed, not listed
    piece = "国产精品|亚洲|久久|今天召开了会议。"
    # 200,000 characters: the bound is per character and the fixed part is ~8 KB, so a
    # larger line only costs time (tracemalloc makes this step ~10x slower)
    text = piece * (200_000 // len(piece))
    doc = Document.from_text(text)
    fold(text)  # the folded copy is cached: not what this test measures
    KeywordList()(Document.from_text(piece))  # nor the patterns, built on their first use
    tracemalloc.start()
    try:
        KeywordList()(doc)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert doc.lines[0].label is None and not doc.lines[0].cuts
    assert peak < 4 * len(text), peak  # a copy of the line at most; was ~57 bytes a character


def test_keyword_list_verdicts_on_a_huge_line() -> None:
    # the spam prefix of a huge one-line page is still cut, and a huge list is still spam
    head = "国产精品一区二区_亚洲欧美日韩_久久精品视频在线观看_"
    title = "关于召开年度工作会议的通知" * 5_000
    doc = KeywordList()(Document.from_text(head + title))
    assert doc.lines[0].cuts[0].reason == "spam:title-prefix"
    assert doc.lines[0].kept_text == title
    doc = KeywordList()(Document.from_text("国产精品一区二区_亚洲欧美日韩_" * 20_000))
    assert doc.lines[0].reason == "spam:keyword-list"


def _lines() -> list[str]:
    out = []
    for raw in SAMPLE.read_text("utf-8").splitlines():
        out += json.loads(raw)["text"].split("\n")
    rng = random.Random(9)
    strong = [t for f in ("porn-strong", "gambling-strong") for t in families()[f]]
    weak = [t for f in ("porn-weak", "gambling-weak") for t in families()[f]]
    words = [*strong, *weak, "真正的标题", "会议", "i", "bob体育", "OD体育官网", "北京"]
    for _ in range(3000):
        items = [rng.choice(words) + rng.choice(["", rng.choice(words)]) for _ in range(6)]
        out.append("".join(it + rng.choice("_|, -、/") for it in items))
    return out


def test_streamed_item_stats_equal_item_spam() -> None:
    for line in _lines():
        folded = fold(line)
        brand = spam._BRAND.search(folded) is not None
        got = [(a, b, k, s) for a, b, k, s in spam._iter_items(folded, brand)]
        want = [(a, b, *item_spam(folded[a:b])) for a, b in item_spans(folded)]
        assert got == want, line


def test_keyword_list_on_streamed_items_keeps_its_cuts() -> None:
    # the cut bounds come from the streamed run bounds: they must be item boundaries
    for line in _lines():
        ln = Line(line)
        KeywordList()._judge(ln)
        spans = item_spans(fold(line))
        bounds = {a for a, _ in spans} | {b for _, b in spans} | {0, len(line)}
        for c in ln.cuts:
            assert c.start in bounds and c.end in bounds, line


# --- cold start: the shipped built data --------------------------------------------------------


def test_shipped_built_data_equals_a_fresh_build() -> None:
    # regenerate with: python -m cleantext.spam.lexicon --build
    from importlib import resources

    from cleantext.spam import lexicon

    shipped = json.loads(
        resources.files("cleantext.spam").joinpath(lexicon.BUILT).read_text("utf-8")
    )
    assert shipped == lexicon.build(), "stale: run python -m cleantext.spam.lexicon --build"
    assert lexicon._prebuilt() is not None  # current, so used


def test_built_data_gives_the_same_patterns_and_tables() -> None:
    from cleantext.spam import features, lexicon

    assert lexicon._tables() == lexicon._read_tables()
    assert lexicon._gate().pattern == lexicon._anchored(lexicon._gate_terms())
    _, hans, hant = lexicon._read_tables()
    classes = lexicon._script_classes()[:2]
    assert [c.pattern for c in classes] == [lexicon._class_pattern(x) for x in (hans, hant)]
    for kind in ("strong", "agency"):
        built = getattr(features, f"_prefilter_{kind}")().pattern
        assert built == lexicon._trie(features._prefilter_terms(kind))


def test_script_classes_as_ranges_hold_the_same_characters() -> None:
    from cleantext.spam import lexicon

    hans, hant, _, _ = lexicon._script_classes()
    _, hans_only, hant_only = lexicon._tables()
    bmp = "".join(map(chr, range(0x10000)))
    assert set(hans.findall(bmp)) == {c for c in hans_only if c <= "\uffff"}
    assert set(hant.findall(bmp)) == {c for c in hant_only if c <= "\uffff"}


def test_long_text_counts_and_folding_equal_the_plain_ones() -> None:
    from cleantext.spam import lexicon

    rng = random.Random(3)
    alphabet = "ΣσςAbΑΒ 国產 İ\u0307ǅ·':Ⅷ\n"
    text = "".join(rng.choice(alphabet) for _ in range(300_000))
    lexicon.fold.cache_clear()
    assert lexicon.fold(text) == text.translate(lexicon._tables()[0]).lower()
    hans, hant, _, _ = lexicon._script_classes()
    assert lexicon.script_counts(text) == (len(hans.findall(text)), len(hant.findall(text)))


# --- recall: hot-tag lines stuffed with place + product keywords -------------------------------

P0073 = (
    "熱門(mén)標(biāo)簽:隨州外呼系統(tǒng)運(yùn)營(yíng)商 外呼系統(tǒng)彈屏太多怎"
    "么處理 大眾點(diǎn)評(píng)便利店地圖標(biāo)注 濟(jì)寧電話外呼系統(tǒng) 新科"
    "極限運(yùn)動(dòng)場(chǎng)所地圖標(biāo)注點(diǎn) 折頁(yè)地圖標(biāo)注 電銷"
    "(xiāo)智能機(jī)器人怎樣省錢(qián) 電話機(jī)器人15 河北迅鴿 外呼系統(tǒng)需要"
    "手機(jī)號(hào)碼"
)


def test_stuffed_hot_tags_are_spam() -> None:
    # a real line (dev corpus p0073): place-led tags, 外呼系统 / 地图标注 stuffed in many
    title = "商標(biāo)化營(yíng)銷(xiāo)的渠道策略"
    page = f"{title}\n\n{P0073}\n渠道即商品銷(xiāo)售路線。"
    doc = PlaceTags()(Document.from_text(page))
    assert [ln.reason for ln in doc.lines] == ["", "", "spam:keyword-tags", ""]


def test_a_sites_own_hot_tags_are_left_alone() -> None:
    for line in (
        "热门标签:手机 电脑 相机 耳机 平板 手表 路由器",  # distinct products
        "热门标签:北京 上海 广州 深圳 杭州 成都",  # places only, nothing stuffed
        "热门标签:北京旅游攻略 上海旅游攻略 旅游攻略大全 美食",  # too few tags
        "标签: pcba pcba加工费用",  # no hot-tag header (dev p0159)
        "关键词:标准化,集约化,政府网站,信息系统",  # an article's keywords
    ):
        doc = PlaceTags()(Document.from_text(line))
        assert doc.lines[0].label is None, line


def test_hot_tag_rule_fires_on_no_clean_line_of_the_sample() -> None:
    for raw in SAMPLE.read_text("utf-8").splitlines():
        page = json.loads(raw)
        doc = PlaceTags()(Document.from_text(page["text"]))
        for ln, gold in zip(doc.lines, page["labels"], strict=True):
            if ln.reason == "spam:keyword-tags":
                assert gold == "spam", (page["id"], ln.clean)


# --- speed-only rewrites: the same matches as the plain forms -----------------------------------


def _plain_pattern(terms: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """The family pattern as first written: a Latin trie with word boundaries, a CJK trie."""
    from cleantext.spam import lexicon

    cjk = sorted({t for t in terms if not t.isascii()})
    latin = sorted({t for t in terms if t.isascii()})
    alts = [r"(?<![a-z])(?:" + lexicon._trie(latin) + r")(?![a-z])"] if latin else []
    alts += [lexicon._trie(cjk)] if cjk else []
    return re.compile("|".join(alts) or "(?!)")


def test_literal_led_family_patterns_find_what_the_plain_tries_find() -> None:
    from cleantext.spam import lexicon

    rng = random.Random(5)
    fams = [(f,) for f in families()] + [spam._STRONG, spam._WEAK]
    for fams_ in fams:
        terms = [t for f in fams_ for t in families()[f]]
        fast, plain = lexicon._union(fams_), _plain_pattern(terms)
        glue = ["", "", "a", "x", "9", " ", "_", "国", "v"]
        for _ in range(400):
            text = "".join(rng.choice(terms) + rng.choice(glue) for _ in range(rng.randint(1, 6)))
            text = rng.choice(glue) + text[: rng.randint(1, len(text))]
            assert fast.findall(text) == plain.findall(text), (fams_, text)


def test_re_rewrites_match_as_the_regex_originals() -> None:
    import regex

    rng = random.Random(7)
    alphabet = "价格表电话多少钱热門熱点搜相关關推荐标標签:tag,，_| -\u3000\x1c\x85\t\n文字2"
    tag_end = regex.compile(
        r"(?:价格|價格|厂家|廠家|批发|批發|多少钱|多少錢|哪家好|报价|報價|单价|單價|指导|指導|排名"
        r"|哪里买|哪裡買|哪裏買|供应商|供應商|电话|電話|价格表|價格表)\S{0,6}\s*$"
    )
    hot = re.compile(
        r"^[^\S\n]*(?:[热熱][门門]|相[关關]|[热熱][点點]|[热熱]搜|推[荐薦])(?:\([^)\n]{1,8}\))?"
        r"(?:[标標搜关關]|[tT][aA][gG])",
        re.MULTILINE,
    )
    squeeze = regex.compile(r"[\s_|/\-\u2013\u2014,\uff0c、\uff5c\uff3f\uff0f]+")
    brand = regex.compile(
        r"(?<![a-z])(?:澳门)?(?:bob|od|ob|ky|hth|ayx|kaiyun|leyu|yabo|betway|bet365|亚博|开云|乐鱼|九游会?|"
        r"华体会|米乐|爱游戏|半岛|星空|必威|沙巴|皇冠|博天堂|新葡京|葡京|威尼斯人|太阳城|澳门金沙|金沙|"
        r"澳门银河|雷竞技|金宝博|乐动)\s*"
        r"(?:体育|娱乐场|娱乐|电竞|棋牌|彩票|真人|下载|官网|官方网站|网页版|app|入口|登录|注册|手机版"
        r"|(?<=[\u4e00-\u9fff])(?:hth|ayx|kaiyun|leyu|yabo|bob)(?![a-z]))"
        r"(?:\s*(?:体育|娱乐|电竞|官网|官方网站|网页版|平台|app|入口|登录|注册|下载|手机版|网址|在线|首页|官方"
        r"|网站))*"
    )
    brand_end = regex.compile(r"$|[\s_|,\uff0c、/\uff5c\-\u2013\u2014!\uff01?:\uff1a;()\[\]【】]")
    parts = [
        "bob",
        "od",
        "九游",
        "九游会",
        "澳门",
        "金沙",
        "体育",
        "官网",
        "app",
        "入口",
        "x",
        " ",
        "\x1c",
    ]
    parts += ["\u3000", "\n", "_", "(", "】", "网站", "娱乐场"]
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        assert brand.findall(text) == spam._BRAND.findall(text), text
        for at in range(len(text) + 1):
            assert bool(brand_end.match(text, at)) == bool(spam._BRAND_END.match(text, at)), text
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert bool(tag_end.search(text)) == bool(spam._PLACE_TAG_END.search(text)), text
        assert bool(hot.match(text)) == bool(spam._HOT_LINE.match(text)), text
        assert squeeze.sub("", text) == spam._SQUEEZE.sub("", text), text
        key = squeeze.sub("", text[: rng.randint(0, len(text))])
        assert spam._squeezes_to(text, key) == (squeeze.sub("", text) == key), (text, key)


def test_fold_by_the_bmp_list_equals_the_dict_translation() -> None:
    from cleantext.spam import lexicon

    t2s = lexicon._tables()[0]
    astral = [chr(c) for c in t2s if c > 0xFFFF][:20]
    assert astral  # the dict maps astral characters: the list path must not drop them
    keys = [chr(c) for c in list(t2s)[:3000:7]]
    rng = random.Random(11)
    for k in range(600):  # the first ones by the dict, then by the list
        if k in (0, 300):
            lexicon._FOLDED[0] = 0 if k == 0 else lexicon._LIST_AFTER
        text = "".join(rng.choice(keys + astral + list("abc AB國产𠀀")) for _ in range(30))
        text = text if k % 3 else "".join(c for c in text if c <= "\uffff")  # BMP only
        lexicon.fold.cache_clear()
        assert lexicon.fold(text) == text.translate(t2s).lower(), text


# --- speed rewrites: page-level scans give what the per-line checks gave -----------------------

_DEBRIS_PAGES = [
    P0073,
    "成都創(chuàng)新互聯(lián)網(wǎng)站制作重慶分公司\n正文(一)。\n網(wǎng)站建設(shè)\n天气很好。",
    "國產(chǎn)精品\n\n(lián) 某(xx) 文字\n(chuàng)新互聯(lián)",
]


def _gate_per_line(texts: list[str]) -> list[int]:
    from cleantext.spam import lexicon

    return [i for i, t in enumerate(texts) if t and lexicon._worth_a_look(t)]


def test_gate_lines_on_pages_with_pinyin_debris_equal_the_per_line_gate(monkeypatch) -> None:
    from cleantext.spam import lexicon

    rng = random.Random(11)
    lines = [ln for page in _DEBRIS_PAGES for ln in page.split("\n")]
    lines += [json.loads(x)["text"] for x in _CORPUS_LINES.read_text("utf-8").splitlines()[:400]]
    assert lexicon._debris_proof()  # the shipped lexicon takes the one-scan path
    for _ in range(200):
        texts = rng.sample(lines, rng.randint(1, 12))
        want = _gate_per_line(texts)
        assert lexicon.gate_lines(texts) == want, texts
        monkeypatch.setattr(lexicon, "_debris_proof", lambda: False)  # the general path
        assert lexicon.gate_lines(texts) == want, texts
        monkeypatch.undo()


def test_debris_proof_fails_for_terms_that_could_overlap_debris(monkeypatch) -> None:
    from cleantext.spam import lexicon

    lexicon._debris_proof.cache_clear()
    # a bracket, or pinyin letters alone (found inside "(qqlián)"): not proof; "qq号" is
    for term in ("某(某)", "lián", "qq", "qq号"):
        monkeypatch.setattr(lexicon, "_gate_source", lambda t=term: ["国产精品", t])
        assert lexicon._debris_proof() is (term == "qq号"), term
        lexicon._debris_proof.cache_clear()
    monkeypatch.undo()
    assert lexicon._debris_proof()


def test_lines_holding_counts_lines_from_hit_to_hit() -> None:
    from cleantext.spam.lexicon import lines_holding

    pat = re.compile("x+")
    rng = random.Random(2)
    for _ in range(300):
        texts = ["".join(rng.choice("ax ") for _ in range(rng.randint(0, 4))) for _ in range(6)]
        want = [i for i, t in enumerate(texts) if "x" in t]
        assert list(lines_holding(pat.search, "\n".join(texts))) == want, texts


def test_squeezed_characters_are_what_squeeze_removes() -> None:
    bmp = "".join(map(chr, range(0x10000)))
    assert set("".join(spam._SQUEEZE.findall(bmp))) == set(spam._SQUEEZED)


def test_keyword_doorway_needs_the_title_above_and_keeps_others() -> None:
    # the doorway title (p0081-like) is taken, a prose line with commas below an
    # unrelated title is not
    page = (
        "张家港高端网站制作指数基金定投技巧\n\n"
        "张家港高端网站制作,指数基金定投技巧,asp.net做的网站要放到网上空间去,广告正文。\n"
        "另一个标题\n"
        "今天天气很好,我们去公园,看到很多花,非常开心。"
    )
    doc = spam.KeywordDoorway()(Document.from_text(page))
    assert [ln.reason for ln in doc.lines] == ["spam:keyword-doorway", "", "", "", ""]
    assert doc.lines[2].kept_text == "广告正文。"


def test_tag_candidates_hold_every_line_either_tag_rule_takes() -> None:
    rng = random.Random(9)
    alphabet = "价格表电话多少钱热門熱点搜相关關推荐标標签:tag,，_| -\u3000\x1c\x85\t文字2()"
    for _ in range(2000):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(4)]
        found = set(
            spam.PageScan(Document.from_text("\n".join(texts))).lines_matching(spam._TAGS_ANY)
        )
        for i, t in enumerate(texts):
            if spam._HOT_LINE.match(t) or spam._PLACE_TAG_END.search(t):
                assert i in found, texts


def test_fast_escape_is_re_escape() -> None:
    from cleantext.spam.lexicon import _esc

    rng = random.Random(4)
    chars = [chr(c) for c in range(0x3100)] + ["国", "產", "\U0001f600", "\uff08"]
    for c in chars:
        assert _esc(c) == re.escape(c), repr(c)
    for _ in range(2000):
        t = "".join(rng.choice(chars) for _ in range(rng.randint(0, 6)))
        assert _esc(t) == re.escape(t), repr(t)


def test_bracket_rules_need_a_closing_bracket_at_the_end() -> None:
    # the splice step skips both bracket patterns unless the line (spaces stripped by
    # str.rstrip, which strips every space regex's \s takes) ends with a closing bracket
    import regex

    space = regex.compile(r"\s")
    assert all(chr(c).isspace() for c in range(0x110000) if space.match(chr(c)))
    rng = random.Random(6)
    alphabet = "。!?.…(（【[)）】] \u3000\x85\t网站平台时时彩a1"
    inner = "网站平台时时彩来源a1 "
    matched = 0
    for _ in range(4000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        t += rng.choice(["", "。", "!", "文"]) + rng.choice(["", " ", "\u3000"])
        t += rng.choice("(（【[") + "".join(rng.choice(inner) for _ in range(rng.randint(1, 20)))
        t += rng.choice(")）】]x") + rng.choice(["", " ", "\u3000", "\x85", "\x1c", "a"])
        if spam._TAIL_NOTE.search(t) or spam._TITLE_SITE.search(t):
            matched += 1
            assert t.rstrip()[-1:] in spam._CLOSING, t
    assert matched > 500
