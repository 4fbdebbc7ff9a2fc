"""Text normalisation that does not damage Chinese, and blank-line labelling.

Only invisible or layout characters change: BOM, zero-width and control characters go, exotic
spaces (NBSP, ideographic space, thin spaces) become ASCII spaces. Full-width punctuation
(``,。:“”``) and full-width letters are left alone: they are part of the text.

>>> normalize_text("\\ufeff标\\u200b题\\u3000正文,好。\\x07")
'标题 正文,好。'
"""

from __future__ import annotations

import re

from .. import recache
from ..document import Document, Line, Verdict
from .base import LineFilter

_DELETE = [
    *range(0x00, 0x09),  # C0 controls except tab; \n never reaches a line
    *range(0x0A, 0x20),
    0x7F,
    *range(0x80, 0xA0),  # C1 controls
    0x00AD,  # soft hyphen
    0x180E,  # Mongolian vowel separator (invisible)
    *range(0x200B, 0x2010),  # zero-width space/joiners, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2060, 0x2070),  # word joiner, invisible operators, bidi isolates
    0xFEFF,  # BOM / zero-width no-break space
    0xFFFE,  # noncharacters that mark broken decoding
    0xFFFF,
]
_SPACES = [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]
_TABLE = {**dict.fromkeys(_DELETE), **{cp: " " for cp in _SPACES}}
_CHANGED = recache.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")
"""Any character :func:`normalize_text` changes. ``str.translate`` with a dict looks every
character up (slow on CJK text); most text has none of these, and a regex finds that out at
hundreds of MB/s."""


def normalize_text(text: str) -> str:
    """Remove invisible characters and turn exotic spaces into ASCII spaces (one pass)."""
    return text if _CHANGED.search(text) is None else text.translate(_TABLE)


class NormalizeText:
    """Set every line's ``clean`` text to its normalised form; ``text`` stays as given."""

    name = "normalize"

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        # one scan of the whole page first: most pages have nothing to normalise
        if _CHANGED.search("".join([ln.text for ln in lines])) is None:
            for line in lines:
                line.clean = line.text
        else:
            for line in lines:
                line.clean = normalize_text(line.text)
        return doc


class LabelBlankLines(LineFilter):
    """Label lines that are empty or whitespace once normalised as ``blank``.

    >>> doc = LabelBlankLines()(Document.from_text("正文\\n \\t"))
    >>> [ln.label for ln in doc.lines]
    [None, 'blank']
    """

    name = "blank"

    def judge(self, line: Line) -> Verdict | None:
        return None if line.clean.strip() else ("blank", "blank")
