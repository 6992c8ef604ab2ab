"""The turn's tasks: run one turn; send again turns whose worker or enqueue was lost."""

from __future__ import annotations

import logging

from celery import shared_task

from copilot.agent.lease import holding
from copilot.agent.loop import turn_run
from copilot.agent.services import turns_sweep
from copilot.runtime.faults import MAX_RETRIES, backoff, is_transient
from copilot.runtime.tasks import RUN_TURN, SWEEP_TURNS

log = logging.getLogger(__name__)


@shared_task(
    bind=True,
    name=RUN_TURN,
    acks_late=True,
    reject_on_worker_lost=True,
    ignore_result=True,
    max_retries=MAX_RETRIES,
)
def run_turn(self, turn_id: str) -> None:
    last_try = self.request.retries >= self.max_retries
    try:
        with holding(turn_id):
            turn_run(turn_id, retry_infrastructure=not last_try)
    except Exception as exc:
        # The database or Redis went away: the turn is not failed, it runs again a moment later.
        if last_try or not is_transient(exc):
            raise
        raise self.retry(exc=exc, countdown=backoff(self.request.retries)) from exc


@shared_task(name=SWEEP_TURNS, ignore_result=True)
def sweep_turns() -> int:
    try:
        return turns_sweep()
    except Exception as exc:
        if not is_transient(exc):
            raise
        # Beat sends the next sweep in seconds: one line, not a traceback every few seconds.
        log.warning("turns not swept, the database or Redis is unavailable: %s", exc)
        return 0
