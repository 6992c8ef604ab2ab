"""What passes between the loop and a model provider, in the Chat Completions shape.

The loop speaks OpenAI's message format to every provider, the built-in offline planner
included, so one loop runs them all and a recorded turn can be replayed through either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

# One chat message as the Chat Completions API takes it:
#   {"role": "system" | "user" | "assistant" | "tool", "content": str | None,
#    "tool_calls": [{"id", "type": "function", "function": {"name", "arguments"}}],  # assistant only
#    "tool_call_id": str}                                                              # tool only
ChatMessage = dict[str, Any]


@dataclass(frozen=True)
class ModelToolCall:
    id: str
    name: str
    arguments: str  # raw JSON text, exactly as the model produced it

    def as_message_part(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": self.arguments},
        }


@dataclass
class ModelRequest:
    messages: list[ChatMessage]
    tools: list[dict[str, Any]]  # OpenAI `tools` entries (strict function schemas)
    intent: str  # the gated intent of the turn (the primary one)
    intents: tuple[str, ...] = ()  # every intent the classifier found in the message
    tool_choice: str = "auto"


@dataclass
class ModelResponse:
    content: str  # the assistant's text (the draft reply when there are no tool calls)
    tool_calls: list[ModelToolCall] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model: str = ""
    finish_reason: str = "stop"
    usage_estimated: bool = False  # the endpoint sent no usage: the token counts are our estimate

    def as_message(self) -> ChatMessage:
        message: ChatMessage = {"role": "assistant", "content": self.content or None}
        if self.tool_calls:
            message["tool_calls"] = [c.as_message_part() for c in self.tool_calls]
        return message


TokenSink = Callable[[str], None]


class Provider(Protocol):
    name: str
    model: str

    def complete(self, request: ModelRequest, *, on_token: TokenSink) -> ModelResponse:
        """One model call. Streams text deltas to on_token as they arrive; returns the whole answer."""
        ...
