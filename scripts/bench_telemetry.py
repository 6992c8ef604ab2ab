"""Benchmark: what traces and metrics cost an instant-model turn (the goal: at most 5 ms at p95).

Runs `scripts/bench_turns.py --mode burst --turns 1 --model-latency 0` (one turn at a time, a
model that answers at once, so the turn's time is all the copilot's own) alternately without and
with `--telemetry` (traces exported over OTLP/HTTP to a sink on loopback, metrics in multiprocess
mode, /metrics scraped), `--rounds` times each, and prints each run's p50/p95 and the medians'
difference. Alternating spreads the shared machine's noise over both arms.

    .venv/bin/python scripts/bench_telemetry.py --rounds 3 --turns 40
    .venv/bin/python scripts/bench_telemetry.py --micro    # the cost of one span and one observation

On a shared machine the turn's own noise (tens of ms) hides a difference of a few: `--micro` times
the parts alone, in one process: a copilot span with tracing off and on (the SDK, a batch processor
and the OTLP/HTTP exporter sending to a sink on loopback), and a histogram observation and a counter
increment in multiprocess mode. Times the spans and metric operations of one turn (the span count is
what `bench_turns.py --telemetry` received per turn) give the turn's cost in CPU.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALL = re.compile(r"all (\d+) turns: p50 ([\d.]+) ms, p95 ([\d.]+) ms")
SCRAPED = re.compile(r"/metrics: .*")
# The turn's time in its worker (claimed to done, from the database's stamps): neither the clients'
# process nor the web process's page re-reads are in it.
IN_WORKER = re.compile(r"in worker p95 (\d+) ms")


def run(turns: int, warmup: int, telemetry: bool) -> tuple[float, float, float, str]:
    command = [
        sys.executable,
        str(ROOT / "scripts" / "bench_turns.py"),
        *("--mode", "burst", "--turns", "1", "--repeat", str(turns)),
        *("--model-latency", "0", "--warmup", str(warmup), "--workers", "1", "--threads", "8"),
    ]
    if telemetry:
        command.append("--telemetry")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900, check=False)
    found = ALL.search(result.stdout)
    if result.returncode != 0 or found is None:
        raise SystemExit(f"bench_turns failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    scraped = SCRAPED.search(result.stdout)
    worker = IN_WORKER.search(result.stdout)
    in_worker = float(worker.group(1)) if worker else float("nan")
    return float(found.group(2)), float(found.group(3)), in_worker, scraped.group(0) if scraped else ""


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
    parser.add_argument("--micro", action="store_true", help="time one span and one metric operation")
    args = parser.parse_args()
    if args.micro:
        micro(5)
        return
    figures: dict[bool, list[tuple[float, float, float]]] = {False: [], True: []}
    for round_ in range(args.rounds):
        for telemetry in (False, True):
            p50, p95, in_worker, scraped = run(args.turns, args.warmup, telemetry)
            figures[telemetry].append((p50, p95, in_worker))
            arm = "telemetry on " if telemetry else "telemetry off"
            print(
                f"round {round_ + 1} {arm}: p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
                f"in worker (median of per-turn) {in_worker:5.0f} ms  {scraped}",
                flush=True,
            )
    off50, off95, off_worker = (statistics.median(f[i] for f in figures[False]) for i in (0, 1, 2))
    on50, on95, on_worker = (statistics.median(f[i] for f in figures[True]) for i in (0, 1, 2))
    print(
        f"median of {args.rounds} runs x {args.turns} instant-model turns: "
        f"off p50 {off50:.1f} ms p95 {off95:.1f} ms in worker {off_worker:.0f} ms; "
        f"on p50 {on50:.1f} ms p95 {on95:.1f} ms in worker {on_worker:.0f} ms; "
        f"cost p50 {on50 - off50:+.1f} ms, p95 {on95 - off95:+.1f} ms, "
        f"in worker {on_worker - off_worker:+.0f} ms (goal: p95 at most +5 ms)"
    )


if __name__ == "__main__":
    main()
