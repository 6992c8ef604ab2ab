"""Reading the conversation: the customer's words, the planner's earlier tool calls and their results."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class Call:
    id: str
    name: str
    args: dict[str, Any]
    round: int
    result: dict[str, Any] | None = None

    @property
    def failed(self) -> bool:
        """The tool answered with an error (or not at all)."""
        return self.result is None or "error" in self.result


@dataclass
class Transcript:
    system: str
    customer: list[str]  # the customer's messages, oldest first
    calls: list[Call]  # this turn's tool calls, in order
    rounds: int  # this turn's rounds of tool calls so far
    next_step: int  # the number of the next round in the whole conversation (for call ids)
    told_to_stop: bool = False  # the loop asked for the reply now
    agent_question: str = ""  # what the support agent asked the copilot in this turn, if anything


def text_of(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content)


def _parse_result(content: str) -> dict[str, Any]:
    try:
        value = json.loads(content)
    except (TypeError, ValueError):
        return {"error": content[:200], "type": "internal", "field": None, "hint": ""}
    return value if isinstance(value, dict) else {"value": value}


# Messages the loop itself adds as role "user": notes to the model, and a question from the agent.
CONTROL_PREFIXES = ("[Copilot",)
AGENT_PREFIX = "[The support agent asks you]"


def is_control(text: str) -> bool:
    return text.lstrip().startswith(CONTROL_PREFIXES)


def read_transcript(messages: Sequence[dict[str, Any]]) -> Transcript:
    """The conversation as the planner needs it.

    The turn starts after the last message from the customer (or the agent's question); the
    loop's own notes ("[Copilot] ...", "[Copilot rules check] ...") do not start a new turn.
    """
    texts = [text_of(m.get("content")) for m in messages]
    last_user = max(
        (i for i, m in enumerate(messages) if m.get("role") == "user" and not is_control(texts[i])),
        default=-1,
    )
    system, customer, calls = [], [], []
    by_id: dict[str, Call] = {}
    rounds = steps = 0
    stop = False
    question = ""
    for index, message in enumerate(messages):
        role = message.get("role")
        text = texts[index]
        if role == "system":
            system.append(text)
        elif role == "user":
            if is_control(text):
                stop = stop or (index > last_user and "stop calling tools" in text.lower())
            elif text.lstrip().startswith(AGENT_PREFIX):
                if index >= last_user:
                    question = text.lstrip()[len(AGENT_PREFIX) :].strip()
            else:
                customer.append(text)
        elif role == "assistant" and message.get("tool_calls"):
            steps += 1
            if index <= last_user:
                continue
            rounds += 1
            for part in message["tool_calls"]:
                function = part.get("function", {})
                try:
                    args = json.loads(function.get("arguments") or "{}")
                except ValueError:
                    args = {}
                if not isinstance(args, dict):
                    args = {}
                call = Call(str(part.get("id", "")), str(function.get("name", "")), args, rounds)
                calls.append(call)
                by_id[call.id] = call
        elif role == "tool" and index > last_user:
            call = by_id.get(str(message.get("tool_call_id", "")))
            if call is not None:
                call.result = _parse_result(text)
    return Transcript("\n".join(system), customer, calls, rounds, steps + 1, stop, question)
