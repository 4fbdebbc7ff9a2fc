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
