"""The agent console: the copilot panel, approving and rejecting actions, replying, resolving, asking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from copilot import models as m
from copilot.agent.loop import turn_run
from copilot.desk.selectors import copilot_panel
from copilot.intake.services import case_open
from tests.agent.conftest import GroupListener
from tests.conftest import wait_until
from tests.factories import RiderFactory, TripFactory
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)


def finish_turn(turn) -> None:
    """Run the turn here, or wait for the session's worker if it took the turn first."""
    turn_run(str(turn.pk))
    wait_until(lambda: m.Turn.objects.filter(pk=turn.pk, status="done").exists(), timeout=60)


@pytest.fixture
def proposed(agent):
    """A case of Maria's, taken by the agent, with the offline copilot's refund proposal."""
    rider = RiderFactory(name="Maria Lopez")
    trip = TripFactory(rider=rider, upfront_fare=Decimal("30.00"), fare="48.00", actual_distance_km=14.2)
    case = case_open(rider=rider, text=f"Hi, Maria Lopez here. Huge detour on trip {str(trip.trip_id)[:8]}!")
    case.assignee = agent
    case.save()
    turn = m.Turn.objects.get(case=case)
    finish_turn(turn)
    action = PendingAction.objects.get(turn_id=str(turn.pk))
    return case, action


def test_the_case_page_shows_the_proposal_with_its_verdict_and_the_draft(client, agent, proposed):
    case, action = proposed
    client.force_login(agent)
    page = client.get(reverse("case", args=[case.pk])).content.decode()
    assert f'id="action-{action.pk}"' in page
    assert "Refund 18.00" in page and "allowed" in page and "P3" in page
    assert 'id="draft"' in page
    assert "Policy rules cited" in page and "upfront quote" in page  # P3's policy text
    assert "goodwill in 30 days" in page and "Quoted" in page  # the rider and trips at a glance


def test_approving_twice_executes_the_refund_once(client, agent, proposed):
    case, action = proposed
    client.force_login(agent)
    for _ in range(2):
        response = client.post(reverse("action-approve", args=[action.pk]))
        assert response.status_code == 200
    assert m.Refund.objects.filter(trip__rider=case.rider, reason="route_deviation").count() == 1
    assert "Done" in response.content.decode()


def test_a_rejection_needs_a_reason_from_the_list(client, agent, proposed):
    _, action = proposed
    client.force_login(agent)
    response = client.post(reverse("action-reject", args=[action.pk]), {"reason_code": "", "reason_text": ""})
    assert response.status_code == 400 and "Say why" in response.content.decode()
    response = client.post(reverse("action-reject", args=[action.pk]), {"reason_code": "bogus"})
    assert response.status_code == 400 and "Pick a reason" in response.content.decode()
    response = client.post(
        reverse("action-reject", args=[action.pk]),
        {"reason_code": "customer_withdrew", "reason_text": "called back"},
    )
    assert response.status_code == 200
    action.refresh_from_db()
    assert (action.status, action.decision_reason) == ("rejected", "Customer withdrew: called back")


def test_an_agent_who_has_not_taken_the_case_cannot_act(client, agent2, proposed):
    _, action = proposed
    client.force_login(agent2)
    response = client.post(reverse("action-approve", args=[action.pk]))
    assert response.status_code == 403
    assert not m.Refund.objects.filter(refund_id=f"rf_act{action.pk}").exists()


@pytest.mark.parametrize("persona", ["outsider", "analyst", "admin_user"])
def test_other_roles_are_refused_every_console_action(client, persona, request, proposed):
    case, action = proposed
    client.force_login(request.getfixturevalue(persona))
    for name, arg in (
        ("action-approve", action.pk),
        ("action-reject", action.pk),
        ("case-reply", case.pk),
        ("case-resolve", case.pk),
        ("case-ask", case.pk),
    ):
        assert client.post(reverse(name, args=[arg])).status_code == 403, name
    assert client.get(reverse("copilot-panel", args=[case.pk])).status_code == 403


