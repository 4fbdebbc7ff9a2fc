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
