"""Tracing is off at no cost without an endpoint; on, spans carry only declared attributes and no lone client call."""

from __future__ import annotations

import json
import os
import select
import signal
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


@pytest.fixture
def published(monkeypatch):
    """The publisher thread's round trips as they end: (events published so far, a condition to wait on)."""
    import threading
    from contextlib import contextmanager

    done = threading.Condition()
    counts: list[int] = []
    spans_for = tracing.spans_for

    @contextmanager
    def counted(name, contexts, **attributes):
        try:
            with spans_for(name, contexts, **attributes):
                yield
        finally:
            with done:
                counts.append(attributes["events"])
                done.notify_all()

    monkeypatch.setattr(tracing, "spans_for", counted)

    def wait_for(events: int) -> None:
        with done:
            assert done.wait_for(lambda: sum(counts) >= events, timeout=10), (
                f"published {sum(counts)} of {events}"
            )

    return wait_for


def test_a_drafts_streamed_events_join_no_trace_but_the_proposals_event_does(span_exporter, published):
    from copilot.realtime import events
    from copilot.realtime.publisher import case_group, publisher

    with tracing.span("turn.run", turn_id="t"):
        for offset in range(5):
            publisher.send(case_group(1), [(events.TURN_DELTA, {"offset": offset, "text": "Sorry"})])
        publisher.send(case_group(1), [(events.TURN_STATUS, {"status": "drafting"})])
    published(6)  # the streamed events' round trips are over before the proposal's is queued
    with tracing.span("turn.run", turn_id="t"):
        publisher.send(case_group(1), [(events.TURN_DONE, {"status": "done"})])
    published(7)  # its span ended (and was exported) before the round trip counted
    spans = [s for s in span_exporter.get_finished_spans() if s.name == "realtime.publish"]

    assert [s.attributes["copilot.events"] for s in spans] == [1]


@pytest.mark.django_db
def test_a_sql_statement_outside_a_recorded_span_skips_the_instrumentation_inside_one_it_is_kept(
    span_exporter, monkeypatch
):
    from django.db import connections
    from opentelemetry.instrumentation import dbapi

    traced = []
    through = dbapi.CursorTracer.traced_execution
    monkeypatch.setattr(
        dbapi.CursorTracer,
        "traced_execution",
        lambda self, cursor, method, *a, **k: traced.append(a[0]) or through(self, cursor, method, *a, **k),
    )
    connection = connections.create_connection("default")  # a new one: tracing hooks in as it opens
    try:
        connection.ensure_connection()
        traced.clear()  # Django's own set-up of the connection ran before the hook
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")  # a page's read, outside any trace
            cursor.execute("")  # the pool's liveness check: nothing to name, never kept
            with tracing.span("turn.run", turn_id="t"):
                cursor.execute("")
                cursor.execute("SELECT 2")
                assert cursor.fetchone() == (2,)
    finally:
        connection.close()
    names = [s.name for s in span_exporter.get_finished_spans()]

    assert traced == ["SELECT 2"]
    assert names == ["SELECT", "turn.run"]


def test_a_redis_command_outside_a_recorded_span_skips_the_instrumentation_inside_one_it_is_kept(
    span_exporter, settings, monkeypatch
):
    import redis
    from opentelemetry.instrumentation import redis as redis_instrumentation

    formatted = []
    format_args = redis_instrumentation._format_command_args
    monkeypatch.setattr(
        redis_instrumentation,
        "_format_command_args",
        lambda args: formatted.append(args[0]) or format_args(args),
    )
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        client.ping()  # a broker poll, outside any trace
        with client.pipeline() as pipeline:
            pipeline.exists("copilot-test-nothing").exists("copilot-test-nothing-either").execute()
        with tracing.span("turn.run", turn_id="t"):
            client.ping()
    finally:
        client.close()
    names = [s.name for s in span_exporter.get_finished_spans()]

    assert formatted == ["PING"]
    assert names == ["PING", "turn.run"]


