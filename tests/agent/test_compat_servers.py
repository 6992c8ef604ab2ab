"""The servers and models support teams run themselves (llama.cpp, Ollama, vLLM, LM Studio): each way
they differ from OpenAI's API, played by the scripted server over the real `openai` client, ends in
the right proposal or a clean, labelled fallback to the offline planner, never in a draft of JSON."""

from __future__ import annotations

import json

import pytest

from copilot.agent.loop import turn_run
from copilot.agent.messages import ModelRequest
from copilot.agent.providers import openai_provider
from copilot.models import Turn
from tests.agent.conftest import GroupListener, new_turn
from tests.agent.scripted_server import final, text_calls, tools
from tools.models import ToolCallAudit
from tools.registry import openai_tools

pytestmark = pytest.mark.django_db(transaction=True)

DETOUR = "Hi, the driver took a huge detour on trip {short}; I was quoted $30 and paid $48."
REPLY = "Hello <PERSON_1>, I'm sorry about the detour. A refund of $18.00 is proposed and being reviewed."


def trip_args(trip):
    return {"trip_id": str(trip.trip_id)[:8]}


def simulate_args(trip):
    return {"trip_id": str(trip.trip_id), "kind": "refund", "reason": "route_deviation", "amount": None}


def refund_args(trip):
    return {"trip_id": str(trip.trip_id), "kind": "refund", "reason": "route_deviation", "amount": "18.00"}


def run(turn) -> Turn:
    turn_run(str(turn.pk))
    return Turn.objects.get(pk=turn.pk)


def model_audits(turn):
    """The audit rows of the model's calls (the loop prefetched the trip and the simulation before)."""
    return ToolCallAudit.objects.filter(turn_id=str(turn.pk)).exclude(call_id__startswith="prefetch_")


def model_tool_replies(body: dict) -> list[dict]:
    return [
        m for m in body["messages"] if m["role"] == "tool" and not m["tool_call_id"].startswith("prefetch_")
    ]


def detour_turn(rider, trip):
    turn = new_turn(rider, DETOUR.format(short=str(trip.trip_id)[:8]))
    return turn, GroupListener(turn.case_id)


def streamed(listener: GroupListener) -> tuple[str, list[dict]]:
    events = listener.drain()
    return "".join(e["text"] for e in events if e["event"] == "turn.delta"), events


def assert_the_allowed_refund(turn: Turn) -> None:
    assert turn.status == "done", turn.error
    assert turn.provider == "openai", turn.proposal.get("fallback")
    [action] = turn.proposal["actions"]
    assert (action["tool"], action["params"]["amount"], action["verdict"]) == (
        "issue_refund",
        "18.00",
        "allowed",
    )
    assert turn.draft == REPLY


def assert_no_call_reached_the_page(turn: Turn, text: str) -> None:
    for mark in ("{", "```", "<tool_call", "get_trip_details", "simulate_refund", "issue_refund", "think"):
        assert mark not in turn.draft, mark
        assert mark not in text, mark


# -- tool calls written in the message text ------------------------------------------------------------


def test_calls_written_as_fenced_json_are_validated_and_run_like_native_calls(use_model, rider, long_trip):
    turn, listener = detour_turn(rider, long_trip)
    use_model.script(
        text_calls(("get_trip_details", trip_args(long_trip))),
        text_calls(("simulate_refund", simulate_args(long_trip)), before="Now the rules."),
        text_calls(("issue_refund", refund_args(long_trip))),
        final(REPLY, chunk_size=4),
    )
    turn = run(turn)
    text, _ = streamed(listener)
    assert_the_allowed_refund(turn)
    assert_no_call_reached_the_page(turn, text)
    assert text.endswith(REPLY)
    audits = list(model_audits(turn).order_by("id"))
    assert [(a.tool, a.outcome) for a in audits] == [
        ("get_trip_details", "ok"),
        ("simulate_refund", "ok"),
        ("issue_refund", "ok"),
    ]
    assert all(a.call_id.startswith("textcall_") for a in audits)  # the audit row says where it came from
    errors = [o.get("protocol_error", "") for o in turn.model_outputs]
    assert ["fenced_json" in e for e in errors] == [True, True, True, False]
    assert "```json" in turn.model_outputs[0]["content"]  # the raw answer is kept for the audit
    # The model reads its calls back in the protocol's form, with the results under their ids.
    second = use_model.requests[1]["messages"]
    assert second[-2]["tool_calls"][0]["function"]["name"] == "get_trip_details"
    assert second[-1] == {**second[-1], "role": "tool", "tool_call_id": second[-2]["tool_calls"][0]["id"]}


