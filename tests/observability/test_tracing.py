"""Tracing is off at no cost without an endpoint; on, spans carry only declared attributes and no lone client call."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

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


def test_a_span_may_carry_only_the_attributes_the_copilot_declares():
    exporter = InMemorySpanExporter()
    tracing.setup_process("test", exporter=exporter)
    try:
        with pytest.raises(ValueError, match=r"copilot\.text"), tracing.span("turn.run", text="Maria"):
            pass
    finally:
        tracing.teardown()


def test_a_lone_redis_or_sql_call_starts_no_trace_but_one_inside_a_turn_is_kept():
    from opentelemetry import trace

    exporter = InMemorySpanExporter()
    tracing.setup_process("test", exporter=exporter)
    try:
        library = trace.get_tracer("a.client.library")
        library.start_span("BRPOP", kind=trace.SpanKind.CLIENT).end()  # a broker poll, outside any trace
        with tracing.span("turn.run", turn_id="t"):
            library.start_span("SELECT", kind=trace.SpanKind.CLIENT).end()
        names = {span.name for span in exporter.get_finished_spans()}
    finally:
        tracing.teardown()

    assert "BRPOP" not in names
    assert {"turn.run", "SELECT"} <= names
