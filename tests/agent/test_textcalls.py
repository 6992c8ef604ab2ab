"""Tool calls written in message text, the ways open models and their servers write them."""

from __future__ import annotations

import json

import pytest

from copilot.agent.loop import turn_run
from copilot.agent.textcalls import DraftGuard, looks_like_call, read_text_calls, strip_think
from copilot.models import Turn
from tests.agent.conftest import new_turn
from tests.agent.scripted_server import text_calls

NAMES = (
    "get_trip_details",
    "get_rider_flags",
    "get_policy_snippet",
    "simulate_refund",
    "issue_refund",
    "create_ticket",
)
TRIP = {"trip_id": "b7f0e04a"}
SIM = {"trip_id": "b7f0e04a", "kind": "refund", "reason": "route_deviation", "amount": None}

# (what the model wrote, the calls expected as (name, arguments), the form, the prose left over)
CASES = [
    (
        '```json\n{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}\n```',
        [("get_trip_details", TRIP)],
        "fenced_json",
        "",
    ),
    (
        '{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}',
        [("get_trip_details", TRIP)],
        "json",
        "",
    ),
    (
        '{"name": "get_trip_details", "arguments": "{\\"trip_id\\": \\"b7f0e04a\\"}"}',
        [("get_trip_details", TRIP)],
        "json",
        "",
    ),
    (
        '<tool_call>\n{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}\n</tool_call>',
        [("get_trip_details", TRIP)],
        "tool_call_tags",
        "",
    ),
    (
        '<tool_call>{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}</tool_call>\n'
        '<tool_call>{"name": "get_rider_flags", "arguments": {}}</tool_call>',
        [("get_trip_details", TRIP), ("get_rider_flags", {})],
        "tool_call_tags",
        "",
    ),
    (
        '```json\n[{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}},\n'
        ' {"name": "simulate_refund", "arguments": ' + json.dumps(SIM) + "}]\n```",
        [("get_trip_details", TRIP), ("simulate_refund", SIM)],
        "fenced_json",
        "",
    ),
    (
        "```\n"
        '{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}\n'
        '{"name": "get_rider_flags", "arguments": {}}\n```',
        [("get_trip_details", TRIP), ("get_rider_flags", {})],
        "fenced_json",
        "",
    ),
    (
        "Let me look up that trip first.\n\n"
        '```json\n{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}\n```',
        [("get_trip_details", TRIP)],
        "fenced_json",
        "Let me look up that trip first.",
    ),
    (
        "<think>The customer names trip b7f0e04a; I should look it up before anything else.</think>\n"
        '<tool_call>\n{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}\n</tool_call>',
        [("get_trip_details", TRIP)],
        "tool_call_tags",
        "",
    ),
    (
        "I need the trip. </think>\n" + json.dumps({"name": "get_trip_details", "arguments": TRIP}),
        [("get_trip_details", TRIP)],
        "json",
        "",
    ),
    (
        '{"name": "get_trip_details", "parameters": {"trip_id": "b7f0e04a"}}',
        [("get_trip_details", TRIP)],
        "json",
        "",
    ),
    (
        '{"type": "function", "function": {"name": "get_trip_details", "arguments": "{\\"trip_id\\": \\"b7f0e04a\\"}"}}',
        [("get_trip_details", TRIP)],
        "json",
        "",
    ),
    (
        '{"tool_calls": [{"id": "x1", "type": "function", "function": {"name": "get_rider_flags", "arguments": {}}}]}',
        [("get_rider_flags", {})],
        "json",
        "",
    ),
    (
        '[TOOL_CALLS] [{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}]',
        [("get_trip_details", TRIP)],
        "mistral",
        "",
    ),
    ('{"name": "get_rider_flags"}', [("get_rider_flags", {})], "json", ""),
    ('{"get_trip_details": {"trip_id": "b7f0e04a"}}', [("get_trip_details", TRIP)], "json", ""),
    ('get_trip_details(trip_id="b7f0e04a")', [("get_trip_details", TRIP)], "pythonic", ""),
    (
        '[get_trip_details(trip_id="b7f0e04a"), simulate_refund(trip_id="b7f0e04a", kind="refund", '
        'reason="route_deviation", amount=None)]',
        [("get_trip_details", TRIP), ("simulate_refund", SIM)],
        "pythonic",
        "",
    ),
    # An invented tool is still a call: the executor answers it with unknown_tool, as for a native call.
    ('{"name": "refund_now", "arguments": {"all": true}}', [("refund_now", {"all": True})], "json", ""),
    # Qwen2.5-Coder-1.5B-Instruct (Q4_K_M) under llama-server --jinja, verbatim: bare JSON, the full trip id.
    (
        '{"name": "issue_refund", "arguments": {"trip_id": "b7f0e04a-4d9d-43b2-827e-4f92bdeddafa", '
        '"kind": "refund", "reason": "route_deviation", "amount": "12.40"}}',
        [
            (
                "issue_refund",
                {
                    "trip_id": "b7f0e04a-4d9d-43b2-827e-4f92bdeddafa",
                    "kind": "refund",
                    "reason": "route_deviation",
                    "amount": "12.40",
                },
            )
        ],
        "json",
        "",
    ),
]


