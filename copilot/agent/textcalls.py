"""Tool calls a model wrote in its message text instead of the protocol's `tool_calls`.

Small open models and the servers that host them (llama.cpp, Ollama, vLLM, LM Studio) often
write a call as text: a fenced ```json block, bare JSON, Hermes/Qwen `<tool_call>` tags,
Mistral's `[TOOL_CALLS]`, Llama's `"parameters"`, an array of several calls, `arguments` as an
object instead of a JSON string, no call id, prose or a `<think>` section first, or Python-like
`get_trip_details(trip_id="...")`. `read_text_calls` recovers such calls so they go through the
executor exactly like native ones (same Args models, same permissions); the loop marks them
with `TEXT_CALL_PREFIX` so the audit and `json_conformance` count them as protocol errors.

A reply that still looks like a call (`looks_like_call`) is never a draft for the agent, and
`DraftGuard` keeps such text, and any `<think>` section, out of the streamed draft.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from copilot.agent.messages import ModelToolCall

# Call ids the loop gives recovered calls: the audit row shows the call came from text.
TEXT_CALL_PREFIX = "textcall_"

# Keys models use for a call's arguments, in the order they are looked for.
ARGUMENT_KEYS = ("arguments", "parameters", "args", "input", "tool_input", "params")
NAME_KEYS = ("name", "tool", "tool_name", "function", "function_name")

THINK = re.compile(r"<think(?:ing)?>.*?</think(?:ing)?>", re.DOTALL | re.IGNORECASE)
TAGGED = re.compile(r"<(tool_call|function_call|tools?)>\s*(.*?)\s*(?:</\1>|$)", re.DOTALL | re.IGNORECASE)
FENCED = re.compile(r"```[ \t]*([A-Za-z_]*)[ \t]*\n?(.*?)(?:```|$)", re.DOTALL)
MISTRAL = re.compile(r"\[TOOL_CALLS\]\s*", re.IGNORECASE)
# Markers that never belong in a reply to a customer.
MARKERS = re.compile(
    r"<tool_call|<function_call|</?tools?>|\[TOOL_CALLS\]|<\|[a-z_]+\|>|\"(?:arguments|parameters)\"\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TextCalls:
    """What the text held: the calls recovered, the words around them, and the form they took."""

    calls: list[ModelToolCall] = field(default_factory=list)
    prose: str = ""  # the text without the calls and without any <think> section
    form: str = ""  # "tool_call_tags", "fenced_json", "mistral", "json", "pythonic"; "" when none


def strip_think(text: str) -> str:
    """The text without reasoning sections (`<think>...</think>`, or an unclosed one to the end).

    Some chat templates open the section in the prompt, so the answer holds only `</think>`:
    everything before it is reasoning too.
    """
    text = THINK.sub("", text)
    closing = re.search(r"</think(?:ing)?>", text, re.IGNORECASE)
    if closing:
        text = text[closing.end() :]
    opening = re.search(r"<think(?:ing)?>", text, re.IGNORECASE)
    if opening:
        text = text[: opening.start()]
    return text.strip()


def _arguments_text(value: Any) -> str:
    if value is None:
        return "{}"
    if isinstance(value, str):
        return value  # a JSON string as the protocol has it; the executor reports it if it is not JSON
    return json.dumps(value, ensure_ascii=False)


def _as_calls(value: Any, tool_names: Collection[str]) -> list[tuple[str, str]] | None:
    """(name, arguments as JSON text) for each call in a parsed JSON value; None if it is not calls."""
    if isinstance(value, list):
        if not value:
            return None
        found: list[tuple[str, str]] = []
        for item in value:
            calls = _as_calls(item, tool_names)
            if calls is None:
                return None
            found.extend(calls)
        return found
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("tool_calls"), list):
        return _as_calls(value["tool_calls"], tool_names)
    if isinstance(value.get("function"), dict):  # OpenAI's own shape, written out as text
        return _as_calls(value["function"], tool_names)
    name = next((value[k] for k in NAME_KEYS if isinstance(value.get(k), str) and value.get(k)), None)
    if name is not None:
        arg_key = next((k for k in ARGUMENT_KEYS if k in value), None)
        if arg_key is None:
            # {"name": "get_rider_flags"}: a call without arguments, but only of a tool we have.
            others = set(value) - set(NAME_KEYS) - {"id", "type"}
            return [(name, "{}")] if name in tool_names and not others else None
        return [(name, _arguments_text(value[arg_key]))]
    # {"get_trip_details": {"trip_id": "..."}}: the tool's name as the only key.
    if len(value) == 1:
        (key, arguments), *_ = value.items()
        if key in tool_names and (isinstance(arguments, dict) or arguments is None):
            return [(key, _arguments_text(arguments))]
    return None


def _json_values(text: str) -> list[tuple[int, int, Any]]:
    """Every JSON object or array in the text that parses, as (start, end, value), left to right."""
    decoder = json.JSONDecoder()
    found = []
    position = 0
    while True:
        starts = [i for i in (text.find("{", position), text.find("[", position)) if i >= 0]
        if not starts:
            return found
        start = min(starts)
        try:
            value, end = decoder.raw_decode(text, start)
        except ValueError:
            position = start + 1
            continue
        found.append((start, end, value))
        position = end


def _calls_in_json(
    text: str, tool_names: Collection[str]
) -> tuple[list[tuple[str, str]], list[tuple[int, int]]]:
    calls: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    for start, end, value in _json_values(text):
        found = _as_calls(value, tool_names)
        if found:
            calls.extend(found)
            spans.append((start, end))
    return calls, spans


def _literal(node: ast.AST) -> Any:
    if isinstance(node, ast.Name) and node.id in ("null", "None"):
        return None
    if isinstance(node, ast.Name) and node.id in ("true", "false"):
        return node.id == "true"
    return ast.literal_eval(node)


def _pythonic(text: str, tool_names: Collection[str]) -> tuple[list[tuple[str, str]], list[tuple[int, int]]]:
    """`get_trip_details(trip_id="0b6f1c2e")` or a list of such calls, for tools we have only."""
    if not tool_names:
        return [], []
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in tool_names) + r")\s*\(")
    calls, spans = [], []
    for match in pattern.finditer(text):
        depth, end = 0, None
        for i in range(match.end() - 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                end = i + 1
                break
        if end is None:
            continue
        try:
            node = ast.parse(text[match.start() : end], mode="eval").body
        except SyntaxError:
            continue
        if not isinstance(node, ast.Call) or node.args or not isinstance(node.func, ast.Name):
            continue
        try:
            arguments = {k.arg: _literal(k.value) for k in node.keywords if k.arg}
        except (ValueError, TypeError, SyntaxError):
            continue
        calls.append((node.func.id, json.dumps(arguments, ensure_ascii=False)))
        spans.append((match.start(), end))
    return calls, spans


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        pieces.append(text[cursor:start])
        cursor = max(cursor, end)
    pieces.append(text[cursor:])
    rest = re.sub(r"\n{3,}", "\n\n", "".join(pieces)).strip()
    # What held a list of calls together ("[", ", ", "]") is not prose.
    return "" if re.fullmatch(r"[\s\[\],;]*", rest) else rest


def read_text_calls(
    text: str, *, tool_names: Collection[str], id_prefix: str = TEXT_CALL_PREFIX
) -> TextCalls:
    """The tool calls written in a model's message text, if any (ids `{id_prefix}{n}`)."""
    body = strip_think(text)
    calls: list[tuple[str, str]] = []
    spans: list[tuple[int, int]] = []
    form = ""
    # Tags and fences first: their contents are the calls, whatever surrounds them.
    for regex, name in ((TAGGED, "tool_call_tags"), (FENCED, "fenced_json")):
        for match in regex.finditer(body):
            found, _ = _calls_in_json(match.group(2), tool_names)
            if not found:
                found, _ = _pythonic(match.group(2), tool_names)
            if found:
                calls.extend(found)
                spans.append(match.span())
                form = form or name
        if calls:
            break
    if not calls:
        mistral = MISTRAL.search(body)
        calls, spans = _calls_in_json(body[mistral.end() :] if mistral else body, tool_names)
        if mistral:
            spans = [(mistral.start(), len(body))] if calls else []
            form = "mistral" if calls else ""
        else:
            form = "json" if calls else ""
    if not calls:
        calls, spans = _pythonic(body, tool_names)
        form = "pythonic" if calls else ""
    if not calls:
        return TextCalls(prose=body)
    return TextCalls(
        calls=[
            ModelToolCall(id=f"{id_prefix}{n}", name=name, arguments=args)
            for n, (name, args) in enumerate(calls, 1)
        ],
        prose=_without(body, spans),
        form=form,
    )


