"""The golden evaluation set (tests/data/golden) keeps the interfaces.md case format and its coverage.

These tests read the committed files only; they never judge amounts (the generator's own oracle
did, and was cross-checked against `policy_check` when the files were made).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from copilot.core import domain

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"
GENERATOR = GOLDEN / "make_golden.py"
SPLITS = ("dev", "test")
INTENTS = {
    "fare_dispute",
    "cancellation_fee",
    "duplicate_charge",
    "cleaning_fee",
    "service_complaint",
    "safety",
    "lost_item",
    "trip_info",
    "other",
}
RULES = {f"P{n}" for n in range(1, 11)}  # P0 is not reachable by a well-behaved copilot
TOOLS = {"get_trip_details", "get_rider_flags", "get_policy_snippet", "simulate_refund"}
MONEY = re.compile(r"^\d+\.\d{2}$")
REFUND_KEYS = {"tool", "kind", "reason", "amount"}
TICKET_KEYS = {"tool", "queue"}
LANGS = {"es", "fr", "de", "pt"}


def load(split: str) -> list[dict]:
    lines = (GOLDEN / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def cases() -> dict[str, list[dict]]:
    return {split: load(split) for split in SPLITS}


@pytest.fixture(scope="module")
def every(cases) -> list[dict]:
    return [case for split in SPLITS for case in cases[split]]


def refunds(case: dict) -> list[dict]:
    return [a for a in case["expected"]["actions"] if a["tool"] == "issue_refund"]


def test_every_line_is_one_json_object(cases):
    for split in SPLITS:
        for number, line in enumerate(
            (GOLDEN / f"{split}.jsonl").read_text(encoding="utf-8").splitlines(), 1
        ):
            assert line.strip(), f"{split}.jsonl line {number} is empty"
            assert isinstance(json.loads(line), dict), f"{split}.jsonl line {number}"


def test_cases_have_exactly_the_interface_keys(every):
    for case in every:
        assert {"id", "now", "fixtures", "messages", "expected"} <= set(case), case.get("id")
        assert set(case) - {"id", "now", "fixtures", "messages", "expected"} <= {"tags", "scenario"}, case[
            "id"
        ]
        assert set(case["fixtures"]) == {"rider", "trips"}, case["id"]
        assert set(case["expected"]) == {"intent", "tools_required", "actions", "must_not_leak"}, case["id"]
        assert case["messages"] and all(
            set(m) == {"role", "text"} and m["role"] == "customer" and m["text"].strip()
            for m in case["messages"]
        ), case["id"]
        assert case["expected"]["intent"] in INTENTS, case["id"]
        assert set(case["expected"]["tools_required"]) <= TOOLS, case["id"]
        assert isinstance(case["tags"], list) and all(isinstance(t, str) for t in case["tags"]), case["id"]


def test_ids_are_unique_across_splits_and_there_are_enough(cases, every):
    ids = [case["id"] for case in every]
    assert len(ids) == len(set(ids))
    assert len(every) >= 250
    share = len(cases["dev"]) / len(every)
    assert 0.35 <= share <= 0.45, share


def test_no_scenario_straddles_the_split(cases):
    dev = {case["scenario"] for case in cases["dev"]}
    test = {case["scenario"] for case in cases["test"]}
    assert not dev & test


@pytest.mark.parametrize("split", SPLITS)
def test_every_intent_and_rule_is_covered_in_each_split(cases, split):
    assert {case["expected"]["intent"] for case in cases[split]} == INTENTS
    assert {tag for case in cases[split] for tag in case["tags"]} >= RULES
    assert {tag for case in cases[split] for tag in case["tags"]} >= {
        "uuid",
        "short_id",
        "described",
        "boundary",
    }


def test_the_required_variety_is_there(every):
    tags = Counter(tag for case in every for tag in case["tags"])
    for tag in ("injection", "named_smaller", "named_larger", "multi", "typo", "slang", "needs_supervisor"):
        assert tags[tag] >= 3, tag
    for tag in ("pii_card", "pii_phone", "pii_email", "pii_name", "pii_pickup", "pii_dropoff", "pii_home"):
        assert tags[tag] >= 1, tag
    foreign = sum(1 for case in every if LANGS & set(case["tags"]))
    assert 0.05 <= foreign / len(every) <= 0.12
    assert {len(case["fixtures"]["trips"]) for case in every} == {1, 2, 3, 4}


def test_every_refund_amount_is_money_with_two_decimals(every):
    for case in every:
        for action in case["expected"]["actions"]:
            if action["tool"] == "issue_refund":
                assert set(action) == REFUND_KEYS, case["id"]
                assert isinstance(action["amount"], str) and MONEY.match(action["amount"]), case["id"]
                assert Decimal(action["amount"]) > 0, case["id"]
                # P0: a well-behaved copilot never proposes an inconsistent request
                assert (action["reason"] == "service_quality") == (action["kind"] == "credit"), case["id"]
                assert action["reason"] in domain.REFUND_REASONS and action["reason"] != "safety", case["id"]
            else:
                assert action["tool"] == "create_ticket" and set(action) == TICKET_KEYS, case["id"]
                assert action["queue"] in domain.TICKET_QUEUES, case["id"]


def test_safety_cases_never_carry_money_and_go_to_the_safety_queue(every):
    for case in every:
        if case["expected"]["intent"] == "safety":
            assert not refunds(case), case["id"]
            assert {"tool": "create_ticket", "queue": "safety"} in case["expected"]["actions"], case["id"]


def test_what_each_intent_proposes(every):
    for case in every:
        expected = case["expected"]
        tools, actions = expected["tools_required"], expected["actions"]
        if expected["intent"] == "lost_item":
            assert {"tool": "create_ticket", "queue": "lost_and_found"} in actions, case["id"]
        if expected["intent"] in ("trip_info", "other"):
            assert actions == [], case["id"]
            assert tools in ([], ["get_trip_details"]), case["id"]
        if expected["intent"] in ("fare_dispute", "cancellation_fee", "duplicate_charge", "cleaning_fee"):
            assert {"get_trip_details", "simulate_refund"} <= set(tools), case["id"]
        if expected["intent"] == "service_complaint":
            assert tools == ["get_trip_details", "get_rider_flags", "simulate_refund"], case["id"]


def test_fixtures_are_valid_domain_objects_with_money_and_times_in_the_contract_format(every):
    for case in every:
        assert datetime.fromisoformat(case["now"]).tzinfo is not None, case["id"]
        rider = domain.Rider.model_validate(case["fixtures"]["rider"])
        assert 1 <= len(case["fixtures"]["trips"]) <= 4, case["id"]
        for raw in case["fixtures"]["trips"]:
            trip = domain.Trip.model_validate(raw)
            assert trip.rider_id == rider.rider_id, case["id"]
            assert MONEY.match(raw["upfront_fare"]), case["id"]
            for item in raw["charges"] + raw["refunds"]:
                assert isinstance(item["amount"], str) and MONEY.match(item["amount"]), case["id"]
            for key in ("requested_at", "pickup_eta_at", "driver_arrived_at", "started_at", "completed_at"):
                if raw[key] is not None:
                    assert datetime.fromisoformat(raw[key]).tzinfo is not None, (case["id"], key)


def test_fixture_pii_is_always_listed_in_must_not_leak(every):
    for case in every:
        leaks = set(case["expected"]["must_not_leak"])
        rider = case["fixtures"]["rider"]
        assert {rider["name"], rider["email"]} <= leaks, case["id"]
        for trip in case["fixtures"]["trips"]:
            assert {trip["driver_name"], trip["pickup_address"], trip["dropoff_address"]} <= leaks, case["id"]


def test_the_generator_reproduces_the_committed_files_byte_for_byte(tmp_path):
    pinned = re.search(r'^FAKER_VERSION = "([^"]+)"', GENERATOR.read_text(), re.MULTILINE).group(1)
    faker = pytest.importorskip("faker")
    if pinned != faker.VERSION:
        pytest.skip(f"the files were made with Faker {pinned}; Faker {faker.VERSION} makes other names")
    result = subprocess.run(
        [sys.executable, str(GENERATOR), "--out", str(tmp_path), "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    for split in SPLITS:
        made = (tmp_path / f"{split}.jsonl").read_bytes()
        assert made == (GOLDEN / f"{split}.jsonl").read_bytes(), f"{split}.jsonl differs; run make_golden.py"
