"""A run the sweeper took for dead that wakes up after the turn ran again: it writes nothing over
the new run and leaves no proposal behind; nobody may approve what a superseded run proposed."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from copilot.agent.loop import turn_run
from copilot.models import Turn
from tests.agent.conftest import new_turn
from tests.agent.scripted_server import final, tools
from tests.conftest import wait_until
from tools.approvals import ActionError, action_approve
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)

CURRENT = "I'm sorry about the detour. A refund of $18.00 has been proposed for review."
STALE = "A draft written by the run that was taken for dead."


def _refund(trip) -> dict:
    return {"trip_id": str(trip.trip_id), "kind": "refund", "reason": "route_deviation", "amount": "18.00"}


def _in_thread(target) -> threading.Thread:
    def run() -> None:
        try:
            target()
        finally:
            connection.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_run_that_wakes_after_its_turn_ran_again_overwrites_nothing_and_withdraws_its_proposal(
    use_model, settings, rider, long_trip
):
    settings.COPILOT_MODEL_TIMEOUT_SECONDS = 30  # the first run's model call is held, not timed out
    frozen = threading.Event()
    calls: list[int] = []

    def respond(body: dict) -> dict:
        calls.append(len(calls) + 1)
        number = len(calls)
        if number == 1:  # the first run: its process freezes while the model answers
            frozen.wait(30)
            return tools(("issue_refund", _refund(long_trip)))
        if number == 2:
            return tools(("issue_refund", _refund(long_trip)))
        return final(CURRENT if number == 3 else STALE)

    use_model.responder = respond
    turn = new_turn(rider, f"Huge detour on trip {str(long_trip.trip_id)[:8]}, I want my money back.")
    first = _in_thread(lambda: turn_run(str(turn.pk)))
    wait_until(lambda: len(calls) == 1, timeout=30)

    # Its heartbeat stops; the sweeper's claim finds the lease stale and the turn runs again.
    stale = timezone.now() - timedelta(seconds=settings.COPILOT_TURN_STALE_SECONDS + 1)
    Turn.objects.filter(pk=turn.pk).update(heartbeat_at=stale)
    turn_run(str(turn.pk))
    current = Turn.objects.get(pk=turn.pk)
    assert (current.status, current.attempts, current.draft) == ("done", 2, CURRENT)
    [proposed] = PendingAction.objects.filter(turn_id=str(turn.pk))
    assert proposed.attempt == 2

    frozen.set()  # the first run wakes, proposes, and finds the turn is no longer its own
    first.join(30)
    assert not first.is_alive()
    after = Turn.objects.get(pk=turn.pk)
    assert (after.status, after.attempts, after.draft, after.proposal) == (
        "done",
        2,
        CURRENT,
        current.proposal,
    )
    assert list(PendingAction.objects.filter(turn_id=str(turn.pk))) == [proposed]
    assert len(calls) >= 3


def test_a_proposal_of_a_superseded_run_cannot_be_approved(use_model, rider, long_trip, agent):
    use_model.script(tools(("issue_refund", _refund(long_trip))), final(CURRENT))
    turn = new_turn(rider, f"Huge detour on trip {str(long_trip.trip_id)[:8]}.")
    turn_run(str(turn.pk))
    [action] = PendingAction.objects.filter(turn_id=str(turn.pk))
    # A later run of the turn (its worker was taken for dead) holds the turn now.
    Turn.objects.filter(pk=turn.pk).update(attempts=2)
    with pytest.raises(ActionError, match="newer run"):
        action_approve(action_id=action.pk, user=agent)
    action.refresh_from_db()
    assert action.status == "pending" and action.executed_at is None
