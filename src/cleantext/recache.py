"""Compiled regular expressions kept on disk, so that a new process does not compile them again.

Both engines parse a pattern and generate its program in Python code: ``re`` takes ~15 ms
for the spam lexicon's gate (778 terms); ``regex`` takes 10 ms for the largest chrome cue and
~75 ms for the 47 chrome cues together, paid again by every process (a command-line filter is
started once per file by many scrapers). The program itself is a list of integers that the C
half of the engine (``_sre.compile``, ``_regex.compile``) turns into a pattern object in
microseconds, so :func:`compile` keeps the program of each pattern it compiled in a small
JSON file next to the conversion tables (``$CLEANTEXT_CACHE_DIR``, else
``$XDG_CACHE_HOME/cleantext`` or ``~/.cache/cleantext``; ``CLEANTEXT_CACHE_DIR=off`` turns it
off), and the next process builds the pattern from it, reading only the programs it uses.

``compile(pattern, flags)`` stands for ``re.compile``, ``compile(pattern, flags,
engine="regex")`` for ``regex.compile``: a new pattern anywhere in the package gets the cache
by being compiled through this function (or :class:`~cleantext.filters.lazyre.LazyPattern`,
which does).

The program is what the engine itself builds (the same parse and code generation, then the
same C call: for ``regex``, the data a pattern pickles to), so a pattern from the cache is
the pattern ``re.compile``/``regex.compile`` returns. Safety:

* the directory is named after the interpreter and the engine's program format and version
  (``re-cpython-311-<_sre.MAGIC>-<CODESIZE>``, ``regex-<version>-<_regex.MAGIC>-…``), and
  each file holds its key (the flags and the whole pattern), compared on reading: a stale
  or colliding file is a miss;
* each file starts with the CRC-32 of the rest, checked before anything is built: ``_regex``
  trusts the program it is given (a corrupted one can crash the interpreter), so a torn or
  damaged file must never reach it;
* files are written at exit, each to a temporary name then renamed (atomic: a reader sees
  the old file or the new one); a cache directory that is absent, read-only or full is no
  error: the pattern is compiled as usual, and the output is the same either way;
* nothing is unpickled: the files hold strings and integers (programs in base64).

>>> compile(r"国产(?:精品|一区)").findall("国产精品 国产一区")
['国产精品', '国产一区']
>>> compile(r"\\p{Han}+", engine="regex").findall("ab漢字cd")
['漢字']
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from typing import Any

FORMAT = 4
MAX_ENTRIES = 400
"""A folder with more programs than this (patterns of old versions) is started afresh."""

_new: dict[tuple[str, str], list[Any]] = {}
"""Programs compiled in this process, to write at exit: (engine, key) -> entry."""


def _base() -> str | None:
    explicit = os.environ.get("CLEANTEXT_CACHE_DIR")
    if explicit == "off" or sys.implementation.name != "cpython":
        return None
    if explicit:
        return explicit
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(home, "cleantext")


def cache_dir(engine: str = "re") -> str | None:
    """The cache directory of ``engine``'s programs for this interpreter and engine version,
    or ``None`` when caching is off or impossible."""
    base = _base()
    if base is None:
        return None
    tag = sys.implementation.cache_tag
    if engine == "derived":
        return os.path.join(base, f"derived-f{FORMAT}")
    if engine == "regex":
        stamp = _regex_stamp()
        return None if stamp is None else os.path.join(base, f"regex-{stamp}-{tag}-f{FORMAT}")
    try:
        import _sre
    except ImportError:  # pragma: no cover - every CPython has it
        return None
    from array import array

    if array("I").itemsize != _sre.CODESIZE:
        return None  # program words are not 32-bit unsigned ints here
    return os.path.join(base, f"re-{tag}-{_sre.MAGIC}-{_sre.CODESIZE}-f{FORMAT}")


_ENGINE: dict[str, Any] = {}
"""regex's C module (``"c"``) and its stamp (``"stamp"``), once found."""


def _regex_c() -> Any:
    """regex's C module, ``regex._regex``: what builds a pattern from its program.

    Importing ``regex`` costs ~20 ms of CPU (its Python half builds tables of Unicode
    properties when imported), more than all the cached programs a first page needs, and
    only compiling a new pattern needs that half. So when ``regex`` is not imported yet, the
    C module is loaded alone, from the file and under the name the import would use, and not
    left in ``sys.modules``: a later ``import regex`` loads it the usual way and gets the same
    types (CPython initialises a single-phase extension module once per process and copies
    it for a second load; a test checks the types are the same). Patterns built before that
    still pickle (:func:`_rebuild`). Any problem: ``import regex``."""
    c = _ENGINE.get("c")
    if c is not None:
        return c
    if "regex" in sys.modules or "regex._regex" in sys.modules:
        import regex._regex as c
    else:
        try:
            import copyreg
            from importlib import _bootstrap
            from importlib.machinery import ExtensionFileLoader, PathFinder

            package = PathFinder.find_spec("regex")
            spec = PathFinder.find_spec("regex._regex", package.submodule_search_locations)
            if not isinstance(spec.loader, ExtensionFileLoader):
                raise ImportError("not an extension module")
            c = _bootstrap._load(spec)
            sys.modules.pop("regex._regex", None)
            _ENGINE["copyreg"] = copyreg
        except Exception:  # an unusual installation: the usual import
            import regex._regex as c
    _ENGINE["c"] = c
    return c


