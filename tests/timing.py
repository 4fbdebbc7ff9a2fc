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


def assert_linear(fn: Callable[[str], object], make: Callable[[int], str], n: int = 6_250) -> None:
    """``fn`` on ``make(8n)`` costs about 8x ``fn`` on ``make(n)`` (quadratic: 64x) and
    finishes well within a second at 8n = 50,000 characters.

    The bound is 24x, not 8x: on a loaded 2-core machine a linear scan measured up to 13x for
    4x the input (caches, allocation), while the quadratic bugs these tests guard against
    cost 64x and more.
    """
    small, big = best_time(fn, make(n), runs=5), best_time(fn, make(8 * n), runs=5)
    assert big < 2.0, big
    assert big < 24 * small + 0.02, (small, big)
