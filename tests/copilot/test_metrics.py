"""The analysts' metrics: every definition on a small hand-computed dataset, the CSV exports, access.

The dataset covers 2026-10-01 to 2026-10-03 (UTC, both days included) with rows just inside
and just outside each edge. The expected numbers are worked out by hand in the comments.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from asgiref.sync import async_to_sync
from django.core.handlers.asgi import ASGIRequest
from django.urls import reverse

from copilot.analytics import charts, metrics
from copilot.analytics import views as metrics_views
from copilot.models import Case, Turn
from tests.factories import CaseFactory, make_user
from tools.models import PendingAction, ToolCallAudit

R = metrics.DateRange(date(2026, 10, 1), date(2026, 10, 3))
SEP30 = datetime(2026, 9, 30, tzinfo=UTC)
OCT1 = datetime(2026, 10, 1, tzinfo=UTC)
OCT2 = OCT1 + timedelta(days=1)
OCT3 = OCT1 + timedelta(days=2)
OCT4 = OCT1 + timedelta(days=3)
H, M = timedelta(hours=1), timedelta(minutes=1)
RANGE = {"start": "2026-10-01", "end": "2026-10-03"}


def _case(opened, first=None, resolved=None, **extra) -> Case:
    status = Case.Status.RESOLVED if resolved else Case.Status.OPEN
    return CaseFactory(
        opened_at=opened, first_response_at=first, resolved_at=resolved, status=status, **extra
    )


def _turn(case, created, *, intent="", model_calls=1, model_ms=None, cost="0", tokens=(0, 0)) -> Turn:
    latency = {} if model_ms is None else {"model": model_ms, "tools": 5.0, "total": model_ms + 5.0}
    return Turn.objects.create(
        case=case,
        created_at=created,
        status=Turn.Status.DONE,
        intent=intent,
        model_calls=model_calls,
        latency=latency,
        cost_usd=Decimal(cost),
        tokens_in=tokens[0],
        tokens_out=tokens[1],
    )


_keys = iter(range(10_000))


def _action(
    case, turn, tool, status, *, decided=None, reason="", params=None, verdict=None, by=None, created=None
):
    if params is None:
        params = (
            {"trip_id": "t", "kind": "refund", "reason": "route_deviation", "amount": "18.00"}
            if tool == "issue_refund"
            else {"queue": "lost_and_found", "priority": "normal", "summary": "Left a bag.", "trip_id": None}
        )
    if verdict is None and tool == "issue_refund":
        verdict = {
            "verdict": "allowed",
            "max_amount": "18.00",
            "amount": params["amount"],
            "policy_version": "v3",
        }
    action = PendingAction.objects.create(
        case=case,
        turn_id=str(turn.pk) if turn else "",
        tool=tool,
        params=params,
        params_hash="h",
        idempotency_key=f"k-{next(_keys)}",
        status=status,
        verdict=verdict,
        decided_at=decided,
        decided_by=by,
        decision_reason=reason,
    )
    PendingAction.objects.filter(pk=action.pk).update(created_at=created or decided - H)
    action.refresh_from_db()
    return action


def _call(tool, outcome, at, error_type="", call_id=""):
    call = ToolCallAudit.objects.create(
        call_id=call_id,
        tool=tool,
        outcome=outcome,
        error_type=error_type,
        valid=not error_type,
        latency_ms=12.0,
        schema_version="s1",
    )
    ToolCallAudit.objects.filter(pk=call.pk).update(created_at=at)


@pytest.fixture
def world(db, supervisor):
    """Six cases in and around the range, their turns, actions and tool calls."""
    odd = make_user("@odd", roles=["agent"])  # a username a spreadsheet would run as a formula
    # c1: FR 120 s, AHT 3600 s (exactly 1 h: the 1–2 h bucket), accepted proposals.
    c1 = _case(OCT1 + 9 * H, OCT1 + 9 * H + 2 * M, OCT1 + 10 * H, assignee=odd, channel="email")
    # c2: FR 600 s, AHT 14400 s (exactly 4 h), only a rejected and a denied proposal.
    c2 = _case(OCT1 + 8 * H, OCT1 + 8 * H + 10 * M, OCT1 + 12 * H)
    # c3: opened before the range, first answered before it (no FR), resolved Oct 2: AHT 48 h.
    c3 = _case(SEP30 + 22 * H, SEP30 + 22 * H + 30 * M, OCT2 + 22 * H)
    # c4: FR 300 s on Oct 3; resolved at Oct 4 00:00, the first instant after the range: no AHT.
    c4 = _case(OCT3 + 23 * H, OCT3 + 23 * H + 5 * M, OCT4)
    # c5: opened Oct 3, still open.
    c5 = _case(OCT3 + 10 * H)
    # c6: first answered at Oct 1 00:00, the first instant of the range: FR 4 h; resolved after it.
    c6 = _case(SEP30 + 20 * H, OCT1, OCT4 + 24 * H)
    # c7: entirely before the range.
    c7 = _case(
        datetime(2026, 9, 1, tzinfo=UTC),
        datetime(2026, 9, 1, 1, tzinfo=UTC),
        datetime(2026, 9, 2, tzinfo=UTC),
    )

    t1 = _turn(
        c1,
        OCT1 + 9 * H,
        intent="fare_dispute",
        model_calls=2,
        model_ms=100.0,
        cost="0.010000",
        tokens=(1000, 200),
    )
    t2 = _turn(
        c2,
        OCT1 + 8 * H,
        intent="fare_dispute",
        model_calls=1,
        model_ms=300.0,
        cost="0.020000",
        tokens=(500, 100),
    )
    t3 = _turn(
        c3, OCT2 + 1 * H, intent="lost_item", model_calls=3, model_ms=200.0, cost="0.030000", tokens=(900, 90)
    )
    _turn(
        c3,
        OCT2 + 2 * H,
        intent="fare_dispute",
        model_calls=1,
        model_ms=400.0,
        cost="0.000000",
        tokens=(10, 1),
    )
    _turn(c5, OCT3 + 10 * H, intent="", model_calls=0, model_ms=0.0)  # offline planner: no model latency
    t6 = _turn(c6, SEP30 + 21 * H, intent="other", model_calls=5, model_ms=9000.0, cost="0.500000")  # before
    _turn(c7, datetime(2026, 9, 1, tzinfo=UTC), intent="other", cost="1.000000")

    a = {
        # accepted as proposed
        "a1": _action(c1, t1, "issue_refund", "executed", decided=OCT1 + 9 * H + 30 * M, by=supervisor),
        # accepted with a reason: accepted and overridden
        "a2": _action(
            c1,
            t1,
            "issue_refund",
            "executed",
            decided=OCT1 + 9 * H + 40 * M,
            reason="Amount is wrong: lowered to 5",
            params={"trip_id": "t", "kind": "refund", "reason": "cancellation_fee", "amount": "5.00"},
            by=supervisor,
        ),
        "a3": _action(
            c2,
            t2,
            "issue_refund",
            "rejected",
            decided=OCT1 + 9 * H,
            reason='Wrong trip: the "other", earlier\nride',
            by=supervisor,
        ),
        "a4": _action(c3, t3, "create_ticket", "executed", decided=OCT2 + 3 * H, by=supervisor),
        # no reason code, and a formula; decided at the last instant of the range
        "a5": _action(
            c3,
            t3,
            "create_ticket",
            "rejected",
            decided=OCT4 - timedelta(microseconds=1),
            reason="=cmd|' /C calc'!A0",
        ),
        # denied by the rules at approval: not decided by a person
        "a6": _action(
            c2,
            t2,
            "issue_refund",
            "denied",
            decided=OCT2,
            verdict={"verdict": "needs_supervisor", "policy_version": "v3", "amount": "18.00"},
        ),
        "a7": _action(c5, None, "create_ticket", "pending", created=OCT3 + 11 * H),
        # decided just before the range
        "a8": _action(
            c6, t6, "issue_refund", "rejected", decided=OCT1 - timedelta(microseconds=1), reason="Other"
        ),
        # no turn: intent unknown
        "a9": _action(
            c4, None, "create_ticket", "rejected", decided=OCT3 + 23 * H + 10 * M, reason="Customer withdrew"
        ),
    }

    for outcome, error_type in [("ok", ""), ("ok", ""), ("not_found", "not_found")]:
        _call("get_trip_details", outcome, OCT1 + H, error_type)
    _call("issue_refund", "ok", OCT2, "")
    _call("issue_refund", "invalid", OCT3 + 23 * H, "invalid_arguments")
    _call("send_money", "invalid", OCT2, "unknown_tool")
    _call("get_trip_details", "ok", OCT4)  # after the range
    _call("get_trip_details", "error", OCT1 - timedelta(seconds=1), "error")  # before the range
    return {"cases": [c1, c2, c3, c4, c5, c6, c7], "actions": a, "odd": odd}


# Definitions on the dataset
# ----------------------------------------------------------------------------------------------


def test_average_handle_time_is_over_cases_resolved_in_the_range(world):
    aht = metrics.handle_time(R, "aht")
    # c1 3600 (with), c2 14400 (without), c3 172800 (with); c4 resolved at Oct 4 00:00 is out.
    assert aht["count"] == 3
    assert aht["mean"] == (3600 + 14400 + 172800) / 3 == 63600
    assert aht["with"] == {"count": 2, "mean": (3600 + 172800) / 2}
    assert aht["without"] == {"count": 1, "mean": 14400}
    assert aht["trend"] == [
        {"day": date(2026, 10, 1), "with": 3600, "without": 14400, "with_count": 1, "without_count": 1},
        {"day": date(2026, 10, 2), "with": 172800, "without": None, "with_count": 1, "without_count": 0},
        {"day": date(2026, 10, 3), "with": None, "without": None, "with_count": 0, "without_count": 0},
    ]
    histogram = {row["label"]: (row["with"], row["without"]) for row in aht["histogram"]}
    assert [row["label"] for row in aht["histogram"]] == [label for label, _ in metrics.DURATION_BUCKETS]
    assert {label: n for label, n in histogram.items() if n != (0, 0)} == {
        "1–2 h": (1, 0),  # exactly 1 h is not "30–60 min"
        "4–8 h": (0, 1),  # exactly 4 h
        "1–3 d": (1, 0),
    }


def test_first_response_time_is_over_cases_first_answered_in_the_range(world):
    first = metrics.handle_time(R, "first_response")
    # c1 120 (with), c2 600, c4 300, c6 14400 (answered at the range's first instant); c3 is out.
    assert first["count"] == 4
    assert first["mean"] == (120 + 600 + 300 + 14400) / 4 == 3855
    assert first["with"] == {"count": 1, "mean": 120}
    assert first["without"] == {"count": 3, "mean": (600 + 300 + 14400) / 3}
    assert [(row["with"], row["without"]) for row in first["trend"]] == [
        (120, (600 + 14400) / 2),
        (None, None),
        (None, 300),
    ]
    histogram = {
        row["label"]: (row["with"], row["without"])
        for row in first["histogram"]
        if row["with"] or row["without"]
    }
    assert histogram == {"1–5 min": (1, 0), "5–15 min": (0, 2), "4–8 h": (0, 1)}


def test_acceptance_and_override_rates_overall_by_intent_tool_and_refund_reason(world):
    rates = metrics.action_rates(R)
    # Decided in range: a1 a2 a4 executed, a3 a5 a9 rejected; a2 executed with a reason.
    # a6 (denied by the rules), a7 (pending) and a8 (decided before the range) do not count.
    assert rates["overall"] == {
        "decided": 6,
        "executed": 3,
        "rejected": 3,
        "overridden": 4,
        "acceptance_rate": 3 / 6,
        "override_rate": 4 / 6,
    }

    def table(rows):
        return {
            row["label"]: (
                row["decided"],
                row["executed"],
                row["rejected"],
                row["overridden"],
                row["acceptance_rate"],
                row["override_rate"],
            )
            for row in rows
        }

    assert [row["label"] for row in rates["by_intent"]] == ["(none)", "fare_dispute", "lost_item"]
    assert table(rates["by_intent"]) == {
        "(none)": (1, 0, 1, 1, 0.0, 1.0),  # a9 has no turn
        "fare_dispute": (3, 2, 1, 2, 2 / 3, 2 / 3),  # a1 a2 (t1), a3 (t2)
        "lost_item": (2, 1, 1, 1, 1 / 2, 1 / 2),  # a4 a5 (t3)
    }
    assert table(rates["by_tool"]) == {
        "create_ticket": (3, 1, 2, 2, 1 / 3, 2 / 3),
        "issue_refund": (3, 2, 1, 2, 2 / 3, 2 / 3),
    }
    assert table(rates["by_refund_reason"]) == {
        "cancellation_fee": (1, 1, 0, 1, 1.0, 1.0),
        "route_deviation": (2, 1, 1, 1, 1 / 2, 1 / 2),
    }


def test_override_reasons_are_counted_per_reason_label(world):
    assert metrics.override_reasons(R) == [
        {"label": "Amount is wrong", "count": 1},
        {"label": "Wrong trip", "count": 1},
        {"label": "Policy exception", "count": 0},
        {"label": "Customer withdrew", "count": 1},
        {"label": "Already handled", "count": 0},
        {"label": "Other", "count": 0},  # a8's "Other" was decided before the range
        {"label": "No reason code", "count": 1},  # a5: free text only
    ]


def test_a_reason_label_needs_the_exact_label_alone_or_followed_by_a_colon(db):
    case = _case(OCT1)
    for reason in ["Other", "Policy exception: VIP", "Amount is wrongly high", "amount is wrong: lower case"]:
        _action(case, None, "create_ticket", "rejected", decided=OCT2, reason=reason)
    counts = {row["label"]: row["count"] for row in metrics.override_reasons(R) if row["count"]}
    assert counts == {"Other": 1, "Policy exception": 1, "No reason code": 2}


def test_tool_success_rate_and_json_conformance(world):
    tools = metrics.tool_calls(R)
    # In range: get_trip_details ok ok not_found; issue_refund ok invalid_arguments; send_money unknown_tool.
    assert tools["overall"] == {
        "calls": 6,
        "ok": 3,
        "model_calls": 6,
        "conforming": 4,
        "success_rate": 3 / 6,
        "conformance": 4 / 6,
    }
    assert [
        (r["label"], r["calls"], r["ok"], r["conforming"], r["success_rate"], r["conformance"])
        for r in tools["by_tool"]
    ] == [
        ("get_trip_details", 3, 2, 3, 2 / 3, 1.0),
        ("issue_refund", 2, 1, 1, 1 / 2, 1 / 2),
        ("send_money", 1, 0, 0, 0.0, 0.0),
    ]


def test_schema_error_types_match_the_executor():
    from tools.executor import SCHEMA_TYPES

    assert set(metrics.SCHEMA_ERROR_TYPES) == SCHEMA_TYPES


def test_model_latency_percentiles_over_turns_that_called_the_model(world):
    latency = metrics.model_latency(R)
    # 100, 200, 300, 400 ms (the offline turn and the turn before the range are out).
    # p50 = 250; p95 at rank 0.95 × 3 = 2.85: 300 + 0.85 × 100 = 385.
    assert latency["turns"] == 4
    assert latency["p50"] == pytest.approx(250.0, abs=1e-9)
    assert latency["p95"] == pytest.approx(385.0, abs=1e-9)


def test_cost_per_case_is_turn_cost_over_the_cases_of_those_turns(world):
    cost = metrics.cost_per_case(R)
    # Turns in range: c1 0.01, c2 0.02, c3 0.03 + 0.00, c5 0.00 → 0.06 over 4 cases.
    assert cost == {"total": Decimal("0.06"), "cases": 4, "per_case": Decimal("0.015")}


def test_an_empty_range_has_no_means_and_no_rates(db):
    board = metrics.dashboard(R)
    assert board["aht"]["mean"] is None and board["aht"]["count"] == 0
    assert board["actions"]["overall"]["acceptance_rate"] is None
    assert board["tools"]["overall"]["success_rate"] is None
    assert board["latency"] == {"turns": 0, "p50": None, "p95": None}
    assert board["cost"] == {"total": Decimal("0"), "cases": 0, "per_case": None}


# The page
# ----------------------------------------------------------------------------------------------


def test_the_page_shows_the_numbers_and_server_side_charts(client, analyst, world):
    client.force_login(analyst)
    response = client.get(reverse("metrics"), RANGE)
    assert response.status_code == 200
    page = response.content.decode()
    assert page.count("<svg") >= 9
    assert "17.7 h" in page  # AHT 63600 s
    assert "50.0%" in page and "66.7%" in page  # acceptance, override
    assert "250 ms / 385 ms" in page
    assert "$0.0150" in page
    assert "cdn" not in page.lower()
    assert f"{reverse('metrics-export-cases')}?start=2026-10-01&amp;end=2026-10-03" in page


def test_the_page_defaults_to_the_last_30_days(client, analyst):
    client.force_login(analyst)
    response = client.get(reverse("metrics"))
    assert response.status_code == 200
    assert response.context["range"].end - response.context["range"].start == timedelta(days=29)


def test_chart_text_is_escaped():
    svg = charts.hbar_chart(
        [{"label": "<script>x</script>", "v": 2}], x="label", y="v", names="n<b>", title="t&"
    )
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "n&lt;b&gt;" in svg and "t&amp;" in svg


def test_a_line_chart_breaks_at_days_without_data_and_an_empty_chart_says_so():
    rows = [{"d": date(2026, 10, i), "v": v} for i, v in enumerate([60, 120, None, 30, 90], start=1)]
    svg = charts.line_chart(rows, x="d", y="v", names="Mean", unit="duration", title="Trend")
    assert svg.count("<polyline") == 2 and svg.count("<circle") == 4
    assert "Oct 1: Mean 60 s" in svg
    assert "no data in this range" in charts.bar_chart([{"l": "a", "v": None}], x="l", y="v", title="Empty")


# Date-range validation
# ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start": "10/01/2026"}, "The start date “10/01/2026” is not in the form YYYY-MM-DD"),
        ({"end": "2026-02-30"}, "The end date “2026-02-30” is not a day of the calendar."),
        (
            {"start": "2026-10-05", "end": "2026-10-01"},
            "The start date 2026-10-05 is after the end date 2026-10-01.",
        ),
        ({"start": "2025-01-01", "end": "2026-01-02"}, "The range covers 367 days; choose at most 366 days."),
    ],
)
def test_a_bad_range_is_explained_on_the_page(client, analyst, params, message):
    client.force_login(analyst)
    response = client.get(reverse("metrics"), params)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="range-error"' in page and message in page
    assert "<svg" not in page
    export = client.get(reverse("metrics-export-cases"), params)
    assert export.status_code == 400 and message in export.content.decode()


def test_parse_date_range_defaults_and_limits():
    today = date(2026, 10, 31)
    assert metrics.parse_date_range(None, None, today=today) == metrics.DateRange(date(2026, 10, 2), today)
    assert metrics.parse_date_range("", " 2026-03-31 ", today=today) == metrics.DateRange(
        date(2026, 3, 2), date(2026, 3, 31)
    )
    assert metrics.parse_date_range("2026-10-20", None, today=today) == metrics.DateRange(
        date(2026, 10, 20), today
    )
    leap_year = metrics.parse_date_range("2024-01-01", "2024-12-31", today=today)
    assert len(leap_year.days) == 366
    one_day = metrics.parse_date_range("2026-10-01", "2026-10-01", today=today)
    assert (one_day.since, one_day.until) == (OCT1, OCT2)
    with pytest.raises(metrics.RangeError):
        metrics.parse_date_range("20261001", None, today=today)


# CSV exports
# ----------------------------------------------------------------------------------------------


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(text)))


def _iso(moment):
    return moment.isoformat() if moment else ""


def test_the_case_export_matches_the_database(client, analyst, world):
    client.force_login(analyst)
    response = client.get(reverse("metrics-export-cases"), RANGE)
    assert 'filename="cases-2026-10-01-to-2026-10-03.csv"' in response["Content-Disposition"]
    header, *rows = _csv(response)
    assert header == metrics.CASE_COLUMNS
    c1, c2, c3, c4, c5, c6, _c7 = world["cases"]
    # Opened, first answered or resolved in the range; c7 is not. Ordered by opening.
    assert [int(row[0]) for row in rows] == [c.pk for c in (c6, c3, c2, c1, c5, c4)]
    for row in rows:
        case = Case.objects.get(pk=int(row[0]))
        record = dict(zip(header, row, strict=True))
        turns = list(case.turns.all())
        actions = list(PendingAction.objects.filter(case=case))
        assignee = case.assignee.username if case.assignee else ""
        assert record == {
            "case_id": str(case.pk),
            "rider_id": case.rider.rider_id,
            "channel": case.channel,
            "status": case.status,
            "assignee": f"'{assignee}" if assignee.startswith("@") else assignee,
            "opened_at": _iso(case.opened_at),
            "first_response_at": _iso(case.first_response_at),
            "resolved_at": _iso(case.resolved_at),
            "aht_seconds": str(round((case.resolved_at - case.opened_at).total_seconds()))
            if case.resolved_at
            else "",
            "first_response_seconds": (
                str(round((case.first_response_at - case.opened_at).total_seconds()))
                if case.first_response_at
                else ""
            ),
            "intents": "; ".join(sorted({t.intent for t in turns if t.intent})),
            "proposals": str(len(actions)),
            "accepted": str(sum(a.status == "executed" for a in actions)),
            "rejected": str(sum(a.status == "rejected" for a in actions)),
            "override_reasons": record["override_reasons"],  # checked below
            "model_calls": str(sum(t.model_calls for t in turns)),
            "tokens_in": str(sum(t.tokens_in for t in turns)),
            "tokens_out": str(sum(t.tokens_out for t in turns)),
            "cost_usd": str(sum((t.cost_usd for t in turns), Decimal("0")).quantize(Decimal("0.000001"))),
        }
    by_id = {int(row[0]): dict(zip(header, row, strict=True)) for row in rows}
    assert by_id[c1.pk]["assignee"] == "'@odd"
    assert by_id[c1.pk]["aht_seconds"] == "3600" and by_id[c1.pk]["first_response_seconds"] == "120"
    assert by_id[c1.pk]["override_reasons"] == "Amount is wrong"
    assert by_id[c2.pk]["override_reasons"] == "Wrong trip"
    assert by_id[c3.pk]["override_reasons"] == "No reason code"
    assert by_id[c3.pk]["intents"] == "fare_dispute; lost_item"
    assert by_id[c4.pk]["override_reasons"] == "Customer withdrew"
    assert by_id[c5.pk]["override_reasons"] == "" and by_id[c5.pk]["resolved_at"] == ""
    assert by_id[c6.pk]["override_reasons"] == "Other"


def test_the_action_export_matches_the_database(client, analyst, world):
    client.force_login(analyst)
    header, *rows = _csv(client.get(reverse("metrics-export-actions"), RANGE))
    assert header == metrics.ACTION_COLUMNS
    a = world["actions"]
    # Proposed or decided in the range: a8 was proposed and decided before it.
    assert sorted(int(row[0]) for row in rows) == sorted(x.pk for k, x in a.items() if k != "a8")
    intents = {str(t.pk): t.intent for t in Turn.objects.all()}
    for row in rows:
        action = PendingAction.objects.select_related("decided_by").get(pk=int(row[0]))
        params, verdict = action.params, action.verdict or {}
        reason = action.decision_reason
        assert dict(zip(header, row, strict=True)) == {
            "action_id": str(action.pk),
            "case_id": str(action.case_id),
            "tool": action.tool,
            "intent": intents.get(action.turn_id, ""),
            "reason_or_queue": params.get("reason") or params.get("queue"),
            "amount": params.get("amount", ""),
            "verdict_at_proposal": verdict.get("verdict", ""),
            "status": action.status,
            "decided_by": action.decided_by.username if action.decided_by else "",
            "decided_at": _iso(action.decided_at),
            "decision_reason": f"'{reason}" if reason.startswith("=") else reason,
            "policy_version": verdict.get("policy_version", ""),
        }
    by_id = {int(row[0]): row for row in rows}
    # The csv module's quoting round-trips a comma, quotes and a line break.
    assert by_id[a["a3"].pk][10] == 'Wrong trip: the "other", earlier\nride'
    assert by_id[a["a5"].pk][10] == "'=cmd|' /C calc'!A0"
    assert by_id[a["a6"].pk][6] == "needs_supervisor"


def test_exports_carry_no_personal_data(client, analyst, world):
    client.force_login(analyst)
    text = b"".join(client.get(reverse("metrics-export-cases"), RANGE).streaming_content).decode()
    text += b"".join(client.get(reverse("metrics-export-actions"), RANGE).streaming_content).decode()
    for case in world["cases"]:
        assert case.rider.name not in text and case.rider.email not in text and case.rider.phone not in text
    assert "Left a bag." not in text  # ticket summaries stay out


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_a_spreadsheet_would_run_is_prefixed(value):
    assert metrics.safe_cell(value) == "'" + value
    text = "".join(metrics.csv_chunks(["h"], [[value]]))
    assert list(csv.reader(io.StringIO(text)))[1] == ["'" + value]


@pytest.mark.parametrize(
    ("value", "expected"), [("a=1", "a=1"), (None, ""), (3, "3"), (Decimal("1.50"), "1.50")]
)
def test_other_cells_are_left_as_they_are(value, expected):
    assert metrics.safe_cell(value) == expected


def test_csv_chunks_stream_in_pieces_that_join_to_the_whole():
    rows = [[i, f"row {i}"] for i in range(500)]
    chunks = list(metrics.csv_chunks(["n", "text"], rows, chunk_chars=1000))
    assert len(chunks) > 5
    parsed = list(csv.reader(io.StringIO("".join(chunks))))
    assert parsed[0] == ["n", "text"] and parsed[1:] == [[str(i), f"row {i}"] for i in range(500)]


def test_under_asgi_the_export_streams_asynchronously(analyst, world):
    # A synchronous iterator would be read whole into a list by Django before sending.
    scope = {
        "type": "http",
        "method": "GET",
        "path": "/metrics/export/cases.csv",
        "query_string": b"start=2026-10-01&end=2026-10-03",
        "headers": [],
    }
    request = ASGIRequest(scope, io.BytesIO())
    request.user = analyst
    response = metrics_views.export_cases(request)
    assert response.is_async

    async def read():
        return b"".join([chunk async for chunk in response])

    rows = list(csv.reader(io.StringIO(async_to_sync(read)().decode())))
    assert rows[0] == metrics.CASE_COLUMNS and len(rows) == 7


# Access
# ----------------------------------------------------------------------------------------------

URLS = ["metrics", "metrics-export-cases", "metrics-export-actions"]


def test_an_analyst_may_open_the_page_and_the_exports(client, analyst):
    client.force_login(analyst)
    for name in URLS:
        assert client.get(reverse(name)).status_code == 200, name


@pytest.mark.parametrize("persona", ["agent", "supervisor", "admin_user", "outsider"])
def test_other_roles_are_refused(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    for name in URLS:
        assert client.get(reverse(name)).status_code == 403, name


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, db):
    for name in URLS:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_the_metrics_views_declare_only_the_analyst_role():
    for view in (metrics_views.metrics_page, metrics_views.export_cases, metrics_views.export_actions):
        assert view.allowed_roles == {"analyst"}


def test_an_approval_with_only_a_note_is_an_acceptance_not_an_override(db):
    case = _case(OCT1)
    _action(case, None, "issue_refund", "executed", decided=OCT2, reason="ok, approved after a call")
    _action(case, None, "issue_refund", "executed", decided=OCT2, reason="Policy exception: VIP rider")

    overall = metrics.action_rates(R)["overall"]

    assert (overall["decided"], overall["executed"], overall["overridden"]) == (2, 2, 1)
    assert overall["acceptance_rate"] == 1.0 and overall["override_rate"] == 1 / 2


def test_a_call_read_out_of_the_models_text_is_not_conforming_and_the_loops_own_calls_do_not_count(db):
    _call("get_trip_details", "ok", OCT2, call_id="call_1")
    _call("get_trip_details", "ok", OCT2, call_id="textcall_1_1")  # worked, but not as a tool call
    _call("get_trip_details", "ok", OCT2, call_id="prefetch_1_1")  # the loop's look-up
    _call("create_ticket", "ok", OCT2, call_id="safety-screen-4f1c")  # the safety screen's ticket
    overall = metrics.tool_calls(R)["overall"]
    assert (overall["calls"], overall["ok"], overall["model_calls"], overall["conforming"]) == (4, 4, 2, 1)
    assert overall["conformance"] == 1 / 2