def test_the_unchanged_draft_is_sent_without_a_reason(client, agent, proposed):
    case, _ = proposed
    client.force_login(agent)
    draft = copilot_panel(case, agent)["draft"]  # the draft exactly as the panel shows it
    response = client.post(reverse("case-reply", args=[case.pk]), {"text": draft})
    assert response.status_code == 200, response.content.decode()[-600:]
    assert case.messages.get(role="agent").override_reason == ""


def test_a_changed_reply_needs_a_reason_is_stored_redacted_and_sets_the_first_response(
    client, agent, proposed
):
    case, _ = proposed
    client.force_login(agent)
    changed = {"text": "Hi Maria Lopez, refund proposed."}
    response = client.post(reverse("case-reply", args=[case.pk]), changed)
    assert response.status_code == 400 and "changed the copilot" in response.content.decode()
    response = client.post(
        reverse("case-reply", args=[case.pk]), {**changed, "reason_code": "other", "reason_text": "shorter"}
    )
    assert response.status_code == 200
    reply = case.messages.get(role="agent")
    assert reply.text == "Hi <PERSON_1>, refund proposed."
    assert reply.override_reason == "Other: shorter"
    case.refresh_from_db()
    assert case.first_response_at is not None
    empty = client.post(reverse("case-reply", args=[case.pk]), {"text": "  ", "reason_code": "other"})
    assert empty.status_code == 400 and "cannot be empty" in empty.content.decode()


def test_nul_characters_in_what_the_agent_sends_are_dropped_not_a_server_error(client, agent, proposed):
    case, action = proposed
    client.force_login(agent)
    reply = {"text": "Hi\x00 Maria Lopez, done.", "reason_code": "other", "reason_text": "short\x00er"}
    assert client.post(reverse("case-reply", args=[case.pk]), reply).status_code == 200
    sent = case.messages.get(role="agent")
    assert (sent.text, sent.override_reason) == ("Hi <PERSON_1>, done.", "Other: shorter")
    asked = client.post(reverse("case-ask", args=[case.pk]), {"question": "Late\x00?"})
    assert asked.status_code == 200
    assert m.Turn.objects.filter(case=case).order_by("-created_at").first().question == "Late?"
    rejected = client.post(
        reverse("action-reject", args=[action.pk]), {"reason_code": "other", "reason_text": "no\x00pe"}
    )
    assert rejected.status_code == 200
    action.refresh_from_db()
    assert "\x00" not in action.decision_reason and "nope" in action.decision_reason


def test_resolving_and_asking_for_a_new_proposal(client, agent, proposed):
    case, _ = proposed
    client.force_login(agent)
    assert (
        client.post(reverse("case-ask", args=[case.pk]), {"question": "Was the driver late?"}).status_code
        == 200
    )
    assert m.Turn.objects.filter(case=case, kind="followup").exists()
    assert client.post(reverse("case-resolve", args=[case.pk])).status_code == 200
    case.refresh_from_db()
    assert case.status == "resolved" and case.resolved_at is not None
    assert client.post(reverse("case-ask", args=[case.pk])).status_code == 403


def test_an_event_caused_by_a_pages_own_request_names_that_page_as_its_origin(client, agent, proposed):
    case, action = proposed
    client.force_login(agent)
    listener = GroupListener(case.pk)
    client.post(
        reverse("action-reject", args=[action.pk]), {"reason_code": "other"}, HTTP_X_COPILOT_PAGE="p-1234abcd"
    )
    client.post(reverse("case-resolve", args=[case.pk]), HTTP_X_COPILOT_PAGE="<script>alert(1)</script>")
    events = listener.drain(timeout=1.0)
    changed = [e for e in events if e["event"] == "action.changed"]
    assert [e.get("origin") for e in changed] == ["p-1234abcd"]
    resolved = [e for e in events if e["event"] == "case.changed" and e["change"] == "resolved"]
    assert resolved and "origin" not in resolved[0]  # a malformed page id is no origin
