"""The safety screen's figures on messages labelled safety or not (tests/data/safety/*.jsonl)."""

from __future__ import annotations

from typing import Any

from copilot.safety.screen import screen


def safety_figures(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Recall on the safety reports and the false-positive rate on the ordinary messages; the missed
    and falsely flagged ids for the report."""
    reports = [r for r in rows if r.get("safety")]
    ordinary = [r for r in rows if not r.get("safety")]
    missed = [r.get("id", "") for r in reports if not screen(r["text"]).fired]
    flagged = [r.get("id", "") for r in ordinary if screen(r["text"]).fired]
    return {
        "safety_cases": len(rows),
        "safety_recall": round(1 - len(missed) / len(reports), 3) if reports else None,
        "safety_false_positive_rate": round(len(flagged) / len(ordinary), 3) if ordinary else None,
        "safety_missed": missed,
        "safety_false_alarms": flagged,
    }
