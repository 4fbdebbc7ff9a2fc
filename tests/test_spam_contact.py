"""The private-contact pattern the spam rules share (:mod:`cleantext.filters.spamcontact`):
every rule reads the same keys; they differ in the shortest id they take, in taking a number,
and (a paragraph's tail only) in ``联系``."""

from __future__ import annotations

import pytest

from cleantext.filters import spam, spamitems
from cleantext.spam.lexicon import fold

RULES = {
    "line": spamitems._LINE_CONTACT,  # a list line's contact
    "clause": spamitems._CLAUSE_CONTACT,  # an ad clause spliced into a sentence
    "tail": spamitems._TAIL_CONTACT,  # a watermark after a paragraph's last sentence
    "item": spamitems._PRIVATE_ID,  # one list item's own contact
    "watermark": spam._PRIVATE_ID,  # the promo step's watermark: an account's name
}


def _reading(text: str) -> set[str]:
    folded = fold(text)
    return {name for name, pat in RULES.items() if pat.search(folded)}


# keys as the red-team sets' ads write them, around filters
@pytest.mark.parametrize(
    "text",
    [
        "或加V:seo_vip88 秒回",
        "💬 LINE:@dk668 微信同號",
        "添加助理微信 gp518888 即可进群领取",
        "刻章办证qq:lw2024",
        "飞机号:@jb_8899",
        "薇❤:yk2024",
        "V❤zx6940",
        "WhatsApp: sg_loan88",
        "TG：@seo_king88",
        "威信 dk2025",
        "私聊wx:hk8866",
    ],
)
def test_every_rule_reads_every_key(text: str) -> None:
    assert _reading(text) == set(RULES)


def test_the_rules_differ_in_the_id_they_take() -> None:
    # a short id: the key is the evidence only in a tail after a sentence and a clause
    assert _reading("qq:1234") == {"tail", "clause"}
    # a number: it may be the article's own phone for the promo step's watermark
    assert _reading("微信:13912345678") == set(RULES) - {"watermark"}
    # 联系 before an id: an ad's only in a paragraph's tail (a site writes 请联系hezuo@…)
    assert _reading("联系ab2024") == {"tail"}


@pytest.mark.parametrize(
    "text",
    [
        "凡是要求下载陌生App、添加QQ或Telegram私聊转账的“客服”,一律不要相信。",  # a warning
        "会员vip5588专享",  # v inside a word
        "online 2024 课程报名",  # line inside a word
        "hotel 2024 年度报告",  # tel inside a word
        "授權事宜請聯繫hezuo@huxiu.com",  # a site's own contact
    ],
)
def test_no_private_account(text: str) -> None:
    assert _reading(text) <= {"tail"}
