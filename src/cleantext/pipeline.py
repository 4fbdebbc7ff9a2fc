"""Pipelines: a list of filters run in order over a :class:`~cleantext.document.Document`.

A filter is anything callable as ``filter(doc)``: it labels the lines it is sure about (or
cuts spans out of them), records why, and leaves the rest to later filters. It may return the
document or ``None`` (changed in place). Lines no filter labelled are ``body`` at the end.

>>> def shout_is_boilerplate(doc):
...     for line in doc.lines:
...         if line.label is None and line.clean.isupper():
...             line.mark("boilerplate", "boilerplate:shouting")
>>> pipe = Pipeline([*default_filters(), shout_is_boilerplate])
>>> [ln.label for ln in pipe.clean("SHARE NOW\\n正文。").lines]
['boilerplate', 'body']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from .document import Document

TARGETS = ("hans", "hant", "tw", "hk")
"""Scripts ``clean(to=...)`` converts to: Simplified, Traditional (OpenCC), Taiwan, Hong Kong."""


@runtime_checkable
class Filter(Protocol):
    """The one interface every step shares: take a document, label its lines."""

    def __call__(self, doc: Document) -> Document | None: ...


def default_filters(*, model: str | None = None) -> list[Filter]:
    """The default pipeline, in order. This list is the whole of what ``clean()`` does.

    ``model`` is the path of a spam model trained with ``cleantext train``; ``None`` uses
    the model shipped with the package.
    """
    from .filters.boilerplate import ChromeLines, PageChrome
    from .filters.meta import MetaExtractor, MetaLines
    from .filters.normalize import LabelBlankLines, NormalizeText
    from .filters.spam import spam_filters

    return [
        # 1. normalise text, mark blank lines
        NormalizeText(),
        LabelBlankLines(),
        # 2. spam: sure rules first, then the model on what is left (issue 4)
        *spam_filters(model=model),
        # 3. metadata and site chrome (issue 6): chrome cues, meta lines, page structure,
        #    then Document.meta from the labelled lines
        ChromeLines(),
        MetaLines(),
        PageChrome(),
        MetaExtractor(),
    ]


class Pipeline:
    """Filters composed in order.

    >>> from cleantext.filters.normalize import NormalizeText, LabelBlankLines
    >>> doc = Pipeline([NormalizeText(), LabelBlankLines()]).clean("\\u200b\\n正文")
    >>> [(ln.label, ln.reason) for ln in doc.lines]
    [('blank', 'blank'), ('body', 'default:body')]
    """

    def __init__(self, filters: Iterable[Filter | Callable[[Document], Any]]) -> None:
        self.filters: list[Callable[[Document], Any]] = list(filters)
        for f in self.filters:
            if not callable(f):
                raise TypeError(f"pipeline step {f!r} is not callable")

    def __call__(self, doc: Document) -> Document:
        for step in self.filters:
            result = step(doc)
            if result is not None:
                if not isinstance(result, Document):
                    raise TypeError(
                        f"filter {_name(step)} returned {type(result).__name__}, "
                        "expected a Document or None"
                    )
                doc = result
        for line in doc.lines:
            if line.label is None:
                line.mark("body", "default:body")
        return doc

    def clean(self, text: str, **options: Any) -> Document:
        """Build a document from ``text`` (options as for :class:`Document`) and run it."""
        return self(Document.from_text(text, **options))

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(_name(f) for f in self.filters)}])"

    def __len__(self) -> int:
        return len(self.filters)

    @property
    def names(self) -> Sequence[str]:
        return [_name(f) for f in self.filters]


def _name(step: Callable[..., Any]) -> str:
    return getattr(step, "name", None) or getattr(step, "__name__", None) or type(step).__name__


def clean(
    text: str,
    *,
    to: str | None = None,
    keep_meta: bool = False,
    model: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Clean one scraped page: label every line, keep the article, say what was removed.

    ``to`` converts the clean text to ``"hans"``, ``"hant"``, ``"tw"`` or ``"hk"``;
    ``keep_meta`` keeps date/source/byline lines in :attr:`Document.text`; ``model`` is a
    spam model trained with ``cleantext train``; ``pipeline`` replaces the default filters.

    >>> doc = clean("标题\\n\\n正文第一段。\\n主站蜘蛛池模板: 国产精品| 亚洲")
    >>> doc.text
    '标题\\n正文第一段。'
    >>> doc.removed[0]["reason"]
    'spam:spider-pool-footer'
    """
    if to is not None and to not in TARGETS:
        raise ValueError(f"unknown target {to!r}; choose one of {', '.join(TARGETS)}")
    pipe = pipeline if pipeline is not None else Pipeline(default_filters(model=model))
    return pipe.clean(text, to=to, keep_meta=keep_meta)
