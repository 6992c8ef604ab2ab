"""Build dev11 and blind11, an eleventh pair of hand-written labelled PII corpora (issue 20): text pasted
or forwarded into support messages (e-mail threads, chat exports, receipts, statements, invoices, notices).

Reads tests/data/pii_heldout/dev11_handwritten.txt and blind11_handwritten.txt (marked inline, see
scripts/pii_corpus_kit.py), writes dev11.jsonl (ids dev11-hand-N) and blind11.jsonl (ids blind11-hand-N),
checks both and prints aggregate counts only (never an item of blind11).

    .venv/bin/python scripts/make_pii_blind11.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind11.py --check    # checks the written files only
"""

from __future__ import annotations

import sys

import pii_corpus_kit as kit

if __name__ == "__main__":
    kit.handwritten_pair(
        "dev11",
        "blind11",
        sizes={"dev11": 120, "blind11": 180},
        seeds={"dev11": 11210, "blind11": 11910},
        argv=sys.argv,
    )
