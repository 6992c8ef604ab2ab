"""Publishing to websocket groups from sync code (services, Celery tasks, turn threads).

The channel layer delivers at most once; every event only tells the browser that
something changed, and the browser re-reads the database, so a lost frame costs a
refresh, never data. Sends go through one background event loop per process: a caller
never waits on Redis, and the channel layer keeps one connection pool (it keeps one per
event loop, so `async_to_sync` from a worker thread would build a new one per call).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from typing import Any

from channels.layers import get_channel_layer

log = logging.getLogger(__name__)


def case_group(case_id: int) -> str:
    return f"case-{case_id}"


QUEUE_GROUP = "case-queue"


class _Publisher:
    """One background event loop per process that sends group messages, fire-and-forget.

    Everything queued while a send is in flight goes out in the next one: one pipelined
    round trip to Redis carries one message per group, each holding that group's events in
    order. The channel layer's own `group_send` takes a per-connection lock for each
    PUBLISH, so a busy worker publishing one event at a time queued them for hundreds of
    milliseconds behind each other.
    """

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pid = os.getpid()
        self._lock = threading.Lock()
        self._pending: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        self._draining = False

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            # A forked child (a prefork worker) inherits the loop object but not its thread.
            if self._loop is None or not self._loop.is_running() or self._pid != os.getpid():
                self._pid = os.getpid()
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="ws-publisher", daemon=True)
                thread.start()
                self._loop = loop
                self._pending = {}
                self._draining = False
            return self._loop

    def send(self, group: str, events: list[tuple[str, dict[str, Any]]]) -> None:
        """Queue (event, payload) pairs for a group; they reach its sockets in this order."""
        if not events:
            return
        loop = self._ensure_loop()
        loop.call_soon_threadsafe(self._enqueue, group, list(events))

    def _enqueue(self, group: str, events: list[tuple[str, dict[str, Any]]]) -> None:
        # Runs in the loop's thread, as does the drain, so the two never race on `_pending`.
        self._pending.setdefault(group, []).extend(events)
        if not self._draining:
            self._draining = True
            asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        layer = get_channel_layer()
        try:
            while self._pending:
                batch, self._pending = self._pending, {}
                messages = [(group, relay_message(events)) for group, events in batch.items()]
                try:
                    if layer is not None:
                        await group_send_many(layer, messages)
                except Exception as exc:
                    # The database holds the truth; the page re-reads it on its next gap or reconnect.
                    count = sum(len(events) for events in batch.values())
                    log.warning("%d websocket event(s) were not delivered: %s", count, exc)
        finally:
            self._draining = False


async def group_send_many(layer: Any, messages: list[tuple[str, dict[str, Any]]]) -> None:
    """Send each (group, message); in one round trip where the layer can, else one by one."""
    many = getattr(layer, "group_send_many", None)
    if many is not None:
        await many(messages)
        return
    for group, message in messages:
        await layer.group_send(group, message)


def relay_message(events: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The channel-layer message for events of one group: one event, or several in one message."""
    if len(events) == 1:
        [(event, payload)] = events
        return {"type": "relay", "event": event, "payload": payload}
    return {"type": "relay.batch", "events": [{"event": e, "payload": p} for e, p in events]}


publisher = _Publisher()


def publish(group: str, event: str, payload: dict[str, Any]) -> None:
    """Send one event to a group, fire-and-forget; a broken channel layer is logged, not raised."""
    publisher.send(group, [(event, payload)])
