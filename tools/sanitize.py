"""The third layer of validation: strings from the model are cleaned before any tool sees them."""

from __future__ import annotations

import re
import unicodedata

from copilot.core.text import storable

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# Markup goes; redaction placeholders such as <PERSON_1> stay.
_TAGS = re.compile(r"<(?![A-Z]+(?:_[A-Z]+)*_\d+>)[^>]{0,200}>")
_SPACES = re.compile(r"[ \t]+")


def clean_text(value: str, *, max_length: int) -> str:
    """NFKC-normalised, without control or bidi characters or markup, trimmed to max_length."""
    value = unicodedata.normalize("NFKC", storable(value))
    value = _CONTROL.sub("", value)
    value = _TAGS.sub("", value)
    value = _SPACES.sub(" ", value).strip()
    return value[:max_length]
