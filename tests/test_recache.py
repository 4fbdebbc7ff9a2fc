"""Compiled patterns kept on disk (cleantext.recache) behave as re.compile's."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

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
    good = first.read_bytes()
    # a file holding another pattern under this pattern's name is a miss
    folder.joinpath(recache._file("0:other")).write_bytes(good)
    assert recache._read("0:other") is None and recache._read(f"0:{PATTERNS[0][0]}") is not None
    key, *entry = json.loads(good.partition(b"\n")[2])
    entry[1] = "AAAAAAEAAAACAAAA"  # a program _sre refuses, under a valid checksum
    first.write_bytes(recache._dump(key, entry))
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


# --- regex-module patterns (engine="regex") ---------------------------------------------------

import regex  # noqa: E402

from cleantext.filters import boilerplate  # noqa: E402

CORPUS = Path(__file__).parent / "fixtures" / "corpus_lines.jsonl"
LINES = [json.loads(row)["text"] for row in CORPUS.read_text("utf-8").splitlines()]
LINES += ["分享到：微信 朋友圈", "您的位置：首頁 > 技術雜談 > 正文", "HOME 首页"]
REGEX_PATTERNS = [(cue.source, cue.flags) for cue in boilerplate.CUES[:12]] + [
    (r"(?P<y>(?:19|20)\d\d)\s*(?P<sep>[-/.])\s*(?P<m>[01]?\d)(?P=sep)", 0),
    (r"(?<=\p{Han})[(\uFF08][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)\uFF09]", 0),
    (r"(?:精品){e<=1}", regex.BESTMATCH),
    (r"\p{Han}+", regex.VERSION1 | regex.IGNORECASE),
]


def _same_regex(a: regex.Pattern[str], b: regex.Pattern[str]) -> None:
    """Same program (what the pattern pickles to) and the same matches on real lines."""
    assert a._pickled_data == b._pickled_data
    for t in LINES:
        assert [m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)], t


def _forbid_compiling(monkeypatch) -> None:
    def no_compile(*args, **kwargs):
        raise AssertionError("compiled although cached")

    monkeypatch.setattr(regex, "compile", no_compile)


def test_regex_patterns_from_the_cache_are_those_regex_compiles(fresh, monkeypatch) -> None:
    first = [recache.compile(p, f, engine="regex") for p, f in REGEX_PATTERNS]
    for (p, f), a in zip(REGEX_PATTERNS, first, strict=True):
        _same_regex(a, regex.compile(p, f))
    recache.save()
    folder = recache.cache_dir("regex")
    assert folder is not None and folder.startswith(str(fresh))
    # named after the engine's program format and its file (an upgrade changes the file)
    engine = os.stat(regex._regex.__file__)
    assert f"regex-{regex._regex.MAGIC}-" in folder
    assert f"-{engine.st_size:x}-{engine.st_mtime_ns:x}-" in folder
    assert len(list(Path(folder).iterdir())) == len(REGEX_PATTERNS)
    # a new process: every pattern is built from its file, none is compiled
    expected = [regex.compile(p, f) for p, f in REGEX_PATTERNS]
    _forbid_compiling(monkeypatch)
    again = [recache.compile(p, f, engine="regex") for p, f in REGEX_PATTERNS]
    for a, b in zip(again, expected, strict=True):
        _same_regex(a, b)


def test_the_cache_holds_no_state_of_regex_default_version(fresh, monkeypatch) -> None:
    """A program's meaning does not depend on ``regex.DEFAULT_VERSION`` set by someone else:
    the package's patterns are compiled as VERSION0, cached or not."""
    source = r"[[a-z]--[aeiou]]"  # a nested set in VERSION1, a literal '-' run in VERSION0
    expected = regex.compile(source, regex.VERSION0)
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1)
    _same_regex(recache.compile(source, engine="regex"), expected)
    recache.save()
    _forbid_compiling(monkeypatch)
    _same_regex(recache.compile(source, engine="regex"), expected)


def test_an_absent_cache_directory_is_created_at_exit(monkeypatch, tmp_path) -> None:
    target = tmp_path / "not" / "yet"
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(target))
    monkeypatch.setattr(recache, "_new", {})
    source, flags = REGEX_PATTERNS[0]
    expected = regex.compile(source, flags)
    _same_regex(recache.compile(source, flags, engine="regex"), expected)
    assert not target.exists()  # nothing is written before exit
    recache.save()
    _forbid_compiling(monkeypatch)
    _same_regex(recache.compile(source, flags, engine="regex"), expected)


