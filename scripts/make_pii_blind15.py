"""Build dev15 and blind15, a fifteenth pair of hand-written labelled PII corpora (issue 20), by a second
writer: names, addresses and phones in scripts other than Latin, in the scripts of pair 14 but in other
layouts (names alone, in lists, after a role word, family name first; addresses on several lines, building
first, district and city only), in scripts pair 14 did not hold (Gujarati, Gurmukhi, Telugu, Kannada,
Malayalam, Sinhala, Burmese, Khmer, Lao, Ge'ez, Mongolian, Uzbek and Kyrgyz Cyrillic, Yiddish, Ukrainian,
Serbian in both alphabets), and in Latin transliteration, beside places in those scripts that must stay.

Reads tests/data/pii_heldout/dev15_handwritten.txt and blind15_handwritten.txt (marked inline, see
scripts/pii_corpus_kit.py), writes dev15.jsonl (ids dev15-hand-N) and blind15.jsonl (ids blind15-hand-N),
checks both and prints aggregate counts only (never an item of blind15).

    .venv/bin/python scripts/make_pii_blind15.py            # writes both files, checks them, prints counts
    .venv/bin/python scripts/make_pii_blind15.py --check    # checks the written files only
"""

from __future__ import annotations

import sys

import pii_corpus_kit as kit

if __name__ == "__main__":
    kit.handwritten_pair(
        "dev15",
        "blind15",
        sizes={"dev15": 150, "blind15": 200},
        seeds={"dev15": 15340, "blind15": 15890},
        argv=sys.argv,
    )
