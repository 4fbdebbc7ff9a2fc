"""Standalone ad lines told by an ad's grammar (issue 4, ``spam:ad-line``): a disguised or
offshore contact, a promise no lawful business makes, phrases side by side, few words shared
with the page, whatever trade is sold; and the hard negatives that keep the same words (a
shop's, a bank's, a site's own lines, notices quoting ads, tags, menus, lists).

The ad lines below are written for these tests in the shapes injectors use (none is a line
of a fixture); every expected label was decided by reading the line, not by running the code.
Host pages come from the tuning sets.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cleantext import clean
from cleantext.filters.spamgrammar import GREY_TERMS, ad_grammar, contacts, mirror_list
from cleantext.spam.lexicon import fold

FIXTURES = Path(__file__).parent / "fixtures"


def _pages(name: str) -> dict[str, dict]:
    rows = (FIXTURES / name).read_text("utf-8").splitlines()
    return {p["id"]: p for p in map(json.loads, rows)}


HOST = _pages("spam_unseen_G.jsonl")["u298"]  # a company's rules for its documents
TUNING = "ABCDEFGILMNOPQR"


def _host_with(line: str, at: int) -> object:
    """The line at ``at`` of the host page replaced by ``line`` (``-1``: a last line added
    after a blank line), as cleaned."""
    lines = HOST["text"].split("\n")
    if at < 0:
        lines += ["", line]
        at = len(lines) - 1
    else:
        lines[at] = line
    return clean("\n".join(lines)).lines[at]


def _clean_lines() -> list[str]:
    """Every line of the tuning sets (spam and chrome) that holds no spam (body, meta,
    chrome; mixed lines left out), the corpus lines shipped with the tests and the seeds."""
    out = []
    names = [f"spam_unseen_{s}.jsonl" for s in TUNING]
    names += [f"chrome_unseen_{s}.jsonl" for s in "ACEGHIJ"]
    for name in names:
        for page in _pages(name).values():
            mixed = set(page.get("mixed_lines", []))
            for i, (t, lab) in enumerate(
                zip(page["text"].split("\n"), page["labels"], strict=True)
            ):
                if lab not in ("spam", "blank") and i not in mixed:
                    out.append(t)
    for raw in (FIXTURES / "corpus_lines.jsonl").read_text("utf-8").splitlines():
        row = json.loads(raw)
        if row["label"] != "spam":
            out.append(row["text"])
    out += (FIXTURES / "chrome_own.txt").read_text("utf-8").split("\n")
    return out


# --- the cue lists against every clean line -------------------------------------------------


def test_no_clean_line_reads_as_an_ad() -> None:
    # the whole test, words alone (no page to share them with): not one clean line of the
    # tuning sets, the corpus sample or the site chrome collection
    lines = _clean_lines()
    assert len(lines) > 10000
    flagged = [t for t in lines if ad_grammar(t) is not None]
    assert flagged == []


def test_the_grey_promises_stand_in_clean_lines_only_inside_sentences_or_quotes() -> None:
    # the rule for a lexicon: a grey promise may be in a clean line only where the
    # line is a sentence, quotes it or warns of it (crackdown news: 所谓“无视征信”…)
    grey = re.compile("|".join(map(re.escape, GREY_TERMS)))
    sentence = re.compile(r"[。!?！？;；“”「」『』\"]|[,，].*[,，]|提醒|警方|诈骗|查获|打击")
    seen = 0
    for t in _clean_lines():
        folded = fold(t)
        if grey.search(folded):
            seen += 1
            assert sentence.search(folded), t
    assert seen > 10  # the check saw the crackdown news that quotes them


# --- contacts written to pass a filter ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kinds"),
    [
        ("☎ 幺五八 六七二零 三九四一", {"private", "masked"}),  # Chinese numerals
        ("扣扣 2 8 7 3 3 0 1 9 6 5", {"private", "masked"}),  # QQ by its nickname, spaced
        ("加 薇 ❤ 信 : kk 5 5 8 6", {"private", "masked"}),  # a key split by a heart
        ("飞机 @dh_8866", {"private", "masked"}),  # Telegram by its nickname
        ("换汇 飞机 @fx_otc_hk", {"private", "masked"}),  # a handle after @ needs no digit
        ("ＬＩＮＥ：ｊｋ７７８８", {"private", "masked"}),  # full-width account
        ("手机:13800000000", {"private"}),  # a plain mobile: a contact, not a masked one
        ("客服电话:400-820-8820", set()),  # a service desk's number
        ("如有疑问,请拨打咨询电话0571-86201137。", set()),
        ("第 1 2 3 4 5 页", set()),  # pages of a list, spaced digits but no account
        ("国产大飞机C919_国产航母_国产芯片", set()),  # Telegram's nickname, an aeroplane here
    ],
)
def test_contacts(line: str, kinds: set[str]) -> None:
    assert contacts(line) == kinds


# --- positives, one per family of cues, at the page's head, middle and tail -----------------

ADS = [
    # masked contact and nothing else (who spells a phone so has something to hide)
    "☎ 幺五八 六七二零 三九四一 (微同号)",
    "售后群 扣扣 2 8 7 3 3 0 1 9 6 5",
    "有事找我 加 薇 ❤ 信 : kk 5 5 8 6",
    "ＴＧ：＠ｈｋ８８６　ＬＩＮＥ：ｈｋ８８６",
    # papers that check out
    "各类资格证 职称证 毕业证 上网可查 全国可办 不成功不收费",
    # credit that asks nothing
    "私人放款 不看征信 黑户可下 当天到账 微 dk-3388",
    # bets that cannot lose
    "足球赛事内部推荐 稳赚不赔 不中包赔 导师带单",
    # counterfeits with discreet shipping
    "高仿包包 一比一做工 隐私包装 顺丰包邮",
    # pay after the job
    "专业追讨欠款 先办事后付款 不成功不收费",
    # pirated novels and apps
    "星河长歌全文免费阅读 星河长歌txt下载 星河长歌无弹窗",
    "影视盒子 越狱版 全网VIP免费看 安卓苹果通用",
    # a grey promise and a site to go to
    "深夜直播 私密房 全程免费看 ➜ 下载 yezb.tv",
    # anti-block address
    "防失联永久地址 kx7788.vip 收藏不迷路",
    # the lexicon's strong term and a call to act
    "金沙娱乐城官网入口",
    # a casino's mirrors
    "www.kx5566.vip | www.hj7788.cc | m.bw2233.net | 6655lc.com",
]


@pytest.mark.parametrize("line", ADS)
@pytest.mark.parametrize("at", [0, 14, -1])
def test_ad_lines_are_spam_anywhere_on_the_page(line: str, at: int) -> None:
    ln = _host_with(line, at)
    assert ln.label == "spam", (line, at, ln.reason)


def test_a_line_the_chrome_steps_took_for_a_menu_is_an_ad_when_it_reads_as_one() -> None:
    # a run of short phrases at the page's head reads to the chrome steps as a row of links
    ln = _host_with("毕业证 学位证 资格证 全国可做 可查可验", 0)
    assert (ln.label, ln.reason) == ("spam", "spam:ad-line")


def test_the_trades_small_talk_next_to_an_ad_is_the_same_ad() -> None:
    # the line above a masked phone speaks of loans in words any lender uses: with the
    # phone it is the same ad, alone it would not be one (the bank's line below)
    lines = HOST["text"].split("\n")
    lines[14:15] = ["汽车抵押 房产抵押 低息 当天放款", "☎ 幺三九 二八七六 五零四一"]
    doc = clean("\n".join(lines))
    assert [doc.lines[k].label for k in (14, 15)] == ["spam", "spam"]


# --- hard negatives: the same words, no ad ---------------------------------------------------

OWN = [
    "如有疑问,请拨打咨询电话0571-86201137。",  # a page's own contact, a sentence
    "客服电话:400-820-8820 工作时间:周一至周五 9:00-18:00",
    "客服QQ:800012345 工作时间 9:00-18:00",
    "联系人:王经理 手机:13912345678 微信:wang_2024",  # a seller's own panel, nothing hidden
    "个人信用贷款 免抵押 免担保 最快当天放款 立即申请",  # a bank's loan terms
    pytest.param(
        "全场包邮 七天无理由退换 正品保障 货到付款",  # a shop's own promises
        marks=pytest.mark.xfail(strict=True, reason="the shipped model (spam:model) takes it"),
    ),
    "营业时间:周一至周日 9:00-21:00 全年无休",
    "首页 | 产品中心 | 新闻动态 | 联系我们",
    "标签:欧米茄 复刻 超霸 评测",  # a review's tags naming a reissue
    "劳力士 欧米茄 浪琴 天梭 卡西欧",  # a list of brands
    "海关查获高仿手表 案值逾千万元",  # a headline (head: spam:query-title takes it)
    "警方提醒:“不看征信 当天放款”的广告都是诈骗",
    "2. 「代辦證件、一比一製作」",  # a notice quoting an ad
    "参考资料:python.org | github.com | stackoverflow.com",
    "下载APP 扫码关注 立即注册",  # a site's buttons
]


@pytest.mark.parametrize("line", OWN)
@pytest.mark.parametrize("at", [0, 14, -1])
def test_own_lines_with_an_ads_words_stay(line: str, at: int) -> None:
    ln = _host_with(line, at)
    if (line, at) == ("海关查获高仿手表 案值逾千万元", 0):
        assert ln.reason == "spam:query-title"  # not this step's (left alone)
        return
    assert ln.label != "spam", (line, at, ln.reason)


def test_a_line_of_the_pages_topic_is_the_pages_own() -> None:
    # a watch collector's page: the shop line names what the page is about (复刻, 腕表)
    page = "\n".join(
        [
            "复刻腕表值不值得买:一位老藏家的十年心得",
            "",
            "复刻腕表指品牌按自家历史款式重新推出的型号,与仿制品是两回事。",
            "我收藏的第一只复刻腕表是一九九八年的型号,至今走时精准。",
            "复刻腕表的价值在于设计传承,收藏时要看机芯、表壳和原厂证书。",
            "入门的朋友可以先从大品牌的复刻腕表看起,价格透明,售后也有保障,不容易踩坑。",
            "买复刻腕表一定要认准原厂证书和正规渠道,二手市场的复刻腕表要请表店验机芯。",
            "",
            "本店新品 复刻腕表 原厂证书 顺丰包邮",
        ]
    )
    assert clean(page).lines[-1].label != "spam"


def test_a_title_with_an_ad_stuck_to_it_is_left_to_the_mixed_steps() -> None:
    # the title's own part names the article's words: the line is not taken whole
    page = "\n".join(
        [
            "numpy 中 reshape 和 resize 的区别_金沙娱乐城官网入口",
            "",
            "在用 numpy 处理数组时,reshape 返回新的视图,resize 会就地改变数组的形状。",
            "reshape 要求元素个数不变,resize 可以增减元素,多出的位置用零或重复数据填充。",
            "总结一下:只想换形状用 reshape,要改大小用 resize。",
        ]
    )
    assert clean(page).lines[0].label != "spam"


def test_mirror_lists() -> None:
    assert mirror_list(fold("www.kx5566.vip  www.hj7788.cc  m.bw2233.net"))
    assert not mirror_list(fold("www.gov.cn | www.xinhuanet.com | www.people.com.cn"))
    assert not mirror_list(fold("官网:www.kx5566.vip 欢迎访问 更多精彩"))
