"""The turn's tasks: run one turn; send again turns whose worker or enqueue was lost."""

from __future__ import annotations

from celery import shared_task

from copilot.agent.lease import holding
from copilot.agent.loop import turn_run
from copilot.agent.services import turns_sweep
from copilot.runtime.faults import MAX_RETRIES, retry_if_transient, sweep
from copilot.runtime.tasks import RUN_TURN, SWEEP_TURNS


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
        retry_if_transient(self, exc)


@shared_task(name=SWEEP_TURNS, ignore_result=True)
def sweep_turns() -> int:
    return sweep(turns_sweep, what="turns")
