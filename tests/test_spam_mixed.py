"""Mixed lines (issue 4): a real line with spam spliced in, where only the spam is cut.

Every spam part here is written for these tests (never copied from the red-team sets), and
put into real pages of ``fixtures/spam_sample.jsonl``. Hard negatives are real corpus lines
or what a page says of its own in the same place (a reporter's contact, a police notice).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"
PAGES = {p["id"]: p for p in map(json.loads, SAMPLE.read_text("utf-8").splitlines())}
HOSTS = ("p0017", "p0021", "p0209")  # crackdown news (hans), converted mirror (hant), tech


def _glued(host: str, tail: str) -> tuple[str, object]:
    """The longest paragraph of a real page (its first 24 lines) with ``tail`` glued after
    its last sentence: (the paragraph, the line as cleaned)."""
    lines = PAGES[host]["text"].split("\n")[:24]
    k = max(range(len(lines)), key=lambda j: len(lines[j]))
    para = lines[k].rstrip()
    if not para.endswith("。"):
        para += "。"
    lines[k] = para + tail
    return para, clean("\n".join(lines)).lines[k]


# --- watermarks after a paragraph's last sentence ---------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "诚招手机兼职刷单员ＱＱ５５６６７７８８９",  # full width, no bracket
        "（注册即送彩金 加微:cj2025）",
        "【高价回收二手手机 v:huishou77】",  # a bare v before a colon
        # contacts written around filters: a symbol after the key, a handle, a link
        "（高仿证件制作 V❤zj8866）",
        "(收购旧手机 t.me/sj-huishou)",
        "(网贷逾期协商 私聊:@yq66)",
        # a phone or an id after 微信同号, a WhatsApp number in groups
        "上门开锁换锁芯 微信同号13912345678",
        "代开发票WhatsApp 9123 4567",
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_watermark_with_a_private_contact_after_a_paragraph_is_cut(tail: str, host: str) -> None:
    para, line = _glued(host, tail)
    assert line.label != "spam", line.reason
    assert any(c.label == "spam" for c in line.cuts), (tail, line.cuts)
    assert line.kept_text.rstrip() == para


@pytest.mark.parametrize(
    "tail",
    [
        "(记者 李明 微信:liming2024)",
        "（特约通讯员 张强 QQ:1234567）",
        "(编辑:王芳 微信 wf20231)",
        "举报邮箱:jubao@12377.cn",
        "(如有疑问请联系QQ:12345678)",
        "(欢迎关注微信公众号:techdaily)",
        "(有问题可以私聊我:ab12)",
        "(更多资料请加群:123456交流)",
        "(本站QQ群:12345678)",
    ],
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_paragraphs_own_credit_or_contact_after_it_stays(tail: str, host: str) -> None:
    _, line = _glued(host, tail)
    assert not line.cuts and line.label != "spam", (tail, line.reason, line.cuts)


@pytest.mark.parametrize(
    "ad", ["(网贷秒批免征信LINE:@dk2024)", "（代开各类发票 微信同号13560001234）"]
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_bracketed_watermark_before_a_paragraphs_final_mark_is_cut(ad: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:24]
    k = max(range(len(lines)), key=lambda j: len(lines[j]))
    para = lines[k].rstrip().rstrip("。") + "。"
    lines[k] = para[:-1] + ad + "。"
    line = clean("\n".join(lines)).lines[k]
    assert line.label != "spam", line.reason
    assert [c.reason for c in line.cuts] == ["spam:contact-watermark"], line.cuts
    assert line.kept_text.rstrip() == para


@pytest.mark.parametrize(
    "ad", ["(来源:新华社 微信公众号xinhua2024)", "(记者 李明 微信:liming2024)"]
)
@pytest.mark.parametrize("host", HOSTS)
def test_a_bracketed_credit_before_a_paragraphs_final_mark_stays(ad: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:24]
    k = max(range(len(lines)), key=lambda j: len(lines[j]))
    lines[k] = lines[k].rstrip().rstrip("。") + ad + "。"
    line = clean("\n".join(lines)).lines[k]
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


@pytest.mark.parametrize("host", HOSTS)
def test_a_trade_watermark_after_a_short_paragraph_is_cut_not_the_paragraph(host: str) -> None:
    # a paragraph of 40-60 characters with an invoice ad and a phone glued after it: the
    # ad is cut (it was the whole line: a promo paragraph)
    para = (
        "一、申报对象。本市户籍、在本市缴纳社会保险满一年以上"
        "且未享受其他就业补贴的灵活就业人员均可申报。"
    )
    lines = PAGES[host]["text"].split("\n")[:24]
    lines.insert(6, para + "代开各类发票微信同号13560001234")
    line = clean("\n".join(lines)).lines[6]
    assert line.label != "spam", line.reason
    assert line.kept_text.rstrip() == para, line.cuts


# real paragraphs of the corpus whose end after the last sentence holds Latin letters and
# digits (an image name, leftover code, an unfinished sentence)
REAL_TAILS = [
    "  • 網絡設備:網絡設備可以是一個硬件設備,如網卡; 但也可以是一個純粹的軟件設備,比如回環接口(lo)"
    ".一個網絡接口負責發送和接收數據報文。2ab7058a-dbe2-11ec-ba43-dac502259ad0.png",
    "其宗旨非常簡(jiǎn)單,就是制定和維護(hù)全球無(wú)線(xiàn)通信標(biāo)準(zhǔn),而不是關(guān)注某個(gè)局域或"
    "某個(gè)地區(qū)的需要。sOVesmc",
    "電動(dòng)汽車供電設(shè)備(EVSE)的組件設(shè)計(jì)用于安全高效地將電力從電網(wǎng)輸送到電動(dòng)汽車。"
    "EVSE的主要組件具體如下:",
]


@pytest.mark.parametrize("text", REAL_TAILS)
@pytest.mark.parametrize("host", HOSTS)
def test_real_paragraph_ends_in_an_unrelated_page_stay(text: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:24]
    at = len(lines) // 2
    line = clean("\n".join([*lines[:at], text, *lines[at:]])).lines[at]
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# --- gambling brands spliced into titles and sentences ----------------------------------------


def _spliced(host: str, k: int, brand: str) -> tuple[str, object]:
    """Line ``k`` of a real page with ``brand`` put after its first comma (or in its middle):
    (the line, the line as cleaned)."""
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = text.find(",") + 1 or len(text) // 2
    lines[k] = text[:at] + brand + text[at:]
    return text, clean("\n".join(lines)).lines[k]


@pytest.mark.parametrize("brand", ["米乐体育官网", "华体会hth", "雷竞技rb88", "乐鱼体育手机版"])
@pytest.mark.parametrize(("host", "k"), [("p0209", 3), ("p0025", 15), ("p0222", 5), ("p0021", 0)])
def test_a_brand_spliced_into_a_line_is_cut(brand: str, host: str, k: int) -> None:
    text, line = _spliced(host, k, brand)
    assert [c.reason for c in line.cuts] == ["spam:brand-splice"], (brand, line.reason, line.cuts)
    assert line.kept_text.strip() == text.strip()


@pytest.mark.parametrize(
    ("host", "k", "brand"),
    [
        ("p0017", 20, "乐鱼体育官网"),  # crackdown news: its sentences name the trade
        ("p0019", 0, "太阳城官网"),  # gambling news naming the brand elsewhere
        ("p0086", 4, "威尼斯人app"),
        ("p0209", 3, "“米乐体育官网”"),  # quoted
        ("p0209", 3, "星空体育馆"),  # a stadium: no site word after the brand
    ],
)
def test_a_brand_a_page_speaks_of_stays(host: str, k: int, brand: str) -> None:
    _, line = _spliced(host, k, brand)
    assert not line.cuts and line.label != "spam", (brand, line.reason, line.cuts)


# --- an ad's bracket before a title -----------------------------------------------------------

TITLES = [("p0021", 0), ("p0209", 3), ("p0222", 0)]  # a real page's title and its place
COLUMNS = ["【免费下载】", "【抖音直播】", "【产品推荐】", "【以案说法】"]


@pytest.mark.parametrize("bracket", ["【51吃瓜视频】", "【草莓视频】"])
@pytest.mark.parametrize(("host", "k"), TITLES)
def test_a_sites_name_bracketed_before_a_title_is_cut(bracket: str, host: str, k: int) -> None:
    # a spam site's name the item model reads as an ad only a little (0.5-0.8): led by a
    # number or holding a strong term, and foreign to the page
    lines = PAGES[host]["text"].split("\n")[:30]
    title = lines[k].strip()
    lines[k] = bracket + title
    line = clean("\n".join(lines)).lines[k]
    assert [c.reason for c in line.cuts] == ["spam:item-run"], (line.reason, line.cuts)
    assert line.kept_text == title


@pytest.mark.parametrize(
    "suffix",
    # one ad after a title's separator, naming what it sells (a trade, an ad word, a contact)
    ["|信用卡套现秒到账", "_高仿名表一手货源微信同号13700001111", " - 装修公司哪家好"],
)
@pytest.mark.parametrize(("host", "k"), TITLES)
def test_one_ad_after_a_titles_separator_is_cut(suffix: str, host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    title = lines[k].rstrip()
    lines[k] = title + suffix
    line = clean("\n".join(lines)).lines[k]
    # (on the Traditional page, the junk in Simplified is cut by the script rules first)
    assert line.cuts and all(c.label == "spam" for c in line.cuts), (line.reason, line.cuts)
    assert line.kept_text.rstrip() == title


@pytest.mark.parametrize(
    "suffix",
    # a site's name or column after its title (the item model reads none as an ad), and
    # an ad word the page itself says
    ["_新浪财经", " - 知乎", "|百度百科", "_技术头条", "_产品中心", "-人人文库"],
)
# (Simplified pages: in a Traditional one, Simplified segments after a title are junk)
@pytest.mark.parametrize(("host", "k"), [("p0021", 0), ("p0222", 0)])
def test_a_sites_name_after_a_title_stays(suffix: str, host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    lines[k] = lines[k].rstrip() + suffix
    line = clean("\n".join(lines)).lines[k]
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


@pytest.mark.parametrize("bracket", COLUMNS)
@pytest.mark.parametrize(("host", "k"), TITLES)
def test_a_column_bracketed_before_a_title_stays(bracket: str, host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    lines[k] = bracket + lines[k].strip()
    line = clean("\n".join(lines)).lines[k]
    assert not line.cuts and line.label != "spam", (bracket, line.reason, line.cuts)


@pytest.mark.parametrize("line", ["【网贷秒批无视征信】须知", "【信用卡代办高额下卡】公告"])
@pytest.mark.parametrize("host", ["p0021", "p0209", "p0222"])
def test_an_ad_bracket_before_a_stub_is_a_spam_line(line: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    at = len(lines) // 2
    doc = clean("\n".join([*lines[:at], line, *lines[at:]]))
    assert doc.lines[at].label == "spam", (doc.lines[at].reason, doc.lines[at].cuts)


# --- an ad spliced into a sentence after a clause mark ----------------------------------------

PARAGRAPHS = [("p0025", 15), ("p0222", 5), ("p0021", 10), ("p0209", 9)]  # hans, hans, hans, hant


@pytest.mark.parametrize(
    "ad",
    [
        "无抵押贷款当天下款",
        "高仿名表一手货源",
        "游戏外挂免费下载",
        "网贷逾期停催",
        "电子烟批发包邮",
    ],
)
@pytest.mark.parametrize(("host", "k"), PARAGRAPHS)
def test_an_ad_spliced_after_a_comma_is_cut(ad: str, host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = text.find(",") + 1
    lines[k] = text[:at] + ad + text[at:]
    line = clean("\n".join(lines)).lines[k]
    assert [c.reason for c in line.cuts] == ["spam:trade-splice"], (ad, line.reason, line.cuts)
    assert line.kept_text.strip() == text.strip()


# --- an ad clause with a private contact spliced into a sentence (spam:contact-splice) -----


@pytest.mark.parametrize(
    "ad",
    [
        "需要代写毕业论文的加V:lw8899",
        "高仿名表一手货源找阿杰LINE:@mb2025",
        "同城上门开锁微信同号13911112222",
    ],
)
@pytest.mark.parametrize(("host", "k"), PARAGRAPHS)
def test_an_ad_clause_with_a_contact_spliced_into_a_sentence_is_cut(
    ad: str, host: str, k: int
) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = text.find(",") + 1
    lines[k] = text[:at] + ad + "," + text[at:]
    line = clean("\n".join(lines)).lines[k]
    assert line.label != "spam", line.reason
    assert any(c.label == "spam" for c in line.cuts), (ad, line.cuts)
    assert line.kept_text.strip() == text.strip()


@pytest.mark.parametrize(
    "clause",
    [
        "记者 李明 微信:liming2024",
        "如有疑问请联系QQ:12345678",
        "欢迎关注微信公众号:techdaily",
        "举报请加微信jubao2024",
        "有需要的朋友可以加我微信ab12345交流",
    ],
)
@pytest.mark.parametrize(("host", "k"), PARAGRAPHS)
def test_a_contact_clause_of_the_page_stays(clause: str, host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = text.find(",") + 1
    lines[k] = text[:at] + clause + "," + text[at:]
    line = clean("\n".join(lines)).lines[k]
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# real lines naming a trade in a sentence (notices, news, a shop's promise): put into an
# unrelated page, where nothing else names the trade
TRADE_SENTENCES = [
    "警方提醒:出租、出借、出售银行卡和手机卡属于违法行为,可能被追究刑事责任。",
    "教育考試院通報:一名考生攜帶作弊器進入考場,被取消本次考試成績。",
    "京东承诺：京东平台卖家销售并发货的商品，由平台卖家提供发票和相应的售后服务。",
    "澳大利亞報紙另外引述了一些未透露姓名的消息人士稱,太陽城集團在墨爾本皇冠度假村賭場的貴賓廳也將關閉。",
]


@pytest.mark.parametrize("text", TRADE_SENTENCES)
@pytest.mark.parametrize("host", ["p0025", "p0222", "p0209"])
def test_a_sentence_naming_a_trade_stays_whole(text: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    at = len(lines) // 2
    line = clean("\n".join([*lines[:at], text, *lines[at:]])).lines[at]
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


def test_an_ad_spliced_into_a_page_about_its_trade_is_left() -> None:
    # a page that names the trade elsewhere: its sentences may name it too (the rule abstains)
    lines = PAGES["p0025"]["text"].split("\n")[:30]
    text = lines[15]
    at = text.find(",") + 1
    lines[15] = text[:at] + "无抵押贷款当天下款" + text[at:]
    lines.insert(3, "很多人在网上申请小额贷款时遇到了各种问题。")
    line = clean("\n".join(lines)).lines[16]
    assert not line.cuts, line.cuts


def test_the_trades_data_is_the_generators() -> None:
    from cleantext.spam.itemsynth import GENERIC_TAILS, TRADES
    from cleantext.spam.lexicon import data_bytes

    rows = {}
    for row in data_bytes("data/trades.txt").decode("utf-8").splitlines():
        if row and not row.startswith("#"):
            trade, cores, tails = row.split("\t")
            rows[trade] = (cores.split(), tails.split())
    assert set(rows) == set(TRADES)
    for trade, (cores, _, tails) in TRADES.items():
        assert rows[trade][0] == sorted({c for c in cores if len(c) >= 2}), trade
        assert rows[trade][1] == sorted({t for t in tails + GENERIC_TAILS if len(t) >= 2}), trade


# --- a byline's value in the other script ----------------------------------------------------

HANT_HEADS = [("p0086", 1), ("p0146", 1), ("p0019", 1)]  # Traditional pages, after the title


def _byline(host: str, at: int, byline: str) -> object:
    lines = PAGES[host]["text"].split("\n")[:30]
    return clean("\n".join([*lines[:at], byline, *lines[at:]])).lines[at]


@pytest.mark.parametrize("value", ["金鼎会员俱乐部", "大发快乐时光"])
@pytest.mark.parametrize(("host", "at"), HANT_HEADS)
def test_a_simplified_source_in_a_traditional_byline_is_cut(value: str, host: str, at: int) -> None:
    # the value ends the line (one in the middle of it, the script-splice rule cuts too)
    line = _byline(host, at, f"瀏覽:315  發布時間:2024-03-01 09:12  來源:{value}")
    assert [c.reason for c in line.cuts] == ["spam:item-slot"], (line.reason, line.cuts)
    assert value not in line.kept_text and "來源:" in line.kept_text


@pytest.mark.parametrize(
    "byline",
    [
        "作者：湖南农业大学暑期实践团　发布时间：2023-08-02",  # a real byline, all Simplified
        "發布時間:2024-03-01 09:12  來源:中央通訊社  瀏覽:315",  # all Traditional
        "發布時間:2024-03-01  來源:新华社",  # a short name a converter may leave alone
    ],
)
@pytest.mark.parametrize(("host", "at"), HANT_HEADS)
def test_a_byline_in_one_script_stays(byline: str, host: str, at: int) -> None:
    line = _byline(host, at, byline)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


# --- a junk run stuck to a title --------------------------------------------------------------


@pytest.mark.parametrize("run", ["宁波装修公司哪家好 | 在家也能赚钱 | ", "兼职日结_在家也能赚钱_"])
@pytest.mark.parametrize(("host", "k"), TITLES)
def test_a_run_with_an_item_read_as_an_ad_by_a_little_is_cut(run: str, host: str, k: int) -> None:
    # one item of the run reads as an ad only a little (0.5-0.8): the run as a whole does
    lines = PAGES[host]["text"].split("\n")[:30]
    title = lines[k].strip()
    lines[k] = run + title
    line = clean("\n".join(lines)).lines[k]
    assert line.label != "spam" and [c.label for c in line.cuts] == ["spam"], line.cuts
    assert line.kept_text.strip() == title


def test_a_sure_run_before_a_heading_is_cut() -> None:
    # a heading shares fewer of its words with the page than a title (p0025: 5. 编译过程详解)
    lines = PAGES["p0025"]["text"].split("\n")[:60]
    heading = lines[8].strip()
    lines[8] = "网赚项目推荐_兼职日结_" + heading
    line = clean("\n".join(lines)).lines[8]
    assert [c.reason for c in line.cuts] == ["spam:item-run"], (line.reason, line.cuts)
    assert line.kept_text.strip() == heading


# --- an ad glued after a paragraph's last sentence, no contact -------------------------------


@pytest.mark.parametrize("tail", ["深圳高仿名表一手货源", "同城网贷当天下款"])
@pytest.mark.parametrize("host", HOSTS)
def test_an_ad_glued_after_a_paragraph_is_cut(tail: str, host: str) -> None:
    para, line = _glued(host, tail)
    assert [c.reason for c in line.cuts] == ["spam:trade-tail"], (line.reason, line.cuts)
    assert line.kept_text.rstrip() == para


@pytest.mark.parametrize("tail", ["原创作品转载请注明", "以上内容仅供参考", "欢迎留言讨论"])
@pytest.mark.parametrize("host", HOSTS)
def test_a_paragraphs_own_closing_words_stay(tail: str, host: str) -> None:
    _, line = _glued(host, tail)
    assert not line.cuts and line.label != "spam", (line.reason, line.cuts)


def test_an_ad_glued_after_a_paragraph_on_a_page_about_its_trade_is_left() -> None:
    # p0017 is news about gambling in Macao: its paragraphs may end with the trade's words
    _, line = _glued("p0017", "网上赌场开户送彩金")
    assert not any(c.reason == "spam:trade-tail" for c in line.cuts), line.cuts


# --- a gambling brand and its code spliced in (spam:brand-code) ----------------------------
# gambling sites name themselves by a brand and a code of its pinyin initials and digits;
# written for these tests in that fashion (never copied from a red-team set)


def _midword(host: str, k: int, name: str) -> tuple[str, object]:
    """Line ``k`` of a real page with ``name`` put in its middle, no punctuation around it:
    (the line, the line as cleaned)."""
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = len(text) // 2
    lines[k] = text[:at] + name + text[at:]
    return text, clean("\n".join(lines)).lines[k]


@pytest.mark.parametrize(
    "name",
    [
        "金冠体育jg5588",  # a trade word between the brand and its code
        "宏运hy6688",
        "天豪国际th3388官网",  # site words after the code
        "新濠xh8877",
        "澳门金沙zz7788",  # a known brand: any code
        "恒發hf9988",  # Traditional
        "银座娱乐kq5599",  # a gambling trade word before the code: any letters
    ],
)
@pytest.mark.parametrize(("host", "k"), [("p0209", 3), ("p0025", 15), ("p0222", 5), ("p0021", 0)])
def test_a_brand_and_its_code_spliced_mid_sentence_are_cut(name: str, host: str, k: int) -> None:
    text, line = _midword(host, k, name)
    assert line.label != "spam", line.reason
    assert [c.reason for c in line.cuts] == ["spam:brand-code"], (name, line.reason, line.cuts)
    assert line.kept_text.strip() == text.strip()


@pytest.mark.parametrize(
    "byline",
    ["来源:博发bf6699  发布时间:2025-03-02 09:15", "2025-04-11 記者 皇朝hc9988/綜合報導"],
)
@pytest.mark.parametrize(("host", "at"), HANT_HEADS)
def test_a_brand_code_as_a_bylines_source_is_cut(byline: str, host: str, at: int) -> None:
    line = _byline(host, at, byline)
    assert line.label != "spam", line.reason
    assert [c.reason for c in line.cuts] == ["spam:brand-code"], (line.reason, line.cuts)
    assert any(ch.isdigit() for ch in line.kept_text)  # the date stays


@pytest.mark.parametrize(("host", "k"), TITLES)
def test_a_bracketed_brand_code_before_a_title_goes_with_its_bracket(host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    title = lines[k]
    lines[k] = "【百盛体育bsty0668】" + title
    line = clean("\n".join(lines)).lines[k]
    assert [c.reason for c in line.cuts] == ["spam:brand-code"], (line.reason, line.cuts)
    assert line.kept_text.strip() == title.strip()


def test_a_gambling_name_put_twice_in_a_page_is_cut_twice() -> None:
    # a company's name replaced by the same gambling name in two places of its page
    lines = PAGES["p0222"]["text"].split("\n")[:30]
    name = "银座娱乐kq5599"
    for k in (7, 13):
        lines[k] = lines[k][:6] + name + lines[k][6:]
    doc = clean("\n".join(lines))
    for k in (7, 13):
        assert [c.reason for c in doc.lines[k].cuts] == ["spam:brand-code"], doc.lines[k].cuts


def test_a_list_of_brand_codes_is_a_spam_line() -> None:
    lines = PAGES["p0209"]["text"].split("\n")[:30]
    junk = "宏运hy6688 | 金冠体育jg5588 | 富贵fg1199 | 首存送58元"
    assert clean("\n".join([junk, *lines])).lines[0].reason == "spam:brand-code"


@pytest.mark.parametrize(
    ("host", "text"),
    [
        # real lines with codes glued to Han text: product models a page names again, and
        # codes that are not the initials of the words before them (any page)
        (
            "p0222",
            "先了解一下正运动技术的运动控制卡eci2418和eci2618。这两款产品分别是4轴,6轴运动控制卡。",
        ),
        ("p0209", "东航航班mu5735的两部黑匣子均已送往北京进行译码分析。"),
        ("p0021", "规范gb50016对建筑的防火间距有明确规定。"),
        # the brand's code named again on the page (its own product line)
        ("p0209", "本厂新推出的华盛hs2024型收割机已经投产,华盛hs2024适合丘陵地区。"),
    ],
)
def test_codes_that_are_no_brand_codes_stay(host: str, text: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    line = clean("\n".join([*lines[:5], text, *lines[5:]])).lines[5]
    assert line.label != "spam" and not line.cuts, (line.reason, line.cuts)


# --- junk stuck to a title that a strong term tells, whatever the item model reads ----------


@pytest.mark.parametrize(
    "suffix",
    [
        "-抖音买赞-快速上热门",  # the model reads neither part as an ad
        "_出轨调查取证_专业团队",
        "\uff4c刷点赞\uff4c买关注",  # a bar drawn with a full-width ｌ
    ],
)
@pytest.mark.parametrize(("host", "k"), TITLES)
def test_junk_a_strong_term_tells_after_a_titles_separator_is_cut(
    suffix: str, host: str, k: int
) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    title = lines[k].rstrip()
    lines[k] = title + suffix
    line = clean("\n".join(lines)).lines[k]
    assert line.label != "spam", line.reason
    assert line.cuts and all(c.label == "spam" for c in line.cuts), (suffix, line.cuts)
    assert line.kept_text.rstrip() == title


@pytest.mark.parametrize(
    "line",
    [
        # a menu of an agency's services (a strong term among them, no title)
        "公司注册 | 代理记账 | 刻章备案 | 银行开户 | 商标注册 | 税务筹划",
        # crackdown news titles naming the trade
        "警方打击刷粉产业链 抓获犯罪嫌疑人12名_社会新闻_某某网",
        "网信办通报:严查直播间刷赞刷粉乱象 - 新闻中心",
    ],
)
@pytest.mark.parametrize("host", ["p0021", "p0209", "p0222"])
def test_a_menu_or_a_crackdown_title_naming_a_strong_term_stays(line: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    at = len(lines) // 2
    got = clean("\n".join([*lines[:at], line, *lines[at:]])).lines[at]
    assert not any(c.label == "spam" for c in got.cuts) and got.label != "spam", (
        got.reason,
        got.cuts,
    )


def test_a_fake_bar_is_a_separator_only_between_han_characters() -> None:
    from cleantext.filters.spamitems import _bars

    assert _bars("方法比較\uff4c抖音刷讚") == "方法比較\uff5c抖音刷讚"
    assert _bars("教程之VB.NET\uff4c刷点赞") == "教程之VB.NET\uff5c刷点赞"
    # a full-width word of Latin letters, a litre, a Roman numeral stay as written
    for text in ("\uff4c\uff49\uff4e\uff55\uff58系统", "加水５\uff4c后", "第\uff29卷"):
        assert _bars(text) == text


# --- an ad bracketed at the end of a title or a paragraph (spam:bracket-tail) -------------


@pytest.mark.parametrize(
    "bracket",
    [
        "(澳门金沙js·真人娱乐)",  # a brand, and weak terms in a sure ad
        "(附阿里云盘下载 提取码:x7q2)",  # a cloud drive in a sure ad
        "【六合彩特码心水资料】",  # strong terms
    ],
)
@pytest.mark.parametrize(("host", "k"), TITLES)
def test_an_ad_bracketed_after_a_title_is_cut(bracket: str, host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    title = lines[k].rstrip()
    lines[k] = title + bracket
    line = clean("\n".join(lines)).lines[k]
    assert line.label != "spam", line.reason
    assert line.cuts and all(c.label == "spam" for c in line.cuts), (bracket, line.cuts)
    assert line.kept_text.rstrip() == title


@pytest.mark.parametrize("bracket", ["【体育投注注册送彩金】", "(百度云盘资源合集 提取码:m3k9)"])
@pytest.mark.parametrize("host", HOSTS)
def test_an_ad_bracketed_after_a_paragraph_is_cut(bracket: str, host: str) -> None:
    para, line = _glued(host, bracket)
    assert line.label != "spam", line.reason
    assert any(c.label == "spam" for c in line.cuts), (bracket, line.cuts)
    assert line.kept_text.rstrip() == para


@pytest.mark.parametrize(
    "bracket",
    # a title's or a paragraph's own notes: what it holds, a credit, a contact alone, a drive
    # the article is about
    ["(附源码下载)", "(组图)", "(附视频教程)", "(来源:新华网)", "(本站QQ群:12345678)", "(图文)"],
)
@pytest.mark.parametrize(("host", "k"), TITLES)
def test_a_titles_own_bracket_stays(bracket: str, host: str, k: int) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    lines[k] = lines[k].rstrip() + bracket
    line = clean("\n".join(lines)).lines[k]
    assert not line.cuts and line.label != "spam", (bracket, line.reason, line.cuts)


# --- an ad spliced mid-clause, a strong term its first word (spam:trade-splice) -------------


@pytest.mark.parametrize("ad", ["刷粉平台秒到账"])
@pytest.mark.parametrize(("host", "k"), PARAGRAPHS)
def test_an_ad_spliced_mid_clause_before_a_comma_is_cut(ad: str, host: str, k: int) -> None:
    # no mark before the ad: it starts at its strong term and ends at the clause's comma
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = text.find(",")
    lines[k] = text[:at] + ad + text[at:]
    line = clean("\n".join(lines)).lines[k]
    assert line.label != "spam", line.reason
    assert line.cuts and all(c.label == "spam" for c in line.cuts), (ad, line.cuts)
    assert line.kept_text.strip() == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        # real lines of the corpus: a strong term quoted, or mid-clause at both ends
        "记者在涉案微信群中看到,有人发布“代开各类发票,点数低,可验证”的消息,群成员多达400余人。",
        "连日来,城管执法队员对辖区内张贴的“办证”“刻章”“代开发票”等小广告进行集中清理,共清除小广告1200余处。",
        "金沙集团在澳门的金沙城中心,在多年筹建工作之后,终于首次向宾客敞开了大门,曾经的金融危机减缓了这个"
        "博彩娱乐胜地的建设速度,但是对许多人来说,它确实是非常值得期待的。",
        # a trade's core is no anchor mid-clause
        "长期从事给水排水工程研究工作。发表论文160余篇、编制国家标准8项。",
    ],
)
@pytest.mark.parametrize("host", ["p0025", "p0222", "p0209"])
def test_a_sentence_naming_a_strong_term_stays_whole(text: str, host: str) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    at = len(lines) // 2
    got = clean("\n".join([*lines[:at], text, *lines[at:]])).lines[at]
    assert not got.cuts and got.label != "spam", (got.reason, got.cuts)


@pytest.mark.parametrize("clause", ["入园时刷身份证核验", "办理时携带身份证原件"])
@pytest.mark.parametrize(("host", "k"), PARAGRAPHS)
def test_a_clause_naming_one_word_of_a_trade_stays_whole(clause: str, host: str, k: int) -> None:
    # 身份证 is a core of the fake-document trade, but nothing of an ad is said around it
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = text.find(",") + 1
    lines[k] = text[:at] + clause + "," + text[at:]
    line = clean("\n".join(lines)).lines[k]
    assert not line.cuts and line.label != "spam", (clause, line.reason, line.cuts)


@pytest.mark.parametrize("bracket", ["【网贷秒批当天下款】", "(高仿名表工厂直销)"])
@pytest.mark.parametrize("host", HOSTS)
def test_an_ad_naming_a_trade_bracketed_after_a_paragraph_is_cut(bracket: str, host: str) -> None:
    para, line = _glued(host, bracket)
    assert any(c.label == "spam" for c in line.cuts), (bracket, line.cuts)
    assert line.kept_text.rstrip() == para


@pytest.mark.parametrize("ad", ["网盘资源免费领wp66"])
@pytest.mark.parametrize(("host", "k"), PARAGRAPHS)
def test_an_ad_from_a_strong_term_ends_with_its_code(ad: str, host: str, k: int) -> None:
    # after a comma, its strong term first, glued to the clause's words: the code ends it,
    # the words after it (the sentence's) stay
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k]
    at = text.find(",") + 1
    lines[k] = text[:at] + ad + text[at:]
    line = clean("\n".join(lines)).lines[k]
    assert [c.reason for c in line.cuts] == ["spam:trade-splice"], (ad, line.cuts)
    assert line.kept_text.strip() == text.strip()


@pytest.mark.parametrize("ad", ["高仿名表一手货源vx:gf2025"])
@pytest.mark.parametrize(("host", "k"), PARAGRAPHS)
def test_an_ad_with_a_vx_contact_as_a_paragraphs_first_sentence_is_cut(
    ad: str, host: str, k: int
) -> None:
    lines = PAGES[host]["text"].split("\n")[:30]
    text = lines[k].strip()
    lines[k] = ad + "。" + text
    line = clean("\n".join(lines)).lines[k]
    assert line.label != "spam", line.reason
    assert [c.reason for c in line.cuts] == ["spam:contact-splice"], (ad, line.cuts)
    assert line.kept_text.strip() == text


@pytest.mark.parametrize(
    "byline",
    # letters and one digit at most after a trade word: the brand's initials
    ["2025-04-11 記者 金鼎體育jd/綜合報導", "作者:宏发娱乐hf8  发布时间:2025-03-02 09:15"],
)
@pytest.mark.parametrize(("host", "at"), HANT_HEADS)
def test_a_brand_code_without_digits_in_a_byline_is_cut(byline: str, host: str, at: int) -> None:
    line = _byline(host, at, byline)
    assert line.label != "spam", line.reason
    assert [c.reason for c in line.cuts] == ["spam:brand-code"], (line.reason, line.cuts)
    assert any(ch.isdigit() for ch in line.kept_text)  # the date stays


@pytest.mark.parametrize(
    "line",
    # a site and a league, a channel, a list of letters that are no initials
    [
        "2025-04-11 來源:新浪體育NBA  記者 王明",
        "腾讯体育app下载量再创新高。",
        "中国体育CCTV5直播表",
    ],
)
@pytest.mark.parametrize(("host", "at"), HANT_HEADS)
def test_letters_after_a_trade_word_that_are_no_initials_stay(
    line: str, host: str, at: int
) -> None:
    got = _byline(host, at, line)
    assert not got.cuts and got.label != "spam", (got.reason, got.cuts)
