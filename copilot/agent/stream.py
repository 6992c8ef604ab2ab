"""Streaming a turn to the agent's page: status lines and draft tokens, coalesced, numbered.

Events go to the case's websocket group through one asyncio loop per process, so a turn
never waits on Redis to publish. Every event carries the turn's sequence number; draft
deltas carry their offset in the draft. The channel layer may drop frames; the page
re-reads the turn from the database when it sees a gap, and the partial draft is saved
there every half second, so nothing the agent needs lives only in a frame.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any

from channels.layers import get_channel_layer

from copilot.realtime import case_group

log = logging.getLogger(__name__)

COALESCE_SECONDS = 0.05
SAVE_SECONDS = 0.5


class _Publisher:
    """One background event loop per process that sends group messages, fire-and-forget.

    Events of one group are sent one after another, in order; different groups proceed
    concurrently, so a busy case never holds up another.
    """

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()
        self._queues: dict[str, asyncio.Queue] = {}

    def _ensure_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None or not self._loop.is_running():
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="ws-publisher", daemon=True)
                thread.start()
                self._loop = loop
                self._queues = {}
            return self._loop

    def send(self, group: str, event: str, payload: dict[str, Any]) -> None:
        message = {"type": "relay", "event": event, "payload": payload}
        loop = self._ensure_loop()
        loop.call_soon_threadsafe(self._enqueue, group, message)

    def _enqueue(self, group: str, message: dict[str, Any]) -> None:
        queue = self._queues.get(group)
        if queue is None:
            queue = self._queues[group] = asyncio.Queue()
            asyncio.get_running_loop().create_task(self._drain(group, queue))
        queue.put_nowait(message)

    async def _drain(self, group: str, queue: asyncio.Queue) -> None:
        layer = get_channel_layer()
        while not queue.empty():
            message = queue.get_nowait()
            try:
                if layer is not None:
                    await layer.group_send(group, message)
            except Exception as exc:
                # The database holds the truth; the page re-reads it on its next gap or reconnect.
                log.warning("a websocket event was not delivered: %s", exc)
        # Emptied within this loop's thread, so no message can slip in between check and removal.
        del self._queues[group]


publisher = _Publisher()


class TurnStream:
    """Numbered, coalesced events of one turn; `save` persists the partial draft."""

    def __init__(self, *, case_id: int, turn_id: str, seq: int = 0, save=None) -> None:
        self.group = case_group(case_id)
        self.turn_id = turn_id
        self.seq = seq
        self.draft = ""
        self._pending = ""
        self._pending_offset = 0
        self._last_flush = 0.0
        self._last_save = time.monotonic()
        self._save = save  # callable(draft, seq), called at most every SAVE_SECONDS
        self.first_token_at: float | None = None

    def _emit(self, event: str, payload: dict[str, Any]) -> None:
        self.seq += 1
        publisher.send(self.group, event, {"turn_id": self.turn_id, "seq": self.seq, **payload})

    def status(self, text: str, **extra: Any) -> None:
        self.flush()
        self._emit("turn.status", {"status": text, **extra})

    def token(self, text: str) -> None:
        if not text:
            return
        if self.first_token_at is None:
            self.first_token_at = time.monotonic()
        if not self._pending:
            self._pending_offset = len(self.draft)
        self._pending += text
        self.draft += text
        now = time.monotonic()
        if now - self._last_flush >= COALESCE_SECONDS:
            self.flush(now=now)

    def reset_draft(self) -> None:
        """The model started over (a retry or a fallback): the page clears what it showed."""
        self.flush()
        self.draft = ""
        self._emit("turn.reset", {})

    def flush(self, *, now: float | None = None) -> None:
        if self._pending:
            self._emit("turn.delta", {"offset": self._pending_offset, "text": self._pending})
            self._pending = ""
            self._last_flush = now or time.monotonic()
        if self._save and (now or time.monotonic()) - self._last_save >= SAVE_SECONDS:
            self._last_save = now or time.monotonic()
            self._save(self.draft, self.seq)

    def event(self, name: str, payload: dict[str, Any]) -> None:
        self.flush()
        self._emit(name, payload)
