"""The executor: structured errors for every bad call, limits on every good one, an audit row each."""

from __future__ import annotations

import json

import pytest

from tests.tools.conftest import call, make_ctx
from tests.tools.slow_services import FlakyTripService, SlowTripService
from tools import cache
from tools.executor import execute_tool_calls
from tools.models import PendingAction, ToolCallAudit, ToolPermission

pytestmark = pytest.mark.django_db(transaction=True)


def run(case, *calls, **ctx_kwargs):
    return execute_tool_calls(make_ctx(case, **ctx_kwargs), list(calls))


def only_audit():
    rows = list(ToolCallAudit.objects.all())
    assert len(rows) == 1
    return rows[0]


def test_a_trip_of_another_rider_is_reported_as_not_found(case, long_trip, other_riders_trip):
    [outcome] = run(case, call("get_trip_details", json.dumps({"trip_id": str(other_riders_trip.trip_id)})))
    assert outcome.error_type == "not_found"
    assert outcome.result["field"] == "trip_id"
    assert str(long_trip.trip_id)[:8] in outcome.result["hint"]  # the rider's own trips are offered instead
    assert str(other_riders_trip.trip_id)[:8] not in json.dumps(outcome.result["hint"])
    audit = only_audit()
    assert (audit.outcome, audit.valid, audit.error_field) == ("not_found", False, "trip_id")


def test_an_unknown_tool_gets_a_structured_error_and_an_audit_row(case):
    [outcome] = run(case, call("refund_everything", "{}"))
    assert set(outcome.result) == {"error", "type", "field", "hint"}
    assert outcome.result["type"] == "unknown_tool"
    assert "get_trip_details" in outcome.result["hint"]
    assert only_audit().outcome == "invalid"


@pytest.mark.parametrize(
    ("arguments", "field", "words"),
    [
        ({"trip_id": None, "verbose": True}, "verbose", "Remove"),
        ({}, "trip_id", "required"),
        ({"trip_id": 12345}, "trip_id", "Correct"),
    ],
    ids=["extra argument", "missing argument", "wrong type"],
)
def test_schema_violations_name_the_field_and_how_to_fix_it(case, arguments, field, words):
    [outcome] = run(case, call("get_trip_details", json.dumps(arguments)))
    assert outcome.error_type == "invalid_arguments"
    assert outcome.result["field"] == field
    assert words in outcome.result["hint"]
    assert only_audit().valid is False


def test_a_wrong_enum_value_is_refused(case, long_trip):
    arguments = {
        "trip_id": str(long_trip.trip_id),
        "kind": "cash",
        "reason": "route_deviation",
        "amount": None,
    }
    [outcome] = run(case, call("simulate_refund", json.dumps(arguments)))
    assert (outcome.error_type, outcome.result["field"]) == ("invalid_arguments", "kind")


