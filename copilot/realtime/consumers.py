"""Websocket consumers. Frames are validated; the role and the session are checked on
connect and again on every frame, since an open socket outlives a logout.

The socket stack holds no session or auth middleware (copilot/asgi.py): every check reads the
session named by the cookie afresh, so Channels' own lazy session, user lookup and per-send
session-save wrapper would only repeat it (two more queries and a thread hop per connect).
"""

from __future__ import annotations

import logging
from importlib import import_module
from types import SimpleNamespace
from typing import Any, Literal

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.contrib import auth
from pydantic import BaseModel, ConfigDict, ValidationError

from copilot.core.access import CASE_WORKERS, user_roles
from copilot.models import Case
from copilot.realtime import events
from copilot.realtime.publisher import QUEUE_GROUP, case_group

log = logging.getLogger(__name__)

CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404


class ClientFrame(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: Literal["ping", "resync"]
    after_seq: int | None = None


def session_key_of(scope: dict[str, Any]) -> str | None:
    """The session key the socket's cookie names (set by Channels' CookieMiddleware), if any."""
    return scope.get("cookies", {}).get(settings.SESSION_COOKIE_NAME) or None


def _refusal(
    session_key: str | None, allowed_roles: frozenset[str], case_id: int | None = None
) -> int | None:
    """The close code for a socket that may not (or no longer) receive, or None when it may.

    The session is read afresh from its store at every check: a logout elsewhere ends access
    here. Django's own `auth.get_user` reads it, so an expired session, a changed password, a
    removed backend or an inactive user are refused exactly as on a page. One function, so a
    connect costs one trip to a database thread rather than one per check.
    """
    if not session_key:
        return CLOSE_FORBIDDEN
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    if not user_roles(auth.get_user(SimpleNamespace(session=session))) & allowed_roles:
        return CLOSE_FORBIDDEN
    if case_id is not None and not Case.objects.filter(pk=case_id).exists():
        return CLOSE_NOT_FOUND
    return None


_refusal_async = database_sync_to_async(_refusal)


class _RoleCheckedConsumer(AsyncJsonWebsocketConsumer):
    allowed_roles = CASE_WORKERS

    async def _allowed(self) -> bool:
        return await _refusal_async(session_key_of(self.scope), self.allowed_roles) is None

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if not await self._allowed():
            await self.close(code=CLOSE_FORBIDDEN)
            return
        try:
            frame = ClientFrame.model_validate(content)
        except ValidationError as exc:
            first = exc.errors()[0]
            await self.send_json(
                {"event": events.ERROR, "payload": {"error": "invalid frame", "detail": first["msg"]}}
            )
            return
        if frame.type == "ping":
            await self.send_json({"event": events.PONG, "payload": {}})
        else:
            await self.send_json({"event": events.RESYNC, "payload": {"after_seq": frame.after_seq}})

    async def decode_json(self, text_data: str) -> Any:
        try:
            return await super().decode_json(text_data)
        except ValueError:
            return {"type": "__not_json__"}

    async def dispatch(self, message: dict[str, Any]) -> None:
        # Relays touch no database, so they skip the thread hop that closes stale connections
        # before every handler: a turn sends a few of them per second to every open page.
        if message["type"] in {events.RELAY, events.RELAY_BATCH}:
            await getattr(self, get_handler_name(message))(message)
            return
        await super().dispatch(message)

    async def relay(self, message: dict[str, Any]) -> None:
        await self.send_json({"event": message["event"], "payload": message["payload"]})

    async def relay_batch(self, message: dict[str, Any]) -> None:
        """Several events sent together by one turn: one frame `{"events": [...]}`, in order.

        One frame rather than one per event: each frame costs the web process a send and the
        browser a message handler, and a turn's events leave in batches by design.
        """
        await self.send_json({"events": message["events"]})


class CaseConsumer(_RoleCheckedConsumer):
    """Live events of one case: new messages, copilot status, draft tokens, actions."""

    async def connect(self) -> None:
        self.case_id = int(self.scope["url_route"]["kwargs"]["case_id"])
        refusal = await _refusal_async(session_key_of(self.scope), self.allowed_roles, self.case_id)
        if refusal is not None:
            await self.close(code=refusal)
            return
        self.group = case_group(self.case_id)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)


class QueueConsumer(_RoleCheckedConsumer):
    """Tells agents' queue pages that the queue changed."""

    async def connect(self) -> None:
        if not await self._allowed():
            await self.close(code=CLOSE_FORBIDDEN)
            return
        await self.channel_layer.group_add(QUEUE_GROUP, self.channel_name)
        await self.accept()

    async def disconnect(self, code: int) -> None:
        await self.channel_layer.group_discard(QUEUE_GROUP, self.channel_name)
