"""`manage.py policy_check` follows interfaces.md: one line out per line in, errors in place."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from policies.services import policy_version_activate, policy_version_create

TRIP = {
    "trip_id": "0b6f0000-0000-4000-8000-000000000001",
    "rider_id": "R-1",
    "status": "completed",
    "requested_at": "2026-11-02T09:00:00+00:00",
    "completed_at": "2026-11-02T10:00:00+00:00",
    "upfront_fare": "30.00",
    "estimated_distance_km": 10,
    "actual_distance_km": 14.2,
    "charges": [{"charge_id": "c1", "kind": "fare", "amount": "48.00", "at": "2026-11-02T10:00:00+00:00"}],
}


def line(amount: str, **overrides) -> str:
    record = {
        "trip": TRIP,
        "rider": {"rider_id": "R-1"},
        "action": {"kind": "refund", "reason": "route_deviation", "amount": amount},
        "now": "2026-11-05T10:00:00+00:00",
        "approver_role": "agent",
    }
    record.update(overrides)
    return json.dumps(record)


def run(tmp_path, *lines: str) -> tuple[list[dict], int]:
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out = StringIO()
    code = 0
    try:
        call_command("policy_check", "--input", str(path), stdout=out)
    except SystemExit as exc:
        code = exc.code
    return [json.loads(x) for x in out.getvalue().splitlines()], code


@pytest.mark.django_db
def test_the_worked_example_of_the_spec_is_judged_exactly(tmp_path):
    results, code = run(tmp_path, line("18.00"), line("20.00"))
    assert code == 0
    assert results == [
        {"verdict": "allowed", "max_amount": "18.00", "rules": ["P3"], "policy_version": "ride-refunds@1"},
        {"verdict": "denied", "max_amount": "18.00", "rules": ["P3"], "policy_version": "ride-refunds@1"},
    ]


@pytest.mark.django_db
def test_malformed_lines_get_their_error_and_the_rest_still_run(tmp_path):
    results, code = run(
        tmp_path, "{not json", line("18.00"), "[1, 2]", line("18.00", approver_role="boss"), line("18.005")
    )
    assert code == 1
    assert results[0]["line"] == 1 and "not valid JSON" in results[0]["error"]
    assert results[1]["verdict"] == "allowed"
    assert results[2] == {"line": 3, "error": "each line must be a JSON object"}
    assert results[3]["line"] == 4 and "approver_role" in results[3]["error"]
    assert results[4]["line"] == 5 and "action.amount" in results[4]["error"]


@pytest.mark.django_db
def test_verdicts_use_the_active_policy_version(tmp_path, admin_user):
    version = policy_version_create(
        author=admin_user, params={"route_distance_factor": "1.5"}, note="stricter route rule"
    )
    policy_version_activate(version=version, actor=admin_user)
    results, _ = run(tmp_path, line("18.00"))
    assert results == [
        {"verdict": "denied", "max_amount": "0.00", "rules": ["P3"], "policy_version": "ride-refunds@2"}
    ]


@pytest.mark.django_db
def test_standard_input_is_read_when_input_is_a_dash(monkeypatch):
    monkeypatch.setattr("sys.stdin", StringIO(line("18.00") + "\n"))
    out = StringIO()
    call_command("policy_check", "--input", "-", stdout=out)
    assert json.loads(out.getvalue())["verdict"] == "allowed"