@pytest.mark.parametrize(("text", "expected", "form", "prose"), CASES)
def test_a_call_written_in_text_is_recovered(text, expected, form, prose):
    found = read_text_calls(text, tool_names=NAMES)
    assert [(c.name, json.loads(c.arguments)) for c in found.calls] == expected
    assert found.form == form
    assert found.prose == prose
    assert [c.id for c in found.calls] == [f"textcall_{n}" for n in range(1, len(expected) + 1)]
    assert looks_like_call(text, tool_names=NAMES)


def test_arguments_that_are_not_json_are_passed_on_for_the_executor_to_refuse():
    found = read_text_calls('{"name": "get_trip_details", "arguments": "trip b7f0e04a"}', tool_names=NAMES)
    assert [(c.name, c.arguments) for c in found.calls] == [("get_trip_details", "trip b7f0e04a")]


REPLIES = [
    "Hello <PERSON_1>, I'm sorry about the detour. A refund of $18.00 has been proposed and is being reviewed.",
    "Bonjour <PERSON_1>, nous avons bien reçu votre message {merci} et nous vérifions votre course.",
    "Hi <PERSON_1>, the fare was 24.26 EUR [quoted] and 36.66 EUR charged; we are reviewing it.",
    "",
]


@pytest.mark.parametrize("text", REPLIES)
def test_a_reply_is_not_taken_for_a_call(text):
    found = read_text_calls(text, tool_names=NAMES)
    assert found.calls == [] and found.prose == text.strip()
    assert not looks_like_call(text, tool_names=NAMES)


UNREADABLE = [
    '```json\n{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"\n```',  # cut short
    '<tool_call>\n{"name": get_trip_details, trip_id: b7f0e04a}\n</tool_call>',
    "I will call get_trip_details with the trip id b7f0e04a now.",
    '{"trip_id": "b7f0e04a"}',
    # Qwen2.5-Coder-1.5B under llama-server, where the reply was due: the last tool result echoed back.
    '{"action_id": 1816}',
]


@pytest.mark.parametrize("text", UNREADABLE)
def test_text_that_still_looks_like_a_call_is_recognised_as_one(text):
    assert read_text_calls(text, tool_names=NAMES).calls == []
    assert looks_like_call(text, tool_names=NAMES)


def test_a_think_section_is_removed_from_a_reply():
    assert (
        strip_think("<think>They want money.</think>\nHello <PERSON_1>, thanks.")
        == "Hello <PERSON_1>, thanks."
    )
    assert strip_think("Hello.<think>unfinished") == "Hello."


def stream_through(pieces: list[str]) -> tuple[DraftGuard, list[str]]:
    shown: list[str] = []
    guard = DraftGuard(shown.append, NAMES)
    for piece in pieces:
        guard.feed(piece)
    return guard, shown


