"""Tracing is off at no cost without an endpoint; on, spans carry only declared attributes and no lone client call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copilot.observability import tracing

ROOT = Path(__file__).resolve().parent.parent.parent

PROBE = """
import json, sys
import copilot.asgi  # what Daphne imports: it sets tracing up for the web process
from copilot.celery import _warm_up  # what a worker runs when it is ready
from opentelemetry import trace
from copilot.observability import tracing
from django.conf import settings
span = tracing.span("turn.run", turn_id="t")
print(json.dumps({
    "enabled": tracing.enabled(),
    "provider": type(trace.get_tracer_provider()).__name__,
    # redis-py imports parts of the SDK's metrics package when it is installed (its own, idle, telemetry).
    "sdk_trace_loaded": any(m.startswith(("opentelemetry.sdk.trace", "opentelemetry.exporter")) for m in sys.modules),
    "instrumentation_loaded": any(m.startswith("opentelemetry.instrumentation.") for m in sys.modules),
    "middleware": [m for m in settings.MIDDLEWARE if "opentelemetry" in m],
    "no_span": span is tracing.NO_SPAN,
    "carried": tracing.carry(len) is len,
}))
"""


def test_without_an_endpoint_no_provider_tracing_sdk_exporter_or_instrumentation_is_loaded():
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env["DJANGO_SETTINGS_MODULE"] = "copilot.settings.test"
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    state = json.loads(result.stdout.strip().splitlines()[-1])

    assert state == {
        "enabled": False,
        "provider": "ProxyTracerProvider",
        "sdk_trace_loaded": False,
        "instrumentation_loaded": False,
        "middleware": [],
        "no_span": True,
        "carried": True,
    }


def test_a_span_may_carry_only_the_attributes_the_copilot_declares(span_exporter):
    with pytest.raises(ValueError, match=r"copilot\.text"), tracing.span("turn.run", text="Maria"):
        pass


def test_a_lone_redis_or_sql_call_starts_no_trace_but_one_inside_a_turn_is_kept(span_exporter, settings):
    from opentelemetry import trace

    settings.COPILOT_TRACE_CLIENT_SHARE = 1.0

    library = trace.get_tracer("a.client.library")
    library.start_span("BRPOP", kind=trace.SpanKind.CLIENT).end()  # a broker poll, outside any trace
    with tracing.span("turn.run", turn_id="t"):
        library.start_span("SELECT", kind=trace.SpanKind.CLIENT).end()
    names = {span.name for span in span_exporter.get_finished_spans()}

    assert "BRPOP" not in names
    assert {"turn.run", "SELECT"} <= names


@pytest.mark.parametrize("unnamed", [True, False], ids=["unnamed", "named_after_the_database"])
def test_a_pools_liveness_check_inside_a_turn_is_not_kept_but_the_turns_statements_are(
    span_exporter, settings, unnamed
):
    from opentelemetry import trace

    # The SQL instrumentation names a statement's span by its operation, or, when the statement has
    # none (the pool's check sends an empty one), after the database, or not at all.
    settings.COPILOT_TRACE_CLIENT_SHARE = 1.0
    check = "" if unnamed else settings.DATABASES["default"]["NAME"]
    library = trace.get_tracer("a.client.library")
    with tracing.span("turn.run", turn_id="t"):
        library.start_span(check, kind=trace.SpanKind.CLIENT).end()
        library.start_span("SELECT", kind=trace.SpanKind.CLIENT).end()
    names = [span.name for span in span_exporter.get_finished_spans()]

    assert names == ["SELECT", "turn.run"]


@pytest.mark.parametrize("share", [0.0, 0.25, 0.5, 1.0])
def test_a_turns_sql_and_redis_calls_are_kept_in_the_share_of_traces_their_ids_pick(
    span_exporter, settings, share
):
    from opentelemetry import trace

    settings.COPILOT_TRACE_CLIENT_SHARE = share
    library = trace.get_tracer("a.client.library")
    with_calls = []
    for _ in range(400):
        with tracing.span("turn.run", turn_id="t") as turn:
            library.start_span("SELECT", kind=trace.SpanKind.CLIENT).end()
            library.start_span("GET", kind=trace.SpanKind.CLIENT).end()
        trace_id = turn.span.get_span_context().trace_id
        kept = {s.name for s in span_exporter.get_finished_spans() if s.context.trace_id == trace_id}
        # Every turn keeps its own span; its client calls are there together or not at all.
        assert kept in ({"turn.run"}, {"turn.run", "SELECT", "GET"})
        with_calls.append(len(kept) == 3)
        # The same trace id gives the same answer in any process (the decision is the id's, not chance's).
        assert with_calls[-1] == ((trace_id & (2**64 - 1)) < round(share * 2**64))
    assert abs(sum(with_calls) / len(with_calls) - share) <= 0.1


def test_a_span_whose_parent_was_dropped_is_dropped_too(span_exporter):
    from opentelemetry import trace

    library = trace.get_tracer("a.client.library")
    with library.start_as_current_span("BRPOP", kind=trace.SpanKind.CLIENT):
        library.start_span("a callback's work").end()

    assert span_exporter.get_finished_spans() == ()


def test_a_drafts_streamed_events_join_no_trace_but_the_proposals_event_does(span_exporter):
    import time

    from copilot.realtime import events
    from copilot.realtime.publisher import case_group, publisher

    with tracing.span("turn.run", turn_id="t"):
        for offset in range(5):
            publisher.send(case_group(1), [(events.TURN_DELTA, {"offset": offset, "text": "Sorry"})])
        publisher.send(case_group(1), [(events.TURN_STATUS, {"status": "drafting"})])
    time.sleep(0.3)  # the streamed events' round trips are over before the proposal's is queued
    with tracing.span("turn.run", turn_id="t"):
        publisher.send(case_group(1), [(events.TURN_DONE, {"status": "done"})])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(
        s.name == "realtime.publish" for s in span_exporter.get_finished_spans()
    ):
        time.sleep(0.05)
    time.sleep(0.2)
    published = [s for s in span_exporter.get_finished_spans() if s.name == "realtime.publish"]

    assert [s.attributes["copilot.events"] for s in published] == [1]
