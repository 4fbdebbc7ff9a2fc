"""The item model's reach: a company's own name is no ad's site, the families of ads the
tuning sets L-O showed are known.

The item model is trained on items composed by :mod:`cleantext.spam.itemsynth`; these tests
read the shipped model through the pipeline (the slot rule) or directly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import clean

SAMPLE = Path(__file__).parent / "fixtures" / "spam_sample.jsonl"
PAGES = {p["id"]: p for p in map(json.loads, SAMPLE.read_text("utf-8").splitlines())}


def _head(host: str, line: str) -> str:
    lines = PAGES[host]["text"].split("\n")[:24]
    return "\n".join([line, "", *lines])


# A web agency's own site welcomes its visitors with its company's name, which names its trade
# (dev p0201: 欢迎来到尧图网站建设!). The generator's agency ads (深圳网站建设公司, 网站建设哪家好)
# taught the item model that the trade is an ad's whatever names it: the cross-validation's fold
# models (p0201 unseen, calibrated since 0c0f4f4) read 尧图网站建设 at 0.77 and the slot rule
# took the line. A welcome's name without a site word (官网, 平台, app) must now read as a sure
# ad. These names are invented; 蓝鲸, 青柠, 沐风 (0.77-0.85 with the shipped model) were taken.
AGENCY_OWN = [
    "欢迎来到蓝鲸网站建设!",
    "欢迎来到尧图网站建设!",
    "欢迎来到青柠网站建设!",
    "欢迎光临沐风网站制作!",
    "欢迎来到麦田网站设计!",
]


@pytest.mark.parametrize("line", AGENCY_OWN)
@pytest.mark.parametrize("host", ["p0021", "p0209"])
def test_a_companys_welcome_naming_its_trade_is_no_ad_site(line: str, host: str) -> None:
    ln = clean(_head(host, line)).lines[0]
    assert ln.label != "spam", ln.reason


@pytest.mark.parametrize(
    "line",
    ["欢迎来到金鼎娱乐城官方网站!", "您好,欢迎光临鸿运棋牌官方平台!", "欢迎访问速发网贷官网"],
)
def test_an_ad_sites_welcome_still_is(line: str) -> None:
    assert clean(_head("p0209", line)).lines[0].reason == "spam:item-slot"


def test_bags_average_models_trained_from_their_own_seeds() -> None:
    # one bag is the single model of ``seed``; two average it with the model of the next
    # bag's seed (weights dequantised: int8 times scale)
    import binascii

    from cleantext.spam.train import BAG_STRIDE, train_items

    pages = [PAGES["p0021"], PAGES["p0209"]]

    def weights(data: dict) -> list[float]:
        raw = binascii.a2b_base64(data["weights"])
        return [(b - 256 if b > 127 else b) * data["scale"] for b in raw]

    one = train_items(pages, seed=0, synthetic=1)
    other = train_items(pages, seed=BAG_STRIDE, synthetic=1)
    both = train_items(pages, seed=0, synthetic=1, bags=2)
    assert "bags" not in one and both["bags"] == 2
    assert both["bias"] == pytest.approx((one["bias"] + other["bias"]) / 2, abs=1e-5)
    tol = one["scale"] + other["scale"] + both["scale"]
    pairs = zip(weights(one), weights(other), weights(both), strict=True)
    assert all(abs((a + b) / 2 - m) <= tol for a, b, m in pairs)
    assert weights(both) != weights(one)