@pytest.mark.parametrize("how", ["a file in the way", "the write refused"])
def test_an_unwritable_cache_is_no_error(monkeypatch, tmp_path, how) -> None:
    """A directory that cannot be made or written (the tests run as root, so no chmod):
    patterns are compiled as usual and saving them is silently skipped."""
    monkeypatch.setattr(recache, "_new", {})
    if how == "a file in the way":
        blocker = tmp_path / "file"
        blocker.write_text("x", "utf-8")
        monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(blocker / "cache"))
    else:
        monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))

        def refuse(*args, **kwargs):
            raise PermissionError("read-only file system")

        monkeypatch.setattr(recache.os, "replace", refuse)
    pairs = [(REGEX_PATTERNS[0], "regex"), (PATTERNS[1], "re")]
    for (source, flags), engine in pairs:
        got = recache.compile(source, flags, engine=engine)
        if engine == "regex":
            _same_regex(got, regex.compile(source, flags))
        else:
            _same(got, re.compile(source, flags))
    recache.save()
    assert not recache._new
    left = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "file"]
    assert left == []  # no program and no temporary file left behind


def _one_regex_file(fresh) -> tuple[Path, str, list]:
    source, flags = REGEX_PATTERNS[0]
    recache.compile(source, flags, engine="regex")
    recache.save()
    (path,) = Path(recache.cache_dir("regex")).iterdir()
    key, *entry = json.loads(path.read_bytes().partition(b"\n")[2])
    return path, key, entry


@pytest.mark.parametrize("damage", ["bit flip", "truncated", "empty", "not json", "wrong shape"])
def test_a_damaged_regex_file_never_reaches_the_engine(fresh, monkeypatch, damage) -> None:
    """``_regex`` trusts the program it is given (a damaged one can crash the interpreter):
    the checksum must turn every damaged file into a miss, and the pattern is compiled and
    written again."""
    path, key, entry = _one_regex_file(fresh)
    raw = path.read_bytes()
    if damage == "bit flip":  # inside the program's base64, the JSON stays valid
        at = raw.index(entry[1].encode()) + 10
        flipped = bytes([raw[at] ^ 0x01])
        if not flipped.isalnum():
            flipped = b"A" if raw[at : at + 1] != b"A" else b"B"
        raw = raw[:at] + flipped + raw[at + 1 :]
    elif damage == "truncated":
        raw = raw[: len(raw) // 2]
    elif damage == "empty":
        raw = b""
    elif damage == "not json":
        raw = b"00000000\n{]"
    else:  # a whole file with a valid checksum but not an entry
        raw = recache._dump(key, entry[:3])
    path.write_bytes(raw)
    monkeypatch.setattr(recache, "_new", {})
    from regex import _regex

    given = []
    real = _regex.compile
    monkeypatch.setattr(_regex, "compile", lambda *a: given.append(a[2]) or real(*a))
    source, flags = REGEX_PATTERNS[0]
    expected = regex.compile(source, flags)
    got = recache.compile(source, flags, engine="regex")
    _same_regex(got, expected)
    assert all(code == expected._pickled_data[2] for code in given)
    recache.save()
    assert path.read_bytes() == recache._dump(key, entry)  # written whole again


def test_the_pipeline_reads_every_regex_program_from_the_cache(tmp_path, seed_text) -> None:
    """The second process cleaning a page compiles no ``regex`` pattern and keeps nothing new
    (every program and derived value comes from the cache: a pattern compiled with plain
    ``regex.compile``, or a big source built on the way, would cost every CLI start its time
    again), and the output is the same with the cache off, empty or filled."""
    code = (
        "import json, sys, regex; from regex import _main; real = _main._compile; n = []; "
        "_main._compile = lambda *a: n.append(1) or real(*a); "
        "from cleantext import recache; keep = recache._keep; kept = []; "
        "recache._keep = lambda *a: kept.append(a[0]) or keep(*a); "
        "import cleantext; doc = cleantext.clean(sys.stdin.read()); "
        "print(json.dumps([len(n), sorted(set(kept)), doc.text, "
        "[ln.reason for ln in doc.lines]]))"
    )
    runs = []
    for cache in ["off", str(tmp_path), str(tmp_path)]:
        env = {"CLEANTEXT_CACHE_DIR": cache, "PATH": "/usr/bin:/bin"}
        out = subprocess.run(
            [sys.executable, "-c", code], input=seed_text, capture_output=True, text=True, env=env
        )
        assert out.returncode == 0, out.stderr
        runs.append(json.loads(out.stdout))
    (off, cold, warm) = runs
    assert off[0] > 0 and cold[0] > 0 and warm[0] == 0
    assert cold[1] == ["derived", "re", "regex"] and warm[1] == []
    assert off[2:] == cold[2:] == warm[2:]


def test_a_process_with_every_program_cached_does_not_import_regex(tmp_path, seed_text) -> None:
    """Importing regex's Python half costs ~20 ms of CPU, a sixth of a cold start: with every
    program cached, only its C module is loaded (alone). Patterns built so are regex's own:
    the same type once ``regex`` is imported, they pickle before and after, templates work."""
    env = {"CLEANTEXT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    code = (
        "import pickle, sys; import cleantext; from cleantext.filters import boilerplate as b; "
        "doc = cleantext.clean(sys.stdin.read()); p = b.CUES[0].pattern; "
        "before = 'regex' in sys.modules; pickled = pickle.dumps(p); import regex; "
        "q = pickle.loads(pickled); r = pickle.loads(pickle.dumps(p)); "
        "print(before, isinstance(p, regex.Pattern), regex._regex.compile is not None, "
        "q.pattern == r.pattern == p.pattern, q.flags == p.flags, "
        "p.sub(r'<\\g<0>>', '首页 > 新闻') == regex.compile(p.pattern, p.flags).sub("
        "r'<\\g<0>>', '首页 > 新闻'))"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], input=seed_text, capture_output=True, text=True, env=env
        )
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], [r.stderr for r in runs]
    # the first process compiles (regex imported), the second reads every program
    assert runs[0].stdout.split()[0] == "True"
    assert runs[1].stdout.split() == ["False", "True", "True", "True", "True", "True"]


