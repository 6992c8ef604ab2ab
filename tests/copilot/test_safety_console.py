"""The safety screen on the case page: why it fired, and a false alarm the agent records with a reason."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from copilot import models as m
from copilot.analytics import metrics
from copilot.intake.services import case_open
from copilot.safety.screen import screen
from copilot.safety.services import case_safety_clear, case_safety_record, standing_report
from tests.factories import RiderFactory

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = "He kept asking if I live alone and put his hand on my knee."


@pytest.fixture
def flagged(agent):
    case = case_open(rider=RiderFactory(name="Maria Lopez"), text=WORDS)
    m.Case.objects.filter(pk=case.pk).update(assignee=agent)
    case_safety_record(case_id=case.pk, screen=screen(WORDS))
    case.refresh_from_db()
    return case


def test_the_panel_says_why_the_screen_fired(client, agent, flagged):
    client.force_login(agent)
    page = client.get(reverse("case", args=[flagged.pk])).content.decode()
    assert 'id="safety-screen"' in page and "hand on my knee" in page and "Record a false alarm" in page


def test_a_false_alarm_needs_a_reason_and_then_lifts_the_rules_denial(client, agent, flagged):
    client.force_login(agent)
    url = reverse("case-safety-clear", args=[flagged.pk])
    refused = client.post(url, {"reason": "  "})
    assert refused.status_code == 400 and "Say why this is not a safety matter." in refused.content.decode()
    assert standing_report(m.Case.objects.get(pk=flagged.pk))

    done = client.post(url, {"reason": "Maria Lopez confirmed on the phone: a joke between friends."})

    assert done.status_code == 200 and "called a false alarm by Ava" in done.content.decode()
    case = m.Case.objects.get(pk=flagged.pk)
    assert standing_report(case) == "" and case.safety_cleared_by == agent
    assert "Maria Lopez" not in case.safety_clear_reason  # stored redacted, shown in clear to her agent
    assert "Maria Lopez confirmed" in done.content.decode()
    assert m.CaseEvent.objects.filter(case=case, kind="safety_cleared").exists()


def test_a_new_kind_of_safety_report_after_a_false_alarm_stands_again(agent, flagged):
    case_safety_clear(case=flagged, user=agent, reason="not what it seemed")
    case_safety_record(case_id=flagged.pk, screen=screen("Then he took out a knife and laid it on the seat."))
    assert "knife" in standing_report(m.Case.objects.get(pk=flagged.pk))


def test_only_people_working_the_case_may_call_a_false_alarm(client, agent2, flagged):
    client.force_login(agent2)
    answer = client.post(reverse("case-safety-clear", args=[flagged.pk]), {"reason": "no"})
    assert (
        answer.status_code == 400 and "or a supervisor can call the safety screen" in answer.content.decode()
    )


def test_the_metrics_count_the_cases_the_screen_fired_on_and_the_false_alarms(agent, flagged):
    case_safety_clear(case=flagged, user=agent, reason="a joke between friends")
    today = timezone.now().date()
    figures = metrics.safety_screen(metrics.DateRange(today - timedelta(days=1), today + timedelta(days=1)))
    assert (figures["cases"], figures["false_alarms"], figures["false_alarm_rate"]) == (1, 1, 1.0)
