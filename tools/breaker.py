"""A circuit breaker per tool: after repeated failures, stop calling it for a while.

State lives in the worker process: a tool that fails here fails for every turn this
process runs, and each process probes again on its own after the cool-down.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from copilot.observability import metrics


@dataclass
class _State:
    failures: int = 0
    open_until: float = 0.0


class CircuitBreaker:
    def __init__(self, *, threshold: int = 5, cooldown_seconds: float = 30.0) -> None:
        self.threshold = threshold
        self.cooldown_seconds = cooldown_seconds
        self._states: dict[str, _State] = {}
        self._lock = threading.Lock()

    def allows(self, tool: str) -> bool:
        """False while open; after the cool-down one call is let through to probe."""
        with self._lock:
            state = self._states.setdefault(tool, _State())
            if state.open_until and time.monotonic() < state.open_until:
                return False
            if state.open_until:
                # Half-open: let this call probe; another failure re-opens at once.
                state.open_until = 0.0
                state.failures = self.threshold - 1
            return True

    def record(self, tool: str, *, ok: bool) -> None:
        with self._lock:
            state = self._states.setdefault(tool, _State())
            if ok:
                if state.failures:
                    metrics.circuit(tool, open=False)
                state.failures = 0
                return
            state.failures += 1
            if state.failures >= self.threshold:
                state.open_until = time.monotonic() + self.cooldown_seconds
                metrics.circuit(tool, open=True)

    def reset(self) -> None:
        with self._lock:
            self._states.clear()


breaker = CircuitBreaker()
