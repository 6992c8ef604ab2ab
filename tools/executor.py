"""Runs the model's tool calls: validate, permit, execute with limits, audit every call.

Validation has three layers before anything runs: the JSON schema (the tool's strict
pydantic Args), the business rules (inside each tool: the trip belongs to this case's
rider, amounts are sane) and the sanitising of strings. Any failure becomes a structured
error `{error, type, field, hint}` that goes back to the model so it can correct itself.

Execution: each call has a timeout (its tool permission's, default 800 ms); transient
failures are retried with backoff, nothing else is; a circuit breaker per tool stops
calling a failing tool for a while; read-only calls run in parallel with a cap, and their
results are cached in Redis. Gated calls run after the reads, one at a time.
"""

from __future__ import annotations

import json
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from pydantic import ValidationError

from copilot.core.sql import insert_rows
from copilot.core.text import storable_json
from copilot.observability import metrics, tracing
from tools import cache
from tools.base import Tool, ToolContext, ToolError, TransientToolError
from tools.breaker import breaker
from tools.models import ToolCallAudit
from tools.redaction import redact_arguments
from tools.registry import TOOLS, schema_version
from tools.sanitize import clean_text

log = logging.getLogger(__name__)

TRANSIENT = (TransientToolError, OperationalError, InterfaceError, ConnectionError)
BACKOFF_SECONDS = (0.05, 0.2, 0.5)
# Errors about the call itself (as opposed to the tool failing): the arguments were not valid.
INVALID_TYPES = {"unknown_tool", "refused", "invalid_arguments", "invalid_request", "not_found", "conflict"}
SCHEMA_TYPES = {"unknown_tool", "invalid_arguments"}


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    arguments: str  # the raw JSON text the model produced


@dataclass
class ToolOutcome:
    call: ToolCall
    result: dict[str, Any]
    error_type: str | None = None
    latency_ms: float = 0.0
    cache_hit: bool = False
    attempts: int = 0
    arguments: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error_type is None

    @property
    def schema_valid(self) -> bool:
        """The arguments parsed and matched the schema (what json_conformance counts)."""
        return self.error_type not in SCHEMA_TYPES

    def message_content(self) -> str:
        return json.dumps(self.result, ensure_ascii=False)


@dataclass
class _Prepared:
    call: ToolCall
    tool: Tool
    args: Any
    timeout: float
    arguments: dict[str, Any]


def _schema_error(exc: ValidationError) -> ToolError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or None
    kind = first["type"]
    if kind == "extra_forbidden":
        hint = f"Remove {where!r}: it is not a parameter of this tool."
    elif kind == "missing":
        hint = f"Add {where!r}: it is required (use null where the schema allows it)."
    elif kind in {"literal_error", "enum"}:
        hint = f"{where!r} must be one of the values the schema lists."
    elif kind == "string_pattern_mismatch":
        hint = f"{where!r} has the wrong format; amounts are strings with two decimals such as '18.00'."
    else:
        hint = "Correct this argument to match the tool's schema and call again."
    return ToolError("invalid_arguments", f"{where or 'arguments'}: {first['msg']}", field=where, hint=hint)


def _sanitised(args: Any) -> Any:
    updates = {}
    for name, info in type(args).model_fields.items():
        value = getattr(args, name)
        if isinstance(value, str):
            limit = next((m.max_length for m in info.metadata if getattr(m, "max_length", None)), 2000)
            cleaned = clean_text(value, max_length=limit)
            if cleaned != value:
                updates[name] = cleaned
    return args.model_copy(update=updates) if updates else args


