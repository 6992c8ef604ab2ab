"""Every door where a person types text: the customer's subject, and an agent's or supervisor's
reasons, are redacted with the case's placeholders before anything stores them in clear, and
shown in clear only to the case's agent and supervisors. A test lists the text fields of the
desk's tables, so a new one cannot arrive without a decision about it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from django.utils import timezone

from copilot.core.crypto import decrypt
from copilot.desk.services import purge_expired_pii
from copilot.intake.services import case_open, message_ingest
from copilot.models import Case, CaseEvent, Message
from tests.factories import RiderFactory
from tools.approvals import action_reject
from tools.models import PendingAction

pytestmark = pytest.mark.django_db

SUBJECT = "Maria Lopez, maria.lopez@example.com, +1 415 555 0142: refund for trip 0b6f1c2e"
IN_SUBJECT = ["Maria Lopez", "maria.lopez@example.com", "415 555 0142"]

# Every free-text column of the desk's tables, and what keeps personal data out of it in clear.
DOORS = {
    "copilot.Message.text": "redacted (customer messages, agent replies)",
    "copilot.Message.raw_text": "encrypted original",
    "copilot.Message.override_reason": "redacted with the case's placeholders",
    "copilot.Case.subject": "redacted with the case's placeholders",
    "copilot.Case.raw_subject": "encrypted original",
    "copilot.Case.safety_clear_reason": "redacted with the case's placeholders",
    "copilot.CaseVault.mapping": "encrypted",
    "copilot.CaseEvent.text": "an internal note: redacted with the case's placeholders",
    "copilot.Ticket.summary": "written by the copilot from redacted text; its draft is scanned",
    "copilot.Turn.question": "redacted with the case's placeholders",
    "copilot.Turn.draft": "written by the model from redacted text; scanned for PII it invents",
    "copilot.Turn.error": "an exception's text, from our code",
    "copilot.Turn.status_text": "our own status lines",
    "copilot.Incident.note": "trip service data, never shown to the model",
    "copilot.Rider.name": "the rider's record (trip service data): shown to the case's agent only",
    "copilot.Rider.email": "the rider's record (trip service data): shown to the case's agent only",
    "copilot.Trip.driver_name": "trip service data: tools never return it",
    "copilot.Trip.pickup_address": "trip service data: tools never return it",
    "copilot.Trip.dropoff_address": "trip service data: tools never return it",
    "tools.PendingAction.idempotency_key": "our own key (case, turn, call id)",
    "tools.PendingAction.decision_reason": "redacted with the case's placeholders",
    "tools.PendingAction.error": "an exception's text, from our code",
    "tools.ToolCallAudit.error": "our own error messages",
    "tools.ToolCallAudit.call_id": "the model's id for its tool call (ids the loop makes when it has none)",
    "copilot.Trip.city": "trip service data",
    "copilot.Turn.model": "the configured model's name",
    "copilot.InboundReceipt.key": "a sender's opaque token: letters, digits and . _ : - only, so no free text",
    "copilot.Experiment.name": "an admin's text, redacted like a customer's (policies.experiments.experiment_start)",
}


def test_every_free_text_column_of_the_desk_is_a_door_with_a_decision():
    found = set()
    for label in ("copilot", "tools"):
        for model in apps.get_app_config(label).get_models():
            for field in model._meta.concrete_fields:
                if isinstance(field, models.TextField) or (
                    isinstance(field, models.CharField) and not field.choices and field.max_length >= 100
                ):
                    found.add(f"{label}.{model.__name__}.{field.name}")
    assert found == set(DOORS)


def test_an_inbound_subject_is_stored_encrypted_then_redacted_with_the_first_message():
    rider = RiderFactory()
    case = case_open(
        rider=rider, text="Maria Lopez here, I was charged twice.", subject=SUBJECT, defer_redaction=True
    )
    case.refresh_from_db()
    assert case.subject == "" and decrypt(case.raw_subject) == SUBJECT

    message_ingest(message_id=case.messages.get().pk)

    case.refresh_from_db()
    assert not any(value in case.subject for value in IN_SUBJECT)
    assert "<PERSON_1>" in case.subject and "<EMAIL_1>" in case.subject and "0b6f1c2e" in case.subject
    assert "<PERSON_1>" in Message.objects.get(case=case).text  # the same person, the same placeholder


def test_a_subject_of_a_case_opened_here_is_redacted_at_once():
    case = case_open(rider=RiderFactory(), text="Charged twice.", subject=SUBJECT)
    case.refresh_from_db()
    assert not any(value in case.subject for value in IN_SUBJECT) and "<EMAIL_1>" in case.subject


def test_the_subject_is_clear_for_the_cases_agent_and_redacted_for_another(client, agent, agent2):
    case = case_open(rider=RiderFactory(), text="Charged twice.", subject=SUBJECT)
    Case.objects.filter(pk=case.pk).update(assignee=agent)

    client.force_login(agent2)
    others_queue = client.get(reverse("queue")).content.decode()
    others_page = client.get(reverse("case", args=[case.pk])).content.decode()
    client.force_login(agent)
    own_page = client.get(reverse("case", args=[case.pk])).content.decode()

    assert not any(value in others_queue + others_page for value in IN_SUBJECT)
    assert "Maria Lopez" in own_page and "maria.lopez@example.com" in own_page


def test_a_rejection_reason_is_stored_redacted_and_shown_in_clear_to_the_cases_agent(client, agent):
    case = case_open(rider=RiderFactory(), text="Maria Lopez here, charged twice.")
    Case.objects.filter(pk=case.pk).update(assignee=agent)
    action = PendingAction.objects.create(
        case=case, tool="create_ticket", params={"queue": "general", "priority": "normal", "summary": "x"},
        params_hash="h", idempotency_key="k", turn_id="",
    )  # fmt: skip

    action_reject(action_id=action.pk, user=agent, reason="Other: I called maria.lopez@example.com already")

    action.refresh_from_db()
    assert "maria.lopez@example.com" not in action.decision_reason and "<EMAIL_1>" in action.decision_reason


def test_the_purge_forgets_the_subjects_original_with_the_messages():
    case = case_open(rider=RiderFactory(), text="Charged twice.", subject=SUBJECT)
    Case.objects.filter(pk=case.pk).update(status="resolved", resolved_at=timezone.now() - timedelta(days=31))

    assert purge_expired_pii() == 1
    case.refresh_from_db()
    assert case.raw_subject == "" and "<EMAIL_1>" in case.subject


def test_an_internal_note_is_stored_redacted_and_shown_in_clear_only_to_the_cases_agent(
    client, agent, agent2
):
    case = case_open(rider=RiderFactory(), text="Maria Lopez here, charged twice.")
    Case.objects.filter(pk=case.pk).update(assignee=agent)
    client.force_login(agent)
    answer = client.post(
        reverse("case-note", args=[case.pk]), {"text": "Called Maria Lopez back on +1 415 555 0142."}
    )
    assert answer.status_code == 200 and "+1 415 555 0142" in answer.content.decode()

    note = CaseEvent.objects.get(case=case, kind="note")
    assert "415 555 0142" not in note.text and "Maria Lopez" not in note.text
    assert "<PERSON_1>" in note.text  # the customer's own placeholder
    client.force_login(agent2)
    others_page = client.get(reverse("case", args=[case.pk])).content.decode()
    assert "Called &lt;PERSON_1&gt; back" in others_page and "415 555 0142" not in others_page


def test_the_riders_own_name_on_record_never_stays_in_a_subject_even_where_no_recognizer_sees_it():
    rider = RiderFactory(name="Sieglinde Mitschke", email="s.mitschke@example.de")
    case = case_open(rider=rider, text="Charged twice.", subject="Sieglinde Mitschke, about my trip")
    case.refresh_from_db()
    assert "Mitschke" not in case.subject and "<PERSON_1>" in case.subject
    assert "about my trip" in case.subject
