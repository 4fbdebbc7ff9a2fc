"""Families the item model read weakly (issue 4): private detectives (徵信社, 侦探事务所), SEO
quick-ranking (快排), porn studios (X传媒, X影业), invented lottery brands (X彩票网), betting sites
dressed as sports companies (X(中国)体育有限公司) and lists of small loans without a contact.

The lines are composed for these tests (not taken from a tuning set) and carry no lexicon
term, so only the item model's reading of their items tells them; each is put at the head and
at the tail of two articles of the corpus sample. The shipped item model misses them (strict
expected failures: a model that catches them must turn them into plain tests). The hard
negatives, which pass, are these families' real namesakes: sports-goods companies, film
studios and video sites, the state lotteries' results, detective fiction and crackdown news,
and sites named by a number; a retrained model must keep them clean.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"
PAGES = {p["id"]: p for p in map(json.loads, SAMPLE.read_text("utf-8").splitlines())}
HOSTS = ["p0021", "p0125"]  # an article on ARM servers, one on JavaScript data binding


def _placed(host: str, line: str, where: str) -> tuple[str, int]:
    """The page ``host`` (its first 24 lines) with ``line`` at its head or tail, and the
    line's index."""
    lines = PAGES[host]["text"].split("\n")[:24]
    if where == "head":
        return "\n".join([line, "", *lines]), 0
    return "\n".join([*lines, "", line]), len(lines) + 1


MISSED = "the shipped item model reads these families weakly (issue 4)"

WEAK_FAMILY_LISTS = [
    # private detectives
    "诚信侦探调查事务所 | 婚姻调查取证 | 寻人找人公司 | 商务调查收费标准",
    "鹰眼调查公司 · 外遇取证 · 行踪调查 · 分离小三 · 感情挽回",
    # small loans, no contact
    "身份证借款 | 学生贷 | 小额周转 | 免保人 | 当天拨款",
]


# caught: SEO quick-ranking (its items read as ads one by one), porn studios and loans
# naming their trade
CAUGHT = [
    "百度快排系统 | 快排软件代理 | 整站快排包月 | 关键词排名外包",
    "精东影业 · 果冻传媒 · 乌鸦传媒 · 皇家华人 · 猫爪影像",
    "汽车借款 / 机车借款 / 房屋二胎 / 小额周转 / 当日拨款",
]


@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize(
    "line",
    [
        *CAUGHT,
        *(
            pytest.param(x, marks=pytest.mark.xfail(strict=True, reason=MISSED))
            for x in WEAK_FAMILY_LISTS
        ),
    ],
)
def test_a_list_of_a_weak_family_is_spam(line: str, host: str) -> None:
    # at the page's tail (at its head, the whole-line rules catch some by their trade words)
    text, i = _placed(host, line, "tail")
    ln = clean(text).lines[i]
    assert ln.label == "spam", (ln.label, ln.reason)


# an invented lottery brand's site named where a page names its own
LOTTERY_SLOTS = ["欢迎来到鸿发彩票网!", "Copyright © 2025 jx彩票网 版权所有"]


@pytest.mark.xfail(strict=True, reason=MISSED)
@pytest.mark.parametrize("where", ["head", "tail"])
@pytest.mark.parametrize("line", LOTTERY_SLOTS)
def test_an_invented_lottery_site_in_a_slot_is_spam(line: str, where: str) -> None:
    text, i = _placed("p0021", line, where)
    ln = clean(text).lines[i]
    assert ln.label == "spam", (ln.label, ln.reason)


NAMESAKES = [
    # sports companies and clubs
    "版权所有 © 2024 安踏体育用品有限公司 闽ICP备05003960号",
    "Copyright © 2025 李宁体育用品有限公司 版权所有",
    "欢迎来到安踏体育官方网站!",
    "版权所有 © 2024 上海申花足球俱乐部",
    "李宁体育用品有限公司公布2024年度业绩",
    # the state lotteries
    "欢迎访问中国福利彩票官方网站",
    "Copyright © 2025 中国体育彩票 版权所有",
    "中国福利彩票双色球第2025088期开奖公告",
    # film studios, broadcasters and video sites
    "欢迎来到光线传媒官网",
    "Copyright © 2025 博纳影业集团股份有限公司",
    "版权所有 © 湖南广播电视传媒集团",
    "光线传媒 | 博纳影业 | 华谊兄弟 | 万达影业 | 阿里影业",
    "西瓜视频 | 芒果TV | 哔哩哔哩 | 优酷 | 爱奇艺",
    # detectives of fiction and of crackdown news
    "推理小说 | 侦探小说 | 科幻小说 | 武侠小说 | 言情小说",
    "欢迎来到推理侦探小说网",
    "私家侦探非法调查案一审宣判",
    # a site named by a number
    "欢迎来到591房屋交易网",
]


@pytest.mark.parametrize("where", ["head", "tail"])
@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("line", NAMESAKES)
def test_a_real_namesake_stays_clean(line: str, host: str, where: str) -> None:
    text, i = _placed(host, line, where)
    ln = clean(text).lines[i]
    assert ln.label != "spam", ln.reason
    assert not [c for c in ln.cuts if c.label == "spam"], ln.cuts
