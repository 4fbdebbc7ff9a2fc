"""Timing checks shared by the linear-time tests (generous bounds: the machines are noisy)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_time(fn: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The fastest of ``runs`` calls of ``fn(text)``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return best


def assert_linear(fn: Callable[[str], object], make: Callable[[int], str], n: int = 12_500) -> None:
    """``fn`` on ``make(4n)`` costs about 4x ``fn`` on ``make(n)`` (quadratic: 16x) and
    finishes well within a second at 4n = 50,000 characters."""
    small, big = best_time(fn, make(n)), best_time(fn, make(4 * n))
    assert big < 2.0, big
    assert big < 10 * small + 0.02, (small, big)
