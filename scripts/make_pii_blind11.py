"""Build dev11 and blind11, an eleventh pair of hand-written labelled PII corpora (issue 20): text pasted
or forwarded into support messages (e-mail threads, chat exports, receipts, statements, invoices, notices).

Reads tests/data/pii_heldout/dev11_handwritten.txt and blind11_handwritten.txt (marked inline, see
scripts/pii_corpus_kit.py), writes dev11.jsonl (ids dev11-hand-N) and blind11.jsonl (ids blind11-hand-N),
checks both and prints aggregate counts only (never an item of blind11).

    .venv/bin/python scripts/make_pii_blind11.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind11.py --check    # checks the written files only
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
import pii_corpus_kit as kit

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "pii_heldout"
SOURCES = {"dev11": DATA / "dev11_handwritten.txt", "blind11": DATA / "blind11_handwritten.txt"}
OUTPUTS = {"dev11": DATA / "dev11.jsonl", "blind11": DATA / "blind11.jsonl"}
SEEDS = {"dev11": 11210, "blind11": 11910}
SIZES = {"dev11": 120, "blind11": 180}
EXTENSION = re.compile(
    r"\s*(?:ext\.?|x|extension|poste|Durchwahl|DW|int\.?|wew\.?|dahili|mellék|ramal)\s*\d+$", re.I
)


def phone_ok(value: str, locale: str) -> bool:
    """A PHONE valid for the locale's region, or for its own country code when written with a +."""
    number = EXTENSION.sub("", value).strip()
    region = locale.split("_")[1]
    try:
        parsed = phonenumbers.parse(number, None if number.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def sentences(text: str) -> set[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n", text)
    return {p.strip() for p in parts if len(p.strip()) > 25}


def check_all(corpora: dict[str, list[dict]]) -> None:
    for name, records in corpora.items():
        kit.check(records)
        assert len(records) == SIZES[name], (name, len(records))
        for r in records:
            assert r["id"].startswith(f"{name}-hand-"), r["id"]
            assert r["keep"], r["id"]
            assert 2 <= len(r["keep"]) <= 6, (r["id"], len(r["keep"]))
            for item in r["spans"] + r["keep"]:
                assert r["text"][item["start"] : item["end"]] == item["value"], r["id"]
            for s in r["spans"]:
                assert s["type"] != "PHONE" or phone_ok(s["value"], r["locale"]), (r["id"], "phone")
    dev, blind = corpora["dev11"], corpora["blind11"]
    assert not {r["text"] for r in dev} & {r["text"] for r in blind}, "a text in both files"
    shared = set().union(*(sentences(r["text"]) for r in dev)) & set().union(
        *(sentences(r["text"]) for r in blind)
    )
    assert not shared, f"{len(shared)} sentences over 25 characters in both files"
    # a trip id may repeat inside one message (a row billed twice), never in two messages
    trips = Counter(
        value for r in dev + blind for value in {k["value"] for k in r["keep"] if k["kind"] == "trip_id"}
    )
    assert all(n == 1 for n in trips.values()), "a trip id in two messages"


def report(name: str, records: list[dict]) -> None:
    print(name)
    for line in kit.count_lines(records, ("hand",), indent="  "):
        print(line)
    languages = Counter(r["locale"].split("_")[0] for r in records)
    print("  languages", dict(languages.most_common()))
    print("  locales", len({r["locale"] for r in records}))


def main() -> None:
    if "--check" in sys.argv:
        corpora = {name: kit.read_jsonl(path) for name, path in OUTPUTS.items()}
    else:
        corpora = {
            name: kit.finish(kit.read_handwritten(path), corpus=name, shuffle_seed=SEEDS[name])
            for name, path in SOURCES.items()
        }
    check_all(corpora)
    if "--check" not in sys.argv:
        for name, records in corpora.items():
            kit.write_jsonl(OUTPUTS[name], records)
    for name, records in corpora.items():
        report(name, records)


if __name__ == "__main__":
    main()
