"""Build dev10 and blind10, a tenth pair of hand-written labelled PII corpora (issue 20).

Reads tests/data/pii_heldout/dev10_handwritten.txt and blind10_handwritten.txt (marked inline, see
scripts/pii_corpus_kit.py), writes dev10.jsonl (ids dev10-hand-N) and blind10.jsonl (ids blind10-hand-N),
checks both and prints aggregate counts only (never an item of blind10).

    .venv/bin/python scripts/make_pii_blind10.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind10.py --check    # checks the written files only
"""

from __future__ import annotations

import sys

import pii_corpus_kit as kit

if __name__ == "__main__":
    kit.handwritten_pair(
        "dev10",
        "blind10",
        sizes={"dev10": 160, "blind10": 240},
        seeds={"dev10": 10210, "blind10": 10910},
        argv=sys.argv,
    )
