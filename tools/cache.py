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


def _generation(rider_id: str) -> int:
    return int(client().get(f"copilot:tools:gen:{rider_id}") or 0)


def cache_key(*, tool: str, rider_id: str, arguments: dict[str, Any], scope: str) -> str | None:
    """The key of this call's cached result; None when Redis is unreachable, so the call runs uncached.

    Without the rider's generation no key is safe: a guessed one could serve, once Redis is
    back, a result that a refund has made stale.
    """
    try:
        generation = _generation(rider_id)
    except redis.RedisError:
        log.warning("tool cache unavailable; running %s uncached", tool)
        return None
    digest = hashlib.sha256(json.dumps(arguments, sort_keys=True).encode()).hexdigest()[:24]
    return f"copilot:tools:cache:{scope}:{rider_id}:{generation}:{tool}:{digest}"


def get(key: str | None, tool: str) -> dict[str, Any] | None:
    """The cached result or None; a cache outage is a miss, never a failure."""
    if key is None:
        return None
    try:
        raw = client().get(key)
        client().hincrby(STATS_KEY, f"{tool}:{'hit' if raw else 'miss'}", 1)
    except redis.RedisError:
        log.warning("tool cache unavailable; running %s uncached", tool)
        return None
    return json.loads(raw) if raw else None


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
