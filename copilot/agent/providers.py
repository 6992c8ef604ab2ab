"""Model providers: any OpenAI-compatible endpoint through the official SDK, or the offline planner."""

from __future__ import annotations

import functools
import logging
from decimal import Decimal

import httpx
import openai
from django.conf import settings

from copilot.agent.messages import ModelRequest, ModelResponse, ModelToolCall, TokenSink

log = logging.getLogger(__name__)


class ProviderError(Exception):
    """The model endpoint failed after the SDK's own retries; the loop falls back."""


class OpenAIProvider:
    """Chat Completions with streaming, parallel tool calls and strict schemas.

    The SDK retries 408/409/429/5xx and connection errors with backoff, honouring
    Retry-After; the timeout is explicit because the SDK's default is ten minutes.
    """

    name = "openai"

    def __init__(
        self, *, base_url: str | None, api_key: str, model: str, timeout: float, max_retries: int
    ) -> None:
        self.model = model
        self.client = openai.OpenAI(
            base_url=base_url or None,
            api_key=api_key or "not-needed",  # local servers (vLLM, Ollama, llama.cpp) accept any key
            timeout=httpx.Timeout(timeout, connect=min(5.0, timeout)),
            max_retries=max_retries,
        )

    def complete(self, request: ModelRequest, *, on_token: TokenSink) -> ModelResponse:
        kwargs = {
            "model": self.model,
            "messages": request.messages,
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        if request.tools:
            kwargs.update(tools=request.tools, tool_choice=request.tool_choice, parallel_tool_calls=True)
        content: list[str] = []
        calls: dict[int, dict[str, str]] = {}
        usage = None
        finish = None
        try:
            stream = self.client.chat.completions.create(**kwargs)
            for chunk in stream:
                if chunk.usage is not None:
                    usage = chunk.usage
                for choice in chunk.choices:
                    delta = choice.delta
                    if delta.content:
                        content.append(delta.content)
                        on_token(delta.content)
                    # Tool-call deltas arrive in pieces keyed by index: the first carries the id
                    # and name, later ones append to the arguments.
                    for part in delta.tool_calls or []:
                        slot = calls.setdefault(part.index, {"id": "", "name": "", "arguments": ""})
                        if part.id:
                            slot["id"] = part.id
                        if part.function and part.function.name:
                            slot["name"] += part.function.name
                        if part.function and part.function.arguments:
                            slot["arguments"] += part.function.arguments
                    if choice.finish_reason:
                        finish = choice.finish_reason
        except openai.APIStatusError as exc:
            raise ProviderError(f"the model endpoint answered {exc.status_code}") from exc
        except (openai.APITimeoutError, openai.APIConnectionError) as exc:
            raise ProviderError(f"the model endpoint did not answer in time ({type(exc).__name__})") from exc
        except (httpx.HTTPError, openai.OpenAIError) as exc:
            raise ProviderError(f"the model's answer was cut off ({type(exc).__name__})") from exc
        if finish is None:
            # The stream ended without a finish reason: the connection was cut mid-answer.
            raise ProviderError("the model's answer was cut off before it finished")
        tool_calls = [
            ModelToolCall(id=c["id"] or f"call_{i}", name=c["name"], arguments=c["arguments"])
            for i, c in sorted(calls.items())
        ]
        return ModelResponse(
            content="".join(content),
            tool_calls=tool_calls,
            prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
            model=self.model,
            finish_reason=finish,
        )


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
    from copilot.agent.offline import OfflineProvider

    return OfflineProvider()


# Callables that see every request before it goes to a provider: the evaluation records
# exactly what was sent, to check that nothing personal left the building.
OBSERVERS: list = []


def notify_observers(request: ModelRequest) -> None:
    for observer in list(OBSERVERS):
        observer(request)
