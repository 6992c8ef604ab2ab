"""The intake's tasks: redact a stored message; send again what waited too long."""

from __future__ import annotations

import logging

from celery import shared_task

from copilot.intake.services import message_ingest, messages_sweep, receipts_purge
from copilot.runtime.faults import MAX_RETRIES, backoff, is_transient
from copilot.runtime.tasks import INGEST_MESSAGE, SWEEP_MESSAGES

log = logging.getLogger(__name__)


@shared_task(
    bind=True,
    name=INGEST_MESSAGE,
    acks_late=True,
    reject_on_worker_lost=True,
    ignore_result=True,
    max_retries=MAX_RETRIES,
)
def ingest_message(self, message_id: int) -> None:
    """CPU-bound redaction runs here, in the ingest worker's processes, not in web or turn threads."""
    try:
        message_ingest(message_id=message_id)
    except Exception as exc:
        # The database or Redis went away: try again in a moment rather than wait for the sweeper.
        if not is_transient(exc):
            raise
        raise self.retry(exc=exc, countdown=backoff(self.request.retries)) from exc


@shared_task(name=SWEEP_MESSAGES, ignore_result=True)
def sweep_messages() -> int:
    try:
        receipts_purge()
        return messages_sweep()
    except Exception as exc:
        if not is_transient(exc):
            raise
        # Beat sends the next sweep in seconds: one line, not a traceback every few seconds.
        log.warning("messages not swept, the database or Redis is unavailable: %s", exc)
        return 0
