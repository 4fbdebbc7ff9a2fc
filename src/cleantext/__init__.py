"""cleantext — clean scraped Chinese web pages.

Split a page into article, metadata, site chrome and injected spider-pool spam; keep what was
removed and why; normalise between Traditional and Simplified Chinese.

>>> import cleantext
>>> doc = cleantext.clean("标题\\n正文。\\n主站蜘蛛池模板: 国产精品| 亚洲")
>>> doc.text
'标题\\n正文。'
"""

from __future__ import annotations

# `convert` is both a subpackage and its main function: importing the function here binds the
# name `cleantext.convert` to the function. The subpackage loads no dictionary at import.
from .convert import convert, detect_script
from .document import Cut, Document, Line, Meta
from .pipeline import Filter, Pipeline, clean, default_filters

__all__ = [
    "Cut",
    "Document",
    "Filter",
    "Line",
    "Meta",
    "Pipeline",
    "clean",
    "convert",
    "default_filters",
    "detect_script",
]
__version__ = "0.1.0"
