"""The document model: a page as a list of labelled lines.

Nothing is ever deleted. Every input line stays in :attr:`Document.lines`, in order, and
removal is only a label with a reason. Spam that shares a line with real content is recorded
as a :class:`Cut` (a span of the line) so the clean text keeps the real part.

>>> doc = Document.from_text("标题\\n\\n正文。")
>>> [line.text for line in doc.lines]
['标题', '', '正文。']
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

from .lazy import module

Label = Literal["body", "meta", "boilerplate", "spam", "blank"]
LABELS: tuple[Label, ...] = ("body", "meta", "boilerplate", "spam", "blank")
Verdict = tuple[Label, str]
"""A filter's decision on a line: its label and a short stable reason string."""
KEPT: frozenset[str] = frozenset({"body"})
"""Labels whose lines make up :attr:`Document.text` (``meta`` too with ``keep_meta=True``)."""

# Plain classes, not dataclasses: importing ``dataclasses`` costs ~9 ms of a CLI start that
# must stay under 150 ms, and these few classes need nothing it generates.


class Cut(NamedTuple):
    """A span ``[start, end)`` of :attr:`Line.clean` removed from an otherwise kept line.

    >>> Cut(0, 3, "spam", "spam:title-prefix")
    Cut(start=0, end=3, label='spam', reason='spam:title-prefix')
    """

    start: int
    end: int
    label: Label
    reason: str


class Line:
    """One input line.

    ``text`` is the line exactly as given (without its line break); ``clean`` is the
    normalised text that filters read; ``label`` stays ``None`` until a filter is sure.

    >>> line = Line("\\ufeff标题")
    >>> line.text, line.clean, line.label
    ('\\ufeff标题', '\\ufeff标题', None)
    """

    # a plain slotted class, not a dataclass: pages have thousands of lines, and building
    # and reading them is on the hot path of every page
    __slots__ = ("_kept", "_kept_n", "_kept_of", "clean", "cuts", "label", "reason", "text")

    def __init__(
        self,
        text: str,
        clean: str = "",
        label: Label | None = None,
        reason: str = "",
        cuts: list[Cut] | None = None,
    ) -> None:
        self.text = text
        self.clean = clean or text
        self.label = label
        self.reason = reason
        self.cuts: list[Cut] = [] if cuts is None else cuts
        self._kept_of: str | None = None  # the ``clean`` that ``_kept`` was computed from
        self._kept = ""
        self._kept_n = 0

    def __repr__(self) -> str:
        return (
            f"Line(text={self.text!r}, clean={self.clean!r}, label={self.label!r}, "
            f"reason={self.reason!r}, cuts={self.cuts!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return (self.text, self.clean, self.label, self.reason, self.cuts) == (
            other.text,
            other.clean,
            other.label,
            other.reason,
            other.cuts,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def mark(self, label: Label, reason: str) -> None:
        """Label the line and record why.

        >>> line = Line("主站蜘蛛池模板: 某某")
        >>> line.mark("spam", "spam:spider-pool-footer")
        >>> line.label, line.reason
        ('spam', 'spam:spider-pool-footer')
        """
        self.label = label
        self.reason = reason

    def cut(self, start: int, end: int, label: Label, reason: str) -> None:
        """Record that ``clean[start:end]`` is junk while the rest of the line is kept."""
        if not 0 <= start < end <= len(self.clean):
            raise ValueError(f"cut {start}:{end} is outside a line of length {len(self.clean)}")
        self.cuts.append(Cut(start, end, label, reason))
        self.cuts.sort(key=lambda c: (c.start, c.end))

    @property
    def undecided(self) -> bool:
        """No filter has labelled the line or cut a span of it yet: the next may judge it.

        >>> line = Line("国产精品_真正的标题")
        >>> line.undecided
        True
        >>> line.cut(0, 5, "spam", "spam:title-prefix")
        >>> line.undecided
        False
        """
        return self.label is None and not self.cuts

    @property
    def kept_text(self) -> str:
        """``clean`` without its cut spans, stripped.

        >>> line = Line("国产精品_真正的标题")
        >>> line.cut(0, 5, "spam", "spam:title-prefix")
        >>> line.kept_text
        '真正的标题'
        """
        # filters read this several times per line: remember it until ``clean`` or the
        # cuts change (``clean`` is compared by identity, cuts by count)
        if self._kept_of is self.clean and self._kept_n == len(self.cuts):
            return self._kept
        if not self.cuts:
            kept = self.clean.strip()
        else:
            parts, pos = [], 0
            for c in self.cuts:
                if c.start > pos:
                    parts.append(self.clean[pos : c.start])
                pos = max(pos, c.end)
            parts.append(self.clean[pos:])
            kept = "".join(parts).strip()
        self._kept, self._kept_of, self._kept_n = kept, self.clean, len(self.cuts)
        return kept

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "label": self.label, "reason": self.reason}
        if self.cuts:
            out["cuts"] = [
                {
                    "start": c.start,
                    "end": c.end,
                    "text": self.clean[c.start : c.end],
                    "label": c.label,
                    "reason": c.reason,
                }
                for c in self.cuts
            ]
        return out


