"""Traces: OpenTelemetry when `OTEL_EXPORTER_OTLP_ENDPOINT` is set, nothing at all otherwise.

Each process sets tracing up for itself (`setup_process`): Daphne when it imports `copilot.asgi`,
a Celery worker when it is ready (a prefork child after its fork, `worker_process_init`: the
exporter's thread does not survive a fork). Without an endpoint no provider is installed and no
instrumentation is hooked in: `span()` hands back one shared object that does nothing, and
`carry()` returns the function it was given.

Attributes are ids, counts and enums, never text a person wrote: `SAFE_ATTRIBUTES` lists every
key the copilot's own spans may carry, and the instrumentations' request attributes that could
hold a person's data (client address, user agent, query string) are withheld.
"""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db.backends.signals import connection_created
from opentelemetry import context as otel_context
from opentelemetry import trace

logger = logging.getLogger(__name__)
TRACER = trace.get_tracer("copilot")  # the API's proxy: it follows the provider once one is set
_lock = threading.Lock()
_on = False
_process = ""

# Every attribute key the copilot's own spans set; values are ids, numbers or enums.
SAFE_ATTRIBUTES = frozenset(
    {
        "copilot.case_id",
        "copilot.turn_id",
        "copilot.message_id",
        "copilot.message_ids",
        "copilot.attempt",
        "copilot.intent",
        "copilot.intents",
        "copilot.provider",
        "copilot.model",
        "copilot.outcome",
        "copilot.batch_size",
        "copilot.pii_entities",
        "copilot.safety_fired",
        "copilot.safety_categories",
        "copilot.tool",
        "copilot.tool_outcome",
        "copilot.cache_hit",
        "copilot.gated",
        "copilot.tool_calls",
        "copilot.model_calls",
        "copilot.protocol_error",
        "copilot.verdict",
        "copilot.verdicts",
        "copilot.rule_ids",
        "copilot.actions",
        "copilot.warnings",
        "copilot.pii_removed",
        "copilot.events",
        "copilot.status",
        "gen_ai.system",
        "gen_ai.request.model",
        "gen_ai.usage.input_tokens",
        "gen_ai.usage.output_tokens",
    }
)
# Request attributes of the HTTP instrumentation that may identify a person or carry what they typed.
WITHHELD_HTTP = ("net.peer.ip", "client.address", "http.client_ip", "http.user_agent", "user_agent.original")
QUERY_HTTP = ("http.url", "http.target", "url.full", "url.query")


def enabled() -> bool:
    return _on


def setup_process(role: str, *, exporter: Any = None) -> bool:
    """Install a tracer provider and the instrumentations in this process; whether tracing is on.

    `exporter` (tests) replaces the OTLP exporter and exports each span as it ends. Without it and
    without `OTEL_EXPORTER_OTLP_ENDPOINT`, nothing is installed. Idempotent.
    """
    global _on, _process
    if exporter is None and not settings.OTEL_EXPORTER_OTLP_ENDPOINT:
        return False
    with _lock:
        if _on:
            return True
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor

        if exporter is None:
            # The exporter reads the endpoint, headers and timeout from the OTEL_EXPORTER_OTLP_* variables.
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

            processor = _flushing_processor(BatchSpanProcessor)(OTLPSpanExporter())
        else:
            processor = SimpleSpanProcessor(exporter)
        provider = trace.get_tracer_provider()
        if not isinstance(provider, TracerProvider):
            resource = Resource.create({"service.name": settings.OTEL_SERVICE_NAME, "copilot.process": role})
            provider = TracerProvider(resource=resource, sampler=_sampler())
            trace.set_tracer_provider(provider)  # once per process: the API refuses a second one
        provider.add_span_processor(processor)
        _instrument()
        _on, _process = True, role
    return True


def _instrument() -> None:
    from opentelemetry.instrumentation.celery import CeleryInstrumentor
    from opentelemetry.instrumentation.django import DjangoInstrumentor
    from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    DjangoInstrumentor().instrument(request_hook=_withhold_request_attributes, is_sql_commentor_enabled=False)
    CeleryInstrumentor().instrument()
    RedisInstrumentor().instrument()
    PsycopgInstrumentor().instrument(enable_commenter=False, skip_dep_check=True)
    # Django sets its own cursor class on every connection it opens, replacing the one the psycopg
    # instrumentation installs at connect: each connection is instrumented again once Django has it.
    connection_created.connect(_trace_django_connection, dispatch_uid="copilot-trace-connections")
    if not settings.OTEL_TRACES_SAMPLER:
        _gate_redis()


