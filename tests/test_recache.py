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
    (folder,) = fresh.iterdir()
    assert folder.name.startswith(f"re-{sys.implementation.cache_tag}-")
    assert len(list(folder.iterdir())) == len(PATTERNS)

    # a new process: the programs are read back, nothing is parsed
    def no_parse(*args, **kwargs):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(re._parser, "parse", no_parse)
    again = [recache.compile(p, f) for p, f in PATTERNS]
    for (p, f), a, b in zip(PATTERNS, first, again, strict=True):
        monkeypatch.undo()
        _same(a, re.compile(p, f))
        _same(b, re.compile(p, f))
        monkeypatch.setattr(re._parser, "parse", no_parse)


def test_a_broken_cache_falls_back_to_compiling(fresh) -> None:
    recache.compile(PATTERNS[0][0])
    recache.compile(*PATTERNS[1])
    recache.save()
    (folder,) = fresh.iterdir()
    first = folder / recache._file(f"0:{PATTERNS[0][0]}")
    second = folder / recache._file(f"{int(PATTERNS[1][1])}:{PATTERNS[1][0]}")
    good = first.read_text("utf-8")
    # a file holding another pattern under this pattern's name is a miss
    folder.joinpath(recache._file("0:other")).write_text(good, "utf-8")
    assert recache._read("0:other") is None and recache._read(f"0:{PATTERNS[0][0]}") is not None
    data = json.loads(good)
    data[2] = "AAAAAAEAAAACAAAA"  # a program _sre refuses
    first.write_text(json.dumps(data), "utf-8")
    second.write_text("not json", "utf-8")
    _same(recache.compile(PATTERNS[0][0]), re.compile(PATTERNS[0][0]))
    _same(recache.compile(*PATTERNS[1]), re.compile(*PATTERNS[1]))


def test_off_writes_nothing(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", "off")
    monkeypatch.setattr(recache, "_new", {})
    _same(recache.compile(PATTERNS[0][0]), re.compile(PATTERNS[0][0]))
    recache.save()
    assert recache.cache_dir() is None and not recache._new


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
