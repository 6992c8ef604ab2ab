"""Build tests/data/pii_heldout/dev9.jsonl and blind9.jsonl from their hand-written sources (issue 20).

Both corpora were written by hand, one message at a time, marked inline in the kit's format
(scripts/pii_corpus_kit.py): dev9_handwritten.txt (may be read by whoever tunes the redactor) and
blind9_handwritten.txt (never read while tuning; see blind9.README.md). This script parses them, checks
every record with the kit, checks every PHONE against phonenumbers' metadata for the message's region,
checks that no text or sentence over 25 characters appears in both files, and writes the two JSONL files.
It prints aggregate counts only, so running it never shows an item of blind9.

    .venv/bin/python scripts/make_pii_blind9.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind9.py --check    # checks the written files only
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pii_corpus_kit as kit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "pii_heldout"
CORPORA = {"dev9": 9209, "blind9": 9919}  # corpus -> shuffle seed
EXTENSION = re.compile(r"\s*(?:ext\.?|x|poste|DW|Durchwahl)\s*\d+\s*$", re.I)
SENTENCE = re.compile(r"[^.!?\n]+")


def phone_ok(value: str, locale: str) -> bool:
    """A PHONE span (extension stripped) that phonenumbers takes as a valid number of the locale's region."""
    number = EXTENSION.sub("", value)
    region = locale.split("_")[1]
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def sentences(text: str) -> set[str]:
    return {s.strip().lower() for s in SENTENCE.findall(text) if len(s.strip()) > 25}


def build(name: str) -> list[dict]:
    raw = kit.read_handwritten(DATA / f"{name}_handwritten.txt")
    records = kit.finish(raw, corpus=name, shuffle_seed=CORPORA[name])
    verify(name, records)
    return records


def verify(name: str, records: list[dict]) -> None:
    kit.check(records)
    bad_phones = 0
    for r in records:
        for item in r["spans"] + r["keep"]:
            assert r["text"][item["start"] : item["end"]] == item["value"], r["id"]
        for s in r["spans"]:
            if s["type"] == "PHONE" and not phone_ok(s["value"], r["locale"]):
                bad_phones += 1
                print(f"{name}: invalid phone in {r['id']}", file=sys.stderr)
    assert not bad_phones, f"{name}: {bad_phones} invalid phones"


def cross_check(dev: list[dict], blind: list[dict]) -> None:
    assert not {r["text"] for r in dev} & {r["text"] for r in blind}, "a text in both files"
    dev_sentences = set().union(*(sentences(r["text"]) for r in dev))
    shared = sum(1 for r in blind for s in sentences(r["text"]) if s in dev_sentences)
    assert not shared, f"{shared} sentences over 25 characters in both files"
    trips = Counter(k["value"] for r in dev + blind for k in r["keep"] if k["kind"] == "trip_id")
    assert all(n == 1 for n in trips.values()), "a trip id used twice"


def report(name: str, records: list[dict]) -> None:
    for line in kit.count_lines(records, ("hand",), indent=f"{name} "):
        print(line)
    languages = Counter(r["locale"].split("_")[0] for r in records)
    print(f"{name} languages: {dict(languages.most_common())}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="check the written files only")
    args = parser.parse_args()
    built = {}
    for name in CORPORA:
        if args.check:
            built[name] = kit.read_jsonl(DATA / f"{name}.jsonl")
            verify(name, built[name])
        else:
            built[name] = build(name)
    cross_check(built["dev9"], built["blind9"])
    for name, records in built.items():
        if not args.check:
            kit.write_jsonl(DATA / f"{name}.jsonl", records)
        report(name, records)


if __name__ == "__main__":
    main()