def _client_calls_traced() -> bool:
    """Whether a SQL or Redis call made now could be kept: only inside a span being recorded.

    `_sampler` drops a client span without a recording parent anyway, but only after the
    instrumentation has done its work for it (the statement parsed for its name, the Redis command
    formatted, a span started, the context attached and detached: ~18 us a call). The Celery
    consumers' polls, the publisher thread's pipelines and a page's reads are all outside a trace, so
    they skip the instrumentation here instead. Only with the copilot's sampler: one of the SDK's
    (`OTEL_TRACES_SAMPLER`) may keep a lone call as a trace of its own.
    """
    return trace.get_current_span().is_recording()


# (owner, attribute) of the Redis methods the instrumentation wraps and `_gate_redis` wraps again.
_GATED: list[tuple[Any, str]] = []


def _gate_redis() -> None:
    """Call the Redis client's own method, past the instrumentation's wrapper, outside a recorded span."""
    import redis
    import redis.asyncio
    from wrapt import wrap_function_wrapper

    def gate(wrapped, instance, args, kwargs):
        if _client_calls_traced():
            return wrapped(*args, **kwargs)
        return wrapped.__wrapped__(*args, **kwargs)

    for owner in (redis.Redis, redis.asyncio.Redis):
        _GATED.append((owner, "execute_command"))
    for owner in (redis.client.Pipeline, redis.asyncio.client.Pipeline):
        _GATED.extend([(owner, "execute"), (owner, "immediate_execute_command")])
    for owner, attribute in _GATED:
        wrap_function_wrapper(owner, attribute, gate)


def _sampler():
    """Every trace a request, a task or a turn starts, but no trace of a lone Redis or SQL call, no
    span of a connection's liveness check, and the SQL and Redis calls of only a share of the traces.

    Outside any trace, the Celery consumers poll the broker every second, the publisher thread
    pipelines its batches, pages re-read what changed and the pool checks connections: as root spans
    these were most of what a process exported, at a cost every turn shared. A span of kind CLIENT
    with no parent is dropped; a span whose parent was dropped is dropped too. Inside a trace, the
    pool's check before it lends a connection (an empty statement, which the SQL instrumentation names
    after the database, or leaves unnamed) is dropped: several per turn, and it says nothing. The
    turn's own SQL and Redis calls (~27 of a turn's ~47 spans; a lever on the volume exported, not
    on the turn's time) are kept in the traces of `COPILOT_TRACE_CLIENT_SHARE` of the turns (default
    all), decided from the trace id as the SDK's ratio
    sampler decides, so a turn has them in every process or in none; every trace keeps the copilot's
    own spans (the stages, model and tool calls, rules, delivery), which say where a slow turn's time
    went. Everything else follows its parent. `OTEL_TRACES_SAMPLER`, when set, decides instead (the
    SDK reads it), for example `parentbased_traceidratio` with `OTEL_TRACES_SAMPLER_ARG=0.1`.
    """
    from opentelemetry.sdk.trace.sampling import Decision, Sampler, SamplingResult, _get_from_env_or_default

    if settings.OTEL_TRACES_SAMPLER:
        return _get_from_env_or_default()

    no_operation = frozenset({"", *(str(db.get("NAME") or "") for db in settings.DATABASES.values())})
    drop = SamplingResult(Decision.DROP)
    low_bits = (1 << 64) - 1

    def with_client_calls(trace_id: int) -> bool:
        share = settings.COPILOT_TRACE_CLIENT_SHARE  # read per call: tests and an operator's reload change it
        return share >= 1.0 or (trace_id & low_bits) < round(share * (1 << 64))

    class TurnsOnly(Sampler):
        def should_sample(
            self, parent_context, trace_id, name, kind=None, attributes=None, links=None, trace_state=None
        ):
            parent = trace.get_current_span(parent_context).get_span_context()
            if not parent.is_valid:
                return (
                    drop
                    if kind == trace.SpanKind.CLIENT
                    else SamplingResult(Decision.RECORD_AND_SAMPLE, attributes)
                )
            if not parent.trace_flags.sampled:
                return drop
            if kind == trace.SpanKind.CLIENT and (name in no_operation or not with_client_calls(trace_id)):
                return drop
            return SamplingResult(Decision.RECORD_AND_SAMPLE, attributes, parent.trace_state)

        def get_description(self) -> str:
            return "TurnsOnly"

    return TurnsOnly()


