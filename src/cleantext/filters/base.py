"""A base for filters that judge one undecided line at a time, and shared line helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator

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


def open_neighbours(lines: list[Line], i: int) -> Iterator[int]:
    """The lines right above and below line ``i`` (blank lines aside) that no step has
    labelled or cut: where the rest of an ad labelled at ``i`` may stand.

    >>> doc = Document.from_text("甲\\n\\n乙\\n丙")
    >>> doc.lines[1].label = "blank"
    >>> doc.lines[3].label = "body"
    >>> list(open_neighbours(doc.lines, 2))
    [0]
    """
    n = len(lines)
    for step in (-1, 1):
        k = i + step
        while 0 <= k < n and lines[k].label == "blank":
            k += step
        if 0 <= k < n and lines[k].label is None and not lines[k].cuts:
            yield k


def next_nonblank(lines: list[Line], i: int, step: int) -> int | None:
    """Index of the nearest line after (``step=1``) or before (``step=-1``) line ``i`` that
    is not blank and keeps some text, or ``None``.

    >>> doc = Document.from_text("甲\\n\\n乙")
    >>> doc.lines[1].label = "blank"
    >>> next_nonblank(doc.lines, 0, 1), next_nonblank(doc.lines, 2, -1)
    (2, 0)
    >>> next_nonblank(doc.lines, 2, 1) is None
    True
    """
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].label != "blank" and lines[j].kept_text:
            return j
        j += step
    return None


def consecutive(indices: list[int], following: Callable[[int], int | None]) -> list[list[int]]:
    """``indices`` (ascending) split into runs of lines that follow one another.

    >>> consecutive([1, 3, 4, 9], lambda i: i + 1)
    [[1], [3, 4], [9]]
    """
    runs: list[list[int]] = []
    for i in indices:
        if runs and following(runs[-1][-1]) == i:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def edges(lines: list[Line], head: int, last: int | None) -> list[int]:
    """The page's edges: the head (before the first paragraph) and the foot (after the last).

    >>> edges(Document.from_text("甲\\n乙\\n丙\\n丁").lines, 1, 2)
    [0, 3]
    """
    foot = range(last + 1, len(lines)) if last is not None and last >= head else range(0)
    return [*range(head), *foot]