def test_tagged_calls_after_a_think_section_with_object_arguments_and_two_calls_in_one_answer(
    use_model, rider, long_trip
):
    turn, listener = detour_turn(rider, long_trip)
    tagged = "".join(
        f"<tool_call>\n{json.dumps({'name': name, 'arguments': args})}\n</tool_call>\n"
        for name, args in (
            ("get_trip_details", trip_args(long_trip)),
            ("simulate_refund", simulate_args(long_trip)),
        )
    )
    use_model.script(
        {"content": "<think>A detour: I need the trip and what the rules allow.</think>\n" + tagged},
        {
            "content": "<think>18.00 is allowed.</think>"
            + json.dumps([{"name": "issue_refund", "parameters": refund_args(long_trip)}])
        },
        final("<think>Keep it short and say it is reviewed.</think>" + REPLY),
    )
    turn = run(turn)
    text, _ = streamed(listener)
    assert_the_allowed_refund(turn)
    assert_no_call_reached_the_page(turn, text)
    assert [o.get("protocol_error", "") for o in turn.model_outputs][:2] == [
        "2 tool call(s) written in the message text (tool_call_tags)",
        "1 tool call(s) written in the message text (json)",
    ]


def test_calls_written_without_a_fence_or_an_id_in_one_array(use_model, rider, long_trip):
    turn, listener = detour_turn(rider, long_trip)
    use_model.script(
        text_calls(
            ("get_trip_details", trip_args(long_trip)),
            ("simulate_refund", simulate_args(long_trip)),
            fence=None,
        ),
        text_calls(("issue_refund", refund_args(long_trip)), fence=None, before="Proposing the refund:"),
        final(REPLY),
    )
    turn = run(turn)
    text, _ = streamed(listener)
    assert_the_allowed_refund(turn)
    assert_no_call_reached_the_page(turn, text)
    ids = list(model_audits(turn).order_by("id").values_list("call_id", flat=True))
    assert ids == ["textcall_1_1", "textcall_1_2", "textcall_2_1"]


def test_a_call_in_text_with_bad_arguments_gets_the_same_hint_as_a_native_one(use_model, rider, long_trip):
    turn, _ = detour_turn(rider, long_trip)
    use_model.script(
        text_calls(("issue_refund", {**refund_args(long_trip), "amount": 18})),
        text_calls(("issue_refund", refund_args(long_trip))),
        final(REPLY),
    )
    turn = run(turn)
    assert_the_allowed_refund(turn)
    [reply] = model_tool_replies(use_model.requests[1])
    assert json.loads(reply["content"])["type"] == "invalid_arguments"
    outcomes = list(model_audits(turn).order_by("id").values_list("outcome", flat=True))
    assert outcomes == ["invalid", "ok"]


def test_an_unreadable_call_gets_one_hint_and_a_readable_retry_is_used(use_model, rider, long_trip):
    turn, listener = detour_turn(rider, long_trip)
    use_model.script(
        {
            "content": '```json\n{"name": "issue_refund", "arguments": {"trip_id": "'
            + str(long_trip.trip_id)
            + '"\n```'
        },
        tools(("issue_refund", refund_args(long_trip))),
        final(REPLY),
    )
    turn = run(turn)
    text, _ = streamed(listener)
    assert_the_allowed_refund(turn)
    assert_no_call_reached_the_page(turn, text)
    assert "could not read it" in use_model.requests[1]["messages"][-1]["content"]
    assert turn.model_outputs[0]["protocol_error"] == "an unreadable tool call written in the message text"


def test_a_model_that_keeps_writing_unreadable_calls_falls_back_to_the_planner_with_a_clear_status(
    use_model, rider, long_trip
):
    turn, listener = detour_turn(rider, long_trip)
    broken = {"content": "<tool_call>\n{name: issue_refund, amount: 18}\n</tool_call>"}
    use_model.script(broken, broken)
    turn = run(turn)
    text, events = streamed(listener)
    assert turn.status == "done", turn.error
    assert turn.provider == "offline"
    assert turn.proposal["fallback"] == "the model kept writing tool calls the copilot could not read"
    assert any("offline planner takes over" in e.get("status", "") for e in events)
    assert len(use_model.requests) == 2  # one hint, no more
    [action] = turn.proposal["actions"]
    assert (action["params"]["amount"], action["verdict"]) == ("18.00", "allowed")
    assert_no_call_reached_the_page(turn, text)


# -- server differences ---------------------------------------------------------------------------------


def happy(trip, **quirks):
    return (
        tools(("get_trip_details", trip_args(trip)), **quirks),
        tools(("simulate_refund", simulate_args(trip)), **quirks),
        tools(("issue_refund", refund_args(trip)), **quirks),
        final(REPLY, **quirks),
    )


def test_a_server_that_refuses_stream_options_is_asked_again_without_them(use_model, rider, long_trip):
    use_model.refuse["stream_options"] = (400, "Unrecognized request argument supplied: stream_options")
    turn, _ = detour_turn(rider, long_trip)
    use_model.script(*happy(long_trip, usage=False))
    turn = run(turn)
    assert_the_allowed_refund(turn)
    sent = [("stream_options" in body) for body in use_model.requests]
    assert sent == [True, False, False, False, False]  # refused once, then left out for good
    # No usage came back: the tokens are estimated, not reported as nothing, and say so.
    assert turn.tokens_in > 1000 and turn.cost_usd > 0
    assert all(o["usage_estimated"] for o in turn.model_outputs)


