"""The inbound API's hot path under ASGI: customer messages without Django's request cycle.

Every customer turn starts with this POST, and a burst of them lands on one Daphne process.
Through Django each request costs a new thread, the middleware stack, URL resolution and two
signals (docs/performance.md); here it is one hop to a pooled thread for the database. The
endpoint only authenticates a system by its token, so sessions, CSRF and roles have nothing
to do. Validation and storage are the same functions the Django view calls
(`copilot.intake.api.parse_inbound`, `copilot.intake.api.inbound_store`); every other path goes to Django.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import close_old_connections
from django.http.request import split_domain_port, validate_host

from copilot.intake.api import inbound_store, parse_idempotency_key, parse_inbound
from copilot.runtime.faults import is_transient

log = logging.getLogger("copilot.intake.endpoint")
PATH = "/api/inbound/messages"
# Django's SecurityMiddleware would add these to the view's answer (and HSTS over HTTPS).
HEADERS = [
    (b"content-type", b"application/json"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def _store(data, idempotency_key: str) -> tuple[int, dict[str, Any]]:
    # As Django does around each request: a connection left broken or past its age goes back.
    close_old_connections()
    try:
        return inbound_store(data=data, idempotency_key=idempotency_key)
    finally:
        close_old_connections()


# Not thread-sensitive: the loop's pooled threads, instead of a new thread per request.
_store_async = sync_to_async(_store, thread_sensitive=False)


class _ClientGone(Exception):
    """The client disconnected before its body arrived: nothing to store, no one to answer."""


class InboundEndpoint:
    """Answers POST /api/inbound/messages; hands every other request to `app` (Django)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH:
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            status, payload, extra = await self._answer(scope, headers, receive)
        except _ClientGone:
            return
        except Exception as exc:  # never a dropped connection: the caller retries on a 5xx
            if is_transient(exc):
                # The database is restarting: nothing was stored; say when to try again.
                log.warning("inbound message not stored, the database is unavailable: %s", exc)
                status, payload = 503, {"error": "The message could not be stored just now; retry shortly."}
                extra = [(b"retry-after", b"2")]
            else:
                log.exception("inbound message failed")
                status, payload, extra = 500, {"error": "The message could not be stored; retry."}, []
        if status >= 400:
            log.warning("inbound message refused (%s): %s", status, payload["error"])
        body = json.dumps(payload).encode()
        extra += _hsts() if _secure(scope, headers) else []
        answer_headers = [*HEADERS, *extra, (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": answer_headers})
        await send({"type": "http.response.body", "body": body})

    async def _answer(self, scope, headers: dict[str, str], receive) -> tuple[int, dict[str, Any], list]:
        if scope["method"] != "POST":
            return 405, {"error": "Only POST is allowed."}, [(b"allow", b"POST")]
        if not _host_allowed(headers.get("host", "")):
            return 400, {"error": "This host is not allowed."}, []
        if settings.SECURE_SSL_REDIRECT and not _secure(scope, headers):
            # Django would redirect; a redirected POST loses its body, so the sender is told.
            return 403, {"error": "Use HTTPS: this endpoint takes a bearer token."}, []
        body = await _read_body(receive, settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        if body is None:
            return 413, {"error": "The body is too large."}, []
        parsed = parse_inbound(authorization=headers.get("authorization", ""), body=body)
        if isinstance(parsed, tuple):
            return *parsed, []
        key = parse_idempotency_key(headers.get("idempotency-key", ""))
        if isinstance(key, tuple):
            return *key, []
        return *(await _store_async(parsed, key)), []


def _secure(scope, headers: dict[str, str]) -> bool:
    """HTTPS, directly or as the proxy says through SECURE_PROXY_SSL_HEADER (as Django reads it)."""
    if scope.get("scheme") == "https":
        return True
    if settings.SECURE_PROXY_SSL_HEADER:
        meta_name, value = settings.SECURE_PROXY_SSL_HEADER
        name = meta_name.removeprefix("HTTP_").replace("_", "-").lower()
        return headers.get(name, "").split(",", 1)[0].strip() == value
    return False


def _hsts() -> list[tuple[bytes, bytes]]:
    if not settings.SECURE_HSTS_SECONDS:
        return []
    value = f"max-age={settings.SECURE_HSTS_SECONDS}"
    if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
        value += "; includeSubDomains"
    if settings.SECURE_HSTS_PRELOAD:
        value += "; preload"
    return [(b"strict-transport-security", value.encode())]


def _host_allowed(host: str) -> bool:
    allowed = settings.ALLOWED_HOSTS
    if settings.DEBUG and not allowed:
        allowed = [".localhost", "127.0.0.1", "[::1]"]  # as Django's HttpRequest.get_host
    domain, _ = split_domain_port(host)
    return bool(domain) and validate_host(domain, allowed)


async def _read_body(receive, limit: int | None) -> bytes | None:
    """The whole body, or None once it passes `limit` bytes."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
