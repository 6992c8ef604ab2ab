"""Celery's Redis transport, with one Redis client per channel instead of one per command.

kombu builds a new `redis.Redis` for every command it sends outside its consuming
connection: each task published, and, because tasks are acknowledged late, each delivery
(recorded as unacknowledged) and each acknowledgement. Building a client copies redis-py's
table of response callbacks, one of the larger costs of a turn in the worker's consumer
thread (docs/performance.md). A client is safe to share between threads (each command
takes a connection from the pool), so one per channel's pool is kept.

Selected by `CELERY_BROKER_TRANSPORT`; everything else is kombu's own transport.
"""

from __future__ import annotations

from contextlib import contextmanager

from kombu.transport import redis


class Channel(redis.Channel):
    _shared_client: tuple | None = None

    @contextmanager
    def conn_or_acquire(self, client=None):
        if client:
            yield client
            return
        pool = self.pool  # replaced after a fork or a reconnect; a client follows its pool
        shared = self._shared_client
        if shared is None or shared[0] is not pool:
            shared = self._shared_client = (pool, self._create_client())
        yield shared[1]


class Transport(redis.Transport):
    Channel = Channel
