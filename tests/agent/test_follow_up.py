"""A follow-up question is answered to the agent, beside the customer's draft, which stays as it was."""

from __future__ import annotations

import pytest

from copilot.agent.loop import turn_run
from copilot.agent.services import turn_request
from copilot.desk.services import case_reply
from copilot.models import Turn
from tests.agent.conftest import GroupListener, new_turn
from tests.agent.scripted_server import final, tools
from tools.approvals import action_reject
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)

DETOUR = "The driver took a huge detour on trip {short}; I was quoted $30 and paid $48. Please refund it."


def run(turn) -> Turn:
    turn_run(str(turn.pk))
    return Turn.objects.get(pk=turn.pk)


def first_turn(rider, trip, agent) -> Turn:
    turn = new_turn(rider, DETOUR.format(short=str(trip.trip_id)[:8]))
    turn.case.assignee = agent
    turn.case.save(update_fields=["assignee"])
    return run(turn)


def test_the_offline_planner_answers_the_agent_and_leaves_the_draft_alone(rider, long_trip, agent):
    first = first_turn(rider, long_trip, agent)
    listener = GroupListener(first.case_id)
    follow_up = run(
        turn_request(case=first.case, user=agent, question="How far off the route was the driver?")
    )
    assert follow_up.status == "done", follow_up.error
    answer = follow_up.proposal["answer"]
    assert "estimated 10.0 km, actual 14.2 km" in answer
    assert "quoted 30.00" in answer and "charged 48.00" in answer
    assert "the rules say allowed" in answer and "(P3)" in answer
    assert follow_up.draft == first.draft and follow_up.proposal["draft"] == first.draft
    assert not [e for e in listener.drain() if e["event"] in ("turn.delta", "turn.reset")]


def test_the_answer_says_a_rejected_refund_is_not_offered_again(rider, long_trip, agent):
    first = first_turn(rider, long_trip, agent)
    [action] = PendingAction.objects.filter(turn_id=str(first.pk))
    action_reject(action_id=action.pk, user=agent, reason="Policy exception")
    follow_up = run(turn_request(case=first.case, user=agent, question="Can we refund the detour after all?"))
    assert "a person already rejected this for this trip" in follow_up.proposal["answer"]
    assert not PendingAction.objects.filter(case=first.case, status="pending").exists()


def test_after_a_reply_was_sent_the_follow_up_carries_no_draft(rider, long_trip, agent):
    first = first_turn(rider, long_trip, agent)
    case_reply(case=first.case, user=agent, text="We are looking into it.", override_reason="Other: shorter")
    follow_up = run(turn_request(case=first.case, user=agent, question="Anything else to check?"))
    assert follow_up.draft == "" and follow_up.proposal["answer"]


def test_a_models_answer_to_the_agent_goes_to_the_answer_not_the_draft(use_model, rider, long_trip, agent):
    use_model.script(final("Hello, we are sorry about the detour; a refund is being reviewed."))
    first = first_turn(rider, long_trip, agent)
    use_model.script(
        tools(("get_trip_details", {"trip_id": str(long_trip.trip_id)[:8]})),
        final("The trip ran 14.2 km against an estimated 10 km, so P3 applies.", chunk_size=5),
    )
    listener = GroupListener(first.case_id)
    follow_up = run(turn_request(case=first.case, user=agent, question="Is the detour real?"))
    assert follow_up.proposal["answer"] == "The trip ran 14.2 km against an estimated 10 km, so P3 applies."
    assert follow_up.draft == first.draft
    asked = use_model.requests[-1]["messages"]
    assert any("[The support agent asks you] Is the detour real?" in str(m.get("content")) for m in asked)
    assert not [e for e in listener.drain() if e["event"] == "turn.delta"]