def teardown() -> None:
    """Undo `setup_process`'s instrumentation and stop the copilot's spans (tests)."""
    global _on
    from opentelemetry.instrumentation.celery import CeleryInstrumentor
    from opentelemetry.instrumentation.django import DjangoInstrumentor
    from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor
    from opentelemetry.instrumentation.redis import RedisInstrumentor

    with _lock:
        from opentelemetry.instrumentation.utils import unwrap

        for owner, attribute in _GATED:  # the gates first: the instrumentation unwraps what is outermost
            unwrap(owner, attribute)
        _GATED.clear()
        for instrumentor in (DjangoInstrumentor, CeleryInstrumentor, RedisInstrumentor, PsycopgInstrumentor):
            instrumentor().uninstrument()
        connection_created.disconnect(dispatch_uid="copilot-trace-connections")
        _on = False


def _trace_django_connection(sender, connection, **_kwargs) -> None:
    from opentelemetry.instrumentation.psycopg import PsycopgInstrumentor

    raw = connection.connection
    if raw is not None and not getattr(raw, "_is_instrumented_by_opentelemetry", False):
        PsycopgInstrumentor.instrument_connection(raw)
        if not settings.OTEL_TRACES_SAMPLER:
            raw.cursor_factory = _gated_cursor(raw.cursor_factory)


def _gated_cursor(traced: type) -> type:
    """The instrumentation's cursor class, which runs a statement past it where it could not be kept:
    outside a recorded span, and the pool's liveness check (an empty statement, dropped by `_sampler`)."""
    plain = traced.__mro__[1]  # the cursor class the instrumentation's own subclasses

    class GatedCursor(traced):
        def execute(self, query, *args, **kwargs):
            if query and _client_calls_traced():
                return traced.execute(self, query, *args, **kwargs)
            return plain.execute(self, query, *args, **kwargs)

        def executemany(self, query, *args, **kwargs):
            if query and _client_calls_traced():
                return traced.executemany(self, query, *args, **kwargs)
            return plain.executemany(self, query, *args, **kwargs)

    return GatedCursor


# A process sends its spans once its part of a trace is over and at least this many wait (one
# turn's in the turn worker; a few turns' in the ingest worker and the web process), or once no
# part has ended for QUIET_SECONDS; the SDK's own schedule (every 5 s, or at 512 spans) sent them
# at any moment, mid-turn too, and stays only as a backstop, every BACKSTOP_MILLIS unless
# OTEL_BSP_SCHEDULE_DELAY says otherwise.
FLUSH_AT = 40
QUIET_SECONDS = 1.0
BACKSTOP_MILLIS = 30_000


# The processors built in this process, whose flushing thread a forked child must start again (the
# SDK restarts its own thread there); one hook for all of them, not one per processor built.
_FLUSHING: weakref.WeakSet = weakref.WeakSet()


def _restart_flushers() -> None:
    for processor in list(_FLUSHING):
        processor._start_flusher()


os.register_at_fork(after_in_child=_restart_flushers)


