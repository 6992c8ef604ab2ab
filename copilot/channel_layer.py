"""The channel layer: channels_redis's pub/sub layer, plus sending to many groups in one round trip.

Each group event is one PUBLISH; every process holds one subscription and hands events to its
consumers in memory. channels_redis sends each PUBLISH alone, holding the connection's lock
until Redis answers, so a process that publishes many small events (a turn worker streaming
dozens of turns) queues them behind each other. `group_send_many` pipelines them.
"""

from __future__ import annotations

from typing import Any

from channels_redis.pubsub import RedisPubSubChannelLayer


class PubSubChannelLayer(RedisPubSubChannelLayer):
    async def group_send_many(self, messages: list[tuple[str, dict[str, Any]]]) -> None:
        """Publish a message to each group, one pipelined round trip per Redis shard, in order."""
        layer = self._get_layer()
        by_shard: dict[Any, list[tuple[str, bytes]]] = {}
        for group, message in messages:
            channel = layer._get_group_channel_name(group)
            by_shard.setdefault(layer._get_shard(channel), []).append((channel, self.serialize(message)))
        for shard, items in by_shard.items():
            # The shard's lock guards its connection setup, as channels_redis's own publish does.
            async with shard._lock:
                shard._ensure_redis()
                async with shard._redis.pipeline(transaction=False) as pipe:
                    for channel, data in items:
                        pipe.publish(channel, data)
                    await pipe.execute()
