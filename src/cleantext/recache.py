"""Compiled regular expressions kept on disk, so that a new process does not compile them again.

``re.compile`` parses a pattern and generates its program in Python code: the spam lexicon's
gate (778 terms) takes ~15 ms, all the patterns a first page needs ~40 ms, paid again by every
process (a command-line filter is started once per file by many scrapers). The program itself
is a list of integers that ``_sre.compile`` turns into a pattern object in microseconds, so
:func:`compile` keeps the program of each pattern it compiled in a small JSON file next to the
conversion tables (``$CLEANTEXT_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleantext`` or
``~/.cache/cleantext``; ``CLEANTEXT_CACHE_DIR=off`` turns it off), and the next process builds
the pattern from it, reading only the programs it uses.

The program is what ``re.compile`` itself builds (the same parse and code generation, then
the same ``_sre.compile`` call), so a pattern from the cache is the pattern ``re.compile``
returns. The directory is named after the interpreter (``cpython-311``) and the program format
(``_sre.MAGIC``, ``CODESIZE``); each file holds its pattern, compared on reading;
``_sre.compile`` checks every program it is given, and any problem (an unreadable, stale or
broken file, an interpreter without ``_sre``) falls back to ``re.compile``. Nothing is
unpickled: the files hold strings and integers (the program's words in base64).

>>> compile(r"国产(?:精品|一区)").findall("国产精品 国产一区")
['国产精品', '国产一区']
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any

FORMAT = 3
MAX_ENTRIES = 400
"""A cache with more programs than this (patterns of old lexicons) is started afresh."""

_new: dict[str, list[Any]] = {}


def cache_dir() -> str | None:
    """The cache directory for this interpreter, or ``None`` when caching is off or
    impossible."""
    explicit = os.environ.get("CLEANTEXT_CACHE_DIR")
    if explicit == "off" or sys.implementation.name != "cpython":
        return None
    try:
        import _sre
    except ImportError:  # pragma: no cover - every CPython has it
        return None
    from array import array

    if array("I").itemsize != _sre.CODESIZE:
        return None  # program words are not 32-bit unsigned ints here
    if explicit:
        base = explicit
    else:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(home, "cleantext")
    tag = sys.implementation.cache_tag
    return os.path.join(base, f"re-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}-f{FORMAT}")


def _file(key: str) -> str:
    """The file name of a pattern's program: a checksum and the length of its key (the key
    itself is stored in the file and compared, so a collision is only a miss)."""
    import zlib

    return f"{zlib.crc32(key.encode('utf-8', 'surrogatepass')):08x}{len(key):x}.json"


def _read(key: str) -> list[Any] | None:
    """The cached entry of ``key`` (one small file per pattern: a process reads only the
    programs it uses), or ``None``."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with open(os.path.join(folder, _file(key)), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(data, list) or len(data) != 6 or data[0] != key:
        return None
    return data[1:]


def cached(pattern: str, flags: int = 0) -> bool:
    """Whether the program of ``pattern`` is (probably) in the cache: its file exists. A
    caller can tell from it whether :func:`compile` will be cheap (a stale or broken file
    still answers ``True``, and then costs one ``re.compile``)."""
    folder = cache_dir()
    if folder is None:
        return False
    return os.path.exists(os.path.join(folder, _file(f"{int(flags)}:{pattern}")))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cached program when there is one."""
    flags = int(flags)
    key = f"{flags}:{pattern}"
    entry = _read(key)
    if entry is not None:
        try:
            import _sre

            code_flags, packed, groups, groupindex, indexgroup = entry
            code = _unpack(packed)
            return _sre.compile(pattern, code_flags, code, groups, groupindex, tuple(indexgroup))
        except Exception:  # a broken or foreign entry: compile as usual
            pass
    try:
        from re import _compiler, _parser  # the two halves of re.compile (Python >= 3.11)

        tree = _parser.parse(pattern, flags)
        code = _compiler._code(tree, flags)
        groupindex = tree.state.groupdict
        indexgroup: list[str | None] = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        import _sre

        code_flags = flags | tree.state.flags
        compiled = _sre.compile(
            pattern, code_flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
        )
        entry = [code_flags, _pack(code), tree.state.groups - 1, groupindex, indexgroup]
    except Exception:  # another interpreter's re: no program to keep
        return re.compile(pattern, flags)
    if cache_dir() is not None:
        if not _new:
            import atexit

            atexit.register(save)
        _new[key] = entry
    return compiled


def _pack(code: list[int]) -> str:
    """A program as text: its words as bytes, in base64 (JSON reads a string of 50 KB much
    faster than a list of 12,000 numbers)."""
    import binascii
    from array import array

    words = array("I", code)
    return binascii.b2a_base64(words.tobytes(), newline=False).decode("ascii")


def _unpack(text: str) -> list[int]:
    import binascii
    from array import array

    words = array("I")
    words.frombytes(binascii.a2b_base64(text))
    return words.tolist()


def save() -> None:
    """Write the programs compiled in this process to the cache (each file atomically; at
    exit)."""
    folder = cache_dir()
    if folder is None or not _new:
        return
    try:
        os.makedirs(folder, exist_ok=True)
        names = os.listdir(folder)
        if len(names) + len(_new) > MAX_ENTRIES:
            for name in names:
                os.unlink(os.path.join(folder, name))
        for key, entry in _new.items():
            path = os.path.join(folder, _file(key))
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(json.dumps([key, *entry], ensure_ascii=False, separators=(",", ":")))
            os.replace(tmp, path)
    except (OSError, ValueError, TypeError):
        pass
    _new.clear()
