"""Handing a case over: to another agent or back to the queue, by its agent or a supervisor."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def avas_case(agent):
    return CaseFactory(assignee=agent)


def hand_over(client, case, to) -> tuple[int, list[str]]:
    response = client.post(reverse("case-assign", args=[case.pk]), {"to": to})
    case.refresh_from_db()
    return response.status_code, [str(m) for m in get_messages(response.wsgi_request)]


def test_the_cases_agent_hands_it_to_another_agent(client, agent, agent2, avas_case):
    client.force_login(agent)
    status, notes = hand_over(client, avas_case, str(agent2.pk))

    assert status == 302 and avas_case.assignee == agent2
    assert notes == [f"Case #{avas_case.pk} handed to Ben."]


def test_the_cases_agent_puts_it_back_in_the_queue(client, agent, avas_case):
    client.force_login(agent)
    hand_over(client, avas_case, "")

    assert avas_case.assignee is None


def test_a_supervisor_hands_over_any_case_and_another_agent_may_not(client, agent2, supervisor, avas_case):
    client.force_login(agent2)
    _, notes = hand_over(client, avas_case, str(agent2.pk))
    assert avas_case.assignee.username == "ava"
    assert notes == ["Only the case's agent or a supervisor can hand it over."]

    client.force_login(supervisor)
    hand_over(client, avas_case, str(agent2.pk))
    assert avas_case.assignee == agent2


@pytest.mark.parametrize("to", ["abc", "999999", "99999999999999999999999", "²", "analyst"])
def test_a_case_is_handed_only_to_an_agent_and_a_bad_choice_is_named(client, agent, analyst, avas_case, to):
    client.force_login(agent)
    status, notes = hand_over(client, avas_case, str(analyst.pk) if to == "analyst" else to)

    assert status == 302 and avas_case.assignee == agent
    assert notes == ["Choose an agent from the list to hand the case to."]


@pytest.mark.parametrize("part", ["case", "case-facts", "case-timeline", "copilot-panel"])
def test_an_unassigned_case_opens_for_any_agent(client, agent, part):
    case = CaseFactory()
    client.force_login(agent)

    response = client.get(reverse(part, args=[case.pk]))

    assert response.status_code == 200
    assert "unassigned" in response.content.decode() or part in ("copilot-panel", "case-timeline")
