"""Publishing to websocket groups from sync code (services, Celery tasks, turn threads).

The channel layer delivers at most once; every event only tells the browser that
something changed, and the browser re-reads the database, so a lost frame costs a
refresh, never data. Sends go through one background thread per process: a caller never
waits on Redis, and a Redis that is down or restarting costs a log line, not a stalled turn.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from copilot.observability import tracing
from copilot.realtime.channel_layer import PubSubChannelLayer
from copilot.realtime.events import (
    CASE_CHANGED,
    QUEUE_CHANGED,
    RELAY,
    RELAY_BATCH,
    ROLLOUT_CHANGED,
    TURN_DELTA,
    TURN_RESET,
    TURN_STATUS,
)
from copilot.realtime.origin import current_origin

log = logging.getLogger(__name__)
# A draft streams by the dozen events: their publishes join no trace (the turn's own do).
STREAMED = frozenset({TURN_DELTA, TURN_RESET, TURN_STATUS})


def case_group(case_id: int) -> str:
    return f"case-{case_id}"


QUEUE_GROUP = "case-queue"
CASE_PAGES_GROUP = "case-pages"  # every open case page, whichever case


class _Publisher:
    """One background thread per process that sends group messages, fire-and-forget.

    Everything queued while a send is in flight goes out in the next one: one pipelined
    round trip to Redis carries one message per group, each holding that group's events in
    order. The thread publishes with the blocking Redis client (`publish_many`); an
    event loop in a thread, which this was, spent several times the CPU per event.
    """

    def __init__(self) -> None:
        self._reset()
        # A forked child (a prefork worker) inherits neither the thread nor a lock it held.
        os.register_at_fork(after_in_child=self._reset)

    def _reset(self) -> None:
        self._wakeup = threading.Condition(threading.Lock())
        self._pending: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        self._traces: list[Any] = []  # the senders' trace contexts (tracing on): the publish joins them
        self._thread: threading.Thread | None = None

    def send(self, group: str, events: list[tuple[str, dict[str, Any]]]) -> None:
        """Queue (event, payload) pairs for a group; they reach its sockets in this order."""
        if not events:
            return
        with self._wakeup:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ws-publisher", daemon=True)
                self._thread.start()
            self._pending.setdefault(group, []).extend(events)
            if tracing.enabled() and any(event not in STREAMED for event, _ in events):
                self._traces.append(tracing.current_context())
            self._wakeup.notify()

    def _run(self) -> None:
        while True:
            with self._wakeup:
                while not self._pending:
                    self._wakeup.wait()
                batch, self._pending = self._pending, {}
                traces, self._traces = self._traces, []
            # Looked up per batch, not once per thread: the layer is rebuilt when its settings
            # change, and a thread holding the old one published into a server nobody listens on.
            layer = get_channel_layer()
            messages = [(group, relay_message(events)) for group, events in batch.items()]
            try:
                with tracing.spans_for("realtime.publish", traces, events=sum(map(len, batch.values()))):
                    if layer is not None:
                        publish_many(layer, messages)
            except Exception as exc:
                # The database holds the truth; the page re-reads it on its next gap or reconnect.
                count = sum(len(events) for events in batch.values())
                log.warning("%d websocket event(s) were not delivered: %s", count, exc)


def publish_many(layer: Any, messages: list[tuple[str, dict[str, Any]]]) -> None:
    """Send each (group, message), blocking; in one round trip where the layer can."""
    if isinstance(layer, PubSubChannelLayer):
        layer.publish_many(messages)
        return
    for group, message in messages:  # another layer (in memory, channels_redis.core)
        async_to_sync(layer.group_send)(group, message)


def relay_message(events: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """The channel-layer message for events of one group: one event, or several in one message."""
    if len(events) == 1:
        [(event, payload)] = events
        return {"type": RELAY, "event": event, "payload": payload}
    return {"type": RELAY_BATCH, "events": [{"event": e, "payload": p} for e, p in events]}


publisher = _Publisher()


def publish(group: str, event: str, payload: dict[str, Any]) -> None:
    """Send one event to a group, fire-and-forget; a broken channel layer is logged, not raised.

    Published while a page's own request is served, the event names that page as its `origin`.
    """
    origin = current_origin()
    publisher.send(group, [(event, {**payload, "origin": origin} if origin else payload)])


def announce_case_changed(case_id: int, change: str) -> None:
    """Every open page of the case, and the queue pages, re-read what changed (events.CASE_CHANGED)."""
    payload = {"case_id": case_id, "change": change}
    publish(case_group(case_id), CASE_CHANGED, payload)
    publish(QUEUE_GROUP, QUEUE_CHANGED, payload)


def announce_rollout_changed() -> None:
    """Every open case page re-reads its console: the copilot came or went for someone."""
    publish(CASE_PAGES_GROUP, ROLLOUT_CHANGED, {})
