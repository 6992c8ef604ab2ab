"""The intake's tasks: redact a stored message; send again what waited too long."""

from __future__ import annotations

from celery import shared_task

from copilot.intake.services import message_ingest, messages_sweep
from copilot.runtime.tasks import INGEST_MESSAGE, SWEEP_MESSAGES


@shared_task(name=INGEST_MESSAGE, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def ingest_message(message_id: int) -> None:
    """CPU-bound redaction runs here, in the ingest worker's processes, not in web or turn threads."""
    message_ingest(message_id=message_id)


@shared_task(name=SWEEP_MESSAGES, ignore_result=True)
def sweep_messages() -> int:
    return messages_sweep()
