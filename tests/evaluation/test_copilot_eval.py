"""`copilot_eval` scores cases through the whole path, and its gate catches broken rules and leaks."""

from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from copilot.pii import Redaction

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "eval_sample.jsonl"
THRESHOLDS = {
    "intent_accuracy": 0.9,
    "action_accuracy": 0.9,
    "tool_recall": 0.95,
    "policy_violations": 0,
    "pii_leaks": 0,
    "json_conformance": 1.0,
}

pytestmark = pytest.mark.django_db(transaction=True)


def evaluate(tmp_path, *args: str, cases: str | None = None) -> tuple[dict, int, str]:
    path = tmp_path / "cases.jsonl"
    path.write_text(cases if cases is not None else SAMPLE.read_text())
    thresholds = tmp_path / "thresholds.json"
    thresholds.write_text(json.dumps(THRESHOLDS))
    out, err = StringIO(), StringIO()
    code = 0
    try:
        call_command(
            "copilot_eval",
            "--cases",
            str(path),
            "--json",
            "--thresholds",
            str(thresholds),
            *args,
            stdout=out,
            stderr=err,
        )
    except SystemExit as exc:
        code = exc.code
    return json.loads(out.getvalue().splitlines()[-1]), code, err.getvalue()


def test_a_case_file_in_the_interfaces_format_is_scored(tmp_path):
    summary, code, _ = evaluate(tmp_path)
    assert code == 0, summary["failures"]
    assert {
        "cases",
        "provider",
        "intent_accuracy",
        "tool_recall",
        "tool_precision",
        "action_accuracy",
        "policy_violations",
        "json_conformance",
        "pii_leaks",
        "latency_ms",
        "failures",
    } <= set(summary)
    assert (summary["cases"], summary["provider"], summary["action_accuracy"]) == (2, "offline", 1.0)
    assert summary["gate"] == {"passed": True, "missed": []}


def test_unreadable_lines_are_reported_and_the_rest_still_run(tmp_path):
    summary, code, _ = evaluate(tmp_path, cases=SAMPLE.read_text() + "{broken\n")
    assert code == 1
    assert (summary["cases"], summary["unreadable_lines"]) == (2, 1)


def test_repeat_reports_pass_hat_k(tmp_path):
    summary, _, _ = evaluate(tmp_path, "--repeat", "2")
    assert summary["pass^2"] == 1.0


def test_the_gate_fails_when_redaction_is_switched_off(tmp_path, monkeypatch):
    monkeypatch.setattr(
        "copilot.pii.vault.redact", lambda text, known=None, watch=(): Redaction(text, (), dict(known or {}))
    )
    summary, code, err = evaluate(tmp_path)
    assert summary["pii_leaks"] > 0
    assert code == 2
    assert "pii_leaks" in err


def test_the_gate_fails_when_the_subject_is_stored_in_clear(tmp_path, monkeypatch):
    monkeypatch.setattr("copilot.intake.services.redact_for_case", lambda case_id, text: text)
    summary, code, _ = evaluate(tmp_path)
    assert summary["pii_leaks"] > 0
    assert code == 2


def test_the_gate_fails_when_a_rule_is_broken(tmp_path, monkeypatch):
    from policies import engine

    original = engine.p3_route_deviation

    def generous(trip, rider, params):
        eligible = original(trip, rider, params)
        return None if eligible is None else eligible + Decimal("10.00")

    monkeypatch.setattr(engine, "p3_route_deviation", generous)
    monkeypatch.setitem(engine.ELIGIBILITY, "route_deviation", ("P3", generous))
    summary, code, err = evaluate(tmp_path)
    assert summary["action_accuracy"] < 1.0
    assert code == 2
    assert "action_accuracy" in err


def test_a_turn_that_leaves_the_agent_no_reply_fails_its_case_whatever_it_proposed(tmp_path, monkeypatch):
    monkeypatch.setattr("copilot.agent.offline.provider.draft_reply", lambda planner: "")
    summary, _, _ = evaluate(tmp_path)
    # (a safety case still has the safety procedure's reply)
    assert summary["pass_rate"] < 1.0
    assert summary["failures"] and all("no reply for the agent" in c["why"] for c in summary["failures"])