def chunks(text: str, size: int = 3) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def test_the_guard_streams_a_reply_and_releases_its_end():
    reply = "Hello <PERSON_1>, I'm sorry about the detour; a refund is being reviewed now."
    guard, shown = stream_through(chunks(reply))
    assert 0 < len("".join(shown)) < len(reply)  # streamed as it came, the last characters wait
    guard.release(reply)
    assert "".join(shown) == reply


@pytest.mark.parametrize(
    "text",
    [
        '```json\n{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}\n```',
        '{"name": "get_trip_details", "arguments": {"trip_id": "b7f0e04a"}}',
        '<tool_call>{"name": "get_rider_flags", "arguments": {}}</tool_call>',
        "Let me check.\n" + '{"name": "get_rider_flags", "arguments": {}}',
        'get_trip_details(trip_id="b7f0e04a")',
        "<think>they want a refund for the detour</think>",
    ],
)
def test_the_guard_never_streams_a_call_or_a_think_section(text):
    _, shown = stream_through(chunks(text, 2))
    streamed = "".join(shown)
    assert "{" not in streamed and "get_" not in streamed and "think" not in streamed
    assert "```" not in streamed and "<tool" not in streamed


def test_the_guard_releases_a_reply_that_followed_a_think_section():
    text = "<think>A detour: P3.</think>Hello <PERSON_1>, we are reviewing your fare."
    guard, shown = stream_through(chunks(text))
    assert shown == []
    guard.release(strip_think(text))
    assert "".join(shown) == "Hello <PERSON_1>, we are reviewing your fare."


# -- an answer with nothing in it --------------------------------------------------------------------
# The same model, where it should write the reply (or call issue_refund), most often ends at once: its
# first token is <|im_end|> (p ~0.43 at llama-server's default temperature, and the greedy choice), or
# <|im_start|> and then <|im_end|>. The server streams a role delta, then finish_reason "stop": no
# content, no tool calls. The loop took that as the final reply: a proposal with an empty draft, and in
# a case whose only model call it was, no action and no fallback either.

DETOUR = "Hi, the driver took a huge detour on trip {short}; I was quoted $30 and paid $48."


def _detour_turn(rider, trip):
    return new_turn(rider, DETOUR.format(short=str(trip.trip_id)[:8]))


def _run(turn):
    turn_run(str(turn.pk))
    return Turn.objects.get(pk=turn.pk)


EMPTY_ANSWERS = ["", "\n"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("empty", EMPTY_ANSWERS)
def test_a_model_that_answers_nothing_falls_back_to_the_planner_with_a_clear_status(
    use_model, rider, long_trip, empty
):
    use_model.responder = lambda body: {"content": empty}
    turn = _run(_detour_turn(rider, long_trip))
    assert turn.status == "done", turn.error
    assert turn.draft.strip(), "an empty answer became the draft"
    assert turn.provider == "offline" and turn.proposal["fallback"], "no labelled fallback"
    [action] = turn.proposal["actions"]
    assert (action["tool"], action["params"]["amount"], action["verdict"]) == (
        "issue_refund",
        "18.00",
        "allowed",
    )


@pytest.mark.django_db(transaction=True)
def test_an_empty_answer_after_a_proposal_is_not_the_draft(use_model, rider, long_trip):
    refund = {
        "trip_id": str(long_trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18.00",
    }
    use_model.script(text_calls(("issue_refund", refund), fence=None))
    use_model.responder = lambda body: {"content": ""}
    turn = _run(_detour_turn(rider, long_trip))
    assert turn.status == "done", turn.error
    assert turn.draft.strip(), "an empty answer became the draft"
    assert turn.provider == "offline" and "nothing" in turn.proposal["fallback"]
    [action] = turn.proposal["actions"]
    assert (action["tool"], action["params"]["amount"], action["verdict"]) == (
        "issue_refund",
        "18.00",
        "allowed",
    )
