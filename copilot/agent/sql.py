"""The turn's hand-written statements, with table names from the models.

A turn runs them once or more each; the ORM's compile of them cost more CPU than running
them (docs/architecture.md). The trigger-kept configuration generation is migration
0007_config_generation's table.
"""

from __future__ import annotations

from copilot.models import Case, Message, Rider, Turn
from tools.models import PendingAction

TURN, CASE, RIDER, MESSAGE = (model._meta.db_table for model in (Turn, Case, Rider, Message))
ACTION = PendingAction._meta.db_table
CONFIG_GENERATION = "copilot_config_generation"  # migration 0007: no model, bumped by triggers

# The configuration's generation and the model calls the case has used, in one round trip.
CONFIG_GENERATION_AND_MODEL_CALLS = (
    f"SELECT (SELECT generation FROM {CONFIG_GENERATION} WHERE id = 1),"
    f" COALESCE(SUM(model_calls), 0) FROM {TURN} WHERE case_id = %s"
)

# Claims the turn and reads what the loop needs of it, its case, rider and message, at once;
# one statement decides, so two workers given the same turn cannot both take it.
CLAIM = f"""
WITH claimed AS (
    UPDATE {TURN} SET status = %s, heartbeat_at = %s, started_at = %s, attempts = attempts + 1
    WHERE id = %s AND (status = %s OR (status = %s AND heartbeat_at < %s))
    RETURNING id, case_id, message_id, question, created_at, seq, attempts
)
SELECT t.id, t.case_id, t.message_id, t.question, t.created_at, t.seq, t.attempts,
       c.status, c.rider_id, r.rider_id, m.text, m.created_at, c.safety_signals, c.safety_cleared_at
FROM claimed t
JOIN {CASE} c ON c.id = t.case_id
JOIN {RIDER} r ON r.id = c.rider_id
LEFT JOIN {MESSAGE} m ON m.id = t.message_id
"""
CLAIMED_TURN_FIELDS = ["id", "case_id", "message_id", "question", "created_at", "seq", "attempts"]

CONVERSATION = f"SELECT role, text, created_at FROM {MESSAGE} WHERE case_id = %s ORDER BY created_at, id"

# This run's actions, and what people decided of earlier runs' (a superseded run's undecided ones are
# withdrawn, and never part of the proposal).
ACTIONS_OF_TURN = (
    f"SELECT id, tool, params, status, verdict FROM {ACTION} "
    "WHERE turn_id = %s AND (attempt = %s OR decided_by_id IS NOT NULL) ORDER BY created_at, id"
)

# A worker process's heartbeat for every running turn it holds (copilot/agent/lease.py).
LEASE_BEAT = f"UPDATE {TURN} SET heartbeat_at = %s WHERE id = ANY(%s::uuid[]) AND status = 'running'"
