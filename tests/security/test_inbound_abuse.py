"""The inbound API answers input that can never succeed with a final 4xx naming the problem, never a
500 a sender would retry for ever (each retry logging a traceback)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from copilot.intake.api import parse_inbound
from copilot.models import Case

pytestmark = pytest.mark.django_db

TOKEN = "test-inbound-token"


@pytest.fixture(autouse=True)
def token(settings):
    settings.COPILOT_INBOUND_TOKEN = TOKEN


def post(client, body: bytes, *, auth: str = f"Bearer {TOKEN}"):
    return client.post(
        reverse("inbound-message"), data=body, content_type="application/json", HTTP_AUTHORIZATION=auth
    )


@pytest.mark.parametrize(
    ("body", "named"),
    [
        pytest.param(b'{"rider_id": "R-1", "text": "caf\xe9"}', "UTF-8", id="invalid UTF-8"),
        pytest.param(b"[" * 100_000 + b"]" * 100_000, "nested more than 20 levels", id="JSON 100k deep"),
        pytest.param(
            b'{"rider_id": "R-1", "text": "hi", "case_id": ' + b"9" * 5000 + b"}",
            "too long",
            id="5000 digits",
        ),
        pytest.param(b'{"rider_id": "R-1", "text": "hi"', "must be a JSON object", id="truncated JSON"),
        pytest.param(b"[1, 2]", "dictionary", id="a list, not an object"),
    ],
)
def test_a_body_that_can_never_succeed_gets_a_400_naming_the_problem(client, body, named):
    answer = post(client, body)
    assert answer.status_code == 400, answer.content
    assert named in answer.json()["error"]
    assert not Case.objects.exists()


def test_the_token_without_its_bearer_scheme_is_refused(client):
    answer = post(client, b'{"rider_id": "R-1", "text": "hi"}', auth=TOKEN)
    assert answer.status_code == 401 and "Bearer" in answer.json()["error"]


def test_the_daphne_fast_path_parses_with_the_same_rules():
    status, payload = parse_inbound(authorization=f"Bearer {TOKEN}", body=b"\xff\xfe")
    assert status == 400 and "UTF-8" in payload["error"]
