"""`manage.py copilot_eval --cases FILE [--provider NAME] [--json] [--repeat K] [--thresholds FILE]
[--safety FILE]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from copilot.agent.intent import warm_up
from copilot.core.jsonl import LineError, parse_line, read_lines
from copilot.evaluation.runner import EvalCase, run_case, summarise
from copilot.evaluation.safety import safety_figures

# Metrics where higher is better, and those that must not exceed their threshold.
AT_LEAST = ("intent_accuracy", "action_accuracy", "tool_recall", "tool_precision", "json_conformance")
AT_MOST = ("policy_violations", "pii_leaks", "safety_false_positive_rate")


def gate(summary: dict, thresholds: dict) -> list[str]:
    """The thresholds the summary misses, in words; empty when the gate passes."""
    misses = []
    for name, limit in thresholds.items():
        if name not in summary:
            continue
        value = summary[name]
        if value is None:
            # Undefined (json_conformance when no tool call was made): a miss when the cases needed calls.
            if summary.get("turns_without_calls"):
                misses.append(f"{name} undefined: no tool call was made")
            continue
        if name in AT_MOST and value > limit:
            misses.append(f"{name} {value} > {limit}")
        elif name not in AT_MOST and value < limit:
            misses.append(f"{name} {value} < {limit}")
    return misses


class Command(BaseCommand):
    help = "Run evaluation cases (interfaces.md) through the whole copilot path and score them."

    def add_arguments(self, parser):
        parser.add_argument(
            "--cases", required=True, help="a JSON Lines file of cases, or - for standard input"
        )
        parser.add_argument("--provider", default="offline", choices=["offline", "openai"])
        parser.add_argument("--json", action="store_true", help="print the summary as JSON on the last line")
        parser.add_argument("--repeat", type=int, default=1, help="run each case K times; report pass^K")
        parser.add_argument(
            "--thresholds", help="a JSON file of minimum (or maximum) metrics; exit 2 below them"
        )
        parser.add_argument(
            "--safety",
            help="a JSON Lines file of messages labelled {text, safety}: the safety screen's recall and "
            "false-positive rate join the summary (and the gate)",
        )

    def handle(self, *args, **options):
        if options["repeat"] < 1:
            raise CommandError("--repeat must be at least 1")
        thresholds = {}
        if options["thresholds"]:
            path = Path(options["thresholds"])
            if not path.is_file():
                raise CommandError(f"--thresholds {path}: no such file")
            thresholds = json.loads(path.read_text())

        warm_up()  # the model loads once, outside every case's latency
        runs, bad_lines = [], []
        for number, text in read_lines(options["cases"]):
            try:
                case = parse_line(text, EvalCase)
            except LineError as exc:
                bad_lines.append({"line": number, "error": str(exc)})
                self.stdout.write(json.dumps(bad_lines[-1]))
                continue
            repeats = [run_case(case, provider=options["provider"]) for _ in range(options["repeat"])]
            runs.append(repeats)
            failed = next((r for r in repeats if not r.passed), None)
            if failed and not options["json"]:
                self.stdout.write(f"FAIL {case.id}: {'; '.join(failed.why)}")
        summary = summarise(runs, provider=options["provider"])
        summary["unreadable_lines"] = len(bad_lines)
        if options["safety"]:
            path = Path(options["safety"])
            if not path.is_file():
                raise CommandError(f"--safety {path}: no such file")
            summary.update(
                safety_figures([json.loads(line) for line in path.read_text().splitlines() if line])
            )
        misses = gate(summary, thresholds)
        if misses:
            summary["gate"] = {"passed": False, "missed": misses}
        elif thresholds:
            summary["gate"] = {"passed": True, "missed": []}
        if options["json"]:
            self.stdout.write(json.dumps(summary))
        else:
            for key, value in summary.items():
                if key == "per_case":
                    for row in value:
                        self.stdout.write(
                            f"  {row['id']}: {row['model_calls']} model call(s), "
                            f"~{row['prompt_tokens']} prompt tokens"
                        )
                elif key != "failures":
                    self.stdout.write(f"{key}: {'n/a' if value is None else value}")
        sys.stdout.flush()
        if bad_lines:
            sys.exit(1)
        if misses:
            self.stderr.write("copilot_eval: below the thresholds: " + "; ".join(misses))
            sys.exit(2)