def prepare(ctx: ToolContext, call: ToolCall) -> _Prepared:
    """Layers one and three (schema, sanitising), plus the permission; raises ToolError."""
    tool = TOOLS.get(call.name)
    if tool is None:
        raise ToolError(
            "unknown_tool", f"There is no tool named {call.name!r}.", hint=f"Use one of: {', '.join(TOOLS)}."
        )
    permission = ctx.permissions.get(tool.name)
    if permission is None or not permission.enabled:
        raise ToolError(
            "refused",
            f"The tool {tool.name} is switched off by an administrator.",
            hint="Continue without it and say in the rationale what the agent should check.",
        )
    if ctx.intents and not ctx.intents & set(permission.intents):
        raise ToolError(
            "refused",
            f"The tool {tool.name} is not allowed for {', '.join(sorted(ctx.intents))} cases.",
            hint="Use only the tools offered for this case.",
        )
    try:
        parsed = json.loads(call.arguments or "{}")
    except json.JSONDecodeError as exc:
        raise ToolError(
            "invalid_arguments",
            f"The arguments are not valid JSON ({exc.msg}).",
            hint="Send one JSON object matching the tool's schema.",
        ) from None
    if not isinstance(parsed, dict):
        raise ToolError(
            "invalid_arguments",
            "The arguments must be a JSON object.",
            hint="Send one JSON object matching the tool's schema.",
        )
    try:
        args = tool.args.model_validate_json(json.dumps(parsed))
    except ValidationError as exc:
        raise _schema_error(exc) from None
    args = _sanitised(args)
    return _Prepared(call, tool, args, permission.timeout_ms / 1000, args.model_dump(mode="json"))


def _invoke(ctx: ToolContext, prepared: _Prepared) -> dict[str, Any]:
    try:
        with tracing.span("tool.call", tool=prepared.tool.name, gated=prepared.tool.gated):
            if prepared.tool.gated:
                return prepared.tool.run(ctx, prepared.args, call_id=prepared.call.id)
            return prepared.tool.run(ctx, prepared.args)
    finally:
        # This runs on a pool thread; its database connection must not outlive the call.
        connections.close_all()


def _cached(ctx: ToolContext, prepared: _Prepared) -> tuple[str | None, dict[str, Any] | None]:
    # simulate_refund depends on "now" (the refund window), to the minute.
    scope = f"{schema_version()}:{ctx.policy.label}:{ctx.now:%Y%m%d%H%M}"
    return cache.lookup(
        tool=prepared.tool.name, rider_id=ctx.rider_id, arguments=prepared.arguments, scope=scope
    )


def _await(future: Future, prepared: _Prepared) -> dict[str, Any]:
    try:
        return future.result(timeout=prepared.timeout)
    except FutureTimeout:
        raise ToolError(
            "timeout",
            f"{prepared.tool.name} did not answer within {prepared.timeout * 1000:.0f} ms.",
            hint="Do not repeat the call now; continue without it and tell the agent what to check.",
        ) from None


def _run(
    ctx: ToolContext, prepared: _Prepared, pool: ThreadPoolExecutor, first: Future | None
) -> tuple[dict, int]:
    """Run one prepared call with timeout, retries for transient failures, and the breaker."""
    name = prepared.tool.name
    attempts = 0
    future = first
    while True:
        attempts += 1
        if future is None:
            future = pool.submit(tracing.carry(_invoke), ctx, prepared)
        try:
            result = _await(future, prepared)
        except ToolError as exc:
            breaker.record(name, ok=exc.type not in {"timeout"})
            raise
        except TRANSIENT as exc:
            breaker.record(name, ok=False)
            if attempts > settings.COPILOT_TOOL_RETRIES:
                raise ToolError(
                    "unavailable",
                    f"{name} is not answering ({type(exc).__name__}).",
                    hint="Continue without it and tell the agent what to check.",
                ) from None
            time.sleep(BACKOFF_SECONDS[min(attempts - 1, len(BACKOFF_SECONDS) - 1)])
            future = None
            continue
        except Exception:
            log.exception("tool %s failed", name)
            breaker.record(name, ok=False)
            raise ToolError(
                "internal",
                f"{name} failed unexpectedly.",
                hint="Continue without it and tell the agent what to check.",
            ) from None
        breaker.record(name, ok=True)
        return result, attempts


def execute_tool_calls(ctx: ToolContext, calls: list[ToolCall]) -> list[ToolOutcome]:
    """Outcomes in the order of the calls; every call, valid or not, gets an audit row."""
    with tracing.span("tools.execute", tool_calls=len(calls)) as traced:
        ordered = _execute(ctx, calls)
        traced.set(tool_outcome=[o.error_type or ("cached" if o.cache_hit else "ok") for o in ordered])
    metrics.tool_outcomes(ordered, known=TOOLS)
    return ordered