# --- derived values (recache.derived) ------------------------------------------------------------


def test_a_derived_value_is_built_once_and_read_back(fresh, monkeypatch) -> None:
    calls = []

    def build():
        calls.append(1)
        return {"source": "国产|精品", "limits": [[1, 2]]}

    first = recache.derived("test-value", build)
    recache.save()
    again = recache.derived("test-value", build)
    assert first == again == {"source": "国产|精品", "limits": [[1, 2]]}
    assert calls == [1]
    # another stamp (a file of the package changed): built again
    monkeypatch.setattr(recache, "_STAMP", ["another"])
    assert recache.derived("test-value", build) == first and calls == [1, 1]


def test_a_damaged_derived_value_is_built_again(fresh) -> None:
    recache.derived("test-value", lambda: ["good"])
    recache.save()
    (path,) = Path(recache.cache_dir("derived")).iterdir()
    path.write_bytes(path.read_bytes().replace(b"good", b"evil"))  # the checksum no longer holds
    assert recache.derived("test-value", lambda: ["rebuilt"]) == ["rebuilt"]


def test_derived_values_without_a_cache(monkeypatch) -> None:
    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", "off")
    monkeypatch.setattr(recache, "_new", {})
    calls = []
    for _ in range(2):
        assert recache.derived("test-value", lambda: calls.append(1) or [1]) == [1]
    assert calls == [1, 1] and not recache._new


def test_the_stamp_changes_with_any_file_of_the_package(monkeypatch, tmp_path) -> None:
    """An edit anywhere in the package (size or modification time of one file) makes every
    derived value be built again: a stale chrome scan after a cue edit would go unseen."""
    import shutil

    import cleantext

    copy = tmp_path / "cleantext"
    shutil.copytree(Path(cleantext.__file__).parent, copy)
    monkeypatch.setattr(recache, "__file__", str(copy / "recache.py"))
    monkeypatch.setattr(recache, "_STAMP", [])
    before = recache.package_stamp()
    monkeypatch.setattr(recache, "_STAMP", [])
    assert recache.package_stamp() == before  # the same files: the same stamp
    target = copy / "filters" / "boilerplate.py"
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 1))
    monkeypatch.setattr(recache, "_STAMP", [])
    assert recache.package_stamp() != before


def test_the_package_reads_back_what_it_builds(fresh) -> None:
    """The derived values the filters use, read from the cache, are those built fresh: the
    chrome scan and its line limits, the meta cue scan, the fold's class, a lexicon union."""
    from cleantext import fold
    from cleantext.filters import chromelines, cues, metascan
    from cleantext.spam import lexicon

    def through_cache() -> list:
        return [
            (lambda p, d: (p.pattern, d))(*chromelines._unfolded_scan.__wrapped__()),
            metascan._unfolded_cue.__wrapped__().pattern,
            fold.changes.__wrapped__(cues._VARIANTS).pattern,
            lexicon._union.__wrapped__(("porn-strong", "gambling-strong")).pattern,
            lexicon._prefilter.__wrapped__().pattern,
        ]

    fresh_values = [
        chromelines._build_unfolded_scan(),
        metascan._unfolded_cue_source(),
        fold._changes_source(cues._VARIANTS),
        lexicon._pattern_source(
            [*lexicon.families()["porn-strong"], *lexicon.families()["gambling-strong"]]
        ),
        lexicon._prefilter_source(),
    ]
    built = through_cache()  # built now, kept at save()
    recache.save()
    read = through_cache()
    assert built == read == fresh_values
    assert all(isinstance(v, tuple) for v in read[0][1].values())
