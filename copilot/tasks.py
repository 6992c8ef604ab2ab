"""Celery tasks: each fetches by id, calls a service, publishes. No logic lives here."""

from __future__ import annotations

import logging

from celery import shared_task

from copilot.models import Message
from copilot.realtime import QUEUE_GROUP, case_group, publish

log = logging.getLogger(__name__)


@shared_task(acks_late=True)
def case_message_received(message_id: int) -> None:
    """Kept for tasks queued by an earlier release; messages are now announced on commit."""
    message = Message.objects.filter(pk=message_id).select_related("case").first()
    if message is None:
        log.warning("message %s vanished before its task ran", message_id)
        return
    payload = {"case_id": message.case_id, "message_id": message.pk}
    publish(case_group(message.case_id), "message.created", payload)
    publish(QUEUE_GROUP, "queue.changed", payload)


@shared_task
def purge_expired_pii() -> int:
    from copilot.services import purge_expired_pii as purge

    return purge()


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def run_turn(turn_id: str) -> None:
    from copilot.agent.loop import turn_run

    turn_run(turn_id)


@shared_task(ignore_result=True)
def sweep_turns() -> int:
    from copilot.agent.services import turns_sweep

    return turns_sweep()


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def ingest_message(message_id: int) -> None:
    """CPU-bound redaction runs here, in the ingest worker's processes, not in web or turn threads."""
    from copilot.services import message_ingest

    message_ingest(message_id=message_id)
