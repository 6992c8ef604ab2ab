"""Model providers: any OpenAI-compatible endpoint through the official SDK, or the offline planner."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterator
from decimal import Decimal

import httpx2  # the SDK's HTTP client: its errors surface while a stream is read
import openai
from django.conf import settings
from openai._streaming import ServerSentEvent

from copilot.agent.messages import ModelRequest, ModelResponse, ModelToolCall, TokenSink
from copilot.agent.offline import OfflineProvider
from copilot.agent.tokens import estimate_tokens, prompt_tokens
from copilot.core.text import storable

log = logging.getLogger(__name__)


class ProviderError(Exception):
    """The model endpoint failed after the SDK's own retries; the loop falls back."""


class _DrainingStream(openai.Stream[object]):
    """The SDK's stream, reading the response to its end before it hands over `[DONE]`.

    The SDK stops at `[DONE]` and closes the response before the last bytes of the chunked
    body (its terminating chunk) are read, and a response closed unread makes the HTTP client
    drop the connection instead of keeping it: every model call paid a new connection, and
    against a real endpoint a new TLS handshake (openai-python#3440). Nothing comes after
    `[DONE]` but that terminator, so reading on costs nothing.
    """

    def _iter_events(self) -> Iterator[ServerSentEvent]:
        events = super()._iter_events()
        for event in events:
            if event.data.startswith("[DONE]"):
                try:
                    for _ in events:
                        pass
                except (openai.OpenAIError, httpx2.HTTPError):
                    pass  # the answer is complete; only the connection cannot be kept
            yield event


# Parameters of a request the copilot can do without. Servers that implement only part of the API
# (llama.cpp, Ollama, vLLM, LM Studio, gateways) refuse some of them with a 400 or 422; the provider
# then asks again without them and leaves them out of later calls too.
OPTIONAL_PARAMETERS = ("stream_options", "tool_choice", "parallel_tool_calls")


