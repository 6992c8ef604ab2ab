"""What the redactor left of a value in a text, for the tests that name a value rather than a corpus span."""

from __future__ import annotations

from copilot.pii.redactor import redact


def covered(text: str, value: str) -> bool:
    """Every letter and digit of `value` (its first occurrence in `text`) is inside a detection."""
    start = text.index(value)
    entities = redact(text).entities
    return all(
        any(e.start <= i < e.end for e in entities)
        for i in range(start, start + len(value))
        if text[i].isalnum()
    )


def untouched(text: str, value: str) -> bool:
    """No detection overlaps `value` (its first occurrence in `text`)."""
    start = text.index(value)
    end = start + len(value)
    return not any(e.start < end and start < e.end for e in redact(text).entities)