def test_usage_missing_is_estimated(use_model, rider, long_trip):
    turn, _ = detour_turn(rider, long_trip)
    use_model.script(*happy(long_trip, usage=False))
    turn = run(turn)
    assert_the_allowed_refund(turn)
    assert turn.tokens_in > 1000 and turn.tokens_out > 0


@pytest.mark.parametrize("parameter", ["parallel_tool_calls", "tool_choice"])
def test_a_server_that_refuses_parallel_tool_calls_or_tool_choice_still_gets_the_turn_done(
    use_model, rider, long_trip, parameter
):
    # "auto" and parallel calls are the API's defaults: the copilot does not send them at all.
    use_model.refuse[parameter] = (400, f"{parameter} is not supported")
    turn, _ = detour_turn(rider, long_trip)
    use_model.script(*happy(long_trip))
    assert_the_allowed_refund(run(turn))
    assert not any(parameter in body for body in use_model.requests)


def test_a_tool_choice_refused_with_a_400_is_dropped_and_the_call_made_again(use_model):
    use_model.refuse["tool_choice"] = (400, '"required" tool choice requires --enable-auto-tool-choice')
    use_model.script(final("Hello."), final("Hello again."))
    provider = openai_provider()
    request = ModelRequest(
        messages=[{"role": "user", "content": "hi"}],
        tools=openai_tools(),
        intent="other",
        tool_choice="required",
    )
    assert provider.complete(request, on_token=lambda _: None).content == "Hello."
    assert provider.complete(request, on_token=lambda _: None).content == "Hello again."
    assert ["tool_choice" in body for body in use_model.requests] == [True, False, False]


def test_a_400_that_names_no_parameter_is_tried_once_without_the_optional_ones(use_model):
    use_model.refuse["stream_options"] = (400, "Invalid request")
    use_model.script(final("Hello."))
    request = ModelRequest(messages=[{"role": "user", "content": "hi"}], tools=[], intent="other")
    assert openai_provider().complete(request, on_token=lambda _: None).content == "Hello."
    assert len(use_model.requests) == 2


def test_a_400_about_something_else_is_a_provider_error_and_the_planner_takes_over(
    use_model, rider, long_trip
):
    use_model.refuse["messages"] = (400, "This model's maximum context length is 4096 tokens")
    turn, _ = detour_turn(rider, long_trip)
    turn = run(turn)
    assert (turn.status, turn.provider, turn.proposal["fallback"]) == (
        "done",
        "offline",
        "the model endpoint failed",
    )
    # Tried once without the optional parameters (the 400 named none), which did not help: not remembered.
    assert ["stream_options" in body for body in use_model.requests] == [True, False]
    assert openai_provider().refused == set()


def test_finish_reason_stop_with_tool_calls_present_runs_the_calls(use_model, rider, long_trip):
    turn, _ = detour_turn(rider, long_trip)
    use_model.script(*happy(long_trip, finish_reason="stop"))
    assert_the_allowed_refund(run(turn))


def test_tool_call_deltas_without_an_index_are_kept_apart_by_their_ids(use_model, rider, long_trip):
    turn, _ = detour_turn(rider, long_trip)
    use_model.script(
        tools(
            ("get_trip_details", trip_args(long_trip)),
            ("simulate_refund", simulate_args(long_trip)),
            no_index=True,
        ),
        tools(("issue_refund", refund_args(long_trip)), no_index=True),
        final(REPLY),
    )
    turn = run(turn)
    assert_the_allowed_refund(turn)
    assert [c["function"]["name"] for c in turn.model_outputs[0]["tool_calls"]] == [
        "get_trip_details",
        "simulate_refund",
    ]


def test_arguments_sent_as_an_object_in_the_deltas(use_model, rider, long_trip):
    turn, _ = detour_turn(rider, long_trip)
    use_model.script(*happy(long_trip, arguments_as_object=True))
    assert_the_allowed_refund(run(turn))


def test_a_call_without_an_id_gets_one(use_model, rider, long_trip):
    turn, _ = detour_turn(rider, long_trip)
    steps = list(happy(long_trip))
    for step in steps[:3]:
        step["tool_calls"][0]["id"] = ""
    use_model.script(*steps)
    turn = run(turn)
    assert_the_allowed_refund(turn)
    assert all(c["id"] for o in turn.model_outputs for c in o["tool_calls"])


def test_calls_written_as_text_when_the_reply_is_asked_for_fall_back_to_the_planner(
    use_model, rider, long_trip, settings
):
    settings.COPILOT_MAX_ITERATIONS = 1  # one round of tools, then the loop asks for the reply
    turn, listener = detour_turn(rider, long_trip)
    use_model.script(
        text_calls(("issue_refund", refund_args(long_trip))),
        text_calls(("issue_refund", refund_args(long_trip))),
    )
    turn = run(turn)
    text, _ = streamed(listener)
    assert "tools" not in use_model.requests[1]
    assert (turn.status, turn.provider) == ("done", "offline")
    assert turn.proposal["fallback"] == "the model still called tools when asked for the reply"
    assert_no_call_reached_the_page(turn, text)
