"""The facts every model would ask for first, fetched by the loop before the first model call.

A detour, a fee or a double charge always starts the same way: look up the trip the customer
means, then ask the rules what they allow. A model asking for those itself pays a round trip
each, and every round trip sends the whole prompt again (on a CPU-only local server, ~10 s or
more per call). So the loop asks the offline planner (deterministic, no I/O) which read-only
look-ups come first, runs them through the executor like any call (permissions, audit rows
with ids starting `prefetch_`, cache), and gives the model the results once, in the
conversation, as if it had asked. Nothing gated is ever prefetched: proposing stays the
model's decision. The planner, as a provider, then continues from the same transcript it
would have built itself, so the offline planner's proposals do not change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from copilot.agent.messages import ChatMessage, ModelRequest, ModelToolCall
from copilot.agent.offline.planner import Planner

PREFETCH_PREFIX = "prefetch_"
# Read-only look-ups the planner asks for first; reading the policy text is left to the model.
READS = frozenset({"get_trip_details", "get_rider_flags", "simulate_refund"})
# The trip (or the list, then the trip picked from it) and the simulation.
MAX_ROUNDS = 3


def prefetch(
    messages: Sequence[ChatMessage],
    tools: list[dict[str, Any]],
    *,
    intent: str,
    intents: tuple[str, ...],
    run_calls: Callable[[list[ModelToolCall]], list[ChatMessage]],
) -> list[ChatMessage]:
    """The exchanges (assistant tool calls, then their results) to add to the conversation."""
    added: list[ChatMessage] = []
    for round_number in range(1, MAX_ROUNDS + 1):
        request = ModelRequest(messages=[*messages, *added], tools=tools, intent=intent, intents=intents)
        wanted = Planner(request).next_calls()
        if not wanted or any(name not in READS for name, _ in wanted):
            break
        calls = [
            ModelToolCall(
                id=f"{PREFETCH_PREFIX}{round_number}_{n}",
                name=name,
                arguments=json.dumps(args, ensure_ascii=False, separators=(",", ":")),
            )
            for n, (name, args) in enumerate(wanted, start=1)
        ]
        added.append(
            {"role": "assistant", "content": None, "tool_calls": [c.as_message_part() for c in calls]}
        )
        added.extend(run_calls(calls))
    return added
