"""The channel layer: channels_redis's pub/sub layer, plus publishing from plain threads.

Each group event is one PUBLISH; every process holds one subscription and hands events to its
consumers in memory. Sync code (turn threads, tasks, views) publishes through
`publish_many`: a blocking redis-py pipeline per shard, one round trip for many groups. The
layer's own `group_send` needs an event loop, and driving redis' asyncio client from a
background loop cost a turn worker more CPU per event (loop wake-up, stream reader,
connection checks) than the rest of the event's path together.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import redis
from channels_redis.pubsub import RedisPubSubChannelLayer, RedisPubSubLoopLayer
from channels_redis.utils import _consistent_hash
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.retry import Retry


def _sync_pool(host: dict[str, Any]) -> redis.ConnectionPool:
    """A blocking pool for a host entry of the layer's config, as channels_redis builds its own."""
    host = dict(host)
    # The config's retry object belongs to the asyncio client; the blocking client gets the same
    # policy in its own kind: a Redis restart leaves dead sockets, one retry on a fresh one.
    host.pop("retry", None)
    host.pop("retry_on_error", None)
    retry = {"retry": Retry(NoBackoff(), 1), "retry_on_error": [RedisConnectionError]}
    if "address" in host:
        return redis.ConnectionPool.from_url(host.pop("address"), **host, **retry)
    if "master_name" in host:
        from redis.sentinel import Sentinel, SentinelConnectionPool

        sentinel = Sentinel(host.pop("sentinels"), sentinel_kwargs=host.pop("sentinel_kwargs", None))
        return SentinelConnectionPool(host.pop("master_name"), sentinel, **host, **retry)
    return redis.ConnectionPool(**host, **retry)


class PubSubChannelLayer(RedisPubSubChannelLayer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Names and shards come from channels_redis's own per-loop layer, built once without a
        # loop (it opens nothing until used), so both sides agree on where a group lives.
        self._naming = RedisPubSubLoopLayer(*args, **kwargs, channel_layer=self)
        self._clients: list[redis.Redis] = []
        self._clients_pid = 0
        self._clients_lock = threading.Lock()

    def _blocking_clients(self) -> list[redis.Redis]:
        with self._clients_lock:
            if self._clients_pid != os.getpid():  # a forked child builds its own sockets
                pools = [_sync_pool(shard.host) for shard in self._naming._shards]
                self._clients = [redis.Redis(connection_pool=pool) for pool in pools]
                self._clients_pid = os.getpid()
            return self._clients

    def publish_many(self, messages: list[tuple[str, dict[str, Any]]]) -> None:
        """Publish a message to each group, one pipelined round trip per shard, in order (blocking)."""
        clients = self._blocking_clients()
        by_shard: dict[int, list[tuple[str, bytes]]] = {}
        for group, message in messages:
            channel = self._naming._get_group_channel_name(group)
            shard = _consistent_hash(channel, len(clients))
            by_shard.setdefault(shard, []).append((channel, self.serialize(message)))
        for shard, items in by_shard.items():
            with clients[shard].pipeline(transaction=False) as pipe:
                for channel, data in items:
                    pipe.publish(channel, data)
                pipe.execute()
