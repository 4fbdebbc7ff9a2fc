"""A base for filters that judge one undecided line at a time."""

from __future__ import annotations

from ..document import Document, Line, Verdict


class LineFilter:
    """Label each still-undecided line for which :meth:`judge` returns ``(label, reason)``.

    >>> class Dashes(LineFilter):
    ...     name = "dashes"
    ...     def judge(self, line):
    ...         return ("boilerplate", "boilerplate:dashes") if set(line.clean) == {"-"} else None
    >>> doc = Document.from_text("----\\n正文")
    >>> [ln.label for ln in Dashes()(doc).lines]
    ['boilerplate', None]
    """

    name = "line-filter"

    def judge(self, line: Line) -> Verdict | None:
        raise NotImplementedError

    def __call__(self, doc: Document) -> Document:
        for line in doc.lines:
            if line.label is None:
                verdict = self.judge(line)
                if verdict is not None:
                    line.mark(*verdict)
        return doc
