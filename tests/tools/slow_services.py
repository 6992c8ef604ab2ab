"""Trip-service adapters that misbehave the way a company's real services do: slow or flaky."""

from __future__ import annotations

import threading
import time

from copilot.trips.service import DatabaseTripService
from tools.base import TransientToolError


class SlowTripService(DatabaseTripService):
    """Answers get_trip after `delay` seconds and records when each call ran."""

    delay = 0.3
    intervals: list[tuple[float, float]] = []
    lock = threading.Lock()

    def get_trip(self, *, rider_id, trip_id):
        started = time.monotonic()
        time.sleep(self.delay)
        result = super().get_trip(rider_id=rider_id, trip_id=trip_id)
        with self.lock:
            SlowTripService.intervals.append((started, time.monotonic()))
        return result


class FlakyTripService(DatabaseTripService):
    """Fails `failures` times with a transient error, then answers."""

    failures = 1
    calls = 0

    def get_rider(self, *, rider_id, now):
        FlakyTripService.calls += 1
        if FlakyTripService.calls <= FlakyTripService.failures:
            raise TransientToolError("connection reset by the trip service")
        return super().get_rider(rider_id=rider_id, now=now)
