"""Recovery from a single fault with real worker processes: a PostgreSQL outage mid-turn and
mid-redaction, a slow model longer than the stale limit. Nothing is lost, nothing runs twice,
and nobody has to regenerate a turn the infrastructure interrupted."""

from __future__ import annotations

import os
import signal
import time
from contextlib import contextmanager

import psycopg
import psycopg.errors
import pytest
from django.db import connection

from copilot.agent.lease import held, holding
from copilot.agent.loop import TurnInterrupted, turn_run
from copilot.agent.services import turns_sweep
from copilot.agent.tasks import run_turn
from copilot.celery import app
from copilot.intake.services import case_open, message_receive_for_case, messages_sweep
from copilot.models import CaseVault, Message, Turn
from copilot.runtime.faults import is_transient
from tests.agent.conftest import new_turn
from tests.agent.scripted_server import final
from tests.conftest import database_down, start_worker, stop_worker, wait_until
from tests.factories import CaseFactory
from tools.models import PendingAction

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def own_queues(settings):
    """Queues only this test's worker reads (the session's worker must not take its tasks)."""
    suffix = f"{os.getpid()}-{time.monotonic_ns()}"
    settings.COPILOT_TURN_QUEUE = f"turns-recovery-{suffix}"
    settings.COPILOT_INGEST_QUEUE = f"ingest-recovery-{suffix}"
    return [settings.COPILOT_TURN_QUEUE, settings.COPILOT_INGEST_QUEUE]


@contextmanager
def worker(test_database_url, tmp_path, queues, name, **env):
    process = start_worker(test_database_url, tmp_path / f"{name}.log", name=name, **env)
    try:
        hosts = [h for reply in app.control.ping(timeout=1) for h in reply if name in h]
        for queue in queues:
            app.control.add_consumer(queue, destination=hosts, reply=True)
        yield process
    finally:
        stop_worker(process)


def test_a_turn_waiting_on_a_slow_model_keeps_its_lease_and_is_not_run_twice(
    test_database_url, tmp_path, own_queues, model_server, settings, rider, long_trip
):
    # A stale limit of 2 s: a model answering after 5 s outlasts it twice over.
    settings.COPILOT_TURN_STALE_SECONDS = 2.0
    model_server.responder = lambda body: final("Thanks, we have looked into your detour.", delay=5)
    env = {
        "COPILOT_PROVIDER": "openai",
        "OPENAI_BASE_URL": model_server.url,
        "OPENAI_API_KEY": "sk-test",
        "COPILOT_TURN_HEARTBEAT_SECONDS": "0.5",
        "COPILOT_MODEL_TIMEOUT_SECONDS": "30",
    }
    with worker(test_database_url, tmp_path, own_queues, "patient", **env):
        turn = new_turn(rider, "Where is my receipt for the last ride?")
        run_turn.apply_async(args=[str(turn.pk)], queue=settings.COPILOT_TURN_QUEUE)
        swept = 0
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and Turn.objects.get(pk=turn.pk).status != "done":
            swept += turns_sweep()  # as beat would, every half second
            time.sleep(0.5)
    turn = Turn.objects.get(pk=turn.pk)
    assert turn.status == "done", turn.error
    assert (swept, turn.attempts, len(model_server.requests)) == (0, 1, 1)


def test_a_database_outage_mid_turn_and_mid_redaction_is_ridden_out_without_a_failed_turn(
    test_database_url, tmp_path, own_queues, model_server, settings, rider, long_trip
):
    calls = []

    def respond(body):
        calls.append(time.monotonic())
        # The first answer comes while the database is down; the turn meets the outage after it.
        return final("Thanks, we have looked into your detour.", delay=3 if len(calls) == 1 else 0)

    model_server.responder = respond
    env = {
        "COPILOT_PROVIDER": "openai",
        "OPENAI_BASE_URL": model_server.url,
        "OPENAI_API_KEY": "sk-test",
        "COPILOT_TURN_HEARTBEAT_SECONDS": "0.5",
        "DATABASE_POOL_TIMEOUT_SECONDS": "1",
    }
    with worker(test_database_url, tmp_path, own_queues, "outage", **env):
        turn = new_turn(rider, f"Detour on trip {str(long_trip.trip_id)[:8]}, please check.")
        run_turn.apply_async(args=[str(turn.pk)], queue=settings.COPILOT_TURN_QUEUE)
        wait_until(lambda: calls, timeout=30)
        with database_down():
            # A customer writes while the database restarts (this test's session still writes).
            case = case_open(
                rider=rider, text="Hi, I am Maria Lopez, my phone is 415-555-0133", defer_redaction=True
            )
            time.sleep(6)
        message = case.messages.get()
        redacted = wait_until(
            lambda: Message.objects.filter(pk=message.pk).exclude(text="").first(), timeout=60
        )
        done = wait_until(
            lambda: Turn.objects.filter(pk=turn.pk, status__in=["done", "failed"]).first(), timeout=60
        )
    assert done.status == "done", done.error
    assert "Maria Lopez" not in redacted.text and "415-555-0133" not in redacted.text
    assert done.attempts >= 2  # interrupted, then run again: not failed for an agent to regenerate
    assert PendingAction.objects.filter(turn_id=str(turn.pk)).count() <= 1
    assert Turn.objects.filter(case=case, status="failed").count() == 0


