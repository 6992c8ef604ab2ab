"""Every event the server sends to a page over a websocket group, with its payload: the catalogue.

Events only say that something changed (the channel layer delivers at most once); the page
re-reads the database for anything but a turn's draft and status lines. Pages receive
`{"event": NAME, "payload": {...}}`, or `{"events": [...]}` for a turn's batch. Groups:
`case-<id>` (a case page), `case-pages` (every case page) and `case-queue` (queue and supervisor pages).

An event published while a page's own request is served also carries `origin`: that page's id
(copilot/realtime/origin.py); the page does not re-read what its request's answer already showed.
"""

from __future__ import annotations

# -- to a case's group and the queue ------------------------------------------------------------
MESSAGE_CREATED = "message.created"  # {case_id, message_id}: a customer's message was stored
QUEUE_CHANGED = "queue.changed"  # {case_id, ...}: a case was opened, taken, resolved or acted on
ACTION_CHANGED = "action.changed"  # {case_id, action_id, status}: an action was decided or executed
# {case_id, change}: taken or handed over, replied to, noted, resolved, reopened by the customer, or
# its safety screen changed ("assigned", "replied", "noted", "resolved", "reopened", "safety")
CASE_CHANGED = "case.changed"

# {}: to every case page (`case-pages`): who works with the copilot changed; the page re-reads its console
ROLLOUT_CHANGED = "rollout.changed"

# {case_id, viewers: [{user_id, name}]}: who has the case open now (a page shows the others)
PRESENCE_CHANGED = "presence.changed"

# -- a turn, to its case's group; each carries {turn_id, seq} ------------------------------------
TURN_STATUS = "turn.status"  # {status, tool?}: what the copilot is doing now
TURN_DELTA = "turn.delta"  # {offset, text}: draft text to put at offset
TURN_RESET = "turn.reset"  # {}: the draft starts over (a retry or the fallback planner)
TURN_DONE = "turn.done"  # {status, actions?}: the proposal is saved
TURN_FAILED = "turn.failed"  # {status}: the turn ended without a proposal

# -- the consumer's own answers to a page's frames -----------------------------------------------
PONG = "pong"  # {}: the answer to {"type": "ping"}
RESYNC = "resync"  # {after_seq}: re-read the panel; events after after_seq follow
ERROR = "error"  # {error, detail}: the page's frame was not understood

# Every event above, by its wire name (the channel-layer types below are not events a page sees).
EVENTS = {value: name for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str)}

# Channel-layer message types (Channels calls the consumer's relay / relay_batch for them).
RELAY = "relay"
RELAY_BATCH = "relay.batch"
