"""What the red-team set tests share: where the sets and the developer corpus live, the
labels a page may carry, and how a set's builder (a script in ``fixtures/``) is loaded."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"
LABELS = {"body", "meta", "boilerplate", "spam", "blank"}


def load_builder(name: str) -> ModuleType:
    """The builder script ``fixtures/<name>.py`` as a module (fixtures is not a package)."""
    spec = importlib.util.spec_from_file_location(name, FIXTURES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_set(name: str) -> list[dict]:
    """The pages of ``fixtures/<name>.jsonl``."""
    text = (FIXTURES / f"{name}.jsonl").read_text("utf-8")
    return [json.loads(x) for x in text.splitlines()]


def first_difference(got: str, want: str) -> tuple[int, int, str] | None:
    """Where a rebuilt set ``got`` (JSON Lines) differs from the fixture ``want``: the two page
    counts and the id of the first page that differs, or None when they are equal. A failing
    test reports this, never the pages' text: held-out sets and the ones being measured blind
    must not show up in anyone's test output."""
    if got == want:
        return None
    new, old = got.splitlines(), want.splitlines()
    ids = [json.loads(w)["id"] for g, w in zip(new, old, strict=False) if g != w]
    return len(new), len(old), ids[0] if ids else "(a page added or dropped at the end)"
