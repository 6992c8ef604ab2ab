"""The inbound API: token-authenticated, validated, and a message becomes a case and a turn."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from copilot.intake.services import message_ingest
from copilot.models import Case, Turn
from tests.factories import CaseFactory, RiderFactory

pytestmark = pytest.mark.django_db
URL = "/api/inbound/messages"


@pytest.fixture(autouse=True)
def token(settings):
    settings.COPILOT_INBOUND_TOKEN = "inbound-secret"


def post(client, body, token="inbound-secret"):
    return client.post(
        URL,
        data=json.dumps(body) if not isinstance(body, str) else body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def test_the_url_is_the_named_route():
    assert reverse("inbound-message") == URL


def test_a_message_is_stored_encrypted_and_redacted_by_the_ingest_step(client):
    rider = RiderFactory()
    response = post(client, {"rider_id": rider.rider_id, "text": "I'm Maria Lopez, I was charged twice."})
    assert response.status_code == 201
    case = Case.objects.get(pk=response.json()["case_id"])
    message = case.messages.get()
    assert case.rider == rider
    assert message.text == "" and "Maria" not in message.raw_text  # nothing readable until redacted
    assert not Turn.objects.filter(case=case).exists()
    message_ingest(message_id=message.pk)  # what the ingest worker runs
    message.refresh_from_db()
    assert message.text == "I'm <PERSON_1>, I was charged twice."
    assert Turn.objects.get(case=case).status == "queued"
    assert message_ingest(message_id=message.pk) is None  # a repeat does nothing


def test_a_follow_up_message_joins_its_case(client):
    rider = RiderFactory()
    case_id = post(client, {"rider_id": rider.rider_id, "text": "First message."}).json()["case_id"]
    response = post(client, {"rider_id": rider.rider_id, "case_id": case_id, "text": "Any news?"})
    assert response.status_code == 201
    assert Case.objects.get(pk=case_id).messages.count() == 2


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ("not json", 400, "JSON object"),
        ({"rider_id": "R-1"}, 400, "text"),
        ({"rider_id": "R-1", "text": "hi", "priority": "high"}, 400, "priority"),
        ({"rider_id": "R-999999", "text": "hi"}, 404, "no rider"),
        ({"rider_id": "R-1", "text": "   "}, 400, "cannot be empty"),
    ],
)
def test_bad_requests_get_a_clear_error_naming_the_field(client, body, status, words):
    RiderFactory(rider_id="R-1")
    response = post(client, body)
    assert response.status_code == status
    assert words in response.json()["error"]


def test_a_wrong_or_missing_token_is_refused(client):
    rider = RiderFactory()
    assert post(client, {"rider_id": rider.rider_id, "text": "hi"}, token="guess").status_code == 401
    assert client.post(URL, data="{}", content_type="application/json").status_code == 401
    assert not Case.objects.exists()


@pytest.mark.parametrize(
    ("whose", "text", "status", "words"),
    [
        ("another rider's", "Any news?", 404, "no case"),
        ("an unknown rider's", "Any news?", 404, "no rider"),
        ("the rider's own", "   ", 400, "cannot be empty"),
        ("a too large", "Any news?", 400, "case_id"),
    ],
)
def test_a_message_to_a_case_that_is_not_the_riders_or_is_empty_is_refused_and_nothing_stored(
    client, whose, text, status, words
):
    rider = RiderFactory(rider_id="R-1")
    case = CaseFactory(rider=rider)
    other = CaseFactory(rider=RiderFactory(rider_id="R-2"))
    rider_id, case_id = {
        "another rider's": ("R-1", other.pk),
        "an unknown rider's": ("R-999999", case.pk),
        "the rider's own": ("R-1", case.pk),
        "a too large": ("R-1", 2**63),
    }[whose]
    before = {c.pk: c.messages.count() for c in (case, other)}
    response = post(client, {"rider_id": rider_id, "case_id": case_id, "text": text})
    assert response.status_code == status
    assert words in response.json()["error"]
    assert {c.pk: c.messages.count() for c in (case, other)} == before


def test_nul_characters_are_dropped_from_a_message_and_its_subject_so_its_turn_still_runs(client):
    rider = RiderFactory()
    body = {
        "rider_id": rider.rider_id,
        "text": "I'm Maria\x00 Lopez, charged twice.",
        "subject": "Dou\x00ble",
    }
    response = post(client, body)
    assert response.status_code == 201
    case = Case.objects.get(pk=response.json()["case_id"])
    message = message_ingest(message_id=case.messages.get().pk)
    assert message.text == "I'm <PERSON_1>, charged twice."
    case.refresh_from_db()
    assert case.subject == "Double"  # redacted with the first message, as customer text
    assert Turn.objects.get(case=case).status == "queued"


def test_a_rider_id_with_a_control_character_is_refused_naming_the_field(client):
    RiderFactory(rider_id="R-1")
    response = post(client, {"rider_id": "R-1\x00", "text": "hi"})
    assert response.status_code == 400
    assert "rider_id" in response.json()["error"] and "control" in response.json()["error"]
