"""Results of read-only tools cached in Redis, keyed by rider generation so writes invalidate them."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

import redis
from django.conf import settings

log = logging.getLogger(__name__)
STATS_KEY = "copilot:tools:cache-stats"
_client: redis.Redis | None = None


def client() -> redis.Redis:
    global _client
    if _client is None:
        _client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=0.3, socket_connect_timeout=0.3)
    return _client


# One round trip per lookup: the rider's generation, the entry under it and the hit counter.
# The entry's key depends on the generation, so done apart these were three round trips, each
# a wait of the turn's tool call. (Keys built inside a script: fine on one Redis, not a cluster.)
_LOOKUP = """
local key = ARGV[1] .. (redis.call('GET', KEYS[1]) or '0') .. ARGV[2]
local raw = redis.call('GET', key)
redis.call('HINCRBY', KEYS[2], ARGV[3] .. (raw and ':hit' or ':miss'), 1)
return {key, raw}
"""
_lookup_script: Any = None


def lookup(
    *, tool: str, rider_id: str, arguments: dict[str, Any], scope: str
) -> tuple[str | None, dict[str, Any] | None]:
    """(this call's key, its cached result or None); the key is None when Redis is unreachable,
    so the call runs uncached and its result is not stored.

    The key carries the rider's generation: without it no key is safe, since a guessed one could
    serve, once Redis is back, a result that a refund has made stale.
    """
    global _lookup_script
    digest = hashlib.sha256(json.dumps(arguments, sort_keys=True).encode()).hexdigest()[:24]
    try:
        if _lookup_script is None:
            _lookup_script = client().register_script(_LOOKUP)
        key, raw = _lookup_script(
            keys=[f"copilot:tools:gen:{rider_id}", STATS_KEY],
            args=[f"copilot:tools:cache:{scope}:{rider_id}:", f":{tool}:{digest}", tool],
        )
    except redis.RedisError:
        log.warning("tool cache unavailable; running %s uncached", tool)
        return None, None
    return key.decode(), (json.loads(raw) if raw else None)


def put(key: str, value: dict[str, Any]) -> None:
    try:
        client().set(key, json.dumps(value), ex=settings.COPILOT_TOOL_CACHE_TTL_SECONDS)
    except redis.RedisError:
        log.warning("tool cache unavailable; result not cached")


def invalidate_rider(rider_id: str) -> None:
    """Money moved or a ticket was filed: everything cached for this rider is stale."""
    try:
        client().incr(f"copilot:tools:gen:{rider_id}")
    except redis.RedisError:
        log.error("could not invalidate the tool cache for rider %s", rider_id)


def hit_rates() -> dict[str, dict[str, float]]:
    raw = {k.decode(): int(v) for k, v in client().hgetall(STATS_KEY).items()}
    tools = {k.rsplit(":", 1)[0] for k in raw}
    rates = {}
    for tool in sorted(tools):
        hits, misses = raw.get(f"{tool}:hit", 0), raw.get(f"{tool}:miss", 0)
        rates[tool] = {
            "hits": hits,
            "misses": misses,
            "hit_rate": hits / (hits + misses) if hits + misses else 0.0,
        }
    return rates