class Meta:
    """Publication metadata found on the page.

    >>> Meta(title="标题").to_dict()["title"]
    '标题'
    """

    __slots__ = ("authors", "editor", "published", "source", "title")

    def __init__(
        self,
        title: str | None = None,
        published: str | None = None,
        source: str | None = None,
        authors: list[str] | None = None,
        editor: str | None = None,
    ) -> None:
        self.title = title
        self.published = published
        self.source = source
        self.authors: list[str] = [] if authors is None else authors
        self.editor = editor

    def __repr__(self) -> str:
        return "Meta(" + ", ".join(f"{k}={v!r}" for k, v in self.to_dict().items()) + ")"

    def __eq__(self, other: object) -> bool:
        return self.to_dict() == other.to_dict() if isinstance(other, Meta) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "published": self.published,
            "source": self.source,
            "authors": list(self.authors),
            "editor": self.editor,
        }


class Document:
    """A page being cleaned: its lines, metadata and page-level verdicts.

    ``to`` is the target script of :attr:`text` (``"hans"``, ``"hant"``, ``"tw"``, ``"hk"``
    or ``None``); ``keep_meta`` keeps meta lines in it.

    >>> doc = Document.from_text("a\\r\\nb")
    >>> len(doc.lines)
    2
    """

    def __init__(
        self,
        lines: list[Line],
        meta: Meta | None = None,
        spam_score: float = 0.0,
        is_spider_pool: bool = False,
        keep_meta: bool = False,
        to: str | None = None,
    ) -> None:
        self.lines = lines
        self.meta = Meta() if meta is None else meta
        self.spam_score = spam_score
        self.is_spider_pool = is_spider_pool
        self.keep_meta = keep_meta
        self.to = to
        self.cache: dict[str, Any] = {}
        """What filters work out about the page and share, by name (each entry says what it
        depends on and checks it: filters may change lines between two reads)."""

    def __repr__(self) -> str:
        return (
            f"Document(lines=<{len(self.lines)} lines>, meta={self.meta!r}, "
            f"spam_score={self.spam_score!r}, is_spider_pool={self.is_spider_pool!r}, "
            f"keep_meta={self.keep_meta!r}, to={self.to!r})"
        )

    @classmethod
    def from_text(cls, text: str, **options: Any) -> Document:
        """Split ``text`` into lines; ``\\r\\n`` counts as one break, like ``\\n``."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        return cls([Line(t) for t in text.replace("\r\n", "\n").split("\n")], **options)

    def kept_lines(self) -> list[Line]:
        """Lines that belong to the clean document (unlabelled lines count as body)."""
        keep = KEPT | {"meta"} if self.keep_meta else KEPT
        return [ln for ln in self.lines if (ln.label or "body") in keep and ln.kept_text]

    @property
    def text(self) -> str:
        """The clean article: one paragraph per line, no blank lines, converted to ``to``.

        >>> doc = Document.from_text("标题\\n\\n\\n正文。")
        >>> doc.text
        '标题\\n正文。'
        """
        text = "\n".join(ln.kept_text for ln in self.kept_lines())
        if self.to is not None:
            # the conversion tables load on first use
            text = module("cleantext.convert").to_script(text, self.to)
        return text

    @property
    def removed(self) -> list[dict[str, Any]]:
        """Everything taken out of the clean text, with its line number, label and reason.

        Whole lines carry ``"line"``; spans cut out of kept lines also carry ``"start"`` and
        ``"end"`` (offsets in the normalised line).
        """
        keep = KEPT | {"meta"} if self.keep_meta else KEPT
        out: list[dict[str, Any]] = []
        for i, ln in enumerate(self.lines):
            label = ln.label or "body"
            if label == "blank":
                continue
            if label not in keep:
                out.append({"line": i, "text": ln.text, "label": label, "reason": ln.reason})
                continue
            for c in ln.cuts:
                out.append(
                    {
                        "line": i,
                        "start": c.start,
                        "end": c.end,
                        "text": ln.clean[c.start : c.end],
                        "label": c.label,
                        "reason": c.reason,
                    }
                )
        return out

    def to_dict(self, *, lines: bool = True) -> dict[str, Any]:
        """A JSON-ready summary: clean text, metadata, verdicts, removed parts and lines."""
        out: dict[str, Any] = {
            "text": self.text,
            "meta": self.meta.to_dict(),
            "spam_score": round(self.spam_score, 4),
            "is_spider_pool": self.is_spider_pool,
            "removed": self.removed,
        }
        if lines:
            out["lines"] = [ln.to_dict() for ln in self.lines]
        return out
