"""The CI gate: the offline copilot on the golden test split meets the thresholds written in the repo."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_offline_copilot_meets_the_thresholds_on_the_test_split():
    out = StringIO()
    code = 0
    try:
        call_command(
            "copilot_eval",
            "--cases",
            str(GOLDEN / "test.jsonl"),
            "--provider",
            "offline",
            "--json",
            "--thresholds",
            str(GOLDEN / "thresholds.json"),
            "--safety",
            str(GOLDEN.parent / "safety" / "test.jsonl"),
            stdout=out,
            stderr=StringIO(),
        )
    except SystemExit as exc:
        code = exc.code
    summary = json.loads(out.getvalue().splitlines()[-1])
    print(
        json.dumps({k: v for k, v in summary.items() if k != "failures"}, indent=1)
    )  # the figures in CI logs
    assert summary["cases"] >= 150
    assert code == 0, summary["gate"]
