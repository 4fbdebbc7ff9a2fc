from __future__ import annotations

import io
import os
import subprocess
import sys
import traceback
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

pytest_plugins = ["pytester"]

# One hypothesis profile for every test file (registered here, not in one module, so a file
# run alone gets it too): derandomised for repeatable CI, and no per-example deadline, since
# the machines are shared and a slow example under load is not a failure.
_UNTIMED = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "ci", max_examples=40, derandomize=True, deadline=None, suppress_health_check=_UNTIMED
)
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=_UNTIMED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_cb4a5b452f7bd9eb.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def run_cli(argv: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """The CLI in-process, through ``cli.main(argv)``, as a process would see it: ``stdin``
    as its standard input, its exit status and the bytes of its stdout and stderr.

    An interpreter per run costs ~0.3-1 s of CPU (startup, imports, building the pipeline);
    in-process the pipeline is built once per session. Tests about the process itself
    (signals, a closed pipe, a terminal, what gets imported) still use a subprocess.
    """
    from cleantext import cli

    out, err = io.BytesIO(), io.BytesIO()
    streams = {
        "stdin": io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
        "stdout": io.TextIOWrapper(out, encoding="utf-8"),
        "stderr": io.TextIOWrapper(err, encoding="utf-8"),
    }
    saved = {name: getattr(sys, name) for name in streams}
    for name, stream in streams.items():
        setattr(sys, name, stream)
    try:
        status = cli.main(list(argv))
    except SystemExit as e:  # argparse: usage errors and --help
        status = e.code if isinstance(e.code, int) else 1
        if isinstance(e.code, str):
            print(e.code, file=sys.stderr)
    except BaseException:  # what the interpreter would print, so "Traceback" checks still see it
        traceback.print_exc(file=sys.stderr)
        status = 1
    finally:
        for name in ("stdout", "stderr"):
            streams[name].flush()
        for name, stream in saved.items():
            setattr(sys, name, stream)
    return subprocess.CompletedProcess(argv, status, out.getvalue(), err.getvalue())
