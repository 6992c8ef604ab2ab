"""Score the redactor with a given NER model directory on labelled corpora, aggregates only.

    .venv/bin/python scripts/compare_ner.py --model DIR corpus.jsonl [corpus.jsonl ...] [--json out.json]

The same figures as scripts/eval_pii.py (clean share, recall and precision per type, kept items touched),
for any model written by scripts/train_pii_ner.py --out, so a retrained model can be compared with the
committed one on the same code. Prints no corpus item, so a corpus can be scored before it is read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copilot.pii import analyzer  # noqa: E402
from copilot.pii.redactor import redact_many  # noqa: E402
from copilot.pii.scoring import score_corpus  # noqa: E402


def touched(records: list[dict]) -> list[str]:
    """The kept items a redaction covers, with what covered them (the same test as scoring.score_corpus)."""
    out = []
    for record, result in zip(records, redact_many([r["text"] for r in records]), strict=True):
        for item in record.get("keep", []):
            over = [e for e in result.entities if e.start < item["end"] and item["start"] < e.end]
            if over:
                what = ", ".join(f"{e.type} {record['text'][e.start : e.end]!r}" for e in over)
                out.append(f"touched {record['id']}: {item['value']!r} by {what}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--model", type=Path, help="a model directory (default: the committed one)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--items",
        type=Path,
        help="write every miss, false alarm and kept item touched here (only for corpora already read)",
    )
    args = parser.parse_args()

    if args.model:
        # read when the analyzer is built, which the first redaction does
        analyzer.MODEL = str(args.model.resolve())

    out = {}
    items: list[str] = []
    for corpus in args.corpora:
        lines = corpus.read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
        figures = score_corpus(records)
        if args.items:
            items += [f"miss {k} {i}: {v!r}" for k, i, v in figures.misses]
            items += [f"false {k} {i}: {v!r}" for k, i, v in figures.false_alarms]
            items += touched(records)
        kinds = sorted(set(figures.spans) | set(figures.found))
        row = {
            "messages": figures.messages,
            "clean": round(figures.clean_share, 4),
            "touched": figures.kept_touched,
            "types": {
                k: {
                    "spans": figures.spans[k],
                    "recall": round(figures.recall(k), 3),
                    "found": figures.found[k],
                    "precision": round(figures.precision(k), 3),
                }
                for k in kinds
            },
        }
        out[corpus.name] = row
        types = ", ".join(
            f"{k} {v['recall']:.3f}/{v['precision']:.3f}"
            for k, v in row["types"].items()
            if k in ("PERSON", "ADDRESS", "PHONE")
        )
        print(
            f"{corpus.name}: {row['messages']} msgs, clean {row['clean']:.1%}, touched {row['touched']}; "
            f"recall/precision {types}",
            flush=True,
        )
    if args.items:
        args.items.write_text("\n".join(sorted(items)) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
