"""Invariants of cleaning over hostile text (hypothesis).

Pages are mixed from real corpus lines, spider-pool spam shapes, random Unicode (lone
surrogates, private use, combining marks, right-to-left, emoji), control characters and huge
lines. The runs are derandomised so CI is repeatable; `HYPOTHESIS_PROFILE=long` explores more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleantext
from cleantext.document import LABELS
from conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "corpus_lines.jsonl"
CORPUS = [json.loads(x)["text"] for x in FIXTURE.read_text(encoding="utf-8").splitlines()]


KEYWORDS = ["国产精品", "亚洲", "久久", "欧美日韩", "在线观看", "一区二区", "免费", "澳门新葡京"]
SEPARATORS = ["|", "_", "、", ",", ",", " ", "-", "·", "/"]

# --- strategies ------------------------------------------------------------------------------

corpus_line = st.sampled_from(CORPUS)
spam_line = st.one_of(
    st.builds(
        lambda kws, sep: "主站蜘蛛池模板: " + sep.join(kws),
        st.lists(st.sampled_from(KEYWORDS), min_size=1, max_size=30),
        st.sampled_from(SEPARATORS),
    ),
    st.builds(
        lambda kws, sep: sep.join(kws),
        st.lists(st.sampled_from(KEYWORDS), min_size=2, max_size=60),
        st.sampled_from(SEPARATORS),
    ),
    st.builds(
        lambda tags: "".join(f'<{t} id="k{i}x"></{t}>' for i, t in enumerate(tags)),
        st.lists(st.sampled_from(["tr", "ul", "li", "span", "em"]), min_size=1, max_size=20),
    ),
)
LONE_SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
weird_char = st.one_of(
    LONE_SURROGATE,
    st.characters(min_codepoint=0xE000, max_codepoint=0xF8FF),  # private use
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),  # combining marks
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew, Arabic (RTL)
    st.sampled_from(["\u202e", "\u202d", "\u2066", "\u2069", "\u200f", "\u200e"]),  # bidi
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),  # emoji
    st.sampled_from(["\u200d", "\ufe0f", "\ufeff", "\u00ad", "\u3000", "\xa0", "\ufffd"]),
    st.characters(max_codepoint=0x1F),  # C0 controls (newlines included)
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),  # DEL, C1
    st.sampled_from(["\r", "\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]),
    st.characters(),
)
random_line = st.lists(st.one_of(weird_char, st.just("\r\n")), max_size=80).map("".join)
huge_line = st.one_of(
    st.builds(
        lambda piece, n: piece * n,
        st.sampled_from(["国", "|", "国产|", "a", " ", "\u3000", "_亚洲", "\x00", "。"]),
        st.integers(1000, 20000),
    ),
    st.builds(lambda piece, n: piece * n, corpus_line, st.integers(2, 40)),
)
line = st.one_of(corpus_line, corpus_line, spam_line, random_line, huge_line)
page = st.one_of(
    st.lists(line, max_size=25).map("\n".join),
    st.lists(line, max_size=25).map("\r\n".join),
    st.lists(st.one_of(weird_char, st.just("\r\n")), max_size=300).map("".join),
)


def lines_of(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


# --- properties ------------------------------------------------------------------------------


@given(page)
def test_clean_never_raises_and_nothing_is_lost(text: str) -> None:
    doc = cleantext.clean(text)
    # one Line per input line, in order, each exactly as given
    assert [ln.text for ln in doc.lines] == lines_of(text)
    # the lines of all labels together reassemble the input
    assert "\n".join(ln.text for ln in doc.lines) == text.replace("\r\n", "\n")
    for ln in doc.lines:
        assert ln.label in LABELS and ln.reason
        for c in ln.cuts:
            assert 0 <= c.start < c.end <= len(ln.clean)
    # what is kept and what is removed account for every non-blank line
    removed_lines = {item["line"] for item in doc.removed if "start" not in item}
    kept = {i for i, ln in enumerate(doc.lines) if ln in doc.kept_lines()}
    for i, ln in enumerate(doc.lines):
        if ln.label != "blank" and ln.kept_text:
            assert i in removed_lines or i in kept
    json.dumps(doc.to_dict(), ensure_ascii=False)  # always serialisable


@given(page)
def test_clean_is_deterministic(text: str) -> None:
    assert cleantext.clean(text).to_dict() == cleantext.clean(text).to_dict()


@given(page)
def test_clean_text_is_idempotent(text: str) -> None:
    once = cleantext.clean(text).text
    assert cleantext.clean(once).text == once


def test_clean_is_idempotent_on_a_keyword_header_and_html_residue() -> None:
    page = "精品欧美一区二区三区在线观看 _久久久久国色av免费观看性色_国产精品久久在线观看"
    once = cleantext.clean(page + '\n<tr id="k0x"></tr>').text
    assert cleantext.clean(once).text == once


def test_clean_is_idempotent_on_a_byline_under_a_forum_label() -> None:
    page = "精华\n责任编辑:李薇\n2024-11-26 09:51\n發帖數量: 179 個\n關鍵詞:實施監理機制"
    once = cleantext.clean(page).text
    assert cleantext.clean(once).text == once


@given(st.lists(corpus_line, max_size=30).map("\n".join))
def test_clean_text_lines_come_from_the_input(text: str) -> None:
    """The clean text invents nothing: each of its lines is inside an input line."""
    doc = cleantext.clean(text)
    for out in doc.text.split("\n") if doc.text else []:
        assert any(out in ln.clean or out in ln.kept_text for ln in doc.lines)


def _converter():
    try:
        from cleantext.convert import to_script
    except ImportError:
        pytest.skip("cleantext.convert has not landed yet")
    return to_script


def _is_han(c: str) -> bool:
    cp = ord(c)
    return (
        0x3400 <= cp <= 0x4DBF
        or 0x4E00 <= cp <= 0x9FFF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3FFFF
    )


# conversion is tested on pages without huge lines (table building is slow enough)
small_page = st.lists(st.one_of(corpus_line, spam_line, random_line), max_size=15).map("\n".join)


@pytest.mark.parametrize("to", ["hans", "hant", "tw", "hk"])
def test_to_script_keeps_text_after_a_nul(to: str) -> None:
    """OpenCC stops segmented configs at a NUL (convert() copies that, to stay identical);
    to_script() must not lose the rest of the text."""
    to_script = _converter()
    assert to_script("a\x00b\n正文。", to).endswith("b\n正文。")
    assert to_script("\x00\n头发\x00", to).count("\x00") == 2


@pytest.mark.parametrize("config", ["s2t", "t2s", "s2hk", "tw2sp"])
@settings(max_examples=20)
@given(text=small_page)
def test_opencc_conversion_keeps_non_han_characters_and_lines(text: str, config: str) -> None:
    """As OpenCC does: only Han characters change, and never the number of lines (except
    that OpenCC, and so convert(), ends a segmented conversion at a NUL: tested above)."""
    _converter()
    from cleantext.convert import convert

    text = text.replace("\x00", "")
    out = convert(text, config)
    assert out.count("\n") == text.count("\n")
    assert [c for c in out if not _is_han(c)] == [c for c in text if not _is_han(c)]


@pytest.mark.parametrize("to", ["hans", "hant", "tw", "hk"])
@settings(max_examples=20)
@given(text=small_page)
def test_to_script_keeps_the_line_count(text: str, to: str) -> None:
    """to_script() also repairs pinyin debris, so non-Han text may change; lines may not."""
    to_script = _converter()
    assert to_script(text, to).count("\n") == text.count("\n")


@pytest.mark.parametrize("to", ["hans", "hk"])
@settings(max_examples=15)
@given(text=page)
def test_clean_with_conversion_never_raises(text: str, to: str) -> None:
    _converter()
    doc = cleantext.clean(text, to=to)
    assert doc.text.count("\n") == cleantext.clean(text).text.count("\n")


# --- the command line never crashes, whatever the bytes ----------------------------------


def encoded(text: str) -> st.SearchStrategy[bytes]:
    return st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-8-sig"]).map(
        lambda codec: text.encode(codec, errors="surrogatepass" if "utf" in codec else "replace")
    )


any_bytes = st.one_of(
    st.binary(max_size=2000),
    page.flatmap(encoded),
    st.lists(
        st.one_of(
            page.map(lambda t: json.dumps({"text": t}, ensure_ascii=False)),
            st.sampled_from(
                ['{"text": 3}', "[1]", '{"text": "a', "null", "{}", '{"text":"\\ud800"}']
            ),
            st.binary(max_size=50).map(lambda b: b.decode("latin-1")),
        ),
        max_size=8,
    ).map(lambda rows: "\n".join(rows).encode("utf-8", errors="surrogatepass")),
)
flags = st.sampled_from(
    [
        [],
        ["--jsonl"],
        ["--jsonl", "--skip-bad"],
        ["--errors", "replace"],
        ["--encoding", "utf-8"],
        ["--explain"],
        ["--format", "json"],
        ["--jsonl", "--errors", "replace", "--skip-bad", "--explain"],
    ]
)


@settings(max_examples=80)
@given(flags, any_bytes)
def test_cli_never_crashes_on_any_bytes(argv: list[str], data: bytes) -> None:
    # in-process (a subprocess per example is too slow for hypothesis); an exception it
    # lets out comes back as a traceback on stderr, status 1
    proc = run_cli([*argv, "-j", "1"], data)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err and "internal error" not in err, err
    if proc.returncode == 1:
        assert err.startswith("cleantext: ")
    proc.stdout.decode("utf-8")  # the output is always valid UTF-8


@given(st.lists(st.one_of(corpus_line, LONE_SURROGATE), min_size=1, max_size=10).map("".join))
def test_clean_accepts_lone_surrogates(text: str) -> None:
    doc = cleantext.clean(text + "\ud800")
    assert "\n".join(ln.text for ln in doc.lines) == text + "\ud800"


def test_cli_jsonl_with_an_escaped_lone_surrogate() -> None:
    proc = run_cli(["--jsonl", "-j", "1"], b'{"text": "\\ud800\\u6b63\\u6587"}\n')
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 0 and "internal error" not in err, err
