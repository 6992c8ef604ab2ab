"""A customer who writes to a resolved case is heard: the case opens again, in the queue, with a turn."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from copilot.intake.services import message_ingest
from copilot.models import Case, CaseEvent, Message, Turn
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db(transaction=True)

TOKEN = "test-inbound-token"


def test_a_message_to_a_resolved_case_reopens_it_with_a_turn_and_puts_it_in_the_queue(
    client, agent, settings
):
    settings.COPILOT_INBOUND_TOKEN = TOKEN
    case = CaseFactory(status=Case.Status.RESOLVED, resolved_at=timezone.now(), assignee=agent)
    answer = client.post(
        reverse("inbound-message"),
        data={"rider_id": case.rider.rider_id, "case_id": case.pk, "text": "Hello? I never got the refund."},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {TOKEN}",
    )
    assert answer.status_code == 201
    message_ingest(message_id=answer.json()["message_id"])  # as the ingest worker does

    case.refresh_from_db()
    assert (case.status, case.resolved_at) == (Case.Status.OPEN, None)
    assert Turn.objects.filter(
        case=case, message=Message.objects.get(pk=answer.json()["message_id"])
    ).exists()
    assert CaseEvent.objects.filter(case=case, kind="reopened").exists()
    client.force_login(agent)
    assert f'id="queue-case-{case.pk}"' in client.get(reverse("queue")).content.decode()
