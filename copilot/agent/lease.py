"""A turn worker's lease on the turns it runs: one heartbeat for all of them, every few seconds.

A turn's own saves are irregular (a model may think for a minute before its first token), so a
stale limit based on them had to be minutes long, and a turn whose worker died waited that long
to be re-run. Here a thread of each worker process stamps `heartbeat_at` on every turn the process
holds, every COPILOT_TURN_HEARTBEAT_SECONDS, in one UPDATE; a turn whose stamp is older than
COPILOT_TURN_STALE_SECONDS (a few heartbeats) belongs to a process that is gone, and the sweeper
sends it again within seconds.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from django.conf import settings
from django.db import connection
from django.utils import timezone

from copilot.agent import sql

log = logging.getLogger(__name__)

# A count per turn, not a set: a second delivery of a running turn enters and leaves `holding` (its
# claim finds the turn taken) while the first still runs, and must not end the first one's lease.
_held: Counter[str] = Counter()
_lock = threading.Lock()
_keeper: threading.Thread | None = None
_wake = threading.Event()


@contextmanager
def holding(turn_id: str) -> Iterator[None]:
    """While the block runs, this process's heartbeat keeps the turn's lease fresh."""
    _start_keeper()
    with _lock:
        _held[turn_id] += 1
    try:
        yield
    finally:
        with _lock:
            _held[turn_id] -= 1
            if _held[turn_id] <= 0:
                del _held[turn_id]


def held() -> frozenset[str]:
    with _lock:
        return frozenset(turn for turn, count in _held.items() if count > 0)


_beat_connection: psycopg.Connection | None = None


def beat() -> int:
    """Stamp every running turn this process holds; the number stamped.

    On a connection of its own, outside the pool: turn threads waiting for a pooled connection
    under load must not delay the heartbeat past the stale limit (their turns would be re-run
    while they still run)."""
    global _beat_connection
    turns = held()
    if not turns:
        return 0
    if _beat_connection is None or _beat_connection.closed or _beat_connection.broken:
        params = connection.settings_dict
        _beat_connection = psycopg.connect(
            dbname=params["NAME"],
            user=params["USER"] or None,
            password=params["PASSWORD"] or None,
            host=params["HOST"] or None,
            port=params["PORT"] or None,
            autocommit=True,
            connect_timeout=5,
            # A half-open socket (a failover without a reset) must not hang the only keeper thread.
            options="-c statement_timeout=2000",
            keepalives=1,
            keepalives_idle=5,
            keepalives_interval=2,
            keepalives_count=2,
        )
    try:
        return _beat_connection.execute(sql.LEASE_BEAT, [timezone.now(), list(turns)]).rowcount
    except psycopg.Error:
        _beat_connection.close()  # a restart: the next beat connects again
        raise


def _keep() -> None:
    while True:
        _wake.wait(settings.COPILOT_TURN_HEARTBEAT_SECONDS)
        _wake.clear()
        try:
            beat()
        except Exception as exc:  # a database restart: the next beat tries again
            log.warning("turn heartbeat failed: %s", exc)


def _start_keeper() -> None:
    global _keeper
    if _keeper is not None and _keeper.is_alive():
        return
    with _lock:
        # Not alive: never started, or this process was forked from one that had started it.
        if _keeper is None or not _keeper.is_alive():
            _keeper = threading.Thread(target=_keep, name="turn-lease", daemon=True)
            _keeper.start()
