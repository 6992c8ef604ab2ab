"""Every Prometheus metric of the app (all named `copilot_*`), and the helpers the wings call.

The app runs in several processes (Daphne, the turn worker, the ingest worker's prefork children,
beat): with `PROMETHEUS_MULTIPROC_DIR` set (the launcher sets it to `.data/metrics/`, emptied at
each start) every process writes its samples to memory-mapped files there and `/metrics` adds
them up; without it (tests, a single process) the values live in this process. Either way an
observation is a few microseconds, so metrics are always on.

Labels are enums and names from code (tool names, verdicts, entity types, queues), never ids:
each label value is a time series.
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Iterable

from django.db.models import Q
from prometheus_client import Counter, Gauge, Histogram

# A turn end to end: the offline planner takes tens of milliseconds, a model several seconds.
TURN_BUCKETS = (0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 13.0, 21.0, 34.0, 60.0, 120.0)
# What the copilot adds around the model and the tools: milliseconds (the SLO is on its p95).
OVERHEAD_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)

TURN_SECONDS = Histogram(
    "copilot_turn_seconds",
    "A turn in its worker, claimed to proposal saved",
    ["provider"],
    buckets=TURN_BUCKETS,
)
TURN_MODEL_SECONDS = Histogram(
    "copilot_turn_model_seconds", "Time a turn waited on model calls", ["provider"], buckets=TURN_BUCKETS
)
TURN_TOOL_SECONDS = Histogram(
    "copilot_turn_tool_seconds",
    "Time a turn spent running tool calls",
    ["provider"],
    buckets=OVERHEAD_BUCKETS,
)
TURN_OVERHEAD_SECONDS = Histogram(
    "copilot_turn_overhead_seconds",
    "A turn's own time beyond its model calls and tool calls (reads, rules, saves, streaming)",
    ["provider"],
    buckets=OVERHEAD_BUCKETS,
)
TURN_WAIT_SECONDS = Histogram(
    "copilot_turn_wait_seconds",
    "From the customer's message stored to its turn claimed by a worker (redaction and queues)",
    buckets=TURN_BUCKETS,
)
TURNS = Counter("copilot_turns", "Turns finished, by outcome", ["outcome", "provider"])
MODEL_CALLS = Counter("copilot_model_calls", "Model calls", ["provider"])
MODEL_ERRORS = Counter("copilot_model_errors", "Model calls that failed, by kind", ["provider", "kind"])
MODEL_TOKENS = Counter("copilot_model_tokens", "Tokens of model calls", ["provider", "direction"])
TOOL_CALLS = Counter("copilot_tool_calls", "Tool calls, by outcome", ["tool", "outcome"])
TOOL_ERRORS = Counter("copilot_tool_errors", "Tool calls that failed, by kind", ["tool", "kind"])
CIRCUIT_OPEN = Gauge(
    "copilot_tool_circuit_open",
    "1 from when a tool's circuit breaker opens in a live worker process until a call succeeds again",
    ["tool"],
    multiprocess_mode="livemax",
)
PII_ENTITIES = Counter(
    "copilot_pii_entities", "PII entities the redactor found in customer text, by type", ["entity_type"]
)
PII_ESCAPES = Counter(
    "copilot_pii_escapes",
    "PII found where none may be: in an outgoing model request, or in a log line before the log filter",
    ["where", "entity_type"],
)
SAFETY_HITS = Counter(
    "copilot_safety_screen_hits", "Messages the safety screen fired on, by category", ["category"]
)
PROPOSED_ACTIONS = Counter(
    "copilot_proposed_actions", "Actions proposed by turns, by the rules' verdict", ["tool", "verdict"]
)
DECISIONS = Counter(
    "copilot_action_decisions", "People's decisions on proposed actions, by result", ["tool", "decision"]
)
OVERRIDES = Counter(
    "copilot_overrides", "Proposed actions overridden (rejected, or approved with a reason code)", ["tool"]
)

MULTIPROCESS = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


def turn_finished(
    *, provider: str, outcome: str, total_ms: float, model_ms: float, tools_ms: float, wait_s: float | None
) -> None:
    TURNS.labels(outcome, provider).inc()
    if outcome != "done":
        return
    TURN_SECONDS.labels(provider).observe(total_ms / 1000)
    TURN_MODEL_SECONDS.labels(provider).observe(model_ms / 1000)
    TURN_TOOL_SECONDS.labels(provider).observe(tools_ms / 1000)
    TURN_OVERHEAD_SECONDS.labels(provider).observe(max(total_ms - model_ms - tools_ms, 0.0) / 1000)
    if wait_s is not None and wait_s >= 0:
        TURN_WAIT_SECONDS.observe(wait_s)


def model_called(*, provider: str, tokens_in: int, tokens_out: int) -> None:
    MODEL_CALLS.labels(provider).inc()
    MODEL_TOKENS.labels(provider, "in").inc(tokens_in)
    MODEL_TOKENS.labels(provider, "out").inc(tokens_out)


def model_failed(*, provider: str, error: BaseException) -> None:
    MODEL_ERRORS.labels(provider, model_error_kind(error)).inc()


def model_error_kind(error: BaseException) -> str:
    """timeout, http_429, http_5xx, http_4xx, connection, cut_off or other: from the cause's type."""
    cause = error.__cause__ or error
    status = getattr(cause, "status_code", None)
    if isinstance(status, int):
        if status == 429:
            return "http_429"
        return "http_5xx" if status >= 500 else "http_4xx"
    name = type(cause).__name__.lower()
    if "timeout" in name:
        return "timeout"
    if "connect" in name:
        return "connection"
    if "cut off" in str(error) or "stream" in name or "protocol" in name or "read" in name:
        return "cut_off"
    return "other"


