"""The page the project started from, end to end."""

from __future__ import annotations

import re

from cleantext import clean


def sentences(text: str) -> list[str]:
    """Every full sentence (ending in 。!?) of every line, stripped."""
    return [
        s.strip()
        for line in text.split("\n")
        for s in re.split(r"(?<=[。!?])", line)
        if len(s.strip()) > 5 and s.strip()[-1] in "。!?"
    ]


def test_seed_footer_is_spam_and_every_sentence_kept(seed_text: str) -> None:
    doc = clean(seed_text)
    footer = [ln for ln in doc.lines if ln.text.startswith("主站蜘蛛池模板")]
    assert len(footer) == 1
    assert footer[0].label == "spam" and footer[0].reason == "spam:spider-pool-footer"
    assert "主站蜘蛛池" not in doc.text and "国产精品" not in doc.text
    body = seed_text.split("主站蜘蛛池模板")[0]
    expected = sentences(body)
    assert len(expected) > 20
    for sentence in expected:
        assert sentence in doc.text
    assert doc.text.startswith("組織部長訪談丨下足育才")
