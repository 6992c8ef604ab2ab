"""The offline planner as a provider: a ModelRequest in, the next tool calls or the streamed reply out."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from copilot.agent.messages import ModelRequest, ModelResponse, ModelToolCall, TokenSink
from copilot.agent.offline.answer import agent_answer
from copilot.agent.offline.planner import Planner
from copilot.agent.offline.reply import draft_reply
from copilot.agent.offline.transcript import text_of


class OfflineProvider:
    """A provider that needs no network: the deterministic planner above."""

    name = "offline"
    model = "offline-planner-1"

    def complete(self, request: ModelRequest, *, on_token: TokenSink) -> ModelResponse:
        planner = Planner(request)
        prompt_tokens = _estimate_tokens(request)
        calls = planner.next_calls()
        if calls:
            step = planner.transcript.next_step
            tool_calls = [
                ModelToolCall(
                    id=f"call_{step}_{n}",
                    name=name,
                    arguments=json.dumps(args, ensure_ascii=False, separators=(",", ":")),
                )
                for n, (name, args) in enumerate(calls, start=1)
            ]
            size = sum(len(c.arguments) + len(c.name) for c in tool_calls)
            return ModelResponse(
                content="",
                tool_calls=tool_calls,
                prompt_tokens=prompt_tokens,
                completion_tokens=max(1, size // 4),
                model=self.model,
                finish_reason="tool_calls",
            )
        # A question from the agent is answered to the agent; the customer's draft is not rewritten.
        text = agent_answer(planner) if planner.transcript.agent_question else draft_reply(planner)
        words = text.split(" ")
        for i, word in enumerate(words):
            on_token(word if i == len(words) - 1 else word + " ")
        return ModelResponse(
            content=text,
            prompt_tokens=prompt_tokens,
            completion_tokens=max(1, len(text) // 4),
            model=self.model,
            finish_reason="stop",
        )


def _estimate_tokens(request: ModelRequest) -> int:
    size = sum(len(text_of(m.get("content"))) for m in request.messages)
    size += sum(len(json.dumps(m.get("tool_calls"))) for m in request.messages if m.get("tool_calls"))
    size += len(json.dumps(request.tools))
    return max(1, size // 4)


def plan_summary(
    messages: Sequence[dict[str, Any]], intents: Sequence[str] = (), tools: Sequence[dict[str, Any]] = ()
) -> dict[str, Any]:
    """What the planner made of a finished turn: trip(s), intents, simulations, proposals, rule ids.

    For the proposal's rationale. `intents` are the turn's intents (the primary first); `tools`
    the offered tool schemas (only used to know which tools could have been called).
    """
    primary = intents[0] if intents else "other"
    request = ModelRequest(messages=list(messages), tools=list(tools), intent=primary, intents=tuple(intents))
    return Planner(request).summary()
