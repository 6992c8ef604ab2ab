"""Build tests/data/pii_heldout/presidio_dev2.jsonl: a second readable corpus of presidio-evaluator's text.

The kind of text issue 20 measured on (PresidioSentenceFaker, all its templates), with six seeds no other
corpus used, so that tuning against presidio-evaluator's shapes need not touch `presidio.jsonl` or blind3's
presidio part, which stay never read. Same recipe and label mapping as blind3's presidio part
(`make_pii_blind3.py`: street, zip and adjacent towns become one ADDRESS; samples with an SSN or a driver's
licence are dropped), every mapped sample kept. Readable: may be read by whoever tunes the redactor.

Run in a scratch virtualenv, never the project's (blind3.README.md lists the packages):

    TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="" /tmp/pe/bin/python scripts/make_pii_presidio_dev2.py
"""

from __future__ import annotations

import json
from pathlib import Path

import make_pii_blind3 as blind3
import pii_corpus_kit as kit

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "pii_heldout" / "presidio_dev2.jsonl"
SEEDS = ((5101, "en_US"), (5203, "en_GB"), (5307, "en_AU"), (5409, "en_CA"), (5501, "en_IE"), (5603, "en_NZ"))
PER_SEED = 300


def main() -> None:
    kit.pin_hash_seed()
    raw = OUT.with_suffix(".raw.tmp")
    blind3.PRESIDIO_SEEDS, blind3.PRESIDIO_PER_SEED, blind3.PRESIDIO_RAW = SEEDS, PER_SEED, raw
    blind3.presidio_raw()
    records = []
    for line in raw.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        record = blind3.map_presidio(row)
        if record is not None:
            records.append({"id": f"pdev2-{row['seed']}-{row['n']}", **record})
    raw.unlink()
    kit.check(records, trimmed_text=False)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} messages written to {OUT}")


if __name__ == "__main__":
    main()
