from __future__ import annotations

import os
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