def _execute(ctx: ToolContext, calls: list[ToolCall]) -> list[ToolOutcome]:
    outcomes: dict[int, ToolOutcome] = {}
    ready: list[tuple[int, _Prepared, float]] = []
    for index, call in enumerate(calls):
        started = time.perf_counter()
        try:
            prepared = prepare(ctx, call)
        except ToolError as exc:
            outcomes[index] = ToolOutcome(
                call, exc.as_result(), exc.type, _ms(started), arguments=_raw_args(call)
            )
            continue
        if not breaker.allows(prepared.tool.name):
            error = ToolError(
                "unavailable",
                f"{prepared.tool.name} is failing and paused for a short while.",
                hint="Continue without it and tell the agent what to check.",
            )
            outcomes[index] = ToolOutcome(
                call, error.as_result(), error.type, _ms(started), arguments=prepared.arguments
            )
            continue
        ready.append((index, prepared, started))

    reads = [r for r in ready if r[1].tool.read_only]
    gated = [r for r in ready if r[1].tool.gated]
    pool = ThreadPoolExecutor(max_workers=settings.COPILOT_TOOL_CONCURRENCY, thread_name_prefix="tool")
    try:
        # Reads: served from cache when possible, the rest started together.
        started_reads: list[tuple[int, _Prepared, float, Future | None, str | None]] = []
        for index, prepared, started in reads:
            key, hit = _cached(ctx, prepared)
            if hit is not None:
                outcomes[index] = ToolOutcome(
                    prepared.call, hit, None, _ms(started), True, 0, prepared.arguments
                )
                continue
            started_reads.append(
                (index, prepared, started, pool.submit(tracing.carry(_invoke), ctx, prepared), key)
            )
        for index, prepared, started, future, key in started_reads:
            outcomes[index] = _finish(ctx, prepared, pool, future, started, cache_key=key)
        for index, prepared, started in gated:
            outcomes[index] = _finish(ctx, prepared, pool, None, started, cache_key=None)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    ordered = [outcomes[i] for i in range(len(calls))]
    _audit(ctx, ordered)
    return ordered


def _finish(ctx, prepared, pool, future, started, *, cache_key) -> ToolOutcome:
    try:
        result, attempts = _run(ctx, prepared, pool, future)
    except ToolError as exc:
        return ToolOutcome(
            prepared.call, exc.as_result(), exc.type, _ms(started), False, 1, prepared.arguments
        )
    if cache_key is not None:
        cache.put(cache_key, result)
    return ToolOutcome(prepared.call, result, None, _ms(started), False, attempts, prepared.arguments)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _raw_args(call: ToolCall) -> dict[str, Any]:
    try:
        parsed = json.loads(call.arguments or "{}")
    except json.JSONDecodeError:
        return {"_unparsed": clean_text(call.arguments or "", max_length=500)}
    if not isinstance(parsed, dict):
        return {"_unparsed": clean_text(str(parsed), max_length=500)}
    return storable_json(parsed)  # kept as sent for the audit, but "\u0000" has no place in jsonb


OUTCOME_OF_ERROR = {
    None: ToolCallAudit.Outcome.OK,
    "unknown_tool": ToolCallAudit.Outcome.INVALID,
    "invalid_arguments": ToolCallAudit.Outcome.INVALID,
    "invalid_request": ToolCallAudit.Outcome.INVALID,
    "conflict": ToolCallAudit.Outcome.INVALID,
    "refused": ToolCallAudit.Outcome.REFUSED,
    "not_found": ToolCallAudit.Outcome.NOT_FOUND,
    "timeout": ToolCallAudit.Outcome.TIMEOUT,
    "unavailable": ToolCallAudit.Outcome.UNAVAILABLE,
    "internal": ToolCallAudit.Outcome.ERROR,
}


def _audit(ctx: ToolContext, outcomes: list[ToolOutcome]) -> None:
    insert_rows(
        [
            ToolCallAudit(
                case_id=ctx.case_id,
                turn_id=ctx.turn_id,
                call_id=o.call.id[:128],
                tool=o.call.name[:64],
                arguments=redact_arguments(o.arguments),
                valid=o.error_type not in INVALID_TYPES,
                error_type=o.error_type or "",
                error=o.result.get("error", "") if o.error_type else "",
                error_field=(o.result.get("field") or "")[:64] if o.error_type else "",
                outcome=OUTCOME_OF_ERROR.get(o.error_type, ToolCallAudit.Outcome.ERROR),
                latency_ms=o.latency_ms,
                attempts=o.attempts,
                cache_hit=o.cache_hit,
                schema_version=schema_version(),
                policy_version=ctx.policy.label,
            )
            for o in outcomes
        ]
    )
