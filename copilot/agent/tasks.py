"""The turn's tasks: run one turn; send again turns whose worker or enqueue was lost."""

from __future__ import annotations

from celery import shared_task

from copilot.agent.loop import turn_run
from copilot.agent.services import turns_sweep
from copilot.runtime.tasks import RUN_TURN, SWEEP_TURNS


@shared_task(name=RUN_TURN, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def run_turn(turn_id: str) -> None:
    turn_run(turn_id)


@shared_task(name=SWEEP_TURNS, ignore_result=True)
def sweep_turns() -> int:
    return turns_sweep()