def tool_outcomes(outcomes: Iterable, *, known: Iterable[str]) -> None:
    """Each executor outcome (ok, cached, or its error type); a tool name a model invented is
    counted as `unknown`, so the series stay bounded."""
    for outcome in outcomes:
        tool = outcome.call.name if outcome.call.name in known else "unknown"
        if outcome.error_type is None:
            TOOL_CALLS.labels(tool, "cached" if outcome.cache_hit else "ok").inc()
        else:
            TOOL_CALLS.labels(tool, "error").inc()
            TOOL_ERRORS.labels(tool, outcome.error_type).inc()


def circuit(tool: str, *, open: bool) -> None:
    CIRCUIT_OPEN.labels(tool).set(1 if open else 0)


def pii_found(entity_types: Iterable[str]) -> None:
    for entity_type in entity_types:
        PII_ENTITIES.labels(entity_type).inc()


def pii_escaped(where: str, entity_types: Iterable[str]) -> None:
    for entity_type in entity_types:
        PII_ESCAPES.labels(where, entity_type).inc()


def safety_hits(categories: Iterable[str]) -> None:
    for category in set(categories):
        SAFETY_HITS.labels(category).inc()


def actions_proposed(actions: Iterable) -> None:
    for action in actions:
        PROPOSED_ACTIONS.labels(action.tool, action.verdict or "none").inc()


def action_decided(*, tool: str, decision: str, overridden: bool) -> None:
    DECISIONS.labels(tool, decision).inc()
    if overridden:
        OVERRIDES.labels(tool).inc()


# The override rule, in one place for both counts of it: a decision's reason names one of the desk's
# override reasons (the labels of copilot.desk.selectors.OVERRIDE_REASONS, given by the caller, as
# this wing imports no other) when it is the label alone, as the desk's picker records it, or the
# label, this separator and details ("Amount is wrong: 12 was enough"). `names_override_reason`
# applies it to a reason here (the `copilot_overrides_total` counter); `override_reason_filters`
# writes the same rule as the database's filters (the analyst's figures, copilot/analytics/metrics.py).
OVERRIDE_DETAILS_SEPARATOR = ":"


def override_reason_label(reason: str, labels: Iterable[str]) -> str | None:
    """The first of `labels` that `reason` names (alone or with details), else None."""
    for label in labels:
        if reason == label or reason.startswith(label + OVERRIDE_DETAILS_SEPARATOR):
            return label
    return None


def names_override_reason(reason: str, labels: Iterable[str]) -> bool:
    """Whether a decision's reason names one of the override reasons `labels` (the rule above)."""
    return override_reason_label(reason, labels) is not None


def override_reason_filters(field: str, labels: Iterable[str]) -> list[tuple[str, Q]]:
    """(label, filter) for each of `labels`: the rows whose `field` names that label, by the rule above,
    in the order `override_reason_label` tries them."""
    return [
        (label, Q(**{field: label}) | Q(**{f"{field}__startswith": label + OVERRIDE_DETAILS_SEPARATOR}))
        for label in labels
    ]


def _forget_this_process() -> None:
    """A process that ends takes its live gauges (the circuit breakers) with it."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(os.getpid())


if MULTIPROCESS:
    # At exit, not at import: a forked child's atexit handlers run with its own pid.
    atexit.register(_forget_this_process)
