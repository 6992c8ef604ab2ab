"""Turns in real worker processes: a customer message becomes a proposal; a killed worker loses nothing."""

from __future__ import annotations

import os
import signal
import time

import pytest

from copilot.agent.services import turns_sweep
from copilot.agent.tasks import run_turn
from copilot.intake.services import case_open
from copilot.models import Turn
from tests.agent.conftest import new_turn
from tests.agent.scripted_server import final
from tests.conftest import start_worker, stop_worker, wait_until
from tools.models import PendingAction

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_customer_message_becomes_a_proposal_in_the_worker(celery_worker_process, rider, long_trip):
    case = case_open(rider=rider, text=f"Driver took a massive detour on trip {str(long_trip.trip_id)[:8]}!!")
    turn = wait_until(
        lambda: Turn.objects.filter(case=case, status__in=["done", "failed"]).first(), timeout=60
    )
    assert turn.status == "done", turn.error
    assert turn.provider == "offline"
    [action] = turn.proposal["actions"]
    assert (action["params"]["amount"], action["verdict"]) == ("18.00", "allowed")


def test_a_worker_killed_mid_turn_loses_nothing_and_runs_nothing_twice(
    test_database_url, tmp_path, model_server, settings, rider, long_trip
):
    # A queue of its own, so the session's worker cannot take this turn.
    queue = f"turns-kill-{os.getpid()}"
    settings.COPILOT_TURN_QUEUE = queue
    hung = []

    def respond(body):
        if not hung:
            hung.append(True)
            return {"hang": 60}  # the first worker dies while it waits here
        return final("Thanks, we have looked into your detour.")

    model_server.responder = respond
    env = {
        "COPILOT_PROVIDER": "openai",
        "OPENAI_BASE_URL": model_server.url,
        "OPENAI_API_KEY": "sk-test",
        "COPILOT_MODEL_TIMEOUT_SECONDS": "120",
    }

    def worker(name):
        return start_worker(test_database_url, tmp_path / f"{name}.log", name=name, **env)

    doomed = worker("doomed")
    turn = new_turn(rider, f"Detour on trip {str(long_trip.trip_id)[:8]}, please check.")
    from copilot.celery import app

    app.control.add_consumer(
        queue, destination=[h for r in app.control.ping(timeout=1) for h in r if "doomed" in h]
    )
    run_turn.apply_async(args=[str(turn.pk)], queue=queue)
    wait_until(lambda: Turn.objects.get(pk=turn.pk).status == "running" and model_server.requests, timeout=30)
    os.killpg(doomed.pid, signal.SIGKILL)
    killed_at = time.monotonic()
    doomed.wait()

    second = worker("rescuer")
    try:
        app.control.add_consumer(
            queue, destination=[h for r in app.control.ping(timeout=1) for h in r if "rescuer" in h]
        )
        wait_until(lambda: turns_sweep() > 0, timeout=20, interval=0.5)
        done = wait_until(lambda: Turn.objects.filter(pk=turn.pk, status="done").first(), timeout=60)
        recovered_in = time.monotonic() - killed_at
    finally:
        stop_worker(second)
    # With the default heartbeat (3 s) and stale limit (12 s): seconds, not the minutes it used to take.
    assert recovered_in < 2 * settings.COPILOT_TURN_STALE_SECONDS + 10, recovered_in
    assert done.attempts == 2
    assert done.draft == "Thanks, we have looked into your detour."
    assert PendingAction.objects.filter(turn_id=str(turn.pk)).count() == 0
    # The turn is claimed once per attempt: a late redelivery of the first message finds it done.
    run_turn.apply(args=[str(turn.pk)])
    assert Turn.objects.get(pk=turn.pk).attempts == 2
