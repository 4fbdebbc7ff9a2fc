"""Compiled patterns kept on disk (cleantext.recache) behave as re.compile's."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from cleantext import recache
from cleantext.spam import lexicon

PATTERNS = [
    (r"国产(?:精品|一区)", 0),
    (r"(?P<head>^\s*热门)(标签|tags?)\s*:(.*)$", re.MULTILINE),
    (r"(?<![a-z])av(?![a-z])|[\u3000-\u303f]+", re.IGNORECASE),
    ("", 0),
]
TEXTS = ["国产精品 国产一区", "  热门标签: 手机\n热门tags:a", "AV av xav 、。", ""]


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty cache directory and no programs loaded in this process."""
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_new", {})
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for t in TEXTS:
        assert [m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)]
        assert a.findall(t) == b.findall(t)
        assert a.sub("#", t) == b.sub("#", t)


def test_patterns_from_the_cache_are_those_re_compiles(fresh, monkeypatch) -> None:
    first = [recache.compile(p, f) for p, f in PATTERNS]
    recache.save()
    (path,) = fresh.iterdir()
    assert path.name.startswith(f"re-{sys.implementation.cache_tag}-")
    # a new process: the programs are read back, nothing is parsed
    monkeypatch.setattr(recache, "_entries", None)

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(re._parser, "parse", no_parse)
    again = [recache.compile(p, f) for p, f in PATTERNS]
    for (p, f), a, b in zip(PATTERNS, first, again, strict=True):
        monkeypatch.undo()
        _same(a, re.compile(p, f))
        _same(b, re.compile(p, f))
        monkeypatch.setattr(re._parser, "parse", no_parse)


def test_a_broken_cache_falls_back_to_compiling(fresh, monkeypatch) -> None:
    recache.compile(PATTERNS[0][0])
    recache.save()
    (path,) = fresh.iterdir()
    data = json.loads(path.read_text("utf-8"))
    for entry in data.values():
        entry[1] = [0, 1, 2, 3]  # not a program _sre accepts
    path.write_text(json.dumps(data), "utf-8")
    monkeypatch.setattr(recache, "_entries", None)
    _same(recache.compile(PATTERNS[0][0]), re.compile(PATTERNS[0][0]))
    path.write_text("not json", "utf-8")
    monkeypatch.setattr(recache, "_entries", None)
    _same(recache.compile(PATTERNS[1][0], PATTERNS[1][1]), re.compile(*PATTERNS[1]))


def test_off_writes_nothing(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", "off")
    monkeypatch.setattr(recache, "_entries", None)
    monkeypatch.setattr(recache, "_new", {})
    _same(recache.compile(PATTERNS[0][0]), re.compile(PATTERNS[0][0]))
    recache.save()
    assert recache.cache_file() is None and not recache._new


def test_a_second_process_finds_the_gate_in_the_cache(tmp_path) -> None:
    code = (
        "from cleantext import recache; from cleantext.spam import lexicon; "
        "import re; parse = re._parser.parse; hits = []; "
        "re._parser.parse = lambda *a: hits.append(1) or parse(*a); "
        "lexicon._gate(); print(len(hits))"
    )
    env = {"CLEANTEXT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        for _ in range(2)
    ]
    assert [r.stdout.strip() for r in runs] == ["1", "0"], [r.stderr for r in runs]
    assert lexicon._gate().pattern == lexicon.prebuilt("gate")
