"""Build dev14 and blind14, a fourteenth pair of hand-written labelled PII corpora (issue 20): names,
addresses and phones written in scripts other than Latin (Cyrillic, Greek, Arabic, Hebrew, Devanagari,
Bengali, Tamil, Thai, Georgian, Armenian, Chinese, Japanese, Korean), alone or beside English, French or
Spanish text, or in Latin transliteration, beside the stations, airports, malls, hotels and metro stops in
those scripts that must stay, with amounts in local currencies, local date formats and full-width digits.

Reads tests/data/pii_heldout/dev14_handwritten.txt and blind14_handwritten.txt (marked inline, see
scripts/pii_corpus_kit.py), writes dev14.jsonl (ids dev14-hand-N) and blind14.jsonl (ids blind14-hand-N),
checks both and prints aggregate counts only (never an item of blind14).

    .venv/bin/python scripts/make_pii_blind14.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind14.py --check    # checks the written files only
"""

from __future__ import annotations

import sys

import pii_corpus_kit as kit

if __name__ == "__main__":
    kit.handwritten_pair(
        "dev14",
        "blind14",
        sizes={"dev14": 150, "blind14": 200},
        seeds={"dev14": 14230, "blind14": 14770},
        argv=sys.argv,
    )
