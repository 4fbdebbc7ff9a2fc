"""Whole ad lines closed by a private account (issue 4): a list of phrases, foreign to its
page, ending with ``LINE:@…``/``Discord:…`` or followed by a contact line alone, of which one
item reads as an ad (``spam:item-list``); and their hard negatives (a site's own contact
lines, a forum signature's group, a job post's e-mail address).

Real lines from the tuning sets (``fixtures/spam_unseen_M.jsonl``, ``_N``, ``_O``, ``_L``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean
from cleantext.filters.spamads import lone_contact, private_account
from cleantext.filters.spamitems import _list_candidate, _private_end

FIXTURES = Path(__file__).parent / "fixtures"


def _page(pid: str) -> dict:
    rows = (FIXTURES / f"spam_unseen_{pid[0]}.jsonl").read_text("utf-8").splitlines()
    return next(p for p in map(json.loads, rows) if p["id"] == pid)


@pytest.mark.parametrize(
    ("pid", "line", "reason"),
    [
        # one item of five reads as an ad (代練上分), the rest are the trade's own words
        ("O05", 9, "spam:item-list"),  # 手遊儲值 原神代儲 4折充值 … 代練上分 LINE:@topup-tw
        ("N07", 4, "spam:item-list"),  # 天堂私服 新開伺服器 … 免費贊助 Discord:gm-lineage77
        # an ad of two lines: the list, then its contact line alone
        ("M55", 0, "spam:item-list"),  # 台北徵信社 外遇調查 感情挽回 找人找車 抓猴蒐證
        ("M55", 1, "spam:contact-ad"),  # 免費諮詢專線 0800-668-925 LINE:@zhengxin99
    ],
)
def test_a_foreign_list_closed_by_a_private_account_is_spam(
    pid: str, line: int, reason: str
) -> None:
    row = _page(pid)
    assert row["labels"][line] == "spam"
    ln = clean(row["text"]).lines[line]
    assert (ln.label, ln.reason) == ("spam", reason)


def test_a_discord_id_is_a_private_account() -> None:
    assert private_account("Discord:gm-lineage77")
    assert _private_end("天堂私服 新開伺服器 楓之谷私服 Discord:gm-lineage77")
    # a site or a phone number closing a footer is no private account
    assert not _private_end("网站地图 | 联系我们 | 法律声明 | 恒锐机械 hengrui-cnc.com")
    assert not private_account("Discord 伺服器")


@pytest.mark.parametrize(
    ("pid", "line"),
    [
        ("L19", 11),  # 客服電話:(02)2788-6531 | LINE官方帳號:@shanlan-soap | 公司地址:… (a shop's)
        ("N75", 9),  # 客服專線:(04)2358-7712 | 官方LINE:@keycap-tw | 服務時間 …
        ("O64", 8),  # a clinic's own offer: 新症首診優惠 … | WhatsApp 5118 2306 (its page's words)
        ("L37", 12),  # a signature next to a spam footer: …常州骑友交流QQ群:563018724…
        ("M70", 14),  # a job post: 有意者請將履歷…電郵至 hr@hongkong-acct.com.hk 或致電 …
        ("L70", 13),  # 联系人:沈女士  联系电话:0571-88236014  邮箱:hr@hengfeng-tech.cn
    ],
)
def test_a_sites_own_contact_line_stays(pid: str, line: int) -> None:
    row = _page(pid)
    assert row["labels"][line] != "spam"
    ln = clean(row["text"]).lines[line]
    assert ln.label != "spam", ln.reason


def test_a_signatures_group_is_no_ad_contact() -> None:
    assert not lone_contact("—— 骑行不止,热爱不息 | 常州骑友交流QQ群:563018724 | 周末约骑欢迎加入")
    assert lone_contact("免費諮詢專線 0800-668-925 LINE:@zhengxin99")


def test_an_email_address_is_no_item() -> None:
    # its pieces (hr@hongkong, acct.com.hk) read as ads to the item model: left out, the job
    # post's contact sentence has two items, no list
    line = "有意者請將履歷及期望薪金電郵至 hr@hongkong-acct.com.hk 或致電 2412 7803 聯絡陳小姐"
    assert _list_candidate(line) is None


def test_a_list_on_its_own_page_with_its_account_stays() -> None:
    # the same shape on the page it belongs to: a game shop's own header shares its words
    head = "手遊儲值 原神代儲 4折充值 傳說對決點數 LINE:@topup-tw"
    body = [
        "本店提供原神、傳說對決等手遊儲值服務,儲值點數於付款後三十分鐘內到帳。",
        "原神代儲需提供帳號與伺服器,傳說對決點數可直接以序號儲值,4折充值限新會員。",
        "儲值前請確認帳號綁定手機,如有問題請於營業時間內與我們聯絡,我們會盡快處理。",
    ]
    ln = clean(head + "\n\n" + "\n".join(body)).lines[0]
    assert ln.label != "spam", ln.reason


# --- the next line of an ad (spam:item-kin) ------------------------------------------------------


@pytest.mark.parametrize(
    ("pid", "line"),
    [
        ("N20", 1),  # 考场实时传答案 考后付款 … under 2025年四六级考试答案 … 包过 QQ:…
        ("N31", 1),  # 熱播陸劇 韓劇 日劇 動漫 每日更新 無廣告 樂視影院 under …樂視影院lsyy.cc
    ],
)
def test_the_next_line_of_an_ad_is_spam(pid: str, line: int) -> None:
    row = _page(pid)
    assert row["labels"][line] == "spam"
    doc = clean(row["text"])
    assert doc.lines[line - 1].label == "spam"
    assert (doc.lines[line].label, doc.lines[line].reason) == ("spam", "spam:item-kin")


BODY = [
    "受强冷空气影响,预计本周末我市将出现寒潮天气,气温下降10℃至12℃,并伴有偏北风。",
    "气象部门提醒,市民要及时添衣保暖,老人和儿童减少外出,农业生产要做好防寒防冻工作。",
    "道路结冰可能对交通出行造成影响,驾驶员应减速慢行,注意保持安全车距。",
    "室内使用燃煤、燃气取暖时要注意通风,谨防一氧化碳中毒,出现不适应及时就医。",
    "据悉,本次寒潮预警为今年入冬以来首次发布,预计下周中期气温将逐步回升。",
]


@pytest.mark.parametrize(
    "line",
    [
        "宠物论坛 » 猫咪健康 » 帖子详情",  # M06's breadcrumb (shares 论坛 with nothing here)
        "2025-01-06 08:30  南洋网 记者 林慧珊",  # a date line: shares nothing with the ad
        "首页 | 新闻 | 体育 | 娱乐 | 财经 | 彩票",  # a menu sharing the ad's 彩票: no ad item
        "寒潮 | 预警 | 气温 | 交通 | 农业",  # the page's own tags under an ad
    ],
)
def test_a_pages_own_line_under_an_ad_stays(line: str) -> None:
    ad = "腾讯分分彩计划 大发快三官网 时时彩平台注册 彩票代理 QQ:2846601379"
    doc = clean("\n".join([ad, line, "", *BODY]))
    assert doc.lines[0].label == "spam"
    assert doc.lines[1].label != "spam", doc.lines[1].reason


# --- an agency's list of services, doorway questions that ask first, a pirate's e-book list -----


@pytest.mark.parametrize(
    ("pid", "line", "reason"),
    [
        # 外贸建站 | 谷歌优化 | 独立站搭建 | 整站优化 | 网站建设多少钱 | 网站托管: four agency
        # terms, no promo word, a footer foreign to a photography tutorial
        ("M54", 10, "spam:agency-promo"),
        ("M54", 11, "spam:sitemap-domain"),  # 技术支持:速建网络 sujian-web.cn 网站地图 (next to it)
        ("L05", 1, "spam:query-title"),  # 怎么查老公的开房记录和微信聊天记录不被发现 (asks first)
        ("O30", 0, "spam:item-list"),  # 《三體》全集txt下載 epub mobi 電子書免費下載 - 好書庫
    ],
)
def test_a_foreign_list_or_query_of_a_known_shape_is_spam(pid: str, line: int, reason: str) -> None:
    row = _page(pid)
    assert row["labels"][line] == "spam"
    ln = clean(row["text"]).lines[line]
    assert (ln.label, ln.reason) == ("spam", reason)


def test_no_clean_line_is_an_agency_list() -> None:
    from cleantext.filters.spam import _agency_list
    from cleantext.spam.lexicon import find, fold
    from test_spam_whole_lines import _all_clean_lines

    lines = _all_clean_lines()
    assert len(lines) > 8000
    assert [t for t in lines if _agency_list(fold(t), find(fold(t), "agency"))] == []


def test_an_agencys_own_menu_and_tags_stay() -> None:
    menu = "外贸建站 | 独立站搭建 | 整站优化 | 网站建设 | 网站托管"
    body = [
        "我们为外贸企业提供独立站搭建服务,网站建设完成后还负责整站优化与网站托管。",
        "外贸建站的关键在于内容,独立站上线后需要持续更新产品资料,整站优化才能见效。",
        "网站托管服务包括服务器维护、数据备份和安全防护,让企业专注于自己的业务。",
        "选择网站建设服务商前,建议先比较多家报价,并确认独立站的域名归企业所有。",
    ]
    doc = clean(menu + "\n\n" + "\n".join(body))
    assert doc.lines[0].label != "spam", doc.lines[0].reason
    # tags under their label on a page about something else are the links steps' to judge
    tags = "标签:网站建设 整站优化 外贸建站 小程序开发"
    doc = clean("\n".join(BODY) + "\n\n" + tags)
    assert doc.lines[-1].reason != "spam:agency-promo", doc.lines[-1].reason


def test_a_title_that_asks_first_above_another_article_stays() -> None:
    # an article's title asking first reads as no ad, even above an unrelated page
    for title in ("怎么理解JavaScript数据双向绑定", "大功率電源怎樣正確選型與配置"):
        doc = clean(title + "\n\n" + "\n".join(BODY * 2))
        assert doc.lines[0].label != "spam", (title, doc.lines[0].reason)


def test_an_ebook_shops_own_title_stays() -> None:
    title = "《三體》全集txt下載 epub mobi 電子書免費下載 - 好書庫"
    body = [
        "《三體》是劉慈欣創作的長篇科幻小說,全集共三部,本站提供正版授權的電子書下載。",
        "電子書提供 epub 與 mobi 兩種格式,全集下載後可在手機、平板與電子閱讀器上閱讀。",
        "好書庫的電子書均取得出版社授權,免費下載僅限會員,每月可下載五本。",
        "如下載後無法開啟 txt 或 epub 檔案,請確認閱讀器支援該格式,或聯絡好書庫客服。",
    ]
    doc = clean(title + "\n\n" + "\n".join(body))
    assert doc.lines[0].label != "spam", doc.lines[0].reason


# --- set P (written blind, after the rules above): spaced lists, three phrases and a contact ----


@pytest.mark.parametrize(
    ("pid", "line", "reason"),
    [
        ("P26", 0, "spam:spaced-list"),  # 澳 门 博 彩 ｜ 葡 京 娱 乐 ｜ 网 上 赌 场
        # 足球外围 世界杯投注 皇冠信用网开户 亚盘 让球 大小球: three phrases of four characters
        # or more side by side, then ★ 2026世界杯 ★ 信用盘代理 ★ TG:@hg_waiwei
        ("P21", 0, "spam:item-list"),
        ("P21", 1, "spam:contact-ad"),
        ("P17", 1, "spam:item-kin"),  # 本站资料 2026年最新更新 www.49tk888.com under 六合彩图库｜…
    ],
)
def test_set_p_ads_are_spam(pid: str, line: int, reason: str) -> None:
    row = _page(pid)
    assert row["labels"][line] == "spam"
    ln = clean(row["text"]).lines[line]
    assert (ln.label, ln.reason) == ("spam", reason)


@pytest.mark.parametrize(
    "line",
    [
        "民 事 判 决 书",  # a court's heading, spaced out
        "字級設定：小 中 大 特",  # a widget
        "臺北簡易庭 法 官 黃瀅如",
        "澳 门 旅 游 ｜ 葡 京 酒 店 ｜ 大 三 巴 牌 坊",  # spaced, but no ad
    ],
)
def test_a_spaced_line_of_no_ad_stays(line: str) -> None:
    doc = clean(line + "\n\n" + "\n".join(BODY * 2))
    assert doc.lines[0].label != "spam", doc.lines[0].reason


def test_three_phrases_stay_a_sentence_without_a_contact_line() -> None:
    # the same three phrases with no contact line after them: a sentence of clauses
    line = "足球外围 世界杯投注 皇冠信用网开户"
    assert _list_candidate(line) is None
    assert _list_candidate(line, clauses=False) == ["足球外围", "世界杯投注", "皇冠信用网开户"]


# --- set Q (written blind): a list sharing one word with its page by chance, 加Q: ----------------


@pytest.mark.parametrize(
    ("pid", "line", "reason"),
    [
        # 駭客接案 查LINE對話紀錄 手機定位追蹤 FB帳號破解 盜號找回 Telegram:@hack_tw: one bigram
        # of seventeen in a history of railways
        ("Q07", 10, "spam:item-list"),
        ("Q13", 11, "spam:contact-ad"),  # / 加Q:2610983375 / 2026届毕业生优惠 / (next to an ad)
    ],
)
def test_set_q_ads_are_spam(pid: str, line: int, reason: str) -> None:
    row = _page(pid)
    assert row["labels"][line] == "spam"
    ln = clean(row["text"]).lines[line]
    assert (ln.label, ln.reason) == ("spam", reason)


def test_a_bare_q_is_a_key_only_before_a_number() -> None:
    assert private_account("加Q:2610983375")
    assert not private_account("Q3 2024 財報")
    assert not private_account("Q:如何申請退款 A:請聯絡客服")