def _flushing_processor(batch_processor: type) -> type:
    """The SDK's batch processor, which sends what it holds between turns rather than during them.

    Left to its schedule it sent a few hundred spans at once at any moment: encoding and posting
    them held the interpreter for milliseconds, which landed on the turn in flight and made most of
    tracing's cost at p95. Here a batch leaves when this process's part of a trace is over (its
    local root span ends: the inbound POST, an ingest task, a turn task) and FLUSH_AT spans wait, or
    when the process has been quiet for QUIET_SECONDS, so it is a turn's or a few turns' spans and
    leaves while the process waits for the next. Sent every part's end instead, it made five times
    the requests. The same queue and exporter send them, on a thread of their own: nothing is dropped
    that the SDK would not drop.
    """

    class FlushingBatchSpanProcessor(batch_processor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if "schedule_delay_millis" not in kwargs and not os.environ.get("OTEL_BSP_SCHEDULE_DELAY"):
                kwargs["schedule_delay_millis"] = BACKSTOP_MILLIS
            super().__init__(*args, **kwargs)
            self._start_flusher()
            _FLUSHING.add(self)

        def _start_flusher(self) -> None:
            self._part_over = threading.Event()
            self._count_lock = threading.Lock()
            self._waiting = 0  # spans ended since the last flush (a count, not the queue)
            threading.Thread(target=self._flush_between_turns, name="copilot-span-flush", daemon=True).start()

        def _flush_between_turns(self) -> None:
            while True:
                self._part_over.wait()
                while True:
                    self._part_over.clear()
                    if self._waiting >= FLUSH_AT or not self._part_over.wait(QUIET_SECONDS):
                        break
                with self._count_lock:
                    self._waiting = 0
                # The SDK logs an exporter's failure itself; anything else must not end the thread.
                try:
                    self.force_flush()
                except Exception:
                    logger.exception("flushing spans failed")

        def on_end(self, span) -> None:
            super().on_end(span)
            with self._count_lock:
                self._waiting += 1
            parent = span.parent
            if parent is None or parent.is_remote:
                self._part_over.set()

    return FlushingBatchSpanProcessor


def _withhold_request_attributes(span, request) -> None:
    """A page's address and query string may hold a search for a name; a client's address is a person's."""
    if not span.is_recording():
        return
    attributes = getattr(span, "attributes", None) or {}
    for key in WITHHELD_HTTP:
        if key in attributes:
            span.set_attribute(key, "withheld")
    for key in QUERY_HTTP:
        value = attributes.get(key)
        if isinstance(value, str) and "?" in value:
            span.set_attribute(key, value.split("?", 1)[0] + "?withheld")
        elif key == "url.query" and value:
            span.set_attribute(key, "withheld")


class _NoSpan:
    """What `span()` gives while tracing is off: one shared object whose methods do nothing."""

    __slots__ = ()

    def __enter__(self) -> _NoSpan:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def set(self, **attributes: Any) -> None:
        return None


NO_SPAN = _NoSpan()


class _Span:
    __slots__ = ("_manager", "span")

    def __init__(self, name: str, kind, attributes: dict[str, Any]) -> None:
        self._manager = TRACER.start_as_current_span(name, kind=kind, attributes=_clean(attributes))
        self.span = None

    def __enter__(self) -> _Span:
        self.span = self._manager.__enter__()
        return self

    def __exit__(self, *exc: Any) -> Any:
        return self._manager.__exit__(*exc)

    def set(self, **attributes: Any) -> None:
        self.span.set_attributes(_clean(attributes))


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    """`turn_id=` becomes `copilot.turn_id`; None is left out; only known keys pass."""
    out = {}
    for key, value in attributes.items():
        if value is None:
            continue
        name = key if "." in key else f"copilot.{key}"
        if name not in SAFE_ATTRIBUTES:
            raise ValueError(f"{name} is not a span attribute the copilot declares (SAFE_ATTRIBUTES)")
        out[name] = value
    return out


def span(name: str, *, kind: Any = None, **attributes: Any) -> _Span | _NoSpan:
    """A span around a block (`with span("turn.run", turn_id=...) as s: ... s.set(intent=...)`)."""
    if not _on:
        return NO_SPAN
    return _Span(name, kind if kind is not None else trace.SpanKind.INTERNAL, attributes)


def server_span(name: str, **attributes: Any) -> _Span | _NoSpan:
    """A span that starts a trace where no instrumentation did (the inbound POST in front of Django)."""
    if not _on:
        return NO_SPAN
    inside = trace.get_current_span().get_span_context().is_valid
    return _Span(name, trace.SpanKind.INTERNAL if inside else trace.SpanKind.SERVER, attributes)


def carry(function: Callable) -> Callable:
    """`function` to run on another thread inside the caller's trace (the context is not inherited)."""
    if not _on:
        return function
    captured = otel_context.get_current()

    @functools.wraps(function)
    def in_context(*args: Any, **kwargs: Any) -> Any:
        token = otel_context.attach(captured)
        try:
            return function(*args, **kwargs)
        finally:
            otel_context.detach(token)

    return in_context


def current_context() -> Any:
    """The caller's trace context, for work another thread does later; None while tracing is off."""
    return otel_context.get_current() if _on else None


@contextmanager
def spans_for(name: str, contexts: list[Any], **attributes: Any) -> Iterator[None]:
    """One span per distinct trace among `contexts`, all covering the same block (a publish that
    carries several turns' events in one round trip)."""
    if not _on or not contexts:
        yield
        return
    seen: set[int] = set()
    parents = []
    for ctx in contexts:
        trace_id = trace.get_current_span(ctx).get_span_context().trace_id
        if trace_id and trace_id not in seen:
            seen.add(trace_id)
            parents.append(ctx)
    start = time.time_ns()
    try:
        yield
    finally:
        end = time.time_ns()
        for ctx in parents:
            TRACER.start_span(name, context=ctx, start_time=start, attributes=_clean(attributes)).end(end)


def annotate(**attributes: Any) -> None:
    """Set attributes on the span the caller runs in (the turn's, once its intent is known)."""
    if _on:
        trace.get_current_span().set_attributes(_clean(attributes))
