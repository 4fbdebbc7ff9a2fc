"""Fast paths give what their plain definitions give, on real corpus lines and on lines built
to sit at their edges. Each fast path here replaced a per-character Python loop or a
``str.translate`` through a dict; the reference written in each test is the plain definition
it replaced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext.chrome import features
from cleantext.filters import spamitems
from cleantext.spam.lexicon import fold

LINES = [
    json.loads(row)["text"]
    for row in (Path(__file__).parent / "fixtures" / "corpus_lines.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
]


def _core_after_mark_plain(folded: str) -> bool:
    """The definition: a core matched at any position of the window after a clause mark."""
    core = spamitems._trades()[1]
    reach = spamitems.SPLICE_SPAN[1] - 2
    for m in spamitems._AFTER_MARK.finditer(folded):
        k = m.end()
        for j in range(k, min(k + reach, len(folded) - 1)):
            if core.match(folded, j):
                return True
    return False


def _spliced_lines() -> list[str]:
    """Lines with a trade's core at every distance from a clause mark, around the window's
    end (``reach``), at the end of the line, and cut short."""
    cores = sorted(spamitems._trades()[0])
    reach = spamitems.SPLICE_SPAN[1] - 2
    out = []
    for c in (cores[0], cores[len(cores) // 2], cores[-1], "网贷", "代开发票"):
        for gap in range(0, reach + 3):
            pad = "会议听取了各部门的工作汇报研究部署下一阶段重点任务"[:gap]
            out.append(fold(f"会议召开以来,{pad}{c}继续推进各项工作。"))
            out.append(fold(f"会议召开以来,{pad}{c}"))  # the core ends the line
            out.append(fold(f"会议召开以来,{pad}{c[:1]}"))  # only its first character
    return out


def test_cores_are_two_characters_or_more():
    # the fast path looks up a core's first two characters: a one-character core would
    # never be found by it
    assert min(map(len, spamitems._trades()[0])) >= 2


@pytest.mark.parametrize("source", ["corpus", "built"])
def test_core_after_mark_is_its_definition(source):
    lines = [fold(t) for t in LINES] if source == "corpus" else _spliced_lines()
    got = [spamitems._core_after_mark(t) for t in lines]
    want = [_core_after_mark_plain(t) for t in lines]
    assert got == want
    assert any(want) and not all(want)  # both answers are exercised


def test_core_after_mark_window_edge():
    reach = spamitems.SPLICE_SPAN[1] - 2
    core = "网贷"
    assert core in spamitems._trades()[0]
    pad = "各" * (reach - 1)  # the core's first character at the window's last position
    assert spamitems._core_after_mark(fold(f"会议召开以来,{pad}{core}好"))
    assert not spamitems._core_after_mark(fold(f"会议召开以来,{pad}各{core}好"))


@pytest.mark.parametrize("source", ["corpus", "built"])
def test_core_starts_are_their_definition(source):
    # every position a core matches at, the line's first included (position 0 is falsy)
    core = spamitems._trades()[1]
    lines = [fold(t) for t in LINES] if source == "corpus" else _spliced_lines()
    lines += [fold("网贷当天下款,会议召开以来")]  # a core at position 0
    got = [list(spamitems._core_starts(t)) for t in lines]
    want = [[j for j in range(len(t)) if core.match(t, j)] for t in lines]
    assert got == want
    assert got[-1][:1] == [0]


@pytest.mark.parametrize("source", ["corpus", "built"])
def test_core_spans_are_their_definition(source):
    # _Cores.within answers for every span what a search of the trie in it answers
    core = spamitems._trades()[1]
    lines = [fold(t) for t in LINES] if source == "corpus" else _spliced_lines()
    got, want = [], []
    for t in lines:
        cores = spamitems._Cores(t)
        for start in range(0, len(t) + 1, 3):
            for end in range(start, min(start + 20, len(t) + 2)):
                got.append(cores.within(start, end))
                want.append(core.search(t, start, end) is not None)
    assert got == want
    assert any(want) and not all(want)


def _grams_plain(text: str) -> list[str]:
    t = text[: features.GRAM_CHARS].translate(features._FOLD)
    return [*t, *map(str.__add__, t, t[1:]), "^" + t[:2], text[-2:].translate(features._FOLD) + "$"]


EDGE_TEXTS = [
    "ＡＢＣ１２３abcXYZ０９",  # full-width digits fold, full-width letters stay
    "发布时间:2024-05-01 10:30 来源:新华网 www.Example.COM",
    "\U0001f600表情 𠀀字 😀 ABC",  # astral characters, past the tables' end
    "\uffff\ufffe￥",  # the BMP's last code points
    "",
]


@pytest.mark.parametrize("text", LINES + EDGE_TEXTS)
def test_line_grams_and_classes_are_the_dict_translations(text):
    assert features.line_grams(text) == _grams_plain(text)
    assert text.translate(features._lists()[1]) == text.translate(features._CLASS)


@pytest.mark.parametrize("text", LINES + EDGE_TEXTS + ["民國九十年", "x@y", "a.com", "12:30", "٣٤"])
def test_shapes_prefilter_keeps_every_shape(text):
    assert features._shapes(text) == {m.lastgroup or "" for m in features._SHAPES.finditer(text)}


def test_lexicon_fold_translates_from_the_first_changed_character() -> None:
    # fold() translates only from the first character the table changes: the same as
    # translating the whole text (then lower-casing), for every code point and for mixes
    import random

    from cleantext import fold as shared
    from cleantext.spam import lexicon

    table = shared.table(lexicon._COLONS)
    plain = lexicon.fold.__wrapped__  # (not the cache: every text folded here)

    def reference(text: str) -> str:
        return text.translate(table).lower()

    for cp in [*range(0x28), *range(0x29, 0xD800), *range(0xE000, 0x10000)]:
        assert plain(chr(cp)) == reference(chr(cp)), hex(cp)
    for cp in range(0x10000, 0x110000, 97):
        assert plain(chr(cp)) == reference(chr(cp)), hex(cp)
    astral = [chr(cp) for cp in table if cp >= 0x10000] + ["\U00020000"]
    alphabet = [chr(cp) for cp in list(table)[::37]] + ["中", "A", "İ", " ", ":", *astral]
    rng = random.Random(11)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert plain(text) == reference(text), text
    for text in LINES:
        if "(" not in text:  # (pinyin debris is dropped first: another rule)
            assert plain(text) == reference(text), text
