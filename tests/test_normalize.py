from __future__ import annotations

from cleantext import clean
from cleantext.filters.normalize import normalize_text


def test_invisible_and_control_characters_go() -> None:
    assert normalize_text("\ufeff标\u200b题\u200d\x00\x07\x1b\u2060") == "标题"


def test_exotic_spaces_become_ascii_spaces() -> None:
    assert normalize_text("甲\u00a0乙\u3000丙\u2009丁") == "甲 乙 丙 丁"


def test_full_width_punctuation_and_letters_stay() -> None:
    text = "“你好”,世界。:;!?()【】《》—…ABC123"
    assert normalize_text(text) == text


def test_original_text_is_kept_on_the_line() -> None:
    doc = clean("\ufeff标题\u200b")
    assert doc.lines[0].text == "\ufeff标题\u200b"
    assert doc.text == "标题"


def test_line_of_only_invisible_characters_is_blank() -> None:
    doc = clean("正文\n\u200b\u3000\ufeff\n正文二")
    assert doc.lines[1].label == "blank"
