"""How many tokens a prompt costs, estimated the same way everywhere (no tokenizer is installed).

The estimate is one token per 4 characters of the text a server renders into the prompt: every
message's content, the assistant's tool calls and the tool schemas as JSON. On the prompt of the
issue that measured a real local model (Qwen2.5 1.5B behind llama.cpp: ~2,500 tokens for the
system prompt, six tool schemas and one message) it comes within a few per cent of the server's
own count; it is deterministic, so figures compare across runs and machines.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

CHARS_PER_TOKEN = 4
ESTIMATE = "4 characters per token over message text, tool calls and tool schemas as JSON"


def estimate_tokens(text: str) -> int:
    return -(-len(text) // CHARS_PER_TOKEN)


def _content(message: dict[str, Any]) -> str:
    content = message.get("content")
    if content is None:
        return ""
    if isinstance(content, list):  # content parts
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content)


def prompt_tokens(messages: Sequence[dict[str, Any]], tools: Sequence[dict[str, Any]]) -> dict[str, int]:
    """The estimated prompt of one model call: system prompt, tool schemas, the rest, and the total."""
    system = sum(estimate_tokens(_content(m)) for m in messages if m.get("role") == "system")
    schemas = estimate_tokens(json.dumps(list(tools), ensure_ascii=False)) if tools else 0
    rest = 0
    for message in messages:
        if message.get("role") == "system":
            continue
        rest += estimate_tokens(_content(message))
        if message.get("tool_calls"):
            rest += estimate_tokens(json.dumps(message["tool_calls"], ensure_ascii=False))
    return {"system": system, "tools": schemas, "conversation": rest, "total": system + schemas + rest}
