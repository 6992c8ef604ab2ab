"""Tool-call arguments are stored redacted: the model may echo PII the customer wrote."""

from __future__ import annotations

import re
from typing import Any

from copilot.pii import redact

# Values that cannot hold personal data: ids, enum words, amounts. Everything else (free
# text such as a ticket summary or a policy topic) goes through the redactor.
_INERT = re.compile(
    r"^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{8}|[a-z]+(?:_[a-z]+)*|\d{1,6}\.\d{2}|[RD]-\d{1,12})$"
)


def redact_arguments(value: Any) -> Any:
    if isinstance(value, str):
        return value if _INERT.match(value) else redact(value).text
    if isinstance(value, dict):
        return {key: redact_arguments(item) for key, item in value.items()}
    if isinstance(value, list):
        return [redact_arguments(item) for item in value]
    return value
