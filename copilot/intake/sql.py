"""The intake's hand-written statements, with table names from the models.

They are written out because the inbound POST (Daphne's single process) and the ingest run
once per customer message, and the ORM's compile of them cost more CPU than running them
(docs/architecture.md). tests/test_architecture.py checks that each INSERT names every column
that has no default.
"""

from __future__ import annotations

from copilot.models import Case, CaseVault, InboundReceipt, Message, Rider

MESSAGE, CASE, RIDER, VAULT = (model._meta.db_table for model in (Message, Case, Rider, CaseVault))
RECEIPT = InboundReceipt._meta.db_table

# A message to an open case: checks that the case is the rider's and stores the message (its
# original encrypted, its text empty until the ingest redacts it) in one statement.
RECEIVE_FOR_CASE = f"""
INSERT INTO {MESSAGE} (case_id, role, text, raw_text, override_reason, author_id, created_at)
SELECT c.id, %s, '', %s, '', NULL, %s
FROM {CASE} c JOIN {RIDER} r ON r.id = c.rider_id
WHERE c.id = %s AND r.rider_id = %s
RETURNING id
"""
# In a burst most ingest tasks find their message redacted by another's batch: this says so.
MESSAGE_STATE = f"SELECT case_id, text FROM {MESSAGE} WHERE id = %s"
WAITING_OF_OTHER_CASES = f"""
    SELECT id, case_id FROM {MESSAGE}
    WHERE role = 'customer' AND text = '' AND raw_text <> '' AND id <> %s
    ORDER BY id LIMIT %s
"""
# Rows another process is redacting right now are skipped, not waited for.
LOCK_BATCH = f"""
    SELECT m.*, c.status AS case_status FROM {MESSAGE} m JOIN {CASE} c ON c.id = m.case_id
    WHERE m.id = ANY(%s) AND m.role = 'customer' AND m.text = '' AND m.raw_text <> ''
    ORDER BY m.id FOR UPDATE OF m SKIP LOCKED
"""
CREATE_VAULTS = f"""
    INSERT INTO {VAULT} (case_id, mapping, updated_at) SELECT unnest(%s::bigint[]), '', %s
    ON CONFLICT (case_id) DO NOTHING
"""
LOCK_VAULTS = f"SELECT * FROM {VAULT} WHERE case_id = ANY(%s) ORDER BY case_id FOR UPDATE"
# One pipelined statement per table: `bulk_update` builds a CASE expression per row.
SAVE_VAULT = f"UPDATE {VAULT} SET mapping = %s, updated_at = %s WHERE id = %s"
SAVE_REDACTED_TEXT = f"UPDATE {MESSAGE} SET text = %s WHERE id = %s"
# A sender's idempotency key, taken by the first request that carries it; a second request with
# the same key waits here until the first commits (then gets nothing back) or rolls back.
CLAIM_RECEIPT = f"""
INSERT INTO {RECEIPT} (key, fingerprint, case_id, message_id, created_at) VALUES (%s, %s, NULL, NULL, %s)
ON CONFLICT (key) DO NOTHING
RETURNING id
"""
