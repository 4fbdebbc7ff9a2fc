"""cleantext as a `datatrove <https://github.com/huggingface/datatrove>`_ pipeline step.

``pip install 'cleantext-zh[datatrove]'``, then put :class:`CleantextFilter` in a pipeline;
it runs unchanged on datatrove's local, Slurm and Ray executors::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleantext.integrations.datatrove import CleantextFilter

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("pages/"),
            CleantextFilter(to="hans", drop_spider_pool=True),
            JsonlWriter("clean/"),
        ],
        tasks=4,
    ).run()

Each document's ``text`` becomes the clean article; ``metadata["cleantext"]`` records the
label of every input line, the spam score, the spider-pool verdict, the page metadata and
how many lines and characters were removed (``keep_original=True`` also keeps the input
text there). Documents can be dropped when they are spider-pool pages (``drop_spider_pool``)
or nothing is left (``drop_empty``), with a reason datatrove counts in its stats; give an
``exclusion_writer`` to keep them.

The step pickles as plain options: the pipeline (spam model, conversion tables) is built on
first use in each worker, once, and never travels with the step.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

try:
    from datatrove.pipeline.filters.base_filter import BaseFilter
except ImportError as _e:  # the module stays importable (docs, doctest) without the extra
    _MISSING: ImportError | None = _e

    class BaseFilter:  # type: ignore[no-redef]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            raise ImportError(
                "cleantext.integrations.datatrove needs datatrove: "
                "pip install 'cleantext-zh[datatrove]'"
            ) from _MISSING
else:
    _MISSING = None

__all__ = ["CleantextFilter"]


class CleantextFilter(BaseFilter):
    """Clean each document's text with cleantext; record what was removed; optionally drop.

    ``to``, ``keep_meta`` and ``model`` are as for :func:`cleantext.clean`;
    ``metadata_key`` is where results go in ``doc.metadata``; ``batch_size`` documents are
    cleaned together, filter by filter (1: one at a time).
    """

    name = "🧹 cleantext"

    def __init__(
        self,
        *,
        to: str | None = None,
        keep_meta: bool = False,
        model: str | None = None,
        drop_spider_pool: bool = False,
        drop_empty: bool = True,
        keep_original: bool = False,
        line_labels: bool = True,
        metadata_key: str = "cleantext",
        exclusion_writer: Any = None,
        batch_size: int = 32,
    ) -> None:
        super().__init__(exclusion_writer=exclusion_writer)
        # datatrove hands ``batch_size`` documents at a time to :meth:`filter_batch` (where it
        # has batches; older versions call :meth:`filter` for each)
        self.batch_size = batch_size
        from ..pipeline import TARGETS

        if to is not None and to not in TARGETS:
            raise ValueError(f"unknown target {to!r}; choose one of {', '.join(TARGETS)}")
        self.to, self.keep_meta, self.model = to, keep_meta, model
        self.drop_spider_pool, self.drop_empty = drop_spider_pool, drop_empty
        self.keep_original, self.line_labels = keep_original, line_labels
        self.metadata_key = metadata_key
        self._pipeline: Any = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_pipeline"] = None  # heavy state is rebuilt in the worker, never pickled
        return state

    @property
    def pipeline(self) -> Any:
        if self._pipeline is None:
            from ..pipeline import Pipeline, default_filters

            self._pipeline = Pipeline(default_filters(model=self.model))
        return self._pipeline

    def filter(self, doc: Any) -> bool | tuple[bool, str]:
        original = doc.text if isinstance(doc.text, str) else ""
        cleaned = self.pipeline.clean(original, to=self.to, keep_meta=self.keep_meta)
        return self._apply(doc, original, cleaned)

    def filter_batch(self, batch: list[Any]) -> list[bool | tuple[bool, str]]:
        """:meth:`filter` for each document of ``batch``, cleaned together filter by filter
        (:meth:`cleantext.pipeline.Pipeline.run_many`: less CPU than one by one)."""
        from ..document import Document

        originals = [doc.text if isinstance(doc.text, str) else "" for doc in batch]
        cleaned = self.pipeline.run_many(
            [Document.from_text(t, to=self.to, keep_meta=self.keep_meta) for t in originals]
        )
        return [self._apply(*args) for args in zip(batch, originals, cleaned, strict=True)]

    def _apply(self, doc: Any, original: str, cleaned: Any) -> bool | tuple[bool, str]:
        """Record ``cleaned`` (the cleantext document of ``original``) in ``doc``; keep it?"""
        labels = [ln.label or "body" for ln in cleaned.lines]
        counts = Counter(labels)
        removed = cleaned.removed
        text = cleaned.text
        result: dict[str, Any] = {
            "spam_score": round(cleaned.spam_score, 4),
            "is_spider_pool": cleaned.is_spider_pool,
            "meta": cleaned.meta.to_dict(),
            "label_counts": dict(counts),
            "removed_lines": sum(1 for r in removed if "start" not in r),
            "removed_spans": sum(1 for r in removed if "start" in r),
            "removed_chars": sum(len(r["text"]) for r in removed),
            "reasons": dict(Counter(r["reason"] for r in removed)),
        }
        if self.line_labels:
            result["labels"] = labels
        if self.keep_original:
            result["original"] = original
        doc.metadata[self.metadata_key] = result
        doc.text = text
        self.stat_update("spam_lines", value=counts.get("spam", 0))
        self.stat_update("boilerplate_lines", value=counts.get("boilerplate", 0))
        self.stat_update("removed_chars", value=result["removed_chars"], unit="doc")
        if cleaned.is_spider_pool:
            self.stat_update("spider_pool_pages")
            if self.drop_spider_pool:
                return False, "spider_pool"
        if self.drop_empty and not text:
            return False, "empty"
        return True
