"""A sender that retries (after a timeout, say) with the same Idempotency-Key stores its message
once, through Daphne's endpoint and through Django alike; a database that is restarting is
answered 503 with Retry-After, never stored half."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from copilot.intake.services import receipts_purge
from copilot.models import Case, InboundReceipt, Message
from tests.conftest import database_down
from tests.copilot.test_inbound import TOKEN, URL, call, inbound_settings  # noqa: F401 (fixture)
from tests.factories import CaseFactory, RiderFactory

pytestmark = pytest.mark.django_db(transaction=True)


def key_header(key: str) -> tuple[bytes, bytes]:
    return (b"idempotency-key", key.encode())


def test_a_retry_with_the_same_key_gets_the_first_answer_and_stores_nothing_twice():
    case = CaseFactory(rider=RiderFactory())
    body = {"rider_id": case.rider.rider_id, "case_id": case.pk, "text": "Any news on my refund?"}
    key = str(uuid.uuid4())
    first = call(body=body, extra=[key_header(key)])
    again = call(body=body, extra=[key_header(key)])
    assert first[0] == 201 and again[0] == 200
    assert again[1] == {**first[1], "replayed": True}
    assert Message.objects.filter(case=case).count() == 1


def test_a_new_case_opened_with_a_key_is_opened_once():
    rider = RiderFactory()
    body = {"rider_id": rider.rider_id, "text": "My driver took a detour"}
    key = f'"{uuid.uuid4()}"'  # a structured-field string, quoted
    answers = [call(body=body, extra=[key_header(key)]) for _ in range(3)]
    assert [status for status, _, _ in answers] == [201, 200, 200]
    assert Case.objects.filter(rider=rider).count() == 1


def test_two_requests_with_one_key_at_the_same_moment_store_one_message():
    case = CaseFactory(rider=RiderFactory())
    body = {"rider_id": case.rider.rider_id, "case_id": case.pk, "text": "Hello?"}
    key = str(uuid.uuid4())
    answers: list[int] = []

    def post() -> None:
        client = Client(HTTP_HOST="desk.example.com")
        response = client.post(
            URL,
            data=json.dumps(body),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {TOKEN}",
            HTTP_IDEMPOTENCY_KEY=key,
        )
        answers.append(response.status_code)

    threads = [threading.Thread(target=post) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert sorted(answers) == [200, 200, 200, 201]
    assert Message.objects.filter(case=case).count() == 1


@pytest.mark.parametrize(
    "change",
    [{"text": "Something else entirely"}, {"channel": "email"}, {"subject": "Another subject"}, {"rider": 1}],
    ids=["text", "channel", "subject", "rider"],
)
def test_a_used_key_with_a_different_message_is_refused_and_stores_nothing(change):
    first, other = RiderFactory(), RiderFactory()
    body = {"rider_id": first.rider_id, "text": "Hi", "subject": "Refund", "channel": "chat"}
    key = str(uuid.uuid4())
    assert call(body=body, extra=[key_header(key)])[0] == 201
    changed = {**body, **change, "rider_id": other.rider_id if "rider" in change else first.rider_id}
    changed.pop("rider", None)
    status, payload, _ = call(body=changed, extra=[key_header(key)])
    assert status == 422 and "different message" in payload["error"]
    assert Message.objects.count() == 1


@pytest.mark.parametrize(
    "key", ["short", "has spaces in it", "maria@example.com", "x" * 129, "ключ-ключ-ключ"]
)
def test_a_key_that_is_not_an_opaque_token_is_refused_with_the_rule(key):
    rider = RiderFactory()
    status, payload, _ = call(body={"rider_id": rider.rider_id, "text": "Hi"}, extra=[key_header(key)])
    assert status == 400 and payload["error"].startswith("Idempotency-Key: 8 to 128 characters")
    assert not Case.objects.filter(rider=rider).exists()


def test_a_refused_message_leaves_no_receipt_so_the_corrected_retry_is_stored():
    rider = RiderFactory()
    key = str(uuid.uuid4())
    status, _, _ = call(
        body={"rider_id": rider.rider_id, "case_id": 999_999, "text": "Hi"}, extra=[key_header(key)]
    )
    assert status == 404
    assert call(body={"rider_id": rider.rider_id, "text": "Hi"}, extra=[key_header(key)])[0] == 201


def test_keys_are_forgotten_after_a_week():
    now = timezone.now()
    InboundReceipt.objects.create(key="old-key-123", fingerprint="f", created_at=now - timedelta(days=8))
    InboundReceipt.objects.create(key="new-key-123", fingerprint="f", created_at=now - timedelta(days=6))
    assert receipts_purge(now=now) == 1
    assert list(InboundReceipt.objects.values_list("key", flat=True)) == ["new-key-123"]


def test_a_database_that_is_restarting_is_answered_503_with_retry_after():
    rider = RiderFactory()
    with database_down():
        status, payload, headers = call(body={"rider_id": rider.rider_id, "text": "Hi"})
    assert status == 503 and headers["retry-after"] == "2" and "retry" in payload["error"]
    assert not Case.objects.filter(rider=rider).exists()
    assert call(body={"rider_id": rider.rider_id, "text": "Hi"})[0] == 201  # back once it is
