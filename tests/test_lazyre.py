"""Patterns compiled on first use (cleantext.filters.lazyre)."""

from __future__ import annotations

import re

from cleantext import recache
from cleantext.filters.lazyre import LazyPattern


def test_re_patterns_come_from_the_program_cache(monkeypatch, tmp_path) -> None:
    """A lazy ``re`` pattern is compiled through recache (its program kept on disk for the
    next process) and behaves as ``re.compile``'s."""
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_new", {})
    source, flags = r"(?P<key>来源|來源)\s*[:：]\s*(\S+)", re.IGNORECASE
    lazy = LazyPattern(source, flags)
    line = "來源：鄉村干部報網  编辑：张三"
    assert (
        lazy.findall(line) == re.compile(source, flags).findall(line) == [("來源", "鄉村干部報網")]
    )
    assert [(engine, key.split(":", 1)[1]) for engine, key in recache._new] == [("re", source)]


def test_regex_patterns_stay_with_regex_and_come_from_the_cache(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_new", {})
    source = r"\p{Han}+"  # not a class re knows
    lazy = LazyPattern(source, engine="regex")
    assert lazy.findall("ab漢字cd汉字") == ["漢字", "汉字"]
    assert [(engine, key.split(":", 1)[1]) for engine, key in recache._new] == [("regex", source)]
