"""A bounded fuzz run (~20 s) of tests/fuzz_cleantext.py: atheris when installed (the `test`
extra installs it where it has wheels), else the seeded mutation fuzzer. README has the long run.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

TARGET = Path(__file__).parent / "fuzz_cleantext.py"
BUDGET = int(os.environ.get("CLEANTEXT_FUZZ_SECONDS", "20"))


def test_seed_inputs_pass_in_process() -> None:
    sys.path.insert(0, str(TARGET.parent))
    try:
        import fuzz_cleantext
    finally:
        sys.path.pop(0)
    for data in fuzz_cleantext.seeds()[:12]:
        fuzz_cleantext.one_input(data)


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed")
def test_atheris_bounded_run(tmp_path: Path) -> None:
    sys.path.insert(0, str(TARGET.parent))
    try:
        import fuzz_cleantext
    finally:
        sys.path.pop(0)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, data in enumerate(fuzz_cleantext.seeds()):
        (corpus / f"seed{i}").write_bytes(data[:4096])
    proc = subprocess.run(
        [
            sys.executable,
            str(TARGET),
            f"-max_total_time={BUDGET}",
            "-rss_limit_mb=2048",
            "-max_len=65536",
            f"-artifact_prefix={tmp_path}/",
            str(corpus),
        ],
        capture_output=True,
        timeout=BUDGET + 120,
    )
    err = proc.stderr.decode(errors="replace")
    assert proc.returncode == 0, err[-4000:]
    runs = int(re.search(r"Done (\d+) runs", err).group(1))  # type: ignore[union-attr]
    print(f"atheris: {runs} inputs executed", file=sys.stderr)
    assert runs > 100


@pytest.mark.skipif(importlib.util.find_spec("atheris") is not None, reason="atheris runs instead")
def test_mutation_fuzz_bounded_run() -> None:
    proc = subprocess.run(
        [sys.executable, str(TARGET), "--budget", str(BUDGET)],
        capture_output=True,
        timeout=BUDGET + 120,
    )
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-4000:]
    runs = int(re.search(rb"(\d+) inputs executed", proc.stdout).group(1))  # type: ignore[union-attr]
    assert runs > 20
