"""Labelled pages: real scraped pages with one expected label per line.

The format is the developer corpus's JSON Lines: one object per page with ``text`` and
``labels`` (one label per element of ``text.split("\\n")``), optionally ``id``, ``url``,
``script``, ``family``, ``kind``, ``mixed_lines`` and ``notes``.

>>> record = {"id": "p1", "text": "标题\\n主站蜘蛛池模板: 国产", "labels": ["body", "spam"]}
>>> page = LabelledPage.from_record(record)
>>> page
LabelledPage(id='p1', family='', kind='spider_pool', lines=2)
>>> page.spam_lines
['主站蜘蛛池模板: 国产']
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..document import LABELS

KINDS = ("spider_pool", "clean", "hard_negative")
"""The fixture groups: pages with injected spam, clean pages, and hard negatives."""

BUILTIN = "builtin"
"""The name that stands for the pages shipped with cleantext wherever a path is accepted."""


@dataclass(frozen=True, repr=False)
class LabelledPage:
    """A page of text with its expected label for every line.

    ``family`` is the corpus family or kind of the page (``porn_header``, ``seo_other``,
    ``gambling``, ``video``, ``porn_footer``, ``clean_news``, ``hn_crackdown``, …);
    ``kind`` is the fixture group (``spider_pool``, ``clean`` or ``hard_negative``).
    ``mixed_lines`` are indexes of lines holding both injected spam and real content: such a
    line carries the label of its majority.

    >>> page = LabelledPage("x", "标题\\n\\n正文。", ("body", "blank", "body"))
    >>> page.body_lines, page.expected_text
    (['标题', '正文。'], '标题\\n正文。')
    """

    id: str
    text: str
    labels: tuple[str, ...]
    url: str = ""
    family: str = ""
    kind: str = "clean"
    script: str = ""
    mixed_lines: tuple[int, ...] = ()
    notes: str = ""
    source: str = ""
    """Where the page came from: ``builtin`` or the path of the JSONL file."""

    def __post_init__(self) -> None:
        n = len(self.text.split("\n"))
        if len(self.labels) != n:
            raise ValueError(f"page {self.id}: {len(self.labels)} labels for {n} lines")
        bad = sorted(set(self.labels) - set(LABELS))
        if bad:
            raise ValueError(f"page {self.id}: unknown label(s) {', '.join(map(repr, bad))}")
        if self.kind not in KINDS:
            raise ValueError(f"page {self.id}: kind {self.kind!r} is not one of {KINDS}")

    @classmethod
    def from_record(cls, record: dict[str, Any], *, source: str = "") -> LabelledPage:
        """A page from one JSON record; ``kind`` is inferred when the record has none.

        Without ``kind``: a page with a ``spam`` line or ``mixed_lines`` is ``spider_pool``,
        a page whose ``family`` starts with ``hn_`` is ``hard_negative``, any other ``clean``.
        """
        text, labels = record.get("text"), record.get("labels")
        if not isinstance(text, str) or not isinstance(labels, list):
            raise ValueError("needs a string 'text' and a list 'labels'")
        family = str(record.get("family") or "")
        mixed = tuple(int(i) for i in record.get("mixed_lines") or ())
        kind = record.get("kind")
        if not kind:
            if "spam" in labels or mixed:
                kind = "spider_pool"
            elif family.startswith("hn_"):
                kind = "hard_negative"
            else:
                kind = "clean"
        return cls(
            id=str(record.get("id") or ""),
            text=text,
            labels=tuple(labels),
            url=str(record.get("url") or ""),
            family=family,
            kind=kind,
            script=str(record.get("script") or ""),
            mixed_lines=mixed,
            notes=str(record.get("notes") or ""),
            source=source,
        )

    def __repr__(self) -> str:
        return (
            f"LabelledPage(id={self.id!r}, family={self.family!r}, kind={self.kind!r}, "
            f"lines={len(self.labels)})"
        )

    @property
    def name(self) -> str:
        """A readable test id: ``id-family`` (``p0101-porn_header``)."""
        return f"{self.id}-{self.family}" if self.family else self.id

    @property
    def lines(self) -> list[str]:
        """The lines of :attr:`text`, aligned with :attr:`labels` (``text.split("\\n")``)."""
        return self.text.split("\n")

    def lines_labelled(self, *labels: str) -> list[str]:
        """The lines whose expected label is one of ``labels``, in page order."""
        return [t for t, lab in zip(self.lines, self.labels, strict=True) if lab in labels]

    @property
    def spam_lines(self) -> list[str]:
        return self.lines_labelled("spam")

    @property
    def body_lines(self) -> list[str]:
        return self.lines_labelled("body")

    @property
    def meta_lines(self) -> list[str]:
        return self.lines_labelled("meta")

    @property
    def boilerplate_lines(self) -> list[str]:
        return self.lines_labelled("boilerplate")

    @property
    def expected_text(self) -> str:
        """What a perfect cleaner keeps: the body lines, stripped, one per line.

        Mixed lines (see :attr:`mixed_lines`) are included whole.
        """
        return "\n".join(t.strip() for t in self.body_lines if t.strip())


def read_pages(path: str | Path) -> list[LabelledPage]:
    """Labelled pages from a JSONL file; a ``ValueError`` naming file and line on bad records."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        return _parse(fh, str(path))


def _parse(lines: Any, source: str) -> list[LabelledPage]:
    pages = []
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
            if not isinstance(record, dict):
                raise ValueError("a record must be a JSON object")
            record.setdefault("id", f"{Path(source).stem}:{n}")
            pages.append(LabelledPage.from_record(record, source=source))
        except ValueError as e:
            raise ValueError(f"{source}:{n}: bad labelled page: {e}") from None
    return pages


@functools.lru_cache(maxsize=1)
def builtin_pages() -> tuple[LabelledPage, ...]:
    """The pages shipped with cleantext (see ``cleantext/testing/pages/README.md``).

    >>> pages = builtin_pages()
    >>> sorted({p.kind for p in pages})
    ['clean', 'hard_negative', 'spider_pool']
    """
    data = resources.files(__package__) / "pages" / "pages.jsonl"
    return tuple(_parse(data.read_text(encoding="utf-8").splitlines(), BUILTIN))


def load_pages(*sources: str | Path) -> list[LabelledPage]:
    """Pages from JSONL files; the name ``builtin`` stands for the shipped pages.

    With no source, the shipped pages.

    >>> len(load_pages()) == len(load_pages("builtin")) > 20
    True
    """
    pages: list[LabelledPage] = []
    for source in sources or (BUILTIN,):
        if str(source) == BUILTIN:
            pages.extend(builtin_pages())
        else:
            pages.extend(_read_cached(str(Path(source).resolve())))
    return pages


@functools.lru_cache(maxsize=32)
def _read_cached(path: str) -> tuple[LabelledPage, ...]:
    return tuple(read_pages(path))
