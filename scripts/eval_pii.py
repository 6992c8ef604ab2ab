"""Recall and precision of the redactor on a labelled corpus, per entity type.

    .venv/bin/python scripts/eval_pii.py tests/data/pii_heldout/test.jsonl [--misses 20]

Recall: the share of labelled spans with no letter or digit left readable. Precision: the share of
detected entities that overlap a labelled span (a detection on text that is no PII is a false
alarm). Messages clean: no labelled span leaks anything. Kept items touched: trip ids, amounts,
dates and times that redaction must leave alone but covered (must be 0).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copilot.pii.scoring import score_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--misses", type=int, default=0, help="print this many missed spans per type")
    args = parser.parse_args()
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    figures = score_corpus(records)
    print(
        f"{args.corpus}: {figures.messages} messages, {figures.clean_share:.1%} with no PII left, "
        f"{figures.kept_touched} kept items touched"
    )
    print(f"{'type':<12} {'spans':>6} {'recall':>7} {'found':>6} {'precision':>9}")
    for kind in sorted(set(figures.spans) | set(figures.found)):
        print(
            f"{kind:<12} {figures.spans[kind]:>6} {figures.recall(kind):>7.3f} {figures.found[kind]:>6} "
            f"{figures.precision(kind):>9.3f}"
        )
    if args.misses:
        by_type: dict[str, list[str]] = defaultdict(list)
        for kind, record_id, value in figures.misses:
            by_type[kind].append(f"{record_id}: {value!r}")
        for kind, misses in sorted(by_type.items()):
            print(f"\n{kind} missed ({len(misses)}):")
            for line in misses[: args.misses]:
                print("  " + line)
        wrong = Counter(kind for kind, *_ in figures.false_alarms)
        print(f"\nfalse alarms by type: {dict(wrong)}")
        for kind, record_id, value in figures.false_alarms[: args.misses]:
            print(f"  {kind} {record_id}: {value!r}")


if __name__ == "__main__":
    main()
