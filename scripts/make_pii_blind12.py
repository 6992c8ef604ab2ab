"""Build dev12 and blind12, a twelfth pair of hand-written labelled PII corpora (issue 20): look-alikes both
ways, operational items shaped like PII (order numbers grouped like phones, booking references that read
like names, plates, local amounts, dates and times) beside PII shaped like operational text (phones beside
order numbers, names that are words or places, addresses given by a landmark, e-mails with digits).

Reads tests/data/pii_heldout/dev12_handwritten.txt and blind12_handwritten.txt (marked inline, see
scripts/pii_corpus_kit.py), writes dev12.jsonl (ids dev12-hand-N) and blind12.jsonl (ids blind12-hand-N),
checks both and prints aggregate counts only (never an item of blind12).

    .venv/bin/python scripts/make_pii_blind12.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind12.py --check    # checks the written files only
"""

from __future__ import annotations

import sys

import pii_corpus_kit as kit

if __name__ == "__main__":
    kit.handwritten_pair(
        "dev12",
        "blind12",
        sizes={"dev12": 150, "blind12": 200},
        seeds={"dev12": 12310, "blind12": 12970},
        argv=sys.argv,
    )
