"""Streaming a turn to the agent's page: status lines and draft tokens, coalesced, numbered.

Events go to the case's websocket group through the process's publisher (copilot.realtime.publisher),
so a turn never waits on Redis to publish. Every event carries the turn's sequence number; draft
deltas carry their offset in the draft. The channel layer may drop frames; the page
re-reads the turn from the database when it sees a gap, and the partial draft is saved
there every half second while it grows, so nothing the agent needs lives only in a frame.
A turn whose draft has not changed is saved only as a heartbeat, every HEARTBEAT_SECONDS; in a
worker, what keeps a turn from being taken for abandoned is its worker's lease (lease.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from copilot.realtime import events
from copilot.realtime.publisher import case_group, publisher

log = logging.getLogger(__name__)

COALESCE_SECONDS = 0.05
SAVE_SECONDS = 0.5
HEARTBEAT_SECONDS = 15.0


class TurnStream:
    """Numbered, coalesced events of one turn; `save` persists the partial draft.

    Events wait in an outbox and go out together at `flush()`, which the loop calls before
    anything that may take time (a model call, tools) and at the end, and which draft tokens
    trigger at most every COALESCE_SECONDS (the first token at once). So a status that is
    replaced a millisecond later costs no message of its own, and nothing shown waits.
    """

    def __init__(
        self,
        *,
        case_id: int,
        turn_id: str,
        seq: int = 0,
        save=None,
        clock: Callable[[], float] = time.monotonic,
        drafting: bool = True,
        fence_seconds: float | None = None,
    ) -> None:
        self._clock = clock  # seconds, monotonic
        # A follow-up question's answer is for the agent, not a draft: it never streams into the
        # draft box (the page shows it with the question once the turn is done).
        self.drafting = drafting
        self.group = case_group(case_id)
        self.turn_id = turn_id
        self.seq = seq
        self.draft = ""
        self._outbox: list[tuple[str, dict[str, Any]]] = []
        self._pending = ""
        self._pending_offset = 0
        self._last_flush = 0.0
        self._last_save = clock()  # the claim saved the turn just before
        self._saved_draft = ""
        self._save = save  # callable(draft, seq): the partial draft, or a heartbeat
        # The save is the turn's fence (copilot.agent.loop._turn_update: it raises when another run
        # holds the turn). A run frozen longer than this may have been replaced: it saves, and so
        # learns it, before it publishes anything.
        self._fence_seconds = fence_seconds
        self.first_token_at: float | None = None

    def _emit(self, event: str, payload: dict[str, Any]) -> None:
        self._take_pending()
        self.seq += 1
        self._outbox.append((event, {"turn_id": self.turn_id, "seq": self.seq, **payload}))

    def _take_pending(self) -> None:
        if self._pending:
            text, self._pending = self._pending, ""
            self.seq += 1
            self._outbox.append(
                (
                    events.TURN_DELTA,
                    {"turn_id": self.turn_id, "seq": self.seq, "offset": self._pending_offset, "text": text},
                )
            )

    def status(self, text: str, **extra: Any) -> None:
        self._emit(events.TURN_STATUS, {"status": text, **extra})

    def token(self, text: str) -> None:
        if not text or not self.drafting:
            return
        first = self.first_token_at is None
        if first:
            self.first_token_at = self._clock()
        if not self._pending:
            self._pending_offset = len(self.draft)
        self._pending += text
        self.draft += text
        now = self._clock()
        if first or now - self._last_flush >= COALESCE_SECONDS:
            self.flush(now=now)

    def reset_draft(self) -> None:
        """The model started over (a retry or a fallback): the page clears what it showed."""
        if not self.drafting:
            return
        self._take_pending()
        self.draft = ""
        self._emit(events.TURN_RESET, {})

    def settle(self, draft: str) -> None:
        """The turn's final draft is saved by the caller: later flushes save nothing over it."""
        self._take_pending()
        self.draft = self._saved_draft = draft

    def flush(self, *, now: float | None = None) -> None:
        """Send what waits in the outbox (and save the partial draft every SAVE_SECONDS)."""
        now = now or self._clock()
        self._take_pending()
        every = SAVE_SECONDS if self._draft_changed() else HEARTBEAT_SECONDS
        if self._fence_seconds is not None:
            every = min(every, self._fence_seconds)
        self._save_if(now - self._last_save >= every, now=now)
        if self._outbox:
            publisher.send(self.group, self._outbox)
            self._outbox = []
            self._last_flush = now

    def checkpoint(self) -> None:
        """After a model call: save the partial draft if it changed, or a heartbeat if one is due."""
        now = self._clock()
        self._save_if(self._draft_changed() or now - self._last_save >= HEARTBEAT_SECONDS, now=now)

    def _draft_changed(self) -> bool:
        return self.draft != self._saved_draft

    def _save_if(self, due: bool, *, now: float) -> None:
        if self._save and due:
            self._last_save = now
            self._saved_draft = self.draft
            self._save(self.draft, self.seq)

    def event(self, name: str, payload: dict[str, Any]) -> None:
        self._emit(name, payload)
        self.flush()