def _reduce(pattern: Any) -> tuple[Any, tuple[Any]]:
    """How a pattern pickles while ``regex`` is not imported (it registers its own)."""
    return _rebuild, (pattern._pickled_data,)


def _rebuild(data: Any) -> Any:
    import regex

    return regex._regex.compile(*data)


def _regex_stamp() -> str | None:
    """What names the folder of regex programs: the engine's program format (``MAGIC``,
    ``CODE_SIZE``) and its file (size and modification time: upgrading or reinstalling
    ``regex`` starts a new folder, without importing ``regex`` to read its version)."""
    stamp = _ENGINE.get("stamp")
    if stamp is None:
        try:
            c = _regex_c()
            st = os.stat(c.__file__)
        except Exception:  # pragma: no cover - regex is a dependency
            return None
        stamp = f"{c.MAGIC}-{c.CODE_SIZE}-{st.st_size:x}-{st.st_mtime_ns:x}"
        _ENGINE["stamp"] = stamp
    return stamp


def _key(pattern: str, flags: int, engine: str) -> str:
    """The key of a pattern's program: its flags and the whole pattern."""
    if engine == "regex":
        flags = _regex_flags(pattern, flags)
    return f"{flags}:{pattern}"


_REGEX_V0, _REGEX_V1 = 0x2000, 0x100
"""``regex.VERSION0``, ``regex.VERSION1``."""


def _regex_flags(pattern: str, flags: int) -> int:
    """``flags`` with ``regex.VERSION0`` when neither they nor the pattern give a version."""
    if not flags & (_REGEX_V0 | _REGEX_V1) and "(?V" not in pattern:
        flags |= _REGEX_V0
    return flags


def _file(key: str) -> str:
    """The file name of a pattern's program: a checksum and the length of its key (the key
    itself is stored in the file and compared, so a collision is only a miss)."""
    import zlib

    return f"{zlib.crc32(key.encode('utf-8', 'surrogatepass')):08x}{len(key):x}.json"


def _dump(key: str, entry: list[Any]) -> bytes:
    """A file's bytes: the CRC-32 of the JSON body, a newline, the body ``[key, *entry]``."""
    import zlib

    body = json.dumps([key, *entry], ensure_ascii=False, separators=(",", ":"))
    data = body.encode("utf-8", "surrogatepass")
    return b"%08x\n%s" % (zlib.crc32(data), data)


def _read(key: str, engine: str = "re") -> list[Any] | None:
    """The cached entry of ``key`` (one small file per pattern: a process reads only the
    programs it uses) if the file is whole (its checksum) and holds this key, else ``None``."""
    folder = cache_dir(engine)
    if folder is None:
        return None
    import zlib

    try:
        with open(os.path.join(folder, _file(key)), "rb") as fh:
            raw = fh.read()
        crc, _, body = raw.partition(b"\n")
        if int(crc, 16) != zlib.crc32(body):
            return None
        data = json.loads(body)
    except (OSError, ValueError):
        return None
    if not isinstance(data, list) or not data or data[0] != key:
        return None
    return data[1:]


def cached(pattern: str, flags: int = 0, *, engine: str = "re") -> bool:
    """Whether the program of ``pattern`` is (probably) in the cache: its file exists. A
    caller can tell from it whether :func:`compile` will be cheap (a stale or broken file
    still answers ``True``, and then costs one compile)."""
    folder = cache_dir(engine)
    if folder is None:
        return False
    return os.path.exists(os.path.join(folder, _file(_key(pattern, int(flags), engine))))


def compile(pattern: str, flags: int = 0, *, engine: str = "re") -> Any:
    """``re.compile(pattern, flags)`` (``engine="regex"``: ``regex.compile``), from the
    cached program when there is one."""
    flags = int(flags)
    if engine == "regex":
        return _compile_regex(pattern, flags)
    if engine != "re":
        raise ValueError(f"unknown engine {engine!r}")
    key = _key(pattern, flags, "re")
    entry = _read(key, "re")
    if entry is not None:
        try:
            import _sre

            code_flags, packed, groups, groupindex, indexgroup = entry
            code = _unpack(packed)
            # _sre.compile validates the program it is given
            return _sre.compile(pattern, code_flags, code, groups, groupindex, tuple(indexgroup))
        except Exception:  # a foreign entry: compile as usual
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
    _keep("re", key, entry)
    return compiled


