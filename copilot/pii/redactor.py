"""Placeholders: `<PERSON_1>`, `<EMAIL_1>`, `<PHONE_1>`, `<CARD_1>`, `<IBAN_1>`, `<ADDRESS_1>`.

The same value gets the same placeholder, within a text and, through `known`, across the messages of a
case: values are compared after normalising their spelling (case and spacing of names and addresses,
the separators of card numbers and IBANs, phone numbers as E.164), and numbering continues after the
highest number already in `known`.
"""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
import regex as re

from copilot.pii import analyzer
from copilot.pii.recognizers import CARD, EMAIL, IBAN, PHONE

PLACEHOLDER_RE = re.compile(r"<([A-Z]+)_(\d+)>")


@dataclass(frozen=True)
class Entity:
    type: str
    start: int
    end: int
    placeholder: str
    value: str


@dataclass(frozen=True)
class Redaction:
    text: str
    entities: tuple[Entity, ...]
    mapping: dict[str, str]  # placeholder -> original value (the known ones included)


def normalise(entity_type: str, value: str) -> str:
    """The spelling-independent form under which two values count as the same."""
    if entity_type in (CARD, IBAN):
        return "".join(ch for ch in value if ch.isalnum()).upper()
    if entity_type == EMAIL:
        return value.strip().casefold()
    if entity_type == PHONE:
        return _phone_key(value)
    return " ".join(re.sub(r"[,.;]", " ", value).split()).casefold()


def _phone_key(value: str) -> str:
    candidate = value.strip()
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    regions = (None,) if candidate.startswith("+") else ("US", "GB", "DE", "FR", "ES")
    for region in regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if region is None or phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return "".join(ch for ch in value if ch.isdigit())


class _Numbering:
    def __init__(self, known: dict[str, str] | None):
        self.mapping: dict[str, str] = dict(known or {})
        self.by_key: dict[tuple[str, str], str] = {}
        self.counters: dict[str, int] = {}
        for placeholder, value in self.mapping.items():
            m = PLACEHOLDER_RE.fullmatch(placeholder)
            if not m:
                continue
            entity_type, number = m.group(1), int(m.group(2))
            self.counters[entity_type] = max(self.counters.get(entity_type, 0), number)
            self.by_key.setdefault((entity_type, normalise(entity_type, value)), placeholder)

    def placeholder(self, entity_type: str, value: str) -> str:
        key = (entity_type, normalise(entity_type, value))
        existing = self.by_key.get(key)
        if existing:
            return existing
        number = self.counters.get(entity_type, 0) + 1
        self.counters[entity_type] = number
        placeholder = f"<{entity_type}_{number}>"
        self.by_key[key] = placeholder
        self.mapping[placeholder] = value
        return placeholder


def _build(text: str, detections: list[analyzer.Detection], known: dict[str, str] | None) -> Redaction:
    numbering = _Numbering(known)
    entities = []
    parts = []
    cursor = 0
    for det in detections:
        value = text[det.start : det.end]
        placeholder = numbering.placeholder(det.type, value)
        entities.append(Entity(det.type, det.start, det.end, placeholder, value))
        parts.append(text[cursor : det.start])
        parts.append(placeholder)
        cursor = det.end
    parts.append(text[cursor:])
    return Redaction(text="".join(parts), entities=tuple(entities), mapping=numbering.mapping)


def redact(text: str, *, known: dict[str, str] | None = None) -> Redaction:
    """Replace the PII in `text` by placeholders; `known` is the case's mapping so far (reused, continued)."""
    if not text or not text.strip():
        return Redaction(text=text, entities=(), mapping=dict(known or {}))
    return _build(text, analyzer.detect(text), known)


def redact_many(texts: list[str]) -> list[Redaction]:
    """`redact` for many independent texts (each numbered on its own), NER batched with `nlp.pipe`."""
    return [_build(text, detections, None) for text, detections in zip(texts, analyzer.detect_many(texts))]


def find_pii(text: str) -> list[Entity]:
    """The PII in `text` (for scanning model output); placeholders in it are not PII."""
    return list(redact(text).entities)


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back in place of the placeholders (for the agent's view)."""
    return PLACEHOLDER_RE.sub(lambda m: mapping.get(m.group(), m.group()), text)


def warm_up() -> None:
    analyzer.warm_up()
