"""Benchmark: what traces and metrics cost an instant-model turn (the goal: at most 5 ms at p95).

Runs `scripts/bench_turns.py --mode burst --turns 1 --model-latency 0` (one turn at a time, a
model that answers at once, so the turn's time is all the copilot's own) alternately without and
with `--telemetry` (traces exported over OTLP/HTTP to a sink on loopback, metrics in multiprocess
mode, /metrics scraped), `--rounds` times each, and prints each run's p50/p95, spans per turn
and the load average at its start, and the medians' differences. Alternating spreads the shared
machine's noise over the arms. `--arms` adds `traces` (traces only) and `metrics` (multiprocess
metrics only) to tell the two costs apart; `--baseline DIR` also runs `on` with the code of a copy of
the tree taken before a change (`cp -r`; its processes import `copilot` from there), in the same
rounds, so a change is measured before and after under the same load.

    .venv/bin/python scripts/bench_telemetry.py --rounds 3 --turns 40
    .venv/bin/python scripts/bench_telemetry.py --rounds 3 --arms off,on,traces,metrics
    .venv/bin/python scripts/bench_telemetry.py --rounds 3 --baseline /tmp/before
    .venv/bin/python scripts/bench_telemetry.py --micro    # the cost of one span and one observation

On a shared machine the turn's own noise (tens of ms) hides a difference of a few: `--micro` times
the parts alone, in one process: a copilot span with tracing off and on (the SDK, a batch processor
and the OTLP/HTTP exporter sending to a sink on loopback), and a histogram observation and a counter
increment in multiprocess mode. Times the spans and metric operations of one turn (the span count is
what `bench_turns.py --telemetry` received per turn) give the turn's cost in CPU.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALL = re.compile(r"all (\d+) turns: p50 ([\d.]+) ms, p95 ([\d.]+) ms")
SCRAPED = re.compile(r"/metrics: .*")
# The turn's time in its worker (claimed to done, from the database's stamps): neither the clients'
# process nor the web process's page re-reads are in it.
IN_WORKER = re.compile(r"in worker p95 (\d+) ms")
SPANS = re.compile(r"OTLP sink: \d+ export requests, (\d+) spans")


ARMS = ("off", "on", "traces", "metrics")


def run(turns: int, warmup: int, arm: str, tree: Path = ROOT) -> dict:
    """One `bench_turns.py` run of `arm` with the code of `tree`: `off`; `on` (its --telemetry: traces
    over OTLP to its counting sink, multiprocess metrics, /metrics scraped); `traces` (OTLP to a sink
    here, metrics in memory as with `off`); `metrics` (multiprocess metrics' files, no traces)."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith("OTEL_") and k != "PROMETHEUS_MULTIPROC_DIR"
    }
    env["PYTHONPATH"] = str(tree)  # the app's processes import `copilot` from the tree measured
    command = [
        sys.executable,
        str(tree / "scripts" / "bench_turns.py"),
        *("--mode", "burst", "--turns", "1", "--repeat", str(turns)),
        *("--model-latency", "0", "--warmup", str(warmup), "--workers", "1", "--threads", "8"),
    ]
    sink = None
    if arm == "on":
        command.append("--telemetry")
    elif arm == "traces":
        sink = subprocess.Popen(
            [sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True, start_new_session=True
        )
        env["OTEL_EXPORTER_OTLP_ENDPOINT"] = sink.stdout.readline().strip()
    elif arm == "metrics":
        env["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="bench-metrics-")
    load = os.getloadavg()[0]
    try:
        result = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False
        )
    finally:
        if sink is not None:
            sink.terminate()
        if arm == "metrics":
            shutil.rmtree(env["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
    found = ALL.search(result.stdout)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"bench_turns failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    worker = IN_WORKER.search(result.stdout)
    received = SPANS.search(result.stdout)
    scraped = SCRAPED.search(result.stdout)
    return {
        "p50": float(found.group(2)),
        "p95": float(found.group(3)),
        "worker": float(worker.group(1)) if worker else float("nan"),
        # The sink counts every turn the run sent, the warm-up's too.
        "spans": int(received.group(1)) / (turns + warmup) if received else float("nan"),
        "load": load,
        "scraped": scraped.group(0) if scraped else "",
    }


def micro(repeat: int) -> None:
    import os
    import tempfile
    import time
    import timeit

    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="bench-metrics-")
    sys.path.insert(0, str(ROOT))
    from django.conf import settings

    settings.configure(OTEL_EXPORTER_OTLP_ENDPOINT="", OTEL_SERVICE_NAME="bench", MIDDLEWARE=[])
    from copilot.observability import metrics, tracing

    def one_span() -> None:
        with tracing.span("model.call", provider="openai", model="m") as traced:
            traced.set(tool_calls=1, **{"gen_ai.usage.input_tokens": 10, "gen_ai.usage.output_tokens": 5})

    def best(function, number: int) -> float:
        return min(timeit.repeat(function, number=number, repeat=repeat)) / number * 1e6

    off = best(one_span, 100_000)
    # The sink answers in a process of its own: its parsing is not the app's cost.
    sink = subprocess.Popen(
        [sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    url = sink.stdout.readline().strip()
    os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = url
    settings.OTEL_EXPORTER_OTLP_ENDPOINT = url
    tracing.setup_process("bench")
    from opentelemetry import trace

    provider = trace.get_tracer_provider()
    one_span()  # the exporter's first connection
    provider.force_flush()
    costs = []
    for _ in range(repeat):
        # CPU of this process per span, the batch processor's export of it (protobuf, HTTP) included.
        started = time.process_time()
        for _ in range(1000):  # within the processor's queue (2048): nothing is dropped
            one_span()
        provider.force_flush()
        costs.append((time.process_time() - started) / 1000 * 1e6)
    sink.terminate()
    histogram = best(lambda: metrics.TURN_OVERHEAD_SECONDS.labels("openai").observe(0.004), 100_000)
    counter = best(lambda: metrics.TOOL_CALLS.labels("get_trip_details", "ok").inc(), 100_000)
    print(
        f"a copilot span: {off:.2f} us with tracing off; with tracing on {min(costs):.1f} us of CPU "
        f"(median {statistics.median(costs):.1f}; created, ended, batched, encoded and sent over OTLP/HTTP); "
        f"multiprocess metrics: histogram observe {histogram:.1f} us, counter inc {counter:.1f} us "
        f"(best of {repeat})"
    )


SINK = """
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *a): pass
s = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
print(f"http://127.0.0.1:{s.server_address[1]}", flush=True)
s.serve_forever()
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3, help="runs of each arm, alternating")
    parser.add_argument("--turns", type=int, default=40, help="measured turns per run")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument(
        "--arms", default="off,on", help=f"comma-separated, run in this order each round: {', '.join(ARMS)}"
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="a copy of the tree before a change: each round also runs `on` with its code (`on@baseline`)",
    )
    parser.add_argument("--micro", action="store_true", help="time one span and one metric operation")
    args = parser.parse_args()
    if args.micro:
        micro(5)
        return
    arms = [(arm, ROOT) for arm in args.arms.split(",")]
    if any(arm not in ARMS for arm, _ in arms):
        raise SystemExit(f"--arms: each of {', '.join(ARMS)}")
    if args.baseline is not None:
        if not (args.baseline / "scripts" / "bench_turns.py").is_file():
            raise SystemExit(
                f"--baseline {args.baseline}: not a copy of this project (no scripts/bench_turns.py)"
            )
        arms.insert(1, ("on", args.baseline.resolve()))
    figures: dict[str, list[dict]] = {}
    for round_ in range(args.rounds):
        for arm, tree in arms:
            name = arm if tree == ROOT else f"{arm}@baseline"
            row = run(args.turns, args.warmup, arm, tree)
            figures.setdefault(name, []).append(row)
            print(
                f"round {round_ + 1} {name:12s}: p50 {row['p50']:6.1f} ms  p95 {row['p95']:6.1f} ms  "
                f"in worker (median of per-turn) {row['worker']:5.0f} ms  spans/turn {row['spans']:5.1f}  "
                f"load {row['load']:.2f}  {row['scraped']}",
                flush=True,
            )
    medians = {
        name: {
            key: statistics.median(r[key] for r in rows) for key in ("p50", "p95", "worker", "spans", "load")
        }
        for name, rows in figures.items()
    }
    print(f"medians of {args.rounds} runs x {args.turns} instant-model turns each:")
    off = medians.get("off")
    for name, m in medians.items():
        line = (
            f"  {name:12s} p50 {m['p50']:6.1f} ms  p95 {m['p95']:6.1f} ms  in worker {m['worker']:3.0f} ms  "
            f"spans/turn {m['spans']:5.1f}  load {m['load']:.2f}"
        )
        if off is not None and name != "off":
            line += (
                f"  cost p50 {m['p50'] - off['p50']:+.1f} ms, p95 {m['p95'] - off['p95']:+.1f} ms, "
                f"in worker {m['worker'] - off['worker']:+.0f} ms"
            )
        print(line)
    print("(goal: the `on` arm's p95 at most +5 ms over `off`)")


if __name__ == "__main__":
    main()
