"""Helpers for the test suites of scrapers that use cleantext.

Plain assertions, usable from any test framework (they raise ``AssertionError`` whose message
lists the offending lines with line number, label and reason):

- :func:`assert_no_spam` — cleantext finds no injected spam in the text;
- :func:`assert_clean` — no spam, no site chrome, and the expected script;
- :func:`assert_script` — the text is Simplified (``"hans"``) or Traditional (``"hant"``);
- :func:`assert_preserves` — no body sentence of the original is missing from the cleaned text;
- :func:`assert_spam_removed` — no line a labelled page marks as spam is left.

Real labelled pages (:class:`LabelledPage`, :func:`load_pages`) ship with the package; the
pytest plugin (:mod:`cleantext.testing.plugin`, active once cleantext is installed) serves them
as the fixtures ``spider_pool_page``, ``clean_page``, ``hard_negative_page`` and
``labelled_page``, plus ``cleantext_clean``.

>>> from cleantext.testing import assert_no_spam
>>> assert_no_spam("标题\\n正文。").text
'标题\\n正文。'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assertions import (
        assert_clean,
        assert_no_spam,
        assert_preserves,
        assert_script,
        assert_spam_removed,
    )
    from .labelled import KINDS, LabelledPage, builtin_pages, load_pages, read_pages

_HOME = {
    "assert_clean": "assertions",
    "assert_no_spam": "assertions",
    "assert_preserves": "assertions",
    "assert_script": "assertions",
    "assert_spam_removed": "assertions",
    "KINDS": "labelled",
    "LabelledPage": "labelled",
    "builtin_pages": "labelled",
    "load_pages": "labelled",
    "read_pages": "labelled",
}
__all__ = [
    "KINDS",
    "LabelledPage",
    "assert_clean",
    "assert_no_spam",
    "assert_preserves",
    "assert_script",
    "assert_spam_removed",
    "builtin_pages",
    "load_pages",
    "read_pages",
]


def __getattr__(name: str) -> Any:
    # Imported on first use: the pytest plugin in this package loads in every pytest run.
    if name in _HOME:
        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
