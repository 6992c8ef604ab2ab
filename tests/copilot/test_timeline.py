"""A case's activity timeline and its internal notes: who did what, when and why, in one list."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from copilot import models as m
from copilot.desk.selectors import case_timeline
from copilot.desk.services import NOTE_MAX_CHARS, case_hand_over, case_note_add, case_resolve
from copilot.intake.services import case_open
from tests.agent.conftest import GroupListener
from tests.copilot.test_console import finish_turn
from tests.copilot.test_console_rollout import roll_out_to
from tests.factories import RiderFactory, TripFactory
from tools.approvals import action_reject
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def worked_case(agent, agent2):
    """Maria's detour: proposed, rejected with a reason, noted, handed over, resolved."""
    rider = RiderFactory(name="Maria Lopez")
    trip = TripFactory(rider=rider, upfront_fare=Decimal("30.00"), fare="48.00", actual_distance_km=14.2)
    case = case_open(rider=rider, text=f"Huge detour on trip {str(trip.trip_id)[:8]}!")
    finish_turn(m.Turn.objects.get(case=case))
    m.Case.objects.filter(pk=case.pk).update(assignee=agent)
    case.refresh_from_db()
    action = PendingAction.objects.get(case=case)
    action_reject(action_id=action.pk, user=agent, reason="Amount is wrong: asked for less")
    case_note_add(case=case, user=agent, text="Maria Lopez sounded upset; call back tomorrow.")
    case = case_hand_over(case=case, by=agent, to=agent2)
    case_resolve(case=case, user=agent2)
    return case


def test_the_timeline_tells_the_case_in_order_with_who_and_why(worked_case, agent):
    items = case_timeline(worked_case, reveal=True, viewer=agent)
    lines = [(i.kind, i.title, i.who, i.text) for i in items]
    kinds = [kind for kind, *_ in lines]
    assert kinds == ["message", "decision", "note", "handed_over", "resolved"]
    assert lines[1][1:] == (
        "Rejected: Refund 18.00 (route_deviation)",
        "Ava",
        "Amount is wrong: asked for less",
    )
    assert lines[2][3] == "Maria Lopez sounded upset; call back tomorrow."
    assert lines[3][1] == "Handed over to Ben" and lines[4][2] == "Ben"


def test_the_timeline_hides_a_notes_personal_details_from_readers_who_may_not_see_them(worked_case, agent):
    [note] = [i for i in case_timeline(worked_case, reveal=False, viewer=agent) if i.kind == "note"]
    assert note.text == "<PERSON_1> sounded upset; call back tomorrow."


def test_an_agent_outside_the_rollout_sees_no_decision_on_the_copilots_proposals(worked_case, agent, agent2):
    # Their open page hears of no decision (the socket holds action.changed back): a load agrees.
    roll_out_to(agent2)
    outside = [i.kind for i in case_timeline(worked_case, reveal=True, viewer=agent)]
    inside = [i.kind for i in case_timeline(worked_case, reveal=True, viewer=agent2)]
    assert outside == ["message", "note", "handed_over", "resolved"]
    assert inside == ["message", "decision", "note", "handed_over", "resolved"]


def test_a_rollout_limited_to_other_intents_leaves_the_decisions_out_of_this_cases_timeline(
    worked_case, agent
):
    intent = m.Turn.objects.get(case=worked_case).intent
    roll_out_to(agent, intents=["lost_item"] if intent != "lost_item" else ["trip_info"])
    assert "decision" not in [i.kind for i in case_timeline(worked_case, reveal=True, viewer=agent)]
    roll_out_to(agent, intents=[intent])
    assert "decision" in [i.kind for i in case_timeline(worked_case, reveal=True, viewer=agent)]


def test_the_case_page_and_its_timeline_show_the_decision_only_inside_the_rollout(
    client, worked_case, agent, agent2
):
    roll_out_to(agent2)
    decision = "Rejected: Refund 18.00 (route_deviation)"
    for user, shown in ((agent, False), (agent2, True)):
        client.force_login(user)
        for url in (reverse("case", args=[worked_case.pk]), reverse("case-timeline", args=[worked_case.pk])):
            page = client.get(url).content.decode()
            assert "Huge detour" in page  # the rest of the timeline is there for both
            assert (decision in page) is shown, (user.username, url)


def test_a_note_must_say_something_and_fit_the_limit(client, agent):
    case = case_open(rider=RiderFactory(), text="Charged twice.")
    m.Case.objects.filter(pk=case.pk).update(assignee=agent)
    client.force_login(agent)
    empty = client.post(reverse("case-note", args=[case.pk]), {"text": "  \x00 "})
    long = client.post(reverse("case-note", args=[case.pk]), {"text": "x" * (NOTE_MAX_CHARS + 1)})
    assert empty.status_code == 400 and "Write the note first." in empty.content.decode()
    assert long.status_code == 400 and f"at most {NOTE_MAX_CHARS} characters" in long.content.decode()
    assert "x" * NOTE_MAX_CHARS in long.content.decode()  # what was typed stays in the box
    assert not m.CaseEvent.objects.filter(kind="note").exists()


def test_only_people_working_the_case_write_notes(client, agent, agent2):
    case = case_open(rider=RiderFactory(), text="Charged twice.")
    m.Case.objects.filter(pk=case.pk).update(assignee=agent)
    client.force_login(agent2)
    answer = client.post(reverse("case-note", args=[case.pk]), {"text": "Not my case."})
    assert answer.status_code == 400 and "Take the case first" in answer.content.decode()
    assert "note-form" not in client.get(reverse("case", args=[case.pk])).content.decode()


def test_a_note_reaches_every_open_page_of_the_case(agent):
    case = case_open(rider=RiderFactory(), text="Charged twice.")
    m.Case.objects.filter(pk=case.pk).update(assignee=agent)
    case.refresh_from_db()
    listener = GroupListener(case.pk)
    case_note_add(case=case, user=agent, text="Refund checked.")
    # (the session's worker may be running the case's first turn: its events come and go meanwhile)
    noted = {"event": "case.changed", "case_id": case.pk, "change": "noted"}
    assert noted in listener.wait_for(noted)
