"""The trace crosses processes: a real Celery worker, started with OTEL_EXPORTER_OTLP_ENDPOINT,
continues the trace this test process began, and exports its spans over OTLP/HTTP to a receiver
the test runs. The worker has a Valkey of its own, so the session's worker never takes its tasks.
"""

from __future__ import annotations

import http.server
import threading

import pytest
from celery import Celery
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from copilot.intake.services import case_open
from copilot.models import Turn
from copilot.observability import tracing
from copilot.runtime.tasks import INGEST_MESSAGE
from tests.conftest import wait_until, worker_on

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]
NAME, EMAIL = "Maria Lopez", "maria.lopez@example.com"


class Receiver:
    """An OTLP/HTTP traces endpoint on loopback: keeps every span it is sent, with its process."""

    def __init__(self) -> None:
        self.spans: list[dict] = []
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                request = ExportTraceServiceRequest.FromString(body)
                for resource_spans in request.resource_spans:
                    resource = {a.key: a.value.string_value for a in resource_spans.resource.attributes}
                    for scope in resource_spans.scope_spans:
                        for span in scope.spans:
                            receiver.spans.append(
                                {
                                    "name": span.name,
                                    "trace_id": span.trace_id.hex(),
                                    "start": span.start_time_unix_nano,
                                    "process": resource.get("copilot.process", ""),
                                    "attributes": [str(a.value).strip() for a in span.attributes],
                                }
                            )
                self.send_response(200)
                self.send_header("Content-Type", "application/x-protobuf")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args) -> None:
                return None

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    receiver = Receiver()
    yield receiver
    receiver.stop()


@pytest.fixture
def traced_worker(test_database_url, tmp_path, valkey, receiver):
    with worker_on(
        valkey,
        test_database_url,
        tmp_path,
        name="traced",
        OTEL_EXPORTER_OTLP_ENDPOINT=receiver.url,
        OTEL_BSP_SCHEDULE_DELAY="100",  # export every 0.1 s instead of 5 s
    ) as worker:
        yield worker


def test_a_real_worker_continues_the_trace_begun_here_and_exports_it_over_otlp(
    span_exporter, receiver, valkey, traced_worker, rider, long_trip, monkeypatch
):
    # The message is stored here; its ingest is sent to the worker's own broker, in this trace.
    monkeypatch.setattr("copilot.intake.services._enqueue_ingest", lambda message_id: None)
    text = f"This is {NAME} ({EMAIL}). The driver took a long detour on trip {str(long_trip.trip_id)[:8]}."
    with (
        Celery("copilot", broker=valkey.url, set_as_current=False) as broker,
        tracing.span("inbound.receive"),
    ):
        case = case_open(rider=rider, text=text, defer_redaction=True)
        broker.send_task(INGEST_MESSAGE, args=[case.messages.get().pk], queue="ingest")
    [root] = [s for s in span_exporter.get_finished_spans() if s.name == "inbound.receive"]
    trace_id = f"{root.context.trace_id:032x}"

    wait_until(lambda: Turn.objects.filter(case=case, status="done").exists(), timeout=60)
    # The task's span ends after the turn's row says done; the exporter sends it within 0.1 s.
    wait_until(lambda: any(s["name"] == "run/copilot.tasks.run_turn" for s in receiver.spans), timeout=15)

    theirs = sorted((s for s in receiver.spans if s["trace_id"] == trace_id), key=lambda s: s["start"])
    names = [s["name"] for s in theirs]
    for name in (
        "run/copilot.tasks.ingest_message",
        "ingest.batch",
        "pii.redact",
        "apply_async/copilot.tasks.run_turn",
        "run/copilot.tasks.run_turn",
        "turn.run",
        "model.call",
        "tools.execute",
        "tool.call",
        "rules.judge",
        "turn.deliver",
        "realtime.publish",
    ):
        assert name in names, names
    assert (
        names.index("run/copilot.tasks.ingest_message")
        < names.index("turn.run")
        < names.index("turn.deliver")
    )
    assert {s["process"] for s in theirs} == {"worker-thread"}
    values = " ".join(v for s in receiver.spans for v in s["attributes"]).lower()
    for secret in (NAME.lower(), "maria", "lopez", EMAIL, "detour"):
        assert secret not in values
