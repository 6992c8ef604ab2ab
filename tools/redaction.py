"""Tool-call arguments are stored redacted: the model may echo PII the customer wrote."""

from __future__ import annotations

from typing import Any

from copilot.pii import redact


def redact_arguments(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value).text
    if isinstance(value, dict):
        return {key: redact_arguments(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_arguments(item) for item in value]
    return value
