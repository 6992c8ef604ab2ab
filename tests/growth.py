"""How a function's time grows with its input: a guard against catastrophic backtracking that does not read
the shared machine's load (a wall-clock bound does; it failed once under a busy neighbour)."""

from __future__ import annotations

import time
from collections.abc import Callable

# Sizes four times apart: a linear function takes about 4 times as long on the larger input, a quadratic
# one 16 times; fixed costs only lower the figure. (10, not 8: on inputs of a few milliseconds a busy
# neighbour moves the figure by half.)
SCALE = 4
LINEAR_AT_MOST = 10.0


def slowdown(run: Callable[[str], object], make: Callable[[int], str], n: int, *, repeats: int = 5) -> float:
    """Best time of `run(make(SCALE * n))` over best time of `run(make(n))`.

    Each repeat builds a slightly different input (`n + k`), so no cache keyed by the text answers it;
    small and large runs alternate, so a burst of load falls on both.
    """
    small, large = [], []
    for k in range(repeats):
        for size, times in ((n + k, small), (SCALE * n + k, large)):
            text = make(size)
            started = time.perf_counter()
            run(text)
            times.append(time.perf_counter() - started)
    return min(large) / max(min(small), 1e-6)
