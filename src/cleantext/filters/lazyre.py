"""Regular expressions compiled on first use.

Compiling the metadata and date patterns costs tens of milliseconds, paid by every import
(the command line's start-up, ``--help`` included) even when no page is cleaned and for
patterns no page reaches. A :class:`LazyPattern` stands in for the compiled pattern and
compiles it the first time one of its methods is looked up; from then on the methods are
plain instance attributes bound to the compiled pattern, so a lookup costs what it costs
on a module-level pattern.

>>> YEAR = LazyPattern(r"(?:19|20)\\d\\d")
>>> YEAR.search("發布於 2024-08-02")[0]
'2024'
>>> LazyPattern(r"\\p{Han}+", engine="regex").findall("ab漢字cd")
['漢字']
"""

from __future__ import annotations

from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern compiled by ``engine`` (``"re"`` or ``"regex"``) when first used."""

    def __init__(self, pattern: str, flags: int = 0, *, engine: str = "re") -> None:
        self.pattern = pattern
        self.flags = flags
        self._engine = engine

    def _compile(self) -> Any:
        """The compiled pattern (compiling it now if needed), through :mod:`cleantext.recache`
        for both engines: the same pattern object, its program read from the disk cache after
        a process's first run (``regex`` patterns: ~0.05 ms instead of 0.2-10 ms each)."""
        from .. import recache

        engine = "re" if self._engine == "cleantext.recache" else self._engine
        compiled = recache.compile(self.pattern, self.flags, engine=engine)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))  # later lookups skip __getattr__
        return compiled

    def __getattr__(self, name: str) -> Any:
        if name not in _METHODS:
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, engine={self._engine!r})"
