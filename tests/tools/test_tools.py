"""Each tool's own behaviour: what it returns, and what it never returns."""

from __future__ import annotations

import json

import pytest

from tests.tools.conftest import add_refund, call, make_ctx
from tools.executor import execute_tool_calls

pytestmark = pytest.mark.django_db(transaction=True)


def one(case, name, arguments, **kwargs):
    [outcome] = execute_tool_calls(make_ctx(case, **kwargs), [call(name, json.dumps(arguments))])
    return outcome


def test_trip_details_never_carry_the_driver_name_or_addresses(case, long_trip):
    outcome = one(case, "get_trip_details", {"trip_id": str(long_trip.trip_id)})
    text = json.dumps(outcome.result)
    assert outcome.ok
    for pii in ("Jonas Becker", "Baker Street", "Downing Street"):
        assert pii not in text
    trip = outcome.result["trip"]
    assert (trip["fare_charged"], trip["upfront_fare"], trip["city"]) == ("48.00", "30.00", "Chicago")


def test_a_short_trip_id_finds_the_riders_trip(case, long_trip):
    outcome = one(case, "get_trip_details", {"trip_id": str(long_trip.trip_id)[:8].upper()})
    assert outcome.result["trip"]["trip_id"] == str(long_trip.trip_id)


def test_no_trip_id_lists_the_riders_recent_trips(case, long_trip, other_riders_trip):
    outcome = one(case, "get_trip_details", {"trip_id": None})
    assert [t["trip_id"] for t in outcome.result["trips"]] == [str(long_trip.trip_id)]


def test_a_string_that_is_not_a_trip_id_gets_a_hint(case):
    outcome = one(case, "get_trip_details", {"trip_id": "my ride on tuesday"})
    assert outcome.error_type == "invalid_arguments"
    assert "UUID" in outcome.result["hint"]


def test_rider_flags_count_refunds_and_goodwill_and_hold_no_pii(case, long_trip):
    add_refund(long_trip, "3.00", reason="service_quality")
    outcome = one(case, "get_rider_flags", {})
    assert outcome.result["refunds_last_30d"] == 1
    assert outcome.result["goodwill_last_30d"] == 1
    assert "Maria" not in json.dumps(outcome.result)


@pytest.mark.parametrize(
    ("topic", "rule"),
    [
        ("P4", "P4"),
        ("p10", "P10"),
        ("they charged me twice", "P5"),
        ("cleaning fee", "P6"),
        ("rude driver", "P7"),
    ],
)
def test_policy_snippets_are_found_by_rule_id_or_topic(case, topic, rule):
    outcome = one(case, "get_policy_snippet", {"topic": topic})
    assert outcome.result["rule_id"] == rule
    assert outcome.result["policy_version"] == "ride-refunds@1"


def test_simulate_refund_with_no_amount_judges_the_maximum(case, long_trip):
    outcome = one(
        case,
        "simulate_refund",
        {"trip_id": str(long_trip.trip_id), "kind": "refund", "reason": "route_deviation", "amount": None},
    )
    assert (outcome.result["verdict"], outcome.result["max_amount"], outcome.result["amount"]) == (
        "allowed",
        "18.00",
        "18.00",
    )


def test_simulate_refund_for_safety_is_always_denied(case, long_trip):
    outcome = one(
        case,
        "simulate_refund",
        {"trip_id": str(long_trip.trip_id), "kind": "refund", "reason": "safety", "amount": "5.00"},
    )
    assert (outcome.result["verdict"], outcome.result["rules"]) == ("denied", ["P8"])
