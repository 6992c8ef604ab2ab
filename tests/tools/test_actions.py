"""Gated actions: proposed without effect, judged twice, executed at most once after approval."""

from __future__ import annotations

import json
import threading
from decimal import Decimal

import pytest
from django.db import connections

from copilot import models as m
from tests.tools.conftest import add_refund, call, make_ctx
from tools.approvals import action_approve, action_reject
from tools.base import ActionError
from tools.executor import execute_tool_calls
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)


def propose_refund(case, trip, amount="18.00", *, call_id=None, reason="route_deviation", kind="refund"):
    arguments = {"trip_id": str(trip.trip_id), "kind": kind, "reason": reason, "amount": amount}
    [outcome] = execute_tool_calls(make_ctx(case), [call("issue_refund", json.dumps(arguments), call_id)])
    return outcome


def test_a_proposed_refund_moves_no_money_and_carries_the_rules_verdict(case, long_trip):
    outcome = propose_refund(case, long_trip)
    assert outcome.ok, outcome.result
    assert outcome.result["status"] == "pending"
    assert (outcome.result["verdict"], outcome.result["max_amount"], outcome.result["rules"]) == (
        "allowed",
        "18.00",
        ["P3"],
    )
    action = PendingAction.objects.get()
    assert action.verdict["policy_version"] == "ride-refunds@1"
    assert not m.Refund.objects.exists()


def test_a_proposal_the_rules_deny_is_recorded_as_denied_with_a_hint(case, long_trip):
    outcome = propose_refund(case, long_trip, amount="200.00")
    assert (outcome.result["status"], outcome.result["verdict"]) == ("denied", "denied")
    assert "do not promise" in outcome.result["hint"]
    with pytest.raises(ActionError, match="denied by the rules"):
        action_approve(action_id=outcome.result["action_id"], user=None)


def test_approving_twice_executes_once(case, long_trip, agent):
    action_id = propose_refund(case, long_trip).result["action_id"]
    first = action_approve(action_id=action_id, user=agent)
    again = action_approve(action_id=action_id, user=agent)
    assert first.status == again.status == "executed"
    assert first.result == again.result
    assert m.Refund.objects.get().amount == Decimal("18.00")


def test_two_concurrent_approvals_produce_exactly_one_refund(case, long_trip, agent, agent2):
    action_id = propose_refund(case, long_trip).result["action_id"]
    barrier = threading.Barrier(2)
    results, errors = [], []

    def approve(user):
        try:
            barrier.wait()
            results.append(action_approve(action_id=action_id, user=user).status)
        except Exception as exc:  # collected and asserted on below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(u,)) for u in (agent, agent2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert results == ["executed", "executed"]
    assert m.Refund.objects.count() == 1


def test_a_repeated_call_returns_the_first_proposal(case, long_trip):
    first = propose_refund(case, long_trip, call_id="call_same")
    again = propose_refund(case, long_trip, call_id="call_same")
    assert first.result["action_id"] == again.result["action_id"]
    assert PendingAction.objects.count() == 1


def test_a_key_reused_with_other_parameters_is_an_error(case, long_trip):
    propose_refund(case, long_trip, call_id="call_same")
    outcome = propose_refund(case, long_trip, amount="10.00", call_id="call_same")
    assert outcome.error_type == "conflict"
    assert PendingAction.objects.get().params["amount"] == "18.00"


def test_an_agent_cannot_approve_over_the_limit_and_a_supervisor_can(case, rider, agent, supervisor):
    from tests.factories import TripFactory

    trip = TripFactory(rider=rider, upfront_fare=Decimal("40.00"), fare="120.00", actual_distance_km=20.0)
    outcome = propose_refund(case, trip, amount="80.00")
    assert outcome.result["verdict"] == "needs_supervisor"
    assert outcome.result["rules"] == ["P3", "P10"]
    waiting = action_approve(action_id=outcome.result["action_id"], user=agent)
    assert waiting.status == "waiting_supervisor"
    assert not m.Refund.objects.exists()
    done = action_approve(
        action_id=outcome.result["action_id"], user=supervisor, reason="long detour confirmed"
    )
    assert done.status == "executed"
    assert m.Refund.objects.get().amount == Decimal("80.00")


def test_approval_judges_again_on_fresh_data(case, long_trip, agent):
    action_id = propose_refund(case, long_trip).result["action_id"]
    add_refund(long_trip, "18.00")  # someone refunded this detour in the meantime
    action = action_approve(action_id=action_id, user=agent)
    assert action.status == "denied"
    assert action.approval_verdict["max_amount"] == "0.00"
    assert m.Refund.objects.count() == 1  # only the earlier one


