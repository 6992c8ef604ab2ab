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

from asgiref.sync import sync_to_async
from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.contrib import auth
from pydantic import BaseModel, ConfigDict, ValidationError

from copilot.core.access import CASE_WORKERS, user_roles
from copilot.core.jsonl import MAX_JSON_DEPTH, too_deep
from copilot.models import Case
from copilot.realtime import events, presence
from copilot.realtime.publisher import CASE_PAGES_GROUP, QUEUE_GROUP, case_group
from policies.rollout import copilot_enabled_for_case, current_rollout

log = logging.getLogger(__name__)

CLOSE_FORBIDDEN = 4403
# A page sends {"type": "ping"} or {"type": "resync", "after_seq": n}: a few dozen characters.
MAX_FRAME_CHARS = 4096
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
) -> tuple[int | None, tuple[int, str] | None]:
    """(the close code for a socket that may not (or no longer) receive, or None when it may;
    the user as (id, name) when it may).

    The session is read afresh from its store at every check: a logout elsewhere ends access
    here. Django's own `auth.get_user` reads it, so an expired session, a changed password, a
    removed backend or an inactive user are refused exactly as on a page. One function, so a
    connect costs one trip to a database thread rather than one per check.
    """
    if not session_key:
        return CLOSE_FORBIDDEN, None
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    user = auth.get_user(SimpleNamespace(session=session))
    if not user_roles(user) & allowed_roles:
        return CLOSE_FORBIDDEN, None
    if case_id is not None and not Case.objects.filter(pk=case_id).exists():
        return CLOSE_NOT_FOUND, None
    return None, (user.pk, user.get_full_name() or user.username)


_refusal_async = database_sync_to_async(_refusal)


def _copilot_on(session_key: str | None, case_id: int) -> tuple[bool, bool]:
    """(whether the socket's user works with the copilot on this case, whether the answer can change
    with the case's intent: the rollout is limited to some intents) (policies/rollout.py)."""
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    user = auth.get_user(SimpleNamespace(session=session))
    return copilot_enabled_for_case(user=user, case_id=case_id), bool(current_rollout().intents)


_copilot_on_async = database_sync_to_async(_copilot_on)
TURN_EVENTS = frozenset(
    {events.TURN_STATUS, events.TURN_DELTA, events.TURN_RESET, events.TURN_DONE, events.TURN_FAILED}
)
# What a page outside the rollout never gets: the turn's events and the fate of its proposals (an
# action's id and status are the copilot's, and the page would re-read all it shows for them).
COPILOT_EVENTS = TURN_EVENTS | {events.ACTION_CHANGED}


class _RoleCheckedConsumer(AsyncJsonWebsocketConsumer):
    allowed_roles = CASE_WORKERS

    async def _allowed(self) -> bool:
        refusal, _ = await _refusal_async(session_key_of(self.scope), self.allowed_roles)
        return refusal is None

    async def on_ping(self) -> None:
        """A page's keep-alive: the socket is still there."""

    async def receive(
        self, text_data: str | None = None, bytes_data: bytes | None = None, **kwargs: Any
    ) -> None:
        """Every frame gets an answer, never an exception: binary, empty, oversized or deeply nested
        frames are named in an error frame (the socket stays open)."""
        problem = ""
        if text_data is None:
            problem = "frames must be JSON text, not binary"
        elif not text_data.strip():
            problem = "the frame is empty"
        elif len(text_data) > MAX_FRAME_CHARS:
            problem = f"a frame holds at most {MAX_FRAME_CHARS} characters"
        elif too_deep(text_data):
            problem = f"the JSON is nested more than {MAX_JSON_DEPTH} levels deep"
        if problem:
            await self.send_json(
                {"event": events.ERROR, "payload": {"error": "invalid frame", "detail": problem}}
            )
            return
        await super().receive(text_data=text_data, **kwargs)

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
            await self.on_ping()
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


