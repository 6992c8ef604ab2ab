"""`copilot_eval --provider openai` against scripted models over the real `openai` client: one that calls
tools through `tool_calls`, one that writes the same calls as fenced JSON in its text (as the small
local model of issue 24 did), and one that never calls a tool. The scripted model decides like the
offline planner, so what differs between them is only how the calls are written."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from copilot.agent import intent
from copilot.agent.loop import _as_the_screen_says as as_the_screen_says
from copilot.agent.messages import ModelRequest
from copilot.agent.offline import OfflineProvider
from tests.agent.scripted_server import final, text_calls, tools

GOLDEN = Path(__file__).resolve().parent.parent / "data" / "golden"
THRESHOLDS = {"action_accuracy": 0.9, "tool_recall": 0.95, "json_conformance": 1.0}

pytestmark = pytest.mark.django_db(transaction=True)


def planner_model(style: str):
    """A scripted model that makes the offline planner's decisions, written in the given style."""

    def respond(body: dict) -> dict:
        messages = body["messages"]
        customer = [m for m in messages if m["role"] == "user" and not m["content"].startswith("[Copilot")]
        # The intents the loop gave the planner: the classifier's, as the safety screen's note says.
        screened = any(
            m["content"].startswith("[Copilot safety screen]") for m in messages if m["role"] == "user"
        )
        found = as_the_screen_says(intent.classify(customer[-1]["content"]), safe_case=not screened)
        request = ModelRequest(
            messages=messages, tools=body.get("tools", []), intent=found.primary, intents=found.intents
        )
        answer = OfflineProvider().complete(request, on_token=lambda _: None)
        if not answer.tool_calls:
            return final(answer.content)
        calls = [(c.name, json.loads(c.arguments)) for c in answer.tool_calls]
        return tools(*calls) if style == "tool_calls" else text_calls(*calls, before="Let me check.")

    return respond


def evaluate(tmp_path, cases: str, provider: str = "openai") -> tuple[dict, int, str]:
    path = tmp_path / "cases.jsonl"
    path.write_text(cases)
    thresholds = tmp_path / "thresholds.json"
    thresholds.write_text(json.dumps(THRESHOLDS))
    out, err = StringIO(), StringIO()
    code = 0
    try:
        call_command(
            "copilot_eval",
            "--cases",
            str(path),
            "--provider",
            provider,
            "--json",
            "--thresholds",
            str(thresholds),
            stdout=out,
            stderr=err,
        )
    except SystemExit as exc:
        code = exc.code
    return json.loads(out.getvalue().splitlines()[-1]), code, err.getvalue()


def sample() -> str:
    """Every sixth case of the dev split: detours, fees, double charges, service, safety, lost items."""
    lines = (GOLDEN / "dev.jsonl").read_text().splitlines()
    return "\n".join(lines[::6]) + "\n"


def passed(summary: dict) -> set[str]:
    failed = {f["id"] for f in summary["failures"]}
    return {row["id"] for row in summary["per_case"]} - failed


def test_calls_written_as_fenced_json_score_the_same_actions_as_tool_calls_and_show_in_json_conformance(
    use_model, tmp_path
):
    cases = sample()
    use_model.responder = planner_model("tool_calls")
    native, _, _ = evaluate(tmp_path, cases)
    use_model.responder = planner_model("fenced_json")
    written, written_code, _ = evaluate(tmp_path, cases)
    offline, _, _ = evaluate(tmp_path, cases, provider="offline")

    assert native["cases"] == written["cases"] >= 18
    for name in ("action_accuracy", "tool_recall", "intent_accuracy", "policy_violations", "pii_leaks"):
        assert native[name] == written[name] == offline[name], name
    assert passed(native) == passed(written) == passed(offline)
    assert native["action_accuracy"] >= 0.9
    assert native["fallbacks"] == written["fallbacks"] == 0  # the model finished every turn
    # The difference is the protocol: every call of the second model came out of its text.
    assert (native["json_conformance"], native["text_tool_calls"]) == (1.0, 0)
    assert written["json_conformance"] == 0.0
    assert written["text_tool_calls"] == round(written["tool_calls_per_case"] * written["cases"]) > 0
    assert not [m for m in native["gate"]["missed"] if "json_conformance" in m]
    assert written_code == 2 and "json_conformance 0.0 < 1.0" in written["gate"]["missed"]
    # Model calls and prompt tokens are reported for every case.
    assert [r["id"] for r in written["per_case"]] == [r["id"] for r in native["per_case"]]
    assert all(r["model_calls"] >= 1 and r["prompt_tokens"] > 0 for r in written["per_case"])
    assert (
        written["prompt"]["prompt_tokens_per_case"] > 0
        and "characters per token" in written["prompt"]["estimate"]
    )


def test_a_model_that_never_calls_a_tool_fails_and_its_json_conformance_is_undefined(use_model, tmp_path):
    use_model.responder = lambda body: final("Thank you, we are looking into it.")
    summary, code, err = evaluate(tmp_path, sample())
    assert summary["json_conformance"] is None  # not 1.0: no call was made to conform
    assert summary["turns_without_calls"] == summary["cases"] - sum(
        1 for f in summary["per_case"] if f["id"] not in {x["id"] for x in summary["failures"]}
    )
    assert summary["turns_without_calls"] > 0
    assert any("made no tool call" in f["why"] for f in summary["failures"])
    assert code == 2 and "json_conformance undefined: no tool call was made" in err


def test_a_model_that_answers_nothing_fails_every_case_though_the_planner_saves_each_turn(
    use_model, tmp_path
):
    use_model.responder = lambda body: final("")  # a small local model's end-of-turn token at once
    summary, _, _ = evaluate(tmp_path, sample())
    assert summary["fallbacks"] == summary["cases"] > 0
    assert summary["pass_rate"] == 0.0
    assert all("handed the turn to the offline planner" in f["why"] for f in summary["failures"])
    assert all("answered with nothing" in f["why"] for f in summary["failures"])


def test_the_text_report_says_n_a_for_an_undefined_json_conformance(use_model, tmp_path):
    use_model.responder = lambda body: final("Thank you, we are looking into it.")
    path = tmp_path / "cases.jsonl"
    path.write_text((GOLDEN / "dev.jsonl").read_text().splitlines()[0] + "\n")
    out = StringIO()
    call_command("copilot_eval", "--cases", str(path), "--provider", "openai", stdout=out)
    assert "json_conformance: n/a" in out.getvalue()
    assert "1 model call(s)" in out.getvalue()