@pytest.mark.parametrize("persona", ["analyst", "outsider", "admin_user"])
def test_only_approving_roles_can_approve(case, long_trip, persona, request):
    user = request.getfixturevalue(persona)
    action_id = propose_refund(case, long_trip).result["action_id"]
    with pytest.raises(ActionError, match="may not approve"):
        action_approve(action_id=action_id, user=user)
    assert not m.Refund.objects.exists()


def test_a_rejection_needs_a_reason_and_then_nothing_can_execute(case, long_trip, agent):
    action_id = propose_refund(case, long_trip).result["action_id"]
    with pytest.raises(ActionError, match="Say why"):
        action_reject(action_id=action_id, user=agent, reason="  ")
    action_reject(action_id=action_id, user=agent, reason="customer withdrew the complaint")
    with pytest.raises(ActionError, match="rejected"):
        action_approve(action_id=action_id, user=agent)
    assert not m.Refund.objects.exists()


def test_an_approved_ticket_is_filed_once(case, long_trip, agent):
    arguments = {
        "queue": "safety",
        "summary": "Rider reports the driver was speeding and shouting.",
        "trip_id": str(long_trip.trip_id)[:8],
        "priority": "low",
    }
    [outcome] = execute_tool_calls(
        make_ctx(case, intent="safety"), [call("create_ticket", json.dumps(arguments))]
    )
    assert outcome.result["priority"] == "urgent"  # safety tickets are always urgent
    for _ in range(3):
        action_approve(action_id=outcome.result["action_id"], user=agent)
    ticket = m.Ticket.objects.get()
    assert (ticket.queue, ticket.priority, ticket.trip_id) == ("safety", "urgent", long_trip.trip_id)


def test_a_refund_a_person_rejected_is_not_proposed_again_for_the_same_trip_and_reason(
    case, long_trip, agent
):
    first = propose_refund(case, long_trip)
    case.assignee = agent
    case.save()
    action_reject(action_id=first.result["action_id"], user=agent, reason="Policy exception: not this time")

    again = propose_refund(case, long_trip, amount="10.00")

    assert again.result["action_id"] == first.result["action_id"]
    assert again.result["status"] == "rejected"
    assert "do not propose it again" in again.result["hint"]
    assert PendingAction.objects.count() == 1


def test_a_refund_already_paid_is_not_proposed_again_but_another_reason_is(case, long_trip, agent):
    first = propose_refund(case, long_trip)
    action_approve(action_id=first.result["action_id"], user=agent)

    again = propose_refund(case, long_trip)
    other = propose_refund(case, long_trip, amount="5.00", reason="service_quality", kind="credit")

    assert (again.result["action_id"], again.result["status"]) == (first.result["action_id"], "executed")
    assert other.result["status"] == "pending" and other.result["action_id"] != first.result["action_id"]
    assert m.Refund.objects.count() == 1


def test_a_rejected_ticket_may_be_proposed_again_but_a_filed_one_is_not_filed_twice(case, long_trip, agent):
    def propose_ticket(queue: str) -> dict:
        arguments = {
            "queue": queue,
            "summary": "Rider reports a problem.",
            "trip_id": None,
            "priority": "normal",
        }
        [outcome] = execute_tool_calls(make_ctx(case), [call("create_ticket", json.dumps(arguments))])
        return outcome.result

    rejected = propose_ticket("lost_and_found")
    action_reject(action_id=rejected["action_id"], user=agent, reason="Other: found already")
    proposed_again = propose_ticket("lost_and_found")
    action_approve(action_id=proposed_again["action_id"], user=agent)
    filed_already = propose_ticket("lost_and_found")

    assert proposed_again["action_id"] != rejected["action_id"] and proposed_again["status"] == "pending"
    assert (filed_already["action_id"], filed_already["status"]) == (proposed_again["action_id"], "executed")
    assert m.Ticket.objects.count() == 1


def test_nothing_is_decided_while_the_turn_that_proposed_it_still_runs(case, long_trip, agent):
    # A turn the infrastructure interrupted runs again and replaces what nobody decided: a click on
    # a card of a turn still running would land on a proposal about to vanish.
    turn = m.Turn.objects.create(case=case, status=m.Turn.Status.RUNNING)
    arguments = {
        "trip_id": str(long_trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18.00",
    }
    ctx = make_ctx(case, turn_id=str(turn.pk))
    [outcome] = execute_tool_calls(ctx, [call("issue_refund", json.dumps(arguments))])
    action_id = outcome.result["action_id"]
    with pytest.raises(ActionError, match="still working"):
        action_approve(action_id=action_id, user=agent)
    with pytest.raises(ActionError, match="still working"):
        action_reject(action_id=action_id, user=agent, reason="not yet")
    m.Turn.objects.filter(pk=turn.pk).update(status=m.Turn.Status.DONE)
    assert action_approve(action_id=action_id, user=agent).status == "executed"
