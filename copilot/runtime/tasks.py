"""Every Celery task's name, declared once, and the one way services enqueue a task.

A wing's `tasks.py` imports its services (tasks are thin: fetch by id, call a service); the
services enqueue by name through `enqueue`, so they never import the tasks that import them.
The names are the ones earlier releases queued under: a task left in Redis across an upgrade
still finds its function.
"""

from __future__ import annotations

import logging

from celery import current_app

log = logging.getLogger(__name__)

INGEST_MESSAGE = "copilot.tasks.ingest_message"
SWEEP_MESSAGES = "copilot.tasks.sweep_messages"
RUN_TURN = "copilot.tasks.run_turn"
SWEEP_TURNS = "copilot.tasks.sweep_turns"
PURGE_EXPIRED_PII = "copilot.tasks.purge_expired_pii"
ANNOUNCE_EXPERIMENT_BOUNDARIES = "policies.tasks.announce_experiment_boundaries"


def enqueue(name: str, *args: object, queue: str) -> bool:
    """Send the task; False (and a warning) when the broker cannot take it: a sweeper sends
    it again once the broker is back."""
    try:
        # Our tasks keep no results; without saying so, send_task would subscribe to a result
        # channel for every task sent.
        current_app.send_task(name, args=list(args), queue=queue, ignore_result=True)
    except Exception:
        log.warning("could not enqueue %s%r; a sweeper will retry", name, args)
        return False
    return True
