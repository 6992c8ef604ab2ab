"""Whatever the model or the planner proposes, a message the safety screen fires on gets no money,
an urgent ticket to the safety queue and the safety reply."""

from __future__ import annotations

import pytest

from copilot.agent.loop import SAFETY_REPLY, turn_run
from copilot.models import Case, CaseEvent, Refund, Turn
from copilot.safety.screen import screen
from copilot.safety.services import case_safety_record
from tests.agent.conftest import new_turn
from tests.agent.scripted_server import final, tools
from tools.approvals import action_approve
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)

# Sexual harassment in everyday words, beside a detour and a request for money: no "harass", no "unsafe".
REPORT = (
    "The driver on trip {short} kept asking if I had a boyfriend and put his hand on my knee at a red light. "
    "He also took a huge detour, I was quoted $30 and paid $48. I want the difference back."
)


def run(turn) -> Turn:
    turn_run(str(turn.pk))
    return Turn.objects.get(pk=turn.pk)


def test_a_model_that_proposes_a_refund_on_a_safety_report_gets_it_denied_and_a_safety_ticket_added(
    use_model, rider, long_trip
):
    short = str(long_trip.trip_id)[:8]
    turn = new_turn(rider, REPORT.format(short=short))
    refund = {
        "trip_id": str(long_trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18.00",
    }
    use_model.script(
        tools(("get_trip_details", {"trip_id": short})),
        tools(("issue_refund", refund)),
        final("Hello, a refund of $18.00 has been proposed for the detour and is being reviewed."),
        # the loop sends a denied proposal back once for revision; the model insists
        tools(("issue_refund", refund)),
        final("Hello, a refund of $18.00 has been proposed for the detour and is being reviewed."),
    )
    turn = run(turn)

    assert turn.status == "done", turn.error
    actions = list(PendingAction.objects.filter(turn_id=str(turn.pk)))
    money = [a for a in actions if a.tool == "issue_refund"]
    assert money and all(a.status == "denied" and a.verdict["rules"] == ["P8"] for a in money)
    assert "hand on my knee" in money[0].verdict["reasons"][0]
    [ticket] = [a for a in actions if a.tool == "create_ticket"]
    assert (ticket.params["queue"], ticket.params["priority"]) == ("safety", "urgent")
    assert turn.proposal["draft"] == SAFETY_REPLY and "$18" not in turn.draft
    case = Case.objects.get(pk=turn.case_id)
    assert {s["category"] for s in case.safety_signals} >= {"sexual"}
    assert CaseEvent.objects.filter(case=case, kind="safety_flagged").exists()
    sent = use_model.requests[0]["messages"]
    assert any("[Copilot safety screen]" in str(m.get("content")) for m in sent)


def test_the_offline_planner_on_a_safety_report_in_everyday_words_proposes_no_money(rider, long_trip):
    turn = run(new_turn(rider, REPORT.format(short=str(long_trip.trip_id)[:8])))
    actions = list(PendingAction.objects.filter(turn_id=str(turn.pk)))
    assert not [a for a in actions if a.tool == "issue_refund" and a.status != "denied"]
    assert [a for a in actions if a.tool == "create_ticket" and a.params["queue"] == "safety"]
    assert turn.intent == "safety"


def test_an_ordinary_complaint_with_safety_sounding_words_gets_its_refund(rider, long_trip):
    text = (
        "No accident or anything, the driver was safe, just a huge detour on trip {short}: "
        "quoted $30, paid $48. Please refund the difference."
    )
    turn = run(new_turn(rider, text.format(short=str(long_trip.trip_id)[:8])))
    assert Case.objects.get(pk=turn.case_id).safety_signals == []
    [action] = PendingAction.objects.filter(turn_id=str(turn.pk))
    assert (action.tool, action.status) == ("issue_refund", "pending")


def test_a_refund_proposed_before_a_safety_report_arrived_is_denied_at_approval(rider, long_trip, agent):
    turn = run(new_turn(rider, f"Huge detour on trip {str(long_trip.trip_id)[:8]}, quoted $30, paid $48."))
    [action] = PendingAction.objects.filter(turn_id=str(turn.pk), tool="issue_refund", status="pending")
    Case.objects.filter(pk=turn.case_id).update(assignee=agent)
    case_safety_record(case_id=turn.case_id, screen=screen("Also he grabbed my arm when I tried to get out."))

    decided = action_approve(action_id=action.pk, user=agent)

    assert decided.status == "denied" and decided.approval_verdict["rules"] == ["P8"]
    assert not Refund.objects.filter(trip=long_trip).exists()
