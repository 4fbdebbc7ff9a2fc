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

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Any, Protocol, runtime_checkable

from .document import Document

TARGETS = ("hans", "hant", "tw", "hk")
"""Scripts ``clean(to=...)`` converts to: Simplified, Traditional (OpenCC), Taiwan, Hong Kong."""


@runtime_checkable
class Filter(Protocol):
    """The one interface every step shares: take a document, label its lines."""

    def __call__(self, doc: Document) -> Document | None: ...


def default_filters(*, model: str | None = None, line_model: str | None = None) -> list[Filter]:
    """The default pipeline, in order. This list is the whole of what ``clean()`` does.

    ``model`` is the path of a spam model trained with ``cleantext train``, ``line_model``
    one of a line model trained with ``cleantext train-lines``; ``None`` uses the model
    shipped with the package.
    """
    from .filters.boilerplate import ChromeLines, PageChrome
    from .filters.linemodel import LineModel
    from .filters.meta import MetaExtractor, MetaLines
    from .filters.normalize import LabelBlankLines, NormalizeText
    from .filters.spam import spam_filters
    from .filters.spamgrammar import AdGrammar
    from .filters.spamslots import ChromeSlotSpam

    return [
        # 1. normalise text, mark blank lines
        NormalizeText(),
        LabelBlankLines(),
        # 2. spam: sure rules first, then the model on what is left (issue 4)
        *spam_filters(model=model),
        # 3. metadata and site chrome (issue 6): chrome cues, meta lines, page structure,
        #    the line model on the short lines they left undecided, then Document.meta from
        #    the labelled lines
        ChromeLines(),
        MetaLines(),
        PageChrome(),
        LineModel(line_model),
        # 4. spam in the chrome's slots: the names of the lines labelled chrome (issue 4)
        ChromeSlotSpam(model),
        # 5. standalone ad lines by an ad's grammar, left as body or taken for chrome
        AdGrammar(),
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
                doc = _checked(step, result)
        _finish(doc)
        return doc

    def clean(self, text: str, **options: Any) -> Document:
        """Build a document from ``text`` (options as for :class:`Document`) and run it."""
        return self(Document.from_text(text, **options))

    def run_many(self, docs: Iterable[Document]) -> list[Document]:
        """Run documents through the filters step by step: each filter over all of them
        before the next. The same documents as ``[self(doc) for doc in docs]``, as filters
        keep nothing from one page to the next; less work for the processor, whose caches
        keep one step's patterns and tables from one page to the next (a page runs ~20
        steps, each with its own patterns and tables, which evict each other's: the dev
        pages in batches of 32 take ~20 % less CPU than one by one).

        >>> from cleantext.filters.normalize import NormalizeText, LabelBlankLines
        >>> pipe = Pipeline([NormalizeText(), LabelBlankLines()])
        >>> docs = pipe.run_many([Document.from_text("a"), Document.from_text("")])
        >>> [[ln.label for ln in d.lines] for d in docs]
        [['body'], ['blank']]
        """
        docs = list(docs)
        for step in self.filters:
            for k, doc in enumerate(docs):
                result = step(doc)
                if result is not None:
                    docs[k] = _checked(step, result)
        for doc in docs:
            _finish(doc)
        return docs

    def clean_many(
        self, texts: Iterable[str], *, batch: int = 32, **options: Any
    ) -> Iterator[Document]:
        """:meth:`clean` each of ``texts``, in order, ``batch`` pages at a time run step by
        step (:meth:`run_many`): for many pages, the faster way; it streams (a batch at a
        time is read and held).

        >>> [d.text for d in Pipeline(default_filters()).clean_many(["标题\\n正文。", "正文"])]
        ['标题\\n正文。', '正文']
        """
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        it = iter(texts)
        while chunk := list(islice(it, batch)):
            yield from self.run_many([Document.from_text(t, **options) for t in chunk])

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(_name(f) for f in self.filters)}])"

    def __len__(self) -> int:
        return len(self.filters)

    @property
    def names(self) -> Sequence[str]:
        return [_name(f) for f in self.filters]


def _checked(step: Callable[..., Any], result: object) -> Document:
    """What a filter returned in place of its document: another document (else an error)."""
    if not isinstance(result, Document):
        raise TypeError(
            f"filter {_name(step)} returned {type(result).__name__}, expected a Document or None"
        )
    return result


def _finish(doc: Document) -> None:
    """Lines no filter labelled are body."""
    for line in doc.lines:
        if line.label is None:
            line.mark("body", "default:body")


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
    pipe = pipeline if pipeline is not None else _default_pipeline(model)
    return pipe.clean(text, to=to, keep_meta=keep_meta)


@functools.lru_cache(maxsize=8)
def _default_pipeline(model: str | None) -> Pipeline:
    """The default pipeline for ``model``, built once: building it (21 filter objects) took
    ~10 µs, 1-2 % of cleaning a 2 kB page. Its filters keep no state between pages (the
    model itself is loaded once per path by :func:`cleantext.spam.model.load`)."""
    return Pipeline(default_filters(model=model))
