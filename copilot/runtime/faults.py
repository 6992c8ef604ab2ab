"""Which failures are the infrastructure's (a database or Redis restarting, a pool without a free
connection) and pass by themselves, and how long a task waits before it tries again.

A task that fails on one of these is retried with backoff instead of failing its work: a turn is
not marked failed, a message is not left unredacted for the sweeper to find minutes later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import NoReturn

import django.db
import psycopg
import psycopg.errors
import psycopg_pool
import redis
from kombu.exceptions import OperationalError as BrokerError

TRANSIENT = (
    django.db.OperationalError,  # the server went away, refused, or is starting
    django.db.InterfaceError,  # a connection already closed under us
    psycopg.OperationalError,
    psycopg.InterfaceError,
    psycopg_pool.PoolTimeout,  # no connection came back within the pool's timeout
    redis.ConnectionError,
    redis.TimeoutError,
    BrokerError,
)
# Seconds before the n-th retry (0-based); the last value repeats. A database restart takes a few
# seconds to a minute; the sum of the waits (about two minutes) outlasts that.
BACKOFF = (1, 2, 4, 8, 15, 15, 15, 15, 15, 15)
MAX_RETRIES = len(BACKOFF)


# Operational errors that are the statement's own, not the server's absence: retrying repeats them.
DETERMINISTIC = (psycopg.errors.QueryCanceled, psycopg.errors.DiskFull, psycopg.errors.ProgramLimitExceeded)


def is_transient(exc: BaseException) -> bool:
    """True when exc, or what caused it, is a failure of the infrastructure that passes by itself."""
    seen: set[int] = set()
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(isinstance(link, DETERMINISTIC) for link in chain):
        return False
    return any(isinstance(link, TRANSIENT) for link in chain)


def backoff(retries: int) -> int:
    return BACKOFF[min(retries, len(BACKOFF) - 1)]


log = logging.getLogger(__name__)


def retry_if_transient(task, exc: BaseException) -> NoReturn:
    """From a bound task's `except`: retry it after the backoff when the infrastructure failed (and
    tries are left); otherwise the error stands."""
    if task.request.retries >= task.max_retries or not is_transient(exc):
        raise exc
    raise task.retry(exc=exc, countdown=backoff(task.request.retries)) from exc


def sweep(run: Callable[[], int], *, what: str) -> int:
    """A beat sweep; while the database or Redis is down, one warning line instead of a traceback
    every few seconds (beat sends the next sweep soon)."""
    try:
        return run()
    except Exception as exc:
        if not is_transient(exc):
            raise
        log.warning("%s not swept, the database or Redis is unavailable: %s", what, exc)
        return 0
