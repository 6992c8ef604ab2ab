"""One customer turn is one trace: from the inbound POST through the ingest, the redaction, the turn
task, the model and tool calls and the rules, to the websocket publish; no attribute holds PII.

The test process plays every part: Django serves the POST (test client), a Celery worker in a thread
consumes the real broker (queues of this test's own), and every span lands in an in-memory exporter,
so the trace crosses the broker exactly as it does between processes (context in the task headers).
"""

from __future__ import annotations

import time
import uuid

import pytest
from celery.contrib.testing.worker import start_worker

from copilot.celery import app
from copilot.models import Turn

TOKEN = "inbound-token-for-the-trace"
NAME, EMAIL, PHONE = "Maria Lopez", "maria.lopez@example.com", "+44 7700 900123"


@pytest.fixture
def own_queues(settings):
    """Queues nobody else consumes (the session's worker process may be running)."""
    suffix = uuid.uuid4().hex[:8]
    settings.COPILOT_INGEST_QUEUE = f"ingest-{suffix}"
    settings.COPILOT_TURN_QUEUE = f"turns-{suffix}"
    settings.COPILOT_INBOUND_TOKEN = TOKEN
    return [settings.COPILOT_INGEST_QUEUE, settings.COPILOT_TURN_QUEUE]


def _wait_for(predicate, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("timed out")


def _attribute_values(span) -> list[str]:
    values = []
    for value in (span.attributes or {}).values():
        values += [str(v) for v in value] if isinstance(value, tuple | list) else [str(value)]
    for event in span.events:
        values += [str(v) for v in (event.attributes or {}).values()]
    return [*values, span.name]


@pytest.mark.django_db(transaction=True)
def test_a_customer_turn_is_one_trace_from_the_post_to_the_websocket_publish_without_pii(
    client, span_exporter, own_queues, rider, long_trip, settings
):
    settings.COPILOT_TRACE_CLIENT_SHARE = 1.0  # this turn's trace holds its SQL and Redis calls too
    trip = str(long_trip.trip_id)[:8]
    text = (
        f"Hi, this is {NAME} ({EMAIL}, {PHONE}). My driver took a long detour on trip {trip} "
        "and I paid 48 instead of the 30 I was quoted."
    )
    with start_worker(app, pool="solo", perform_ping_check=False, queues=own_queues, shutdown_timeout=30):
        response = client.post(
            "/api/inbound/messages",
            {"rider_id": rider.rider_id, "text": text},
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {TOKEN}",
        )
        assert response.status_code == 201, response.content
        turn = _wait_for(
            lambda: Turn.objects.filter(case_id=response.json()["case_id"], status="done").first()
        )
        _wait_for(lambda: any(s.name == "realtime.publish" for s in span_exporter.get_finished_spans()), 10)

    spans = list(span_exporter.get_finished_spans())
    [root] = [s for s in spans if s.name == "inbound.receive"]
    trace_id = root.context.trace_id
    in_trace = sorted((s for s in spans if s.context.trace_id == trace_id), key=lambda s: s.start_time)
    names = [s.name for s in in_trace]

    # One trace: every turn span of this case is in it, and the POST's request span is its root.
    assert [s for s in spans if s.name == "turn.run" and s.context.trace_id != trace_id] == []
    assert names[0] == "POST api/inbound/messages"
    # In order: the request, the ingest task, the redaction, the turn task, the turn and its parts.
    expected = [
        "inbound.receive",
        "apply_async/copilot.tasks.ingest_message",
        "run/copilot.tasks.ingest_message",
        "ingest.batch",
        "pii.redact",
        "apply_async/copilot.tasks.run_turn",
        "run/copilot.tasks.run_turn",
        "turn.run",
        "turn.safety_screen",
        "model.call",
        "turn.deliver",
    ]
    positions = [names.index(name) for name in expected]
    assert positions == sorted(positions), str([(n, i) for i, n in enumerate(names) if not n.isupper()])
    # Events leave through the process's publisher thread; the proposal's is the last publish.
    assert "realtime.publish" in names[names.index("turn.deliver") :]
    turn_run = in_trace[names.index("turn.run")]
    deliver = in_trace[names.index("turn.deliver")]
    for part in ("tools.execute", "tool.call", "rules.judge"):
        [first] = [s for s in in_trace if s.name == part][:1]
        assert turn_run.start_time <= first.start_time <= deliver.start_time, part
    # The database and Redis calls of the turn are in it too (instrumented libraries, at share 1).
    assert any(s.attributes.get("db.system") == "postgresql" for s in in_trace)
    assert any(s.attributes.get("db.system") == "redis" for s in in_trace)

    # The attributes say what happened in ids and enums.
    attributes = turn_run.attributes
    assert attributes["copilot.turn_id"] == str(turn.pk)
    assert attributes["copilot.case_id"] == turn.case_id
    assert attributes["copilot.intent"] == "fare_dispute"
    assert attributes["copilot.provider"] == "offline"
    assert attributes["copilot.outcome"] == "done"
    assert list(attributes["copilot.verdicts"])
    assert attributes["gen_ai.usage.input_tokens"] > 0
    judged = [s for s in in_trace if s.name == "rules.judge"]
    assert {s.attributes["copilot.verdict"] for s in judged} <= {"allowed", "needs_supervisor", "denied"}

    # And never who the customer is or what they wrote.
    secrets = [NAME, "Maria", "Lopez", EMAIL, "maria.lopez", PHONE, "7700 900123", "7700900123", "detour"]
    leaks = [
        (span.name, value)
        for span in spans
        for value in _attribute_values(span)
        if any(secret.lower() in value.lower() for secret in secrets)
    ]
    assert leaks == []