def _database_gone(*_args, **_kwargs):
    raise psycopg.OperationalError("terminating connection due to administrator command")


def test_a_turn_the_database_interrupts_goes_back_to_the_queue_instead_of_failing(
    monkeypatch, rider, long_trip
):
    turn = new_turn(rider, f"Detour on trip {str(long_trip.trip_id)[:8]}, please check.")
    monkeypatch.setattr("copilot.agent.loop.execute_tool_calls", _database_gone)
    with pytest.raises(TurnInterrupted):
        turn_run(str(turn.pk), retry_infrastructure=True)
    assert Turn.objects.get(pk=turn.pk).status == "queued"

    monkeypatch.undo()
    turn_run(str(turn.pk))
    assert (Turn.objects.get(pk=turn.pk).status, Turn.objects.get(pk=turn.pk).attempts) == ("done", 2)


def test_on_its_last_try_or_outside_a_worker_an_interrupted_turn_fails_visibly(monkeypatch, rider, long_trip):
    turn = new_turn(rider, f"Detour on trip {str(long_trip.trip_id)[:8]}, please check.")
    monkeypatch.setattr("copilot.agent.loop.execute_tool_calls", _database_gone)
    turn_run(str(turn.pk))
    assert Turn.objects.get(pk=turn.pk).status == "failed"


def test_an_ingest_worker_killed_mid_redaction_loses_nothing_and_the_sweeper_has_the_message_redacted(
    test_database_url, tmp_path, own_queues, settings, rider
):

    case = CaseFactory(rider=rider)
    CaseVault.objects.create(case=case, mapping="")
    params = connection.settings_dict
    holder = psycopg.connect(
        dbname=params["NAME"], user=params["USER"], host=params["HOST"], port=params["PORT"]
    )
    # The worker's redaction waits on this lock of the case's vault: killed there, mid-task, its
    # task unacknowledged (Redis gives such a task back only after its visibility timeout).
    try:
        holder.execute("SELECT id FROM copilot_casevault WHERE case_id = %s FOR UPDATE", [case.pk])
        with worker(test_database_url, tmp_path, own_queues, "doomed-ingest") as doomed:
            message_id = message_receive_for_case(
                case_id=case.pk, rider_id=rider.rider_id, text="I am Maria Lopez, call me on 415-555-0133"
            )
            wait_until(lambda: _waiting_on_a_lock(params["NAME"]), timeout=30)
            os.killpg(doomed.pid, signal.SIGKILL)
            doomed.wait()
    finally:
        holder.rollback()
        holder.close()
    killed_at = time.monotonic()
    with worker(test_database_url, tmp_path, own_queues, "rescuer-ingest"):

        def redacted():
            messages_sweep()  # as beat does, every few seconds
            return Message.objects.filter(pk=message_id).exclude(text="").first()

        message = wait_until(redacted, timeout=60, interval=1.0)
    assert "Maria Lopez" not in message.text and "415-555-0133" not in message.text
    # The sweeper sent it again: Redis alone would have given the task back only after its
    # visibility timeout (an hour). How many seconds it takes is bench_faults.py's to measure,
    # on a machine that is not running other tests.
    assert time.monotonic() - killed_at < settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] / 10
    assert Message.objects.filter(case=case).count() == 1


def _waiting_on_a_lock(database: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'",
            [database],
        )
        return cursor.fetchone()[0] > 0


def test_a_second_delivery_of_a_running_turn_does_not_end_the_first_ones_lease():
    with holding("turn-x"):
        with holding("turn-x"):  # the copy: its claim finds the turn taken and it leaves
            pass
        assert "turn-x" in held()
    assert "turn-x" not in held()


def test_an_error_of_the_statement_itself_is_not_taken_for_the_infrastructure():
    assert is_transient(psycopg.OperationalError("server closed the connection unexpectedly"))
    assert not is_transient(psycopg.errors.QueryCanceled("canceling statement due to statement timeout"))
    assert not is_transient(ValueError("a bug"))
