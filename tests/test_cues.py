"""The fold behind the chrome and meta cue rules: every Traditional character it knows is found."""

from cleantext.filters.cues import _fold_table, fold


def test_every_folded_character_is_found_alone_and_inside_text() -> None:
    table = _fold_table()
    changed = [cp for cp, to in table.items() if cp != to]
    assert len(changed) > 2500  # TSCharacters has thousands of one-character entries
    for cp in changed:
        char = chr(cp)
        assert fold(char) == chr(table[cp]), char
        assert fold("正文" + char + "正文") == "正文" + chr(table[cp]) + "正文", char


def test_characters_outside_the_table_stay() -> None:
    table = _fold_table()
    kept = [chr(cp) for cp in range(0x4E00, 0x9FFF) if cp not in table]
    text = "".join(kept)
    assert fold(text) == text


# --- matching the fold without folding (cues.preimage, unfolded_trie, plain) ------------------

import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import regex  # noqa: E402

from cleantext.filters import cues  # noqa: E402

CORPUS = Path(__file__).parent / "fixtures" / "corpus_lines.jsonl"


def test_the_han_class_is_regex_p_han() -> None:
    ours, theirs = re.compile(f"[{cues.HAN}]"), regex.compile(r"\p{Han}")
    for cp in range(sys.maxunicode + 1):
        assert bool(ours.match(chr(cp))) == bool(theirs.match(chr(cp))), hex(cp)


def test_plain_is_the_one_pass_substitution() -> None:
    # pinyin out first, then entities: the same as the one regex pass, on real lines and on
    # debris next to entities (an entity decoded to a Han character before a syllable, a
    # syllable holding "x", entities after a syllable)
    lines = [json.loads(row)["text"] for row in CORPUS.read_text("utf-8").splitlines()]
    pieces = ["來", "源", "(lái)", "(yuán)", "#x4e2d;", "#x20;", "(x)", "(", ")", "a", "#x", ";"]
    pieces += ["\uff08ā\uff09", "#xFFFFF;", "#x1;", "中", " "]
    rng = random.Random(3)
    lines += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(5000)]
    for text in lines:
        assert cues.plain(text) == cues._DEBRIS.sub(cues._entity, text), text


def test_preimages_are_every_character_folding_to_it() -> None:
    table = cues._fold_table()
    for cp, to in table.items():
        assert chr(cp) in cues.preimage(chr(to)), hex(cp)
        assert chr(cp) not in cues.preimage(chr(cp)) or cp == to
    for c in "关着著aZ:|>":
        for p in cues.preimage(c):
            assert chr(table.get(ord(p), ord(p))) == c


def test_only_kelvin_lowers_to_one_ascii_letter_besides_a_to_z() -> None:
    found = {
        chr(cp)
        for cp in range(0x80, sys.maxunicode + 1)
        if len(chr(cp).lower()) == 1 and chr(cp).lower().isascii() and chr(cp).lower().isalpha()
    }
    assert found == set(cues._LOWERS_TO_ASCII)


def test_an_anchored_scan_finds_the_anchor_of_every_word_the_fold_holds() -> None:
    # every occurrence of every word in the folded text, overlapping or not, is found at its
    # anchor; nothing else is found
    words = ["关注我们", "关注", "我们", "微信", "复制链接", "页", "首页", ">", "|", "着", "注册"]
    scan = re.compile("|".join(cues.anchored(words).values()))
    alphabet = sorted({c for w in words for c in w} | set("關註們複製鏈頁＞｜著 正文"))
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        folded = cues.fold(text)
        expected = {
            p + cues.anchor_index(w)
            for w in words
            for p in range(len(folded))
            if folded.startswith(w, p)
        }
        assert {m.start() for m in scan.finditer(text)} == expected, text


def test_an_anchored_scan_ignores_case_of_latin_words_when_asked() -> None:
    scan = re.compile("|".join(cues.anchored(["twitter", "icp"], caseless=True).values()))
    assert len(scan.findall("TWITTER Twitter ｔｗｉｔｔｅｒ ICP备 \u212a icp")) == 5


def test_page_hits_go_on_after_a_refused_match_and_skip_to_the_next_text_on_a_taken_one() -> None:
    seen = []

    def accept(k, m):
        seen.append((k, m.start()))
        return m[0] == "乙"

    assert cues.page_hits(["甲甲乙甲", "甲", "", "乙乙"], re.compile("[甲乙]"), accept) == [0, 3]
    assert seen == [(0, 0), (0, 1), (0, 2), (1, 5), (3, 8)]