# Presence reads and writes Redis with the blocking client, off the event loop.
_presence_seen = sync_to_async(presence.viewer_seen, thread_sensitive=False)
_presence_left = sync_to_async(presence.viewer_left, thread_sensitive=False)
_presence_viewers = sync_to_async(presence.viewers, thread_sensitive=False)


class CaseConsumer(_RoleCheckedConsumer):
    """Live events of one case: new messages, copilot status, draft tokens, actions."""

    async def connect(self) -> None:
        self.case_id = int(self.scope["url_route"]["kwargs"]["case_id"])
        refusal, viewer = await _refusal_async(session_key_of(self.scope), self.allowed_roles, self.case_id)
        if refusal is not None:
            await self.close(code=refusal)
            return
        self.viewer = viewer
        self.group = case_group(self.case_id)
        self.copilot, self.copilot_by_intent = await _copilot_on_async(
            session_key_of(self.scope), self.case_id
        )
        self.copilot_turn = None
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.channel_layer.group_add(CASE_PAGES_GROUP, self.channel_name)
        await self.accept()
        await self.on_ping()
        await self._announce_presence()

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)
            await self.channel_layer.group_discard(CASE_PAGES_GROUP, self.channel_name)
            await _presence_left(case_id=self.case_id, channel=self.channel_name)
            await self._announce_presence()

    async def on_ping(self) -> None:
        user_id, name = self.viewer
        await _presence_seen(case_id=self.case_id, channel=self.channel_name, user_id=user_id, name=name)

    async def _announce_presence(self) -> None:
        """Every other open page of the case learns who has it open now."""
        viewers = await _presence_viewers(self.case_id)
        payload = {"case_id": self.case_id, "viewers": viewers, "channel": self.channel_name}
        message = {"type": events.RELAY, "event": events.PRESENCE_CHANGED, "payload": payload}
        try:
            await self.channel_layer.group_send(self.group, message)
        except Exception as exc:  # presence is a courtesy; a lost announcement costs a stale name
            log.warning("presence not announced: %s", exc)

    async def _copilot_allows(self, event: str, payload: dict[str, Any]) -> bool:
        """An agent outside the copilot's rollout gets none of its events (COPILOT_EVENTS); the case's
        own (messages, notes, status, presence) reach every page. Asked again when the
        rollout changes and, when the rollout is limited to some intents, at each turn's first and
        last event (its intent may decide). Otherwise the answer holds: no query per turn event
        (under load they queued behind one another in Daphne's database thread)."""
        turn = payload.get("turn_id")
        if event == events.ROLLOUT_CHANGED or (
            self.copilot_by_intent
            and (
                event in {events.TURN_DONE, events.TURN_FAILED}
                or (event in TURN_EVENTS and turn != self.copilot_turn)
            )
        ):
            self.copilot_turn = turn
            before = self.copilot
            self.copilot, self.copilot_by_intent = await _copilot_on_async(
                session_key_of(self.scope), self.case_id
            )
            if before != self.copilot and event != events.ROLLOUT_CHANGED:
                # The turn's intent put the case in or out of the rollout: the page re-reads its
                # console, so a draft streamed before the turn was classified does not stay in it.
                await super().relay({"type": events.RELAY, "event": events.ROLLOUT_CHANGED, "payload": {}})
        return self.copilot or event not in COPILOT_EVENTS

    async def relay_batch(self, message: dict[str, Any]) -> None:
        kept = [e for e in message["events"] if await self._copilot_allows(e["event"], e["payload"])]
        if kept:
            await super().relay_batch({**message, "events": kept})

    async def relay(self, message: dict[str, Any]) -> None:
        if not await self._copilot_allows(message["event"], message["payload"]):
            return
        if message["event"] == events.PRESENCE_CHANGED:
            payload = dict(message["payload"])
            if payload.pop("channel", None) == self.channel_name:
                return  # a page needs no news of its own arrival
            message = {**message, "payload": payload}
        await super().relay(message)


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
