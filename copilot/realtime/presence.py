"""Who has a case open: each case page's socket is a viewer, kept in Redis while it lives.

A page pings every PING_SECONDS; a viewer not seen for STALE_SECONDS (a socket that died
without closing, a web process that crashed) no longer counts. Names are staff names only.
"""

from __future__ import annotations

import json
import logging
import time

import redis
from django.conf import settings

log = logging.getLogger(__name__)

PING_SECONDS = 45  # static/js/case.js pings this often
STALE_SECONDS = 2 * PING_SECONDS + 30
KEY_TTL_SECONDS = 24 * 3600  # a case nobody opens again leaves no key behind

_client: redis.Redis | None = None


def _redis() -> redis.Redis:
    global _client
    if _client is None:
        _client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=1, socket_connect_timeout=1)
    return _client


def _key(case_id: int) -> str:
    return f"copilot:presence:case:{case_id}"


def viewer_seen(*, case_id: int, channel: str, user_id: int, name: str, now: float | None = None) -> None:
    """The socket `channel` of `user_id` has the case open (on connect and on every ping)."""
    key = _key(case_id)
    value = json.dumps({"user_id": user_id, "name": name, "seen": now or time.time()})
    try:
        _redis().pipeline().hset(key, channel, value).expire(key, KEY_TTL_SECONDS).execute()
    except redis.RedisError as exc:  # presence is a courtesy: a page works without it
        log.warning("presence not recorded: %s", exc)


def viewer_left(*, case_id: int, channel: str) -> None:
    try:
        _redis().hdel(_key(case_id), channel)
    except redis.RedisError as exc:
        log.warning("presence not cleared: %s", exc)


def viewers(case_id: int, *, now: float | None = None) -> list[dict]:
    """The people with the case open now, once each, by name: [{"user_id", "name"}]."""
    now = now or time.time()
    try:
        entries = _redis().hgetall(_key(case_id))
    except redis.RedisError:
        return []
    people: dict[int, str] = {}
    for raw in entries.values():
        try:
            entry = json.loads(raw)
        except ValueError:
            continue
        if now - float(entry.get("seen", 0)) <= STALE_SECONDS:
            people[int(entry["user_id"])] = str(entry.get("name", ""))
    return [{"user_id": uid, "name": name} for uid, name in sorted(people.items(), key=lambda p: p[1])]
