"""Timing checks shared by the linear-time tests (generous bounds: the machines are noisy)."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_time(fn: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The least CPU time of ``runs`` calls of ``fn(text)``, in seconds.

    CPU time, not wall time: on a shared machine the process waits for a core at random, and
    a wait inside one of the two measurements made a linear scan look quadratic.
    """
    best = float("inf")
    for _ in range(runs):
        t = time.process_time()
        fn(text)
        best = min(best, time.process_time() - t)
    return best


def assert_linear(
    fn: Callable[[str], object], make: Callable[[int], str], n: int = 6_250, tries: int = 3
) -> None:
    """``fn`` on ``make(8n)`` costs about 8x ``fn`` on ``make(n)`` (quadratic: 64x) and
    finishes well within a second at 8n = 50,000 characters.

    The bound is 24x, not 8x: on a loaded 2-core machine a linear scan measured up to 13x for
    4x the input (caches, allocation), while the quadratic bugs these tests guard against
    cost 64x and more. A measurement over the bound is taken again, up to ``tries`` times: a
    quadratic cost is over it every time, noise seldom twice.

    >>> assert_linear(str.upper, lambda n: "a" * n)
    """
    small_text, big_text = make(n), make(8 * n)
    for _ in range(tries):
        small, big = best_time(fn, small_text, runs=5), best_time(fn, big_text, runs=5)
        if big < 2.0 and big < 24 * small + 0.02:
            return
    assert big < 2.0, big
    assert big < 24 * small + 0.02, (small, big)