def looks_like_call(text: str, *, tool_names: Collection[str]) -> bool:
    """The text is (or holds) an attempt at a tool call, not a reply a person could send.

    A reply to a customer never starts with JSON or a code fence, never carries the markers of
    a call, and never names one of our tools.
    """
    body = strip_think(text)
    if not body:
        return False
    if body.lstrip().startswith(("{", "[", "```")) or MARKERS.search(body):
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", body) for name in tool_names)


class DraftGuard:
    """Between a model's stream and the draft: text that may be a call or a reasoning section waits.

    Text is passed on as it comes until something that starts a call (a fence, a tag, JSON at the
    start of a line, one of our tool names) or a `<think>` section appears; from there on it is
    held. At the end the loop either releases the held text (it was a reply after all, reasoning
    removed) or drops it (it was a call). Because a marker can arrive split across chunks, the
    last few characters always wait for the next chunk.
    """

    def __init__(self, sink: Callable[[str], None], tool_names: Collection[str]) -> None:
        self.sink = sink
        names = "|".join(re.escape(n) for n in sorted(tool_names, key=len, reverse=True))
        self._trigger = re.compile(
            r"```|<tool_call|<function_call|</?tools?>|</?think|\[TOOL_CALLS\]|<\|"
            + (rf"|\b(?:{names})\b" if names else "")
            + r"|(?:^|\n)[ \t]*[\[{]"
        )
        self._tail = max([len("<function_call"), *(len(n) for n in tool_names)]) + 1
        self.text = ""
        self.sent = 0
        self.holding = False

    def feed(self, text: str) -> None:
        self.text += text
        if self.holding:
            return
        match = self._trigger.search(self.text)
        if match:
            self.holding = True
            self._send(match.start())
            return
        self._send(len(self.text) - self._tail)

    def _send(self, upto: int) -> None:
        if upto > self.sent:
            self.sink(self.text[self.sent : upto])
            self.sent = upto

    def release(self, draft: str) -> None:
        """The answer is a reply: what the page has not seen of `draft` goes out."""
        shown = self.text[: self.sent].lstrip()
        if draft.startswith(shown):
            rest = draft[len(shown) :]
            if rest:
                self.sink(rest)
            self.sent = len(self.text)
