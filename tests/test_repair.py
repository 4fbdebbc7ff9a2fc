"""Repair of naive conversions and ``to_script``."""

from __future__ import annotations

import pytest

from cleantext.convert import TARGETS, convert, detect_script, repair, to_script


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("物聯(lián)網(wǎng)", "物聯網"),
        ("標(biāo)準(zhǔn)", "標準"),
        ("發(fā)展", "發展"),
        ("物联网(internet of things,IoT)", "物联网(internet of things,IoT)"),
        ("(1.南京大学)", "(1.南京大学)"),
        ("公司(a)和(de)", "公司(a)和(de)"),
        ("abc(lián)", "abc(lián)"),
        ("进步#xff0c;企业", "进步，企业"),
        ("进步&#xff0c;企业", "进步，企业"),
    ],
)
def test_repair(text, expected):
    assert repair(text) == expected


@pytest.mark.parametrize(
    ("text", "hant", "hans"),
    [
        ("鄉村干部", "鄉村幹部", "乡村干部"),
        ("后備力量", "後備力量", "后备力量"),
        ("并確保", "並確保", "并确保"),
        ("物聯(lián)網(wǎng)", "物聯網", "物联网"),
    ],
)
def test_naive_conversions_repaired(text, hant, hans):
    assert to_script(text, "hant") == hant
    assert to_script(text, "hans") == hans


def test_targets_and_none():
    assert to_script("头发", None) == "头发"
    assert to_script("物聯(lián)網", None) == "物聯(lián)網"
    assert set(TARGETS) == {"hans", "hant", "tw", "hk"}
    with pytest.raises(ValueError, match="valid targets"):
        to_script("x", "cn")


def test_regional_targets_follow_opencc():
    text = "台风来了，他们在里面吃面条"
    assert to_script(text, "tw") == convert(convert(text, "t2s"), "s2tw")
    assert to_script(text, "hk") == convert(convert(text, "t2s"), "s2hk")


def test_seed_page(seed_text):
    text = seed_text
    hant = to_script(text, "hant")
    for good in ("鄉村幹部", "後備力量", "並確保"):
        assert good in hant
    for bad in ("鄉村干部", "后備力量", "并確保", "(lián)"):
        assert bad not in hant
    hans = to_script(text, "hans")
    assert detect_script(hans) == "hans"
    assert "乡村干部" in hans
