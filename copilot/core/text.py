"""Text from outside (customers, agents, models) made storable.

PostgreSQL keeps no NUL character in text or JSON, and UTF-8 has no lone surrogate (JSON's
"\\ud800" decodes to one). Either, arriving in a customer's message, an agent's reply or a
model's answer, would make the write that stores it fail: a message never redacted, a turn
failed, a 500. Neither carries meaning, so they are dropped (NUL) or replaced (U+FFFD).
"""

from __future__ import annotations

import re
from typing import Any

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without NUL characters and with each lone surrogate replaced by U+FFFD."""
    if text.isascii():
        return text.replace("\x00", "") if "\x00" in text else text
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def storable_json(value: Any) -> Any:
    """`value` (parsed JSON) with every string in it, keys too, made storable."""
    if isinstance(value, str):
        return storable(value)
    if isinstance(value, dict):
        return {storable(k): storable_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [storable_json(v) for v in value]
    return value
