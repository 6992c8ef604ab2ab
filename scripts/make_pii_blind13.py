"""Build dev13 and blind13, a thirteenth pair of hand-written labelled PII corpora (issue 20): where the
rider lives or is, told the way people tell it (by landmarks and directions, estates and compounds, PO
boxes, a rural route, flat and floor, Japanese and Korean addresses in Latin script, an address given in
pieces across a chat), beside the landmarks, malls, hospitals, stations, mosques, churches, markets and
schools that must stay, many named after people; names of many cultures and shapes.

Reads tests/data/pii_heldout/dev13_handwritten.txt and blind13_handwritten.txt (marked inline, see
scripts/pii_corpus_kit.py), writes dev13.jsonl (ids dev13-hand-N) and blind13.jsonl (ids blind13-hand-N),
checks both and prints aggregate counts only (never an item of blind13).

    .venv/bin/python scripts/make_pii_blind13.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind13.py --check    # checks the written files only
"""

from __future__ import annotations

import sys

import pii_corpus_kit as kit

if __name__ == "__main__":
    kit.handwritten_pair(
        "dev13",
        "blind13",
        sizes={"dev13": 150, "blind13": 200},
        seeds={"dev13": 13410, "blind13": 13860},
        argv=sys.argv,
    )