def _compile_regex(pattern: str, flags: int) -> Any:
    """``regex.compile(pattern, flags)`` through the cache. The entry is what the pattern
    pickles to (``Pattern._pickled_data``: the arguments of ``_regex.compile``), without the
    pattern itself (in the key) and the named lists (patterns using them are not cached).

    A pattern without a version flag is compiled as ``regex.VERSION0`` (the library's
    default) whatever ``regex.DEFAULT_VERSION`` a program set: the package's patterns are
    written for it, and the key holds everything the program depends on. ``regex`` itself is
    imported only to compile a pattern missing from the cache (:func:`_regex_c`)."""
    flags = _regex_flags(pattern, flags)
    key = _key(pattern, flags, "regex")
    entry = _read(key, "regex")
    if entry is not None:
        try:
            import binascii

            code_flags, packed, group_index, index_group, offset, chars, req, count = entry
            compiled = _regex_c().compile(
                pattern,
                code_flags,
                binascii.a2b_base64(packed),
                group_index,
                {int(i): name for i, name in index_group},
                {},
                [],
                offset,
                tuple(chars),
                req,
                count,
            )
            copyreg = _ENGINE.pop("copyreg", None)
            if copyreg is not None and "regex" not in sys.modules:
                copyreg.pickle(type(compiled), _reduce)  # regex registers its own when imported
            return compiled
        except Exception:  # a foreign entry: compile as usual
            pass
    import regex

    compiled = regex.compile(pattern, flags)
    if "(?V" in pattern or compiled.flags & regex.LOCALE:
        return compiled  # depends on regex.DEFAULT_VERSION or the locale: not kept
    try:
        import binascii

        data = compiled._pickled_data
        (_, code_flags, code, group_index, index_group, lists, list_indexes) = data[:7]
        offset, chars, req, count = data[7:]
        if isinstance(code, bytes) and not lists and not list_indexes:
            entry = [
                code_flags,
                binascii.b2a_base64(code, newline=False).decode("ascii"),
                group_index,
                sorted(index_group.items()),
                offset,
                list(chars),
                req,
                count,
            ]
            _keep("regex", key, entry)
    except Exception:  # another version's pickle layout: nothing to keep
        pass
    return compiled


def _keep(engine: str, key: str, entry: list[Any]) -> None:
    """Remember a new program, to be written at exit."""
    if cache_dir(engine) is None:
        return
    if not _new:
        import atexit

        atexit.register(save)
    _new[engine, key] = entry


def derived(name: str, build: Callable[[], Any]) -> Any:
    """``build()``, a JSON value the package derives from its own code and data alone (the
    source of a large pattern, a table), kept on disk: a later process reads it instead of
    building it again (the chrome cues' scan, the lexicon's unions and the fold's class take
    ~40 % of a first page to build in Python, ~1 ms to read).

    ``name`` names the value (and every argument ``build`` depends on). The value is used
    only while no file of the package has changed since it was built (the size and
    modification time of each, and the OpenCC data's version: :func:`package_stamp`), so an
    edit, an upgrade or a reinstall builds it again; JSON turns tuples into lists.

    >>> derived("doctest-squares", lambda: [n * n for n in range(4)])
    [0, 1, 4, 9]
    """
    stamp = package_stamp()
    entry = _read(name, "derived")
    if entry is not None and len(entry) == 2 and entry[0] == stamp:
        return entry[1]
    value = build()
    _keep("derived", name, [stamp, value])
    return value


_STAMP: list[str] = []


def package_stamp() -> str:
    """What the package's derived values depend on: the name, size and modification time of
    every file of the package (``__pycache__`` aside) and the version of the OpenCC data
    (the fold table falls back to it), as a checksum. Read once per process (~50 stats)."""
    if not _STAMP:
        import zlib

        from .convert.data import data_version

        rows = [data_version()]
        folders = [os.path.dirname(os.path.abspath(__file__))]
        cut = len(folders[0])
        while folders:
            with os.scandir(folders.pop()) as entries:
                for entry in sorted(entries, key=lambda e: e.name):
                    if entry.is_dir():
                        if entry.name != "__pycache__":
                            folders.append(entry.path)
                    else:
                        st = entry.stat()
                        rows.append(f"{entry.path[cut:]}:{st.st_size}:{st.st_mtime_ns}")
        _STAMP.append(f"{zlib.crc32(chr(10).join(rows).encode('utf-8', 'surrogatepass')):08x}")
    return _STAMP[0]


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
    exit). Any failure (read-only or absent directory, full disk) leaves the cache as it
    was: the next process compiles again."""
    for engine in ("re", "regex", "derived"):
        entries = {key: entry for (eng, key), entry in _new.items() if eng == engine}
        folder = cache_dir(engine)
        if folder is None or not entries:
            continue
        try:
            os.makedirs(folder, exist_ok=True)
            names = os.listdir(folder)
            if len(names) + len(entries) > MAX_ENTRIES:
                for name in names:
                    os.unlink(os.path.join(folder, name))
            for key, entry in entries.items():
                path = os.path.join(folder, _file(key))
                tmp = f"{path}.{os.getpid()}.tmp"
                try:
                    with open(tmp, "wb") as fh:
                        fh.write(_dump(key, entry))
                    os.replace(tmp, path)
                finally:
                    if os.path.exists(tmp):
                        os.unlink(tmp)
        except (OSError, ValueError, TypeError):
            pass
    _new.clear()
