"""The inbound API as Daphne serves it: the ASGI endpoint in front of Django."""

from __future__ import annotations

import json
import logging

import pytest
import redis
from asgiref.sync import async_to_sync
from channels.testing import HttpCommunicator

from copilot.asgi import application
from copilot.core.crypto import decrypt
from copilot.models import Case, Message
from tests.factories import CaseFactory, RiderFactory

pytestmark = pytest.mark.django_db(transaction=True)  # the endpoint stores from a pooled thread
URL = "/api/inbound/messages"
TOKEN = "inbound-secret"
UNREAD = "inbound-tests-unread"


@pytest.fixture(autouse=True)
def inbound_settings(settings):
    settings.COPILOT_INBOUND_TOKEN = TOKEN
    settings.ALLOWED_HOSTS = ["desk.example.com"]
    # These tests commit, so the ingest task really goes out: to a queue no worker reads, or
    # the session's worker would redact while the teardown truncates the tables.
    settings.COPILOT_INGEST_QUEUE = UNREAD
    redis.Redis.from_url(settings.REDIS_URL).delete(UNREAD)


def queued_ingests(settings) -> int:
    return redis.Redis.from_url(settings.REDIS_URL).llen(UNREAD)


def call(method="POST", path=URL, body: bytes | dict = b"", token=TOKEN, host="desk.example.com", extra=()):
    headers = [(b"host", host.encode()), *extra]
    if token is not None:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    if isinstance(body, dict):
        body = json.dumps(body).encode()
    response = async_to_sync(
        HttpCommunicator(application, method, path, body=body, headers=headers).get_response
    )(timeout=10)
    headers = {k.decode().lower(): v.decode() for k, v in response["headers"]}
    payload = json.loads(response["body"]) if headers.get("content-type") == "application/json" else None
    return response["status"], payload, headers


def test_a_message_to_an_open_case_is_stored_encrypted_answered_201_and_sent_to_ingest(settings):
    case = CaseFactory(rider=RiderFactory())
    status, payload, headers = call(
        body={"rider_id": case.rider.rider_id, "case_id": case.pk, "text": "Any news?"}
    )
    assert status == 201, payload
    message = Message.objects.get(pk=payload["message_id"])
    assert payload["case_id"] == case.pk and message.case_id == case.pk
    assert message.text == "" and decrypt(message.raw_text) == "Any news?"  # redaction comes next
    assert headers["x-content-type-options"] == "nosniff"
    assert queued_ingests(settings) == 1  # enqueued once the INSERT committed


def test_a_message_without_a_case_opens_one():
    rider = RiderFactory()
    status, payload, _ = call(body={"rider_id": rider.rider_id, "text": "I was charged twice."})
    assert status == 201
    assert Case.objects.get(pk=payload["case_id"]).rider == rider


@pytest.mark.parametrize(
    ("body", "token", "status", "words"),
    [
        (b"not json", TOKEN, 400, "JSON object"),
        ({"rider_id": "R-1", "text": "hi", "priority": "high"}, TOKEN, 400, "priority"),
        ({"rider_id": "R-999999", "text": "hi"}, TOKEN, 404, "no rider"),
        ({"rider_id": "R-1", "case_id": 999999, "text": "hi"}, TOKEN, 404, "no case 999999"),
        ({"rider_id": "R-1", "text": "   "}, TOKEN, 400, "cannot be empty"),
        ({"rider_id": "R-1", "text": "hi"}, "guess", 401, "bearer token"),
        ({"rider_id": "R-1", "text": "hi"}, None, 401, "bearer token"),
    ],
)
def test_bad_requests_get_the_same_clear_errors_as_through_django(body, token, status, words):
    RiderFactory(rider_id="R-1")
    got, payload, _ = call(body=body, token=token)
    assert (got, words in payload["error"]) == (status, True), payload
    assert not Message.objects.exists()


def test_only_post_is_allowed():
    status, payload, headers = call(method="GET")
    assert (status, headers["allow"]) == (405, "POST")
    assert "POST" in payload["error"]


def test_a_body_over_the_upload_limit_is_refused_unread(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    rider = RiderFactory()
    status, payload, _ = call(body={"rider_id": rider.rider_id, "text": "x" * 2000})
    assert status == 413 and "too large" in payload["error"]
    assert not Message.objects.exists()


def test_a_host_outside_allowed_hosts_is_refused():
    rider = RiderFactory()
    status, _, _ = call(body={"rider_id": rider.rider_id, "text": "hi"}, host="evil.example.net")
    assert status == 400
    assert not Message.objects.exists()


def test_a_failure_while_storing_answers_500_and_is_logged(monkeypatch, caplog):
    rider = RiderFactory()

    def broken(*, data):
        raise RuntimeError("database went away")

    monkeypatch.setattr("copilot.intake.endpoint.inbound_store", broken)
    with caplog.at_level(logging.ERROR, logger="copilot.intake.endpoint"):
        status, payload, _ = call(body={"rider_id": rider.rider_id, "text": "hi"})
    assert status == 500 and "retry" in payload["error"]
    assert "inbound message failed" in caplog.text


def test_every_other_path_is_answered_by_django():
    status, _, headers = call(method="GET", path="/login/", token=None)
    assert status == 200 and headers["content-type"].startswith("text/html")


def test_under_ssl_redirect_plain_http_is_refused_and_https_behind_the_proxy_is_taken(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 3600
    rider = RiderFactory()
    body = {"rider_id": rider.rider_id, "text": "hi"}
    status, payload, _ = call(body=body)
    assert status == 403 and "HTTPS" in payload["error"]
    assert not Message.objects.exists()
    status, _, headers = call(body=body, extra=[(b"x-forwarded-proto", b"https")])
    assert status == 201
    assert headers["strict-transport-security"].startswith("max-age=3600")
