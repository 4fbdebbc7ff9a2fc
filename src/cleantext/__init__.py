"""cleantext — clean scraped Chinese web pages.

Split a page into article, metadata, site chrome and injected spider-pool spam; keep what was
removed and why; normalise between Traditional and Simplified Chinese.

>>> import cleantext
>>> doc = cleantext.clean("标题\\n正文。\\n主站蜘蛛池模板: 国产精品| 亚洲")
>>> doc.text
'标题\\n正文。'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .document import Cut, Document, Line, Meta
from .pipeline import Filter, Pipeline, clean, default_filters

if TYPE_CHECKING:
    from .convert import convert, detect_script

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


def __getattr__(name: str) -> Any:
    # Conversion is imported on first use so that `import cleantext` stays light.
    if name in ("convert", "detect_script"):
        from . import convert as _convert

        return getattr(_convert, name)
    raise AttributeError(f"module 'cleantext' has no attribute {name!r}")