def test_an_amount_that_is_not_two_decimals_is_refused(case, long_trip):
    arguments = {
        "trip_id": str(long_trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18",
    }
    [outcome] = run(case, call("issue_refund", json.dumps(arguments)))
    assert (outcome.error_type, outcome.result["field"]) == ("invalid_arguments", "amount")
    assert "two decimals" in outcome.result["hint"]
    assert not PendingAction.objects.exists()


def test_arguments_that_are_not_json_are_refused(case):
    [outcome] = run(case, call("get_trip_details", '{"trip_id": "0b6f'))
    assert outcome.error_type == "invalid_arguments"
    assert "not valid JSON" in outcome.result["error"]
    assert only_audit().arguments == {"_unparsed": '{"trip_id": "0b6f'}


@pytest.mark.parametrize("switch", ["disabled", "not for this intent"])
def test_a_switched_off_or_not_allowed_tool_is_refused(case, long_trip, switch):
    permission = ToolPermission.objects.get(tool="issue_refund")
    if switch == "disabled":
        permission.enabled = False
    else:
        permission.intents = ["cleaning_fee"]
    permission.save()
    arguments = {
        "trip_id": str(long_trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18.00",
    }
    [outcome] = run(case, call("issue_refund", json.dumps(arguments)))
    assert outcome.error_type == "refused"
    assert only_audit().outcome == "refused"
    assert not PendingAction.objects.exists()


def test_a_tool_that_times_out_gets_a_structured_error_and_an_audit_row(case, long_trip, settings):
    settings.COPILOT_TRIP_SERVICE = "tests.tools.slow_services.SlowTripService"
    SlowTripService.delay = 1.0
    ToolPermission.objects.filter(tool="get_trip_details").update(timeout_ms=150)
    [outcome] = run(case, call("get_trip_details", json.dumps({"trip_id": str(long_trip.trip_id)})))
    assert outcome.error_type == "timeout"
    assert "150 ms" in outcome.result["error"]
    audit = only_audit()
    assert (audit.outcome, audit.valid) == ("timeout", True)


def test_independent_reads_run_at_the_same_time(case, long_trip, settings):
    settings.COPILOT_TRIP_SERVICE = "tests.tools.slow_services.SlowTripService"
    SlowTripService.delay = 0.3
    SlowTripService.intervals = []
    short = str(long_trip.trip_id)[:8]
    calls = [
        call("get_trip_details", json.dumps({"trip_id": tid})) for tid in (str(long_trip.trip_id), short)
    ]
    calls.append(
        call(
            "simulate_refund",
            json.dumps(
                {
                    "trip_id": str(long_trip.trip_id),
                    "kind": "refund",
                    "reason": "route_deviation",
                    "amount": None,
                }
            ),
        )
    )
    outcomes = run(case, *calls)
    assert all(o.ok for o in outcomes), [o.result for o in outcomes]
    (_, a_end), (b_start, _) = sorted(SlowTripService.intervals)[:2]
    assert b_start < a_end  # the second lookup began before the first had finished


def test_a_transient_failure_is_retried_and_then_succeeds(case, settings):
    settings.COPILOT_TRIP_SERVICE = "tests.tools.slow_services.FlakyTripService"
    FlakyTripService.calls, FlakyTripService.failures = 0, 1
    [outcome] = run(case, call("get_rider_flags", "{}"))
    assert outcome.ok
    assert outcome.attempts == 2
    assert only_audit().attempts == 2


def test_a_tool_that_keeps_failing_is_paused_by_its_circuit_breaker(case, settings):
    settings.COPILOT_TRIP_SERVICE = "tests.tools.slow_services.FlakyTripService"
    FlakyTripService.calls, FlakyTripService.failures = 0, 1000
    settings.COPILOT_TOOL_RETRIES = 0
    types = [run(case, call("get_rider_flags", "{}"))[0].error_type for _ in range(6)]
    assert types == ["unavailable"] * 6
    assert FlakyTripService.calls == 5  # the sixth call never reached the failing service
    assert "paused" in ToolCallAudit.objects.order_by("-id").first().error


def test_read_results_are_cached_and_the_hit_is_recorded(case, long_trip):
    arguments = json.dumps({"trip_id": str(long_trip.trip_id)})
    first = run(case, call("get_trip_details", arguments))[0]
    second = run(case, call("get_trip_details", arguments))[0]
    assert (first.cache_hit, second.cache_hit) == (False, True)
    assert first.result == second.result
    assert list(ToolCallAudit.objects.values_list("cache_hit", flat=True)) == [False, True]
    assert cache.hit_rates()["get_trip_details"]["hits"] >= 1


def test_approving_a_refund_invalidates_the_riders_cached_trip(case, long_trip, agent):
    from tools.approvals import action_approve

    arguments = json.dumps({"trip_id": str(long_trip.trip_id)})
    run(case, call("get_trip_details", arguments))
    refund = {
        "trip_id": str(long_trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18.00",
    }
    action_id = run(case, call("issue_refund", json.dumps(refund)))[0].result["action_id"]
    action_approve(action_id=action_id, user=agent)
    after = run(case, call("get_trip_details", arguments))[0]
    assert after.cache_hit is False
    assert after.result["trip"]["refunded_total"] == "18.00"


def test_strings_from_the_model_are_sanitised_before_use(case, long_trip):
    arguments = {
        "queue": "lost_and_found",
        "summary": "Rider <PERSON_1> left a bag\x00 <script>alert(1)</script>in the car\u202e.",
        "trip_id": None,
        "priority": "normal",
    }
    [outcome] = run(case, call("create_ticket", json.dumps(arguments)), intent="lost_item")
    assert outcome.ok, outcome.result
    summary = PendingAction.objects.get().params["summary"]
    assert summary == "Rider <PERSON_1> left a bag alert(1)in the car."


def test_every_audit_row_records_schema_and_policy_versions(case, long_trip):
    run(case, call("get_rider_flags", "{}"), call("nope", "{}"))
    rows = ToolCallAudit.objects.all()
    assert {r.policy_version for r in rows} == {"ride-refunds@1"}
    assert all(r.schema_version.startswith("tools-") for r in rows)
    assert all(r.turn_id == "turn-1" and r.case_id == case.pk for r in rows)
