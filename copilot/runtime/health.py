"""Liveness of the parts a turn needs: PostgreSQL, Redis and at least one Celery worker."""

from __future__ import annotations

import time

import redis
from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse

from copilot.celery import app as celery_app
from copilot.core.access import public


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _check_redis() -> str:
    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=1, socket_timeout=1)
    try:
        client.ping()
    finally:
        client.close()
    return "ok"


# Redis delivers a broadcast only to the subscribers connected at that instant, and a busy worker
# may read it late: one unanswered ping is asked again before the worker is called down.
WORKER_PINGS = 2
WORKER_PING_SECONDS = 1.0


def _check_worker() -> str:
    replies: list = []
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=1)
        for attempt in range(WORKER_PINGS):
            # A ping with limit=1 stops at the first message on the reply queue, and the late answer to an
            # earlier ping is one (kombu keeps it aside, or drops it once expired): the retry reads until
            # the queue has been quiet for its timeout, so an answer behind a stale one still counts.
            limit = 1 if attempt == 0 else None
            replies = celery_app.control.ping(timeout=WORKER_PING_SECONDS, limit=limit, connection=conn)
            if replies:
                break
    if not replies:
        raise RuntimeError(f"no worker answered a ping ({WORKER_PINGS} sent, {WORKER_PING_SECONDS:g} s each)")
    return f"ok ({len(replies)} worker{'s' if len(replies) != 1 else ''})"


CHECKS = {"database": _check_database, "redis": _check_redis, "worker": _check_worker}


@public
def health(request: HttpRequest) -> JsonResponse:
    """200 when every part answers, 503 naming the parts that do not."""
    results: dict[str, dict[str, object]] = {}
    for name, check in CHECKS.items():
        if name == "worker" and results.get("redis", {}).get("status") != "ok":
            results[name] = {"status": "unknown", "detail": "Redis is down, so workers cannot be reached"}
            continue
        started = time.perf_counter()
        try:
            detail = check()
            results[name] = {"status": "ok", "detail": detail}
        except Exception as exc:  # each failure is reported, not raised: this is the report
            results[name] = {"status": "down", "detail": f"{type(exc).__name__}: {exc}"[:200]}
        results[name]["ms"] = round((time.perf_counter() - started) * 1000, 1)
    healthy = all(r["status"] == "ok" for r in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", "checks": results}, status=200 if healthy else 503
    )
