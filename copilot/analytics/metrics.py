"""Metrics for analysts: handling time, acceptance and overrides, tool health, model latency, cost.

Plain functions over querysets; the counting, averaging and percentiles run in PostgreSQL.
A `DateRange` is whole UTC days, both ends included. Each metric says which timestamp puts
a row in the range. The definitions are written down in docs/metrics.md and pinned by
tests/copilot/test_metrics.py on a hand-computed dataset.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Literal

from django.contrib.postgres.aggregates import StringAgg
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.fields.json import KT
from django.db.models.functions import Cast, Coalesce, TruncDate

from copilot.agent.loop import SAFETY_TICKET_PREFIX
from copilot.agent.prefetch import PREFETCH_PREFIX
from copilot.agent.textcalls import TEXT_CALL_PREFIX
from copilot.desk.selectors import OVERRIDE_REASONS
from copilot.models import Case, CaseEvent, Turn
from copilot.observability.metrics import override_reason_filters
from tools.models import PendingAction, ToolCallAudit

MAX_RANGE_DAYS = 366
DEFAULT_RANGE_DAYS = 30
EXPORT_CHUNK_SIZE = 2000

EXECUTED = PendingAction.Status.EXECUTED
REJECTED = PendingAction.Status.REJECTED
DECIDED = (EXECUTED, REJECTED)
NO_REASON_CODE = "No reason code"
NO_LABEL = "(none)"
# Tool calls that broke the schema: the model's JSON did not fit any offered tool.
# Kept equal to tools.executor.SCHEMA_TYPES (a test checks it) without importing the executor.
SCHEMA_ERROR_TYPES = ("invalid_arguments", "unknown_tool")

# Histogram buckets for handling times: (label, exclusive upper bound); the last is open-ended.
DURATION_BUCKETS: list[tuple[str, timedelta | None]] = [
    ("< 1 min", timedelta(minutes=1)),
    ("1–5 min", timedelta(minutes=5)),
    ("5–15 min", timedelta(minutes=15)),
    ("15–30 min", timedelta(minutes=30)),
    ("30–60 min", timedelta(hours=1)),
    ("1–2 h", timedelta(hours=2)),
    ("2–4 h", timedelta(hours=4)),
    ("4–8 h", timedelta(hours=8)),
    ("8–24 h", timedelta(days=1)),
    ("1–3 d", timedelta(days=3)),
    ("≥ 3 d", None),
]

HandleKind = Literal["aht", "first_response"]
HANDLE_END_FIELD: dict[str, str] = {"aht": "resolved_at", "first_response": "first_response_at"}


# Date range
# ----------------------------------------------------------------------------------------------


class RangeError(ValueError):
    """A date range the page cannot show, in words for the analyst."""


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class DateRange:
    """Whole UTC days from `start` to `end`, both included."""

    start: date
    end: date

    @property
    def since(self) -> datetime:
        return datetime.combine(self.start, time.min, tzinfo=UTC)

    @property
    def until(self) -> datetime:
        """The first instant after the range (an exclusive bound)."""
        return datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=UTC)

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def q(self, field: str) -> Q:
        """Rows whose `field` falls inside the range."""
        return Q(**{f"{field}__gte": self.since, f"{field}__lt": self.until})


def _parse_day(value: str, which: str) -> date:
    if not _DAY.match(value):
        raise RangeError(f"The {which} date “{value}” is not in the form YYYY-MM-DD, such as 2026-10-01.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RangeError(f"The {which} date “{value}” is not a day of the calendar.") from None


def parse_date_range(start: str | None, end: str | None, *, today: date) -> DateRange:
    """The range named by `start` and `end` (YYYY-MM-DD); by default the last 30 days up to today."""
    start, end = (start or "").strip(), (end or "").strip()
    end_day = _parse_day(end, "end") if end else today
    start_day = _parse_day(start, "start") if start else end_day - timedelta(days=DEFAULT_RANGE_DAYS - 1)
    if start_day > end_day:
        raise RangeError(f"The start date {start_day} is after the end date {end_day}.")
    length = (end_day - start_day).days + 1
    if length > MAX_RANGE_DAYS:
        raise RangeError(f"The range covers {length} days; choose at most {MAX_RANGE_DAYS} days.")
    return DateRange(start_day, end_day)


# Shared expressions
# ----------------------------------------------------------------------------------------------


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _seconds(value: timedelta | None) -> float | None:
    return value.total_seconds() if value is not None else None


def _has_accepted_proposal() -> Exists:
    """The case has at least one executed (accepted) copilot action, at any time."""
    return Exists(PendingAction.objects.filter(case=OuterRef("pk"), status=EXECUTED))


def _reason_filters() -> list[tuple[str, Q]]:
    """(label, filter) per override reason: the rule the `copilot_overrides_total` counter applies
    too (`copilot.observability.metrics.names_override_reason`), so the two never disagree."""
    return override_reason_filters("decision_reason", [label for _, label in OVERRIDE_REASONS])


def _has_reason_code() -> Q:
    """The decision names one of the override reasons ("Label" or "Label: details")."""
    q = Q(pk__in=[])
    for _, names_label in _reason_filters():
        q |= names_label
    return q


def _overridden() -> Q:
    """A person overrode the proposal: rejected it, or executed it while naming an override reason.

    An approval with a free-text note only (a supervisor's "ok, approved") is an acceptance.
    """
    return Q(status=REJECTED) | (Q(status=EXECUTED) & _has_reason_code())


def _reason_label() -> models.Case:
    """The reason code's label of `decision_reason` ("Label: details" or "Label"), in the database."""
    whens = [models.When(names_label, then=Value(label)) for label, names_label in _reason_filters()]
    return models.Case(*whens, default=Value(NO_REASON_CODE), output_field=models.CharField())


def _text(*expressions: Any) -> Coalesce:
    """The first of `expressions` that is not NULL, else the empty string."""
    return Coalesce(*expressions, Value(""), output_field=models.TextField())


def _turn_intent() -> Coalesce:
    """The intent of the turn that proposed an action (`turn_id` holds the turn's UUID as text)."""
    turns = Turn.objects.annotate(id_text=Cast("pk", models.CharField())).filter(
        case=OuterRef("case_id"), id_text=OuterRef("turn_id")
    )
    return _text(Subquery(turns.values("intent")[:1]))


class PercentileCont(models.Aggregate):
    """PostgreSQL's continuous percentile (linear interpolation between the two nearest values)."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = models.FloatField()

    def __init__(self, expression: Any, fraction: float, **extra: Any) -> None:
        fraction = float(fraction)  # a number we chose, never input: it is written into the SQL
        if not 0 <= fraction <= 1:
            raise ValueError("fraction must be between 0 and 1")
        super().__init__(expression, fraction=repr(fraction), **extra)


# Handling time
# ----------------------------------------------------------------------------------------------


def idle_while_resolved() -> Coalesce:
    """How long the outer case lay resolved before its customer reopened it, over all its reopens:
    each reopen's time minus the resolution it undid (the latest one before it). Nobody worked the
    case then, so it is no handle time; a reopen with no recorded resolution before it adds nothing."""
    undone = (
        CaseEvent.objects.filter(
            case=OuterRef("case"), kind=CaseEvent.Kind.RESOLVED, created_at__lte=OuterRef("created_at")
        )
        .order_by("-created_at", "-pk")
        .values("created_at")[:1]
    )
    gaps = (
        CaseEvent.objects.filter(case=OuterRef("pk"), kind=CaseEvent.Kind.REOPENED)
        .annotate(
            gap=models.ExpressionWrapper(
                F("created_at") - Subquery(undone), output_field=models.DurationField()
            )
        )
        .order_by()
        .values("case")
        .annotate(total=Sum("gap"))
        .values("total")[:1]
    )
    return Coalesce(Subquery(gaps, output_field=models.DurationField()), Value(timedelta(0)))


def handle_duration() -> models.ExpressionWrapper:
    """The outer case's handle time: the sum of its working spans, from opening (or a reopen) to the
    resolution that closed it; resolved_at − opened_at less `idle_while_resolved`. Null while open.
    The analysts' page and export and an experiment's readout all count it so (docs/metrics.md)."""
    return models.ExpressionWrapper(
        F("resolved_at") - F("opened_at") - idle_while_resolved(), output_field=models.DurationField()
    )


def _handled_cases(r: DateRange, kind: HandleKind) -> models.QuerySet[Case]:
    end_field = HANDLE_END_FIELD[kind]
    duration = (
        handle_duration()
        if kind == "aht"
        else models.ExpressionWrapper(F(end_field) - F("opened_at"), output_field=models.DurationField())
    )
    return (
        Case.objects.filter(r.q(end_field))
        .annotate(
            duration=duration,
            accepted=_has_accepted_proposal(),
            day=TruncDate(end_field, tzinfo=UTC),
        )
        .order_by()
    )


def _bucket() -> models.Case:
    whens = [
        models.When(duration__lt=upper, then=Value(i))
        for i, (_, upper) in enumerate(DURATION_BUCKETS)
        if upper is not None
    ]
    return models.Case(*whens, default=Value(len(DURATION_BUCKETS) - 1), output_field=models.IntegerField())


def handle_time(r: DateRange, kind: HandleKind) -> dict[str, Any]:
    """Mean, daily trend and histogram of a handling time, split by accepted copilot proposals.

    kind "aht": `handle_duration` (resolved_at − opened_at less the time it lay resolved before a
    reopen) over cases resolved in the range.
    kind "first_response": first_response_at − opened_at over cases first answered in the range.
    Durations are in seconds; a mean is None when no case counts.
    """
    cases = _handled_cases(r, kind)
    with_q, without_q = Q(accepted=True), Q(accepted=False)
    totals = cases.aggregate(
        count=Count("pk"),
        mean=models.Avg("duration"),
        with_count=Count("pk", filter=with_q),
        with_mean=models.Avg("duration", filter=with_q),
        without_count=Count("pk", filter=without_q),
        without_mean=models.Avg("duration", filter=without_q),
    )
    daily = {
        (row["day"], row["accepted"]): row
        for row in cases.values("day", "accepted").annotate(count=Count("pk"), mean=models.Avg("duration"))
    }
    trend = []
    for day in r.days:
        with_row, without_row = daily.get((day, True), {}), daily.get((day, False), {})
        trend.append(
            {
                "day": day,
                "with": _seconds(with_row.get("mean")),
                "without": _seconds(without_row.get("mean")),
                "with_count": with_row.get("count", 0),
                "without_count": without_row.get("count", 0),
            }
        )
    buckets = {
        (row["bucket"], row["accepted"]): row["count"]
        for row in cases.annotate(bucket=_bucket()).values("bucket", "accepted").annotate(count=Count("pk"))
    }
    histogram = [
        {"label": label, "with": buckets.get((i, True), 0), "without": buckets.get((i, False), 0)}
        for i, (label, _) in enumerate(DURATION_BUCKETS)
    ]
    return {
        "count": totals["count"],
        "mean": _seconds(totals["mean"]),
        "with": {"count": totals["with_count"], "mean": _seconds(totals["with_mean"])},
        "without": {"count": totals["without_count"], "mean": _seconds(totals["without_mean"])},
        "trend": trend,
        "histogram": histogram,
    }


# Acceptance and overrides
# ----------------------------------------------------------------------------------------------


def decided_actions(r: DateRange) -> models.QuerySet[PendingAction]:
    """Actions a person decided in the range: executed or rejected, by `decided_at`."""
    return PendingAction.objects.filter(r.q("decided_at"), status__in=DECIDED).order_by()


def _decision_counts() -> dict[str, Count]:
    return {
        "decided": Count("pk"),
        "executed": Count("pk", filter=Q(status=EXECUTED)),
        "rejected": Count("pk", filter=Q(status=REJECTED)),
        "overridden": Count("pk", filter=_overridden()),
    }


def _with_rates(row: dict[str, Any]) -> dict[str, Any]:
    row["acceptance_rate"] = _ratio(row["executed"], row["decided"])
    row["override_rate"] = _ratio(row["overridden"], row["decided"])
    return row


def _rates_by(actions: models.QuerySet[PendingAction], label: Any) -> list[dict[str, Any]]:
    rows = actions.annotate(label=label).values("label").annotate(**_decision_counts()).order_by("label")
    return [_with_rates({**row, "label": row["label"] or NO_LABEL}) for row in rows]


def action_rates(r: DateRange) -> dict[str, Any]:
    """Acceptance = executed / decided; override = (rejected + executed with a reason) / decided.

    Overall, by the intent of the proposing turn, by tool, and by refund reason (issue_refund only).
    """
    actions = decided_actions(r)
    return {
        "overall": _with_rates(actions.aggregate(**_decision_counts())),
        "by_intent": _rates_by(actions, _turn_intent()),
        "by_tool": _rates_by(actions, F("tool")),
        "by_refund_reason": _rates_by(actions.filter(tool="issue_refund"), _text(KT("params__reason"))),
    }


def override_reasons(r: DateRange) -> list[dict[str, Any]]:
    """How many overridden actions gave each reason code (every code listed, zero included)."""
    counts = dict(
        decided_actions(r)
        .filter(_overridden())
        .annotate(label=_reason_label())
        .values("label")
        .annotate(count=Count("pk"))
        .values_list("label", "count")
    )
    labels = [label for _, label in OVERRIDE_REASONS]
    if counts.get(NO_REASON_CODE):
        labels.append(NO_REASON_CODE)
    return [{"label": label, "count": counts.get(label, 0)} for label in labels]


# Tools, model latency, cost
# ----------------------------------------------------------------------------------------------


def _tool_row(row: dict[str, Any]) -> dict[str, Any]:
    row["success_rate"] = _ratio(row["ok"], row["calls"])
    row["conformance"] = _ratio(row["conforming"], row["model_calls"])
    return row


def tool_calls(r: DateRange) -> dict[str, Any]:
    """Tool success (outcome ok / calls) and JSON conformance: of the calls the model made, those
    sent as proper tool calls without a schema error. A call the copilot read out of the model's text
    is a protocol error even when it worked; calls the loop made itself (the prefetched look-ups, the
    safety screen's ticket) are not the model's and count for success only."""
    calls = ToolCallAudit.objects.filter(r.q("created_at")).order_by()
    by_model = ~Q(call_id__startswith=PREFETCH_PREFIX) & ~Q(call_id__startswith=SAFETY_TICKET_PREFIX)
    counts = {
        "calls": Count("pk"),
        "ok": Count("pk", filter=Q(outcome=ToolCallAudit.Outcome.OK)),
        "model_calls": Count("pk", filter=by_model),
        "conforming": Count(
            "pk",
            filter=by_model
            & ~Q(error_type__in=SCHEMA_ERROR_TYPES)
            & ~Q(call_id__startswith=TEXT_CALL_PREFIX),
        ),
    }
    return {
        "overall": _tool_row(calls.aggregate(**counts)),
        "by_tool": [
            _tool_row({**row, "label": row["tool"]})
            for row in calls.values("tool").annotate(**counts).order_by("tool")
        ],
    }


def model_latency(r: DateRange) -> dict[str, Any]:
    """p50 and p95 of Turn.latency["model"] (ms) over turns created in the range that called the model."""
    turns = Turn.objects.filter(r.q("created_at"), model_calls__gt=0, latency__has_key="model")
    model_ms = Cast(KT("latency__model"), models.FloatField())
    return turns.aggregate(
        turns=Count("pk"), p50=PercentileCont(model_ms, 0.5), p95=PercentileCont(model_ms, 0.95)
    )


def cost_per_case(r: DateRange) -> dict[str, Any]:
    """Sum of Turn.cost_usd of turns created in the range ÷ the distinct cases those turns belong to."""
    totals = Turn.objects.filter(r.q("created_at")).aggregate(
        total=Sum("cost_usd"), cases=Count("case", distinct=True)
    )
    total = totals["total"] if totals["total"] is not None else Decimal("0")
    return {
        "total": total,
        "cases": totals["cases"],
        "per_case": total / totals["cases"] if totals["cases"] else None,
    }


def safety_screen(r: DateRange) -> dict[str, Any]:
    """Cases the safety screen fired on (by when it first did), and how many agents called a false alarm."""
    flagged = Case.objects.filter(safety_flagged_at__gte=r.since, safety_flagged_at__lt=r.until)
    counts = flagged.aggregate(
        cases=Count("id"), false_alarms=Count("id", filter=Q(safety_cleared_at__isnull=False))
    )
    return {**counts, "false_alarm_rate": _ratio(counts["false_alarms"], counts["cases"])}


def dashboard(r: DateRange) -> dict[str, Any]:
    """Everything the metrics page shows for a range."""
    return {
        "aht": handle_time(r, "aht"),
        "first_response": handle_time(r, "first_response"),
        "actions": action_rates(r),
        "override_reasons": override_reasons(r),
        "tools": tool_calls(r),
        "latency": model_latency(r),
        "cost": cost_per_case(r),
        "safety": safety_screen(r),
    }


# CSV exports
# ----------------------------------------------------------------------------------------------

CASE_COLUMNS = [
    "case_id",
    "rider_id",
    "channel",
    "status",
    "assignee",
    "opened_at",
    "first_response_at",
    "resolved_at",
    "aht_seconds",
    "first_response_seconds",
    "intents",
    "proposals",
    "accepted",
    "rejected",
    "override_reasons",
    "model_calls",
    "tokens_in",
    "tokens_out",
    "cost_usd",
]

ACTION_COLUMNS = [
    "action_id",
    "case_id",
    "tool",
    "intent",
    "reason_or_queue",
    "amount",
    "verdict_at_proposal",
    "status",
    "decided_by",
    "decided_at",
    "decision_reason",
    "policy_version",
]

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _per_case(rows: models.QuerySet, aggregate: Any) -> Subquery:
    """`aggregate` over the rows of the outer case, as a correlated subquery (no join fan-out)."""
    return Subquery(
        rows.filter(case=OuterRef("pk"))
        .order_by()
        .values("case")
        .annotate(value=aggregate)
        .values("value")[:1]
    )


def _iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).isoformat() if moment else ""


def _whole_seconds(start: datetime, end: datetime | None) -> int | str:
    return round((end - start).total_seconds()) if end else ""


def export_cases(r: DateRange) -> Iterator[list[Any]]:
    """One row per case opened, first answered or resolved in the range (CASE_COLUMNS).

    Counts and sums cover the case's whole history, not only the range.
    """
    actions = PendingAction.objects.all()
    turns = Turn.objects.all()
    zero = Value(0)
    rows = (
        Case.objects.filter(r.q("opened_at") | r.q("first_response_at") | r.q("resolved_at"))
        .annotate(
            x_intents=_per_case(
                turns.exclude(intent=""), StringAgg("intent", "; ", distinct=True, order_by="intent")
            ),
            x_proposals=Coalesce(_per_case(actions, Count("pk")), zero),
            x_accepted=Coalesce(_per_case(actions.filter(status=EXECUTED), Count("pk")), zero),
            x_rejected=Coalesce(_per_case(actions.filter(status=REJECTED), Count("pk")), zero),
            x_reasons=_per_case(
                actions.filter(_overridden()).annotate(label=_reason_label()),
                StringAgg("label", "; ", order_by=("created_at", "id")),
            ),
            x_model_calls=Coalesce(_per_case(turns, Sum("model_calls")), zero),
            x_tokens_in=Coalesce(_per_case(turns, Sum("tokens_in")), zero),
            x_tokens_out=Coalesce(_per_case(turns, Sum("tokens_out")), zero),
            x_handle=handle_duration(),
            x_cost=Coalesce(
                _per_case(turns, Sum("cost_usd")),
                Value(Decimal("0")),
                output_field=models.DecimalField(max_digits=16, decimal_places=6),
            ),
        )
        .order_by("opened_at", "pk")
        .values_list(
            "pk",
            "rider__rider_id",
            "channel",
            "status",
            "assignee__username",
            "opened_at",
            "first_response_at",
            "resolved_at",
            "x_intents",
            "x_proposals",
            "x_accepted",
            "x_rejected",
            "x_reasons",
            "x_model_calls",
            "x_tokens_in",
            "x_tokens_out",
            "x_cost",
            "x_handle",
        )
    )
    for row in rows.iterator(chunk_size=EXPORT_CHUNK_SIZE):
        (pk, rider, channel, status, assignee, opened, first, resolved, *rest) = row
        intents, proposals, accepted, rejected, reasons, calls, tokens_in, tokens_out, cost, handle = rest
        yield [
            pk,
            rider,
            channel,
            status,
            assignee or "",
            _iso(opened),
            _iso(first),
            _iso(resolved),
            round(handle.total_seconds()) if handle is not None else "",
            _whole_seconds(opened, first),
            intents or "",
            proposals,
            accepted,
            rejected,
            reasons or "",
            calls,
            tokens_in,
            tokens_out,
            f"{cost:.6f}",
        ]


def export_actions(r: DateRange) -> Iterator[list[Any]]:
    """One row per action proposed or decided in the range (ACTION_COLUMNS)."""
    rows = (
        PendingAction.objects.filter(r.q("created_at") | r.q("decided_at"))
        .annotate(
            x_intent=_turn_intent(),
            x_reason=_text(KT("params__reason"), KT("params__queue")),
            x_amount=_text(KT("params__amount")),
            x_verdict=_text(KT("verdict__verdict")),
            x_policy=_text(KT("verdict__policy_version"), KT("approval_verdict__policy_version")),
        )
        .order_by("created_at", "pk")
        .values_list(
            "pk",
            "case_id",
            "tool",
            "x_intent",
            "x_reason",
            "x_amount",
            "x_verdict",
            "status",
            "decided_by__username",
            "decided_at",
            "decision_reason",
            "x_policy",
        )
    )
    for row in rows.iterator(chunk_size=EXPORT_CHUNK_SIZE):
        (pk, case_id, tool, intent, reason, amount, verdict, status, decider, decided_at, why, policy) = row
        yield [
            pk,
            case_id,
            tool,
            intent,
            reason,
            amount,
            verdict,
            status,
            decider or "",
            _iso(decided_at),
            why,
            policy,
        ]


def safe_cell(value: Any) -> str:
    """The cell as text; text a spreadsheet would run as a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_PREFIXES) else text


def csv_chunks(
    header: list[str], rows: Iterable[list[Any]], *, chunk_chars: int = 64 * 1024
) -> Iterator[str]:
    """CSV text (RFC 4180 quoting by the csv module) in chunks of about `chunk_chars`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
        if buffer.tell() >= chunk_chars:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
