"""Traditional ⇄ Simplified Chinese conversion, identical to OpenCC 1.4.2.

>>> convert("头发干燥", "s2t")
'頭髮乾燥'
>>> convert("鄉村幹部", "t2s")
'乡村干部'
"""

from __future__ import annotations

from .engine import get_converter
from .tables import CONFIGS, check_config

__all__ = ["CONFIGS", "convert"]


def convert(text: str, config: str) -> str:
    """Convert ``text`` with the OpenCC config ``config`` (one of :data:`CONFIGS`).

    The output is byte-identical to the official OpenCC 1.4.2 library.  The first
    call for a config loads its dictionaries (well under a second); later calls
    reuse them.

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
    return get_converter(check_config(config)).convert(text)
