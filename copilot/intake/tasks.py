"""The intake's tasks: redact a stored message; send again what waited too long."""

from __future__ import annotations

from celery import shared_task

from copilot.intake.services import message_ingest, messages_sweep, receipts_purge
from copilot.runtime.faults import MAX_RETRIES, retry_if_transient, sweep
from copilot.runtime.tasks import INGEST_MESSAGE, SWEEP_MESSAGES


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
        retry_if_transient(self, exc)


def _sweep_messages() -> int:
    receipts_purge()
    return messages_sweep()


@shared_task(name=SWEEP_MESSAGES, ignore_result=True)
def sweep_messages() -> int:
    return sweep(_sweep_messages, what="messages")
