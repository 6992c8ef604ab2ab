"""Scoring the redactor on labelled messages: recall and precision per entity type, kept items touched.

Used by scripts/eval_pii.py and the corpus tests; records are {"id", "text", "spans": [{"type",
"start", "end", "value"}], "keep": [{"kind", "start", "end", "value"}]}.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from copilot.pii.redactor import redact_many


@dataclass
class Figures:
    messages: int = 0
    clean: int = 0
    kept_touched: int = 0
    spans: Counter = field(default_factory=Counter)  # labelled spans per type
    covered: Counter = field(default_factory=Counter)  # of those, fully covered
    found: Counter = field(default_factory=Counter)  # detections per type
    true: Counter = field(default_factory=Counter)  # of those, on a labelled span
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (type, record id, value)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def clean_share(self) -> float:
        return self.clean / self.messages if self.messages else 0.0

    def recall(self, kind: str) -> float:
        return self.covered[kind] / self.spans[kind] if self.spans[kind] else float("nan")

    def precision(self, kind: str) -> float:
        return self.true[kind] / self.found[kind] if self.found[kind] else float("nan")


def covered_mask(text: str, entities: Iterable) -> list[bool]:
    """Which characters of `text` the detections cover."""
    covered = [False] * len(text)
    for entity in entities:
        for i in range(entity.start, entity.end):
            covered[i] = True
    return covered


def left_readable(text: str, covered: Sequence, start: int, end: int) -> str:
    """The letters and digits of text[start:end] no detection covers: what a reader still sees of a value."""
    return "".join(text[i] for i in range(start, end) if text[i].isalnum() and not covered[i])


def score_corpus(records: Sequence[dict]) -> Figures:
    figures = Figures(messages=len(records))
    results = redact_many([r["text"] for r in records])
    for record, result in zip(records, results, strict=True):
        text = record["text"]
        covered = covered_mask(text, result.entities)
        leaked_any = False
        for span in record["spans"]:
            figures.spans[span["type"]] += 1
            if left_readable(text, covered, span["start"], span["end"]):
                leaked_any = True
                figures.misses.append((span["type"], record["id"], span["value"]))
            else:
                figures.covered[span["type"]] += 1
        figures.clean += not leaked_any
        for item in record.get("keep", []):
            if any(covered[i] for i in range(item["start"], item["end"])):
                figures.kept_touched += 1
        labelled = [(s["start"], s["end"]) for s in record["spans"]]
        for entity in result.entities:
            figures.found[entity.type] += 1
            if any(entity.start < end and start < entity.end for start, end in labelled):
                figures.true[entity.type] += 1
            else:
                figures.false_alarms.append((entity.type, record["id"], text[entity.start : entity.end]))
    return figures


@dataclass
class Tally:
    """A generated set read back: PII per type (totals, wholly hidden, and what is left readable) and the
    kept items per kind with those the redaction touched, as (record, index in its "keep", result)."""

    totals: Counter = field(default_factory=Counter)
    hidden: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (type, value, text)
    kept: Counter = field(default_factory=Counter)
    touched: list[tuple[dict, int, object]] = field(default_factory=list)


def tally(records: Sequence[dict], *, type_key: str = "type") -> Tally:
    """Redacts the records' texts and counts (the test generators label a span's type under "kind")."""
    out = Tally()
    for record, result in zip(records, redact_many([r["text"] for r in records]), strict=True):
        text = record["text"]
        covered = covered_mask(text, result.entities)
        for span in record["spans"]:
            out.totals[span[type_key]] += 1
            if left_readable(text, covered, span["start"], span["end"]):
                out.misses.append((span[type_key], span["value"], text))
            else:
                out.hidden[span[type_key]] += 1
        for index, item in enumerate(record.get("keep", [])):
            out.kept[item["kind"]] += 1
            if any(covered[i] for i in range(item["start"], item["end"])):
                out.touched.append((record, index, result))
    return out