class _Exporter:
    """Collects the names of each batch it is sent; a condition to wait on one."""

    def __init__(self) -> None:
        import threading

        self.batches: list[list[str]] = []
        self.sent = threading.Condition()

    def export(self, spans):
        from opentelemetry.sdk.trace.export import SpanExportResult

        with self.sent:
            self.batches.append([s.name for s in spans])
            self.sent.notify_all()
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        pass

    def wait_for(self, name: str) -> None:
        with self.sent:
            assert self.sent.wait_for(lambda: any(name in batch for batch in self.batches), timeout=10)


def _flushing_tracer(exporter: _Exporter):
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    # The SDK's schedule is ten minutes away: only the flushes between turns can send anything.
    processor = tracing._flushing_processor(BatchSpanProcessor)(exporter, schedule_delay_millis=600_000)
    provider = TracerProvider()
    provider.add_span_processor(processor)
    return provider


def _remote_parent():
    from opentelemetry import trace

    sampled = trace.TraceFlags(trace.TraceFlags.SAMPLED)
    return trace.set_span_in_context(
        trace.NonRecordingSpan(trace.SpanContext(trace_id=1, span_id=2, is_remote=True, trace_flags=sampled))
    )


def test_a_processs_spans_leave_when_its_part_of_a_trace_ends_with_enough_waiting(monkeypatch):
    monkeypatch.setattr(tracing, "FLUSH_AT", 3)
    monkeypatch.setattr(tracing, "QUIET_SECONDS", 600)
    exporter = _Exporter()
    provider = _flushing_tracer(exporter)
    tracer = provider.get_tracer("test")
    try:
        # A turn task (its parent is in another process) and an inbound POST (no parent at all).
        for name, parent in (("run/copilot.tasks.run_turn", _remote_parent()), ("inbound.receive", None)):
            with tracer.start_as_current_span(name, context=parent):
                tracer.start_span("model.call").end()
                tracer.start_span("tool.call").end()
            exporter.wait_for(name)
    finally:
        provider.shutdown()

    assert exporter.batches == [
        ["model.call", "tool.call", "run/copilot.tasks.run_turn"],
        ["model.call", "tool.call", "inbound.receive"],
    ]


def test_a_processs_spans_leave_once_it_is_quiet_after_a_part_of_a_trace(monkeypatch):
    monkeypatch.setattr(tracing, "FLUSH_AT", 1000)
    monkeypatch.setattr(tracing, "QUIET_SECONDS", 0.05)
    exporter = _Exporter()
    provider = _flushing_tracer(exporter)
    tracer = provider.get_tracer("test")
    try:
        with tracer.start_as_current_span("run/copilot.tasks.ingest_message", context=_remote_parent()):
            tracer.start_span("pii.redact").end()
        exporter.wait_for("run/copilot.tasks.ingest_message")
    finally:
        provider.shutdown()

    assert exporter.batches == [["pii.redact", "run/copilot.tasks.ingest_message"]]


def test_a_forked_child_still_sends_its_spans_between_turns(monkeypatch):
    monkeypatch.setattr(tracing, "FLUSH_AT", 1)
    monkeypatch.setattr(tracing, "QUIET_SECONDS", 600)
    exporter = _Exporter()
    providers = [_flushing_tracer(exporter), _flushing_tracer(_Exporter())]
    try:
        assert set(providers[0]._active_span_processor._span_processors) <= set(tracing._FLUSHING)
        reading, writing = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child, as a Celery worker's forked pool process
            sent = False
            try:
                exporter.batches.clear()
                with providers[0].get_tracer("test").start_as_current_span("run/copilot.tasks.run_turn"):
                    pass
                with exporter.sent:
                    sent = exporter.sent.wait_for(lambda: bool(exporter.batches), timeout=10)
            finally:
                os.write(writing, b"1" if sent else b"0")
                os._exit(0)
        os.close(writing)
        # A child stuck on a lock another thread held at the fork must fail the test, not hang the suite.
        ready, _, _ = select.select([reading], [], [], 30)
        answer = os.read(reading, 1) if ready else b"hung"
        if not ready:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert answer == b"1"
    finally:
        for provider in providers:
            provider.shutdown()
