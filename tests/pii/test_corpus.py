"""The redactor on the synthetic corpus (tests/data/pii_corpus.jsonl, made by scripts/make_pii_corpus.py).

The corpus holds ~300 support messages built from presidio-evaluator's sentence templates and people plus
our own support templates; every PII span is labelled, and so is every trip id, amount, date and time
that must come through untouched. The figures are in the assertion messages.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from copilot.pii import redact_many
from copilot.pii.scoring import covered_mask

CORPUS = Path(__file__).resolve().parent.parent / "data" / "pii_corpus.jsonl"
NEVER_LEAK = ("EMAIL", "PHONE", "CARD", "IBAN")


@pytest.fixture(scope="module")
def scored():
    """(record, covered-character mask) for each corpus record."""
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for record, result in zip(records, redact_many([r["text"] for r in records]), strict=True):
        out.append((record, covered_mask(record["text"], result.entities)))
    return out


def leaked(record: dict, span: dict, covered: list[bool]) -> str:
    """The characters of a PII span that are still readable (letters and digits only)."""
    text = record["text"]
    return "".join(text[i] for i in range(span["start"], span["end"]) if text[i].isalnum() and not covered[i])


def coverage(scored, entity_type: str) -> tuple[int, int, list[str]]:
    full, total, misses = 0, 0, []
    for record, covered in scored:
        for span in record["spans"]:
            if span["type"] != entity_type:
                continue
            total += 1
            if leaked(record, span, covered):
                misses.append(f"#{record['id']} {span['value']!r}")
            else:
                full += 1
    return full, total, misses


def test_the_corpus_is_big_enough_to_mean_something(scored):
    types = Counter(span["type"] for record, _ in scored for span in record["spans"])
    keep = Counter(item["kind"] for record, _ in scored for item in record["keep"])
    assert len(scored) >= 250, len(scored)
    assert all(types[t] >= 25 for t in ("PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "ADDRESS")), types
    assert all(keep[k] >= 25 for k in ("trip_id", "amount", "time", "date")), keep


@pytest.mark.parametrize("entity_type", NEVER_LEAK)
def test_no_email_phone_card_or_iban_survives_anywhere(scored, entity_type):
    full, total, misses = coverage(scored, entity_type)
    assert not misses, f"{entity_type}: {full}/{total} fully redacted; left: {misses[:10]}"


@pytest.mark.parametrize("entity_type", ["PERSON", "ADDRESS"])
def test_at_least_95_percent_of_names_and_of_street_addresses_are_fully_covered(scored, entity_type):
    full, total, misses = coverage(scored, entity_type)
    share = full / total
    assert share >= 0.95, f"{entity_type}: {full}/{total} = {share:.1%} fully covered; missed: {misses[:15]}"


def test_at_least_95_percent_of_messages_have_no_pii_character_left(scored):
    clean = sum(
        1 for record, covered in scored if not any(leaked(record, s, covered) for s in record["spans"])
    )
    share = clean / len(scored)
    assert share >= 0.95, f"{clean}/{len(scored)} = {share:.1%} messages with no PII character left"


def test_trip_ids_amounts_dates_and_times_in_the_corpus_are_untouched(scored):
    touched, total = [], 0
    for record, covered in scored:
        for item in record["keep"]:
            total += 1
            if any(covered[item["start"] : item["end"]]):
                touched.append(f"#{record['id']} {item['kind']} {item['value']!r}")
    assert not touched, f"{len(touched)}/{total} ids, amounts, dates or times redacted: {touched[:10]}"


def test_the_figures(scored):
    """Not a threshold: the per-type figures in one line, for whoever reads the test output with -rA."""
    figures = []
    for entity_type in ("PERSON", "ADDRESS", *NEVER_LEAK):
        full, total, _ = coverage(scored, entity_type)
        figures.append(f"{entity_type} {full}/{total}")
    clean = sum(
        1 for record, covered in scored if not any(leaked(record, s, covered) for s in record["spans"])
    )
    figures.append(f"clean messages {clean}/{len(scored)}")
    print("corpus: " + ", ".join(figures))