class OpenAIProvider:
    """Chat Completions with streaming, tool calls and strict schemas, for any compatible server.

    The SDK retries 408/409/429/5xx and connection errors with backoff, honouring
    Retry-After; the timeout is explicit because the SDK's default is ten minutes.
    `tool_choice` "auto" and parallel tool calls are the API's defaults, so they are not sent;
    usage a server does not report is estimated (`copilot.agent.tokens`) and marked so.
    """

    name = "openai"

    def __init__(
        self, *, base_url: str | None, api_key: str, model: str, timeout: float, max_retries: int
    ) -> None:
        self.model = model
        self.client = openai.OpenAI(
            base_url=base_url or None,
            api_key=api_key or "not-needed",  # local servers (vLLM, Ollama, llama.cpp) accept any key
            timeout=openai.Timeout(timeout, connect=min(5.0, timeout)),
            max_retries=max_retries,
        )
        self.refused: set[str] = set()  # optional parameters this endpoint answered with a 400

    def _body(self, request: ModelRequest) -> dict:
        body: dict = {
            "model": self.model,
            "messages": request.messages,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.tools:
            body["tools"] = request.tools
            if request.tool_choice != "auto":
                body["tool_choice"] = request.tool_choice
        for name in self.refused:
            body.pop(name, None)
        return body

    def _refused_parameters(self, exc: ProviderError, body: dict) -> tuple[set[str], bool]:
        """(the optional parameters a 400/422 is about, whether it named them).

        A refusal that names none of them may be about any, or about something else (a prompt too
        long for the context): every one sent is left out once, and remembered only if that helped.
        """
        cause = exc.__cause__
        if not isinstance(cause, openai.APIStatusError) or cause.status_code not in (400, 422):
            return set(), False
        sent = {name for name in OPTIONAL_PARAMETERS if name in body}
        said = f"{cause.message} {cause.body}".lower()
        named = {name for name in sent if name in said or name.replace("_", " ") in said}
        return (named, True) if named else (sent, False)

    def complete(self, request: ModelRequest, *, on_token: TokenSink) -> ModelResponse:
        body = self._body(request)
        while True:
            try:
                return self._complete(request, body, on_token)
            except ProviderError as exc:
                refused, named = self._refused_parameters(exc, body)
                if not refused:
                    raise
            log.warning("the model endpoint refused %s; asking again without it", ", ".join(sorted(refused)))
            if named:
                self.refused = self.refused | refused  # replaced whole: other threads read it
                body = self._body(request)
                continue
            body = {k: v for k, v in body.items() if k not in refused}
            response = self._complete(request, body, on_token)
            self.refused = self.refused | refused
            return response

    def _complete(self, request: ModelRequest, body: dict, on_token: TokenSink) -> ModelResponse:
        content: list[str] = []
        calls: dict[int, dict[str, str]] = {}
        usage: dict = {}
        finish = None
        try:
            # The SDK's own request path (auth, timeout, retries honouring Retry-After, error types,
            # SSE decoding) with chunks kept as plain dicts: `chat.completions.create` would walk the
            # whole conversation and tool schemas to transform them, and build a pydantic model per
            # chunk, which costs more CPU than the rest of the turn's model handling together.
            stream = self.client.post(
                "/chat/completions",
                body=body,
                cast_to=object,
                stream=True,
                stream_cls=_DrainingStream,
            )
            for chunk in stream:
                if not isinstance(chunk, dict):
                    raise ProviderError("the model endpoint sent a chunk that is not a JSON object")
                if chunk.get("usage"):
                    usage = chunk["usage"]
                for choice in chunk.get("choices") or ():
                    delta = choice.get("delta") or {}
                    text = storable(delta.get("content") or "")
                    if text:
                        content.append(text)
                        on_token(text)
                    # Tool-call deltas arrive in pieces keyed by index: the first carries the id
                    # and name, later ones append to the arguments.
                    for part in delta.get("tool_calls") or ():
                        slot = calls.setdefault(
                            _call_index(part, calls), {"id": "", "name": "", "arguments": ""}
                        )
                        function = part.get("function") or {}
                        if part.get("id"):
                            slot["id"] = storable(part["id"])
                        if function.get("name"):
                            slot["name"] += storable(function["name"])
                        arguments = function.get("arguments")
                        if isinstance(arguments, dict):
                            # Some servers send the arguments as an object, not as JSON text.
                            arguments = json.dumps(arguments, ensure_ascii=False)
                        if arguments:
                            slot["arguments"] += storable(arguments)
                    if choice.get("finish_reason"):
                        finish = choice["finish_reason"]
        except openai.APIStatusError as exc:
            raise ProviderError(f"the model endpoint answered {exc.status_code}") from exc
        except (openai.APITimeoutError, openai.APIConnectionError) as exc:
            raise ProviderError(f"the model endpoint did not answer in time ({type(exc).__name__})") from exc
        except httpx2.HTTPError as exc:
            # Raised while reading the stream, after the SDK handed it over: the connection
            # dropped mid-answer (its retries only cover getting the response).
            raise ProviderError(f"the model's answer was cut off ({type(exc).__name__})") from exc
        except (openai.OpenAIError, ValueError, AttributeError, TypeError) as exc:
            # ValueError: a chunk that is not JSON; AttributeError/TypeError: one of the wrong shape.
            raise ProviderError(
                f"the model's answer was cut off or malformed ({type(exc).__name__})"
            ) from exc
        if finish is None:
            # The stream ended without a finish reason: the connection was cut mid-answer.
            raise ProviderError("the model's answer was cut off before it finished")
        tool_calls = [
            ModelToolCall(id=c["id"] or f"call_{i}", name=c["name"], arguments=c["arguments"])
            for i, c in sorted(calls.items())
        ]
        text = "".join(content)
        estimated = not usage.get("prompt_tokens")
        if estimated:
            # No usage (the server ignores stream_options, or it was refused): the cost and the
            # token figures are estimated rather than reported as nothing.
            generated = text + "".join(c.name + c.arguments for c in tool_calls)
            usage = {
                "prompt_tokens": prompt_tokens(request.messages, request.tools)["total"],
                "completion_tokens": estimate_tokens(generated),
            }
        return ModelResponse(
            content=text,
            tool_calls=tool_calls,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            model=self.model,
            finish_reason=finish,
            usage_estimated=estimated,
        )


def _call_index(part: dict, calls: dict[int, dict[str, str]]) -> int:
    """Which call a tool-call delta belongs to.

    Servers that leave out `index` send each call whole, or its pieces one after another: a new
    id starts a new call, a piece without one continues the last.
    """
    if isinstance(part.get("index"), int):
        return part["index"]
    if not calls:
        return 0
    last = max(calls)
    if part.get("id") and calls[last]["id"] and part["id"] != calls[last]["id"]:
        return last + 1
    return last


def estimate_cost(prompt_tokens: int, completion_tokens: int) -> Decimal:
    per_million_in = Decimal(str(settings.COPILOT_PRICE_IN_PER_MTOK))
    per_million_out = Decimal(str(settings.COPILOT_PRICE_OUT_PER_MTOK))
    return (per_million_in * prompt_tokens + per_million_out * completion_tokens) / Decimal(1_000_000)


@functools.lru_cache(maxsize=8)
def _cached_provider(base_url: str, api_key: str, model: str, timeout: float, retries: int) -> OpenAIProvider:
    # One client per configuration and process: building one costs a TLS context and a
    # connection pool, and the client is safe to share between threads.
    return OpenAIProvider(
        base_url=base_url, api_key=api_key, model=model, timeout=timeout, max_retries=retries
    )


def openai_provider() -> OpenAIProvider:
    return _cached_provider(
        settings.OPENAI_BASE_URL,
        settings.OPENAI_API_KEY,
        settings.COPILOT_MODEL,
        settings.COPILOT_MODEL_TIMEOUT_SECONDS,
        settings.COPILOT_MODEL_RETRIES,
    )


def offline_provider():
    return OfflineProvider()


# Callables that see every request before it goes to a provider: the evaluation records
# exactly what was sent, to check that nothing personal left the building.
OBSERVERS: list = []


def notify_observers(request: ModelRequest) -> None:
    for observer in list(OBSERVERS):
        observer(request)
