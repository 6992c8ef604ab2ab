"""Placeholders: `<PERSON_1>`, `<EMAIL_1>`, `<PHONE_1>`, `<CARD_1>`, `<IBAN_1>`, `<ADDRESS_1>`, `<IP_1>`,
`<URL_1>` (a web address in customer text), `<DOCUMENT_1>` (a licence, passport or id number after its cue).

The same value gets the same placeholder, within a text and, through `known`, across the messages of a
case: values are compared after normalising their spelling (case and spacing of names and addresses,
the separators of card numbers and IBANs, phone numbers by their national number), and numbering
continues after the highest number already in `known`. A value found once is hidden wherever else it
occurs in the text, in any case, and so is a value known from earlier messages of the case.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers
import regex as re

from copilot.pii import analyzer, patterns
from copilot.pii.recognizers import CARD, EMAIL, IBAN, PERSON, PHONE

PLACEHOLDER_RE = re.compile(r"<([A-Z]+)_(\d+)>")
_PUNCT_RE = re.compile(r"[,.;]")


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
    return " ".join(_PUNCT_RE.sub(" ", value).split()).casefold()


def _phone_key(value: str) -> str:
    """The national significant number: "+44 7700 900123", "07700 900123" and "0044 7700 900123" agree."""
    candidate = value.strip()
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    try:
        number = phonenumbers.parse(candidate, None if candidate.startswith("+") else "GB")
    except phonenumbers.NumberParseException:
        return "".join(ch for ch in value if ch.isdigit())
    return str(number.national_number)


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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def _propagate(
    text: str,
    detections: list[analyzer.Detection],
    known: dict[str, str] | None,
    watch: Sequence[tuple[str, str]] = (),
):
    """Every other occurrence of a value found here or known from the case, in any case: found once, hidden
    everywhere ("Maria Lopez … later maria lopez"), and so are the parts of a found name ("Thanks, Maria").
    `watch`: (type, value) pairs known before any text (the rider's own name, email and phone on record),
    hidden wherever they occur whole, and numbered only when they do."""
    found = [(det.type, text[det.start : det.end]) for det in detections]
    for placeholder, value in (known or {}).items():
        m = PLACEHOLDER_RE.fullmatch(placeholder)
        if m and len(value.strip()) >= 3:
            found.append((m.group(1), value.strip()))
    values: dict[str, str] = {}
    for entity_type, value in watch:
        if len(value.strip()) >= 3:
            values.setdefault(value.strip().casefold(), entity_type)
    for entity_type, value in found:
        values.setdefault(value.casefold(), entity_type)
        if entity_type == PERSON:
            for part in value.split():
                part = part.strip(".,'’")
                if len(part) >= 3 and part.isalpha() and not patterns.is_plain_word(part):
                    values.setdefault(part.casefold(), PERSON)
    if not values:
        return detections
    folded = text.casefold()
    if len(folded) != len(text):  # casefold changed lengths (ß → ss): fall back to exact matching
        folded = text
    extra = []
    for value, entity_type in values.items():
        start = folded.find(value)
        while start != -1:
            end = start + len(value)
            bounded = (start == 0 or not _is_word_char(folded[start - 1])) and (
                end == len(folded) or not _is_word_char(folded[end])
            )
            if bounded and not any(d.start <= start and end <= d.end for d in detections):
                extra.append(analyzer.Detection(entity_type, start, end, 0.9))
            start = folded.find(value, start + 1)
    return analyzer.resolve(text, detections + extra) if extra else detections


def _build(
    text: str,
    detections: list[analyzer.Detection],
    known: dict[str, str] | None,
    watch: Sequence[tuple[str, str]] = (),
) -> Redaction:
    detections = _propagate(text, detections, known, watch)
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


def redact(
    text: str,
    *,
    known: dict[str, str] | None = None,
    watch: Sequence[tuple[str, str]] = (),
    written_by_us: bool = False,
) -> Redaction:
    """Replace the PII in `text` by placeholders; `known` is the case's mapping so far (reused, continued);
    `watch` the rider's own details on record, hidden wherever they occur (see `_propagate`).

    `written_by_us` is for text the copilot or a model wrote (log records, drafts): the NER runs only
    when a word could be a name, which spares it on most such text (see `analyzer.could_hold_a_name`).
    """
    if not text or not text.strip():
        return Redaction(text=text, entities=(), mapping=dict(known or {}))
    return _build(text, analyzer.detect(text, written_by_us=written_by_us), known, watch)


def redact_many(
    texts: list[str],
    *,
    known: list[dict[str, str] | None] | None = None,
    watch: list[Sequence[tuple[str, str]]] | None = None,
) -> list[Redaction]:
    """`redact` for many independent texts, NER batched with `nlp.pipe`; `known[i]` is text i's mapping so
    far (each text is numbered on its own: texts of one case must not share a batch)."""
    knowns = known if known is not None else [None] * len(texts)
    if len(knowns) != len(texts):
        raise ValueError("known must give one mapping (or None) per text")
    watches = watch if watch is not None else [()] * len(texts)
    return [
        _build(text, detections, mapping, watched) if text and text.strip() else redact(text, known=mapping)
        for text, detections, mapping, watched in zip(
            texts, analyzer.detect_many(texts), knowns, watches, strict=True
        )
    ]


def find_pii(text: str) -> list[Entity]:
    """The PII in `text` (for scanning model output); placeholders in it are not PII."""
    return list(redact(text, written_by_us=True).entities)


def restore(text: str, mapping: dict[str, str]) -> str:
    """Put the original values back in place of the placeholders (for the agent's view)."""
    return PLACEHOLDER_RE.sub(lambda m: mapping.get(m.group(), m.group()), text)


def warm_up() -> None:
    """Build the analyzer now (workers call this at start, so no request pays for loading the model)."""
    analyzer.warm_up()
