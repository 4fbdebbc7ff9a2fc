"""Modules that steps import inside their calls, looked up once.

Steps import some modules inside a function rather than at the top of theirs: to break an
import cycle (``spamads`` and ``spamitems`` read each other's names) or to load something
heavy only when a page needs it (the conversion tables, the spam model). On CPython 3.11 an
``import`` statement run inside a function costs ~9,000-12,000 instructions a call even when
the module is loaded (a relative one reads ``__spec__.parent``, a Python property; a ``from``
import asks the module for ``__path__``, an ``AttributeError`` raised and cleared): ten such
imports a page were ~1.5 % of ``clean()``. :func:`module` does the import the first time and
is a cache lookup (~200 instructions) after.

>>> module("cleantext.document").Document.__name__
'Document'
>>> module("cleantext.document") is module("cleantext.document")
True
"""

from __future__ import annotations

import functools
import sys
from types import ModuleType


@functools.cache
def module(name: str) -> ModuleType:
    """The module ``name`` (absolute), imported on the first call."""
    __import__(name)
    return sys.modules[name]
