"""The agent tests' scripted model server, for turns that call a model; an in-memory span exporter."""

import pytest
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from copilot.observability import tracing
from tests.agent.conftest import model_server, use_model  # noqa: F401  (fixtures)


@pytest.fixture
def span_exporter():
    """Tracing on in this process, every span exported as it ends to memory; off again after the test."""
    exporter = InMemorySpanExporter()
    tracing.setup_process("test", exporter=exporter)
    yield exporter
    tracing.teardown()
    exporter.clear()
