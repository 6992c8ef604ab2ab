"""The supervisor queue: actions the rules send to a supervisor, decided with a reason."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from copilot import models as m
from copilot.agent.loop import turn_run
from copilot.intake.services import case_open
from tests.conftest import wait_until
from tests.factories import RiderFactory, TripFactory
from tools.approvals import action_approve
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)


def finish_turn(turn) -> None:
    """Run the turn here, or wait for the session's worker if it took the turn first."""
    turn_run(str(turn.pk))
    wait_until(lambda: m.Turn.objects.filter(pk=turn.pk, status="done").exists(), timeout=60)


@pytest.fixture
def over_limit(agent):
    rider = RiderFactory()
    trip = TripFactory(rider=rider, upfront_fare=Decimal("40.00"), fare="120.00", actual_distance_km=20.0)
    case = case_open(
        rider=rider, text=f"Massive detour on trip {str(trip.trip_id)[:8]}, I paid 120 instead of 40!"
    )
    case.assignee = agent
    case.save()
    finish_turn(m.Turn.objects.get(case=case))
    action = PendingAction.objects.get(case=case)
    assert action.verdict["verdict"] == "needs_supervisor"
    return action


def test_an_over_limit_refund_waits_in_the_supervisor_queue_and_the_supervisor_approves_it(
    client, agent, supervisor, over_limit
):
    action_approve(action_id=over_limit.pk, user=agent)  # the agent's approval is not enough
    client.force_login(supervisor)
    page = client.get(reverse("supervisor-queue")).content.decode()
    assert f'id="sv-action-{over_limit.pk}"' in page and "P10" in page
    response = client.post(
        reverse("supervisor-decide", args=[over_limit.pk, "approve"]), {"reason_text": "ok"}
    )
    assert response.status_code == 200
    over_limit.refresh_from_db()
    assert over_limit.status == "executed"
    assert m.Refund.objects.filter(refund_id=f"rf_act{over_limit.pk}", amount=Decimal("80.00")).count() == 1
    assert f'id="sv-action-{over_limit.pk}"' not in response.content.decode()


def test_a_supervisor_rejection_needs_a_reason(client, supervisor, over_limit):
    client.force_login(supervisor)
    response = client.post(reverse("supervisor-decide", args=[over_limit.pk, "reject"]), {"reason_code": ""})
    assert response.status_code == 400 and "Say why" in response.content.decode()


@pytest.mark.parametrize("persona", ["agent", "analyst", "admin_user", "outsider"])
def test_only_supervisors_see_the_supervisor_queue(client, persona, request, over_limit):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("supervisor-queue")).status_code == 403
    assert client.post(reverse("supervisor-decide", args=[over_limit.pk, "approve"])).status_code == 403
    over_limit.refresh_from_db()
    assert over_limit.status == "pending"
