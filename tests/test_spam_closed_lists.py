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
