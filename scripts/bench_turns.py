"""Benchmark: N concurrent copilot turns through Daphne, Redis and Celery workers.

The model is a scripted OpenAI-compatible server that answers each call after a set
latency (default 2 s): a turn is two calls (a tool call, then the streamed reply), so it
holds 4 s of model time. Every turn is started by posting a customer message to the
inbound API through Daphne and ends when its websocket client receives `turn.done`.

Modes: `sustained` (the default) keeps N conversations in flight, each sending its next
message when its turn is done, and measures a window after a ramp; `burst` sends N
messages in the same instant and measures each once.

Prints, per N: p50/p95 turn time, its ratio to the model time, the overhead beyond the
model time, time from the model's first token to the websocket client, turns per second
and CPU milliseconds per turn (Daphne + workers). Medians over --repeat runs.

    .venv/bin/python scripts/bench_turns.py --turns 100 200 --repeat 3
    .venv/bin/python scripts/bench_turns.py --mode burst --turns 100 200 --repeat 3
    .venv/bin/python scripts/bench_turns.py --mode burst --turns 1 --repeat 40 --model-latency 0 --warmup 10

`--telemetry` runs the app with traces exported over OTLP/HTTP (to a sink in this process that counts
what it receives) and metrics in multiprocess mode, and scrapes `/metrics` before and after each N
(`scripts/bench_telemetry.py` compares runs with and without it).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import multiprocessing
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

import aiohttp
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copilot.launcher.__main__ import services  # noqa: E402
from copilot.launcher.services import free_port, wait_for_port  # noqa: E402
from tests.agent.scripted_server import ScriptedServer, final, tools  # noqa: E402

LOGS = ROOT / ".data" / "bench"  # daphne.log and <worker name>.log of the last run
MARK = re.compile(r"bench-(\d+)")
REPLY = "Thanks for letting us know. " * 6


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


class Model:
    """Responder for the scripted server: tool call first, then a streamed reply, each after `latency`.

    The server runs in a process of its own, as a remote model would, so its threads do not
    compete with the clients' event loop for one interpreter; when each reply starts comes
    back through `sent`.
    """

    def __init__(self, latency: float, sent: multiprocessing.Queue) -> None:
        self.latency = latency
        self.sent = sent
        self.first_token_at: dict[int, float] = {}

    def collect(self) -> None:
        """Take in the start times the server process has reported so far."""
        while True:
            try:
                number, at = self.sent.get_nowait()
            except queue.Empty:
                return
            self.first_token_at[number] = at

    def __call__(self, body: dict) -> dict:
        # A conversation may hold earlier turns: answer the newest customer message.
        messages = body["messages"]
        last = max(i for i, m in enumerate(messages) if m["role"] == "user")
        text = messages[last].get("content") or ""
        number = int(MARK.findall(text)[-1])
        trips = re.findall(r"trip ([0-9a-f]{8})", text)
        if not trips:
            print(f"no trip in the newest message: {messages[last:]!r}", file=sys.stderr, flush=True)
        trip = trips[-1]
        time.sleep(self.latency)
        # The loop's own look-ups (ids `prefetch_`) come before the first call: the model still makes
        # its tool call, so a turn holds the same model time as before they existed.
        asked = [
            m
            for m in messages[last:]
            if m["role"] == "tool" and not m["tool_call_id"].startswith("prefetch_")
        ]
        if not asked:
            return tools(("get_trip_details", {"trip_id": trip}))
        self.sent.put((number, time.time()))
        return final(REPLY, chunk_size=6)


def serve_model(model: Model, url: multiprocessing.Queue) -> None:
    """The scripted model's own process: serve until terminated."""
    server = ScriptedServer().start()
    server.responder = model
    url.put(server.url)
    threading.Event().wait()


class OtlpSink:
    """An OTLP/HTTP endpoint on loopback that accepts span batches and counts them (--telemetry).

    It runs in a process of its own: decoding the batches here would hold this process's GIL
    while its clients wait for turn.done, and count the exporter's cost twice."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SINK], stdout=subprocess.PIPE, text=True, start_new_session=True
        )
        self.url = self.process.stdout.readline().strip()

    def counts(self) -> dict[str, int]:
        import urllib.request

        with urllib.request.urlopen(f"{self.url}/counts", timeout=10) as response:  # noqa: S310 (loopback)
            return json.loads(response.read())

    def stop(self) -> None:
        self.process.terminate()


SINK = """
import http.server, json, sys, threading
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
counts = {"requests": 0, "spans": 0, "bytes": 0}
lock = threading.Lock()
class Handler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        request = ExportTraceServiceRequest.FromString(body)
        with lock:
            counts["requests"] += 1
            counts["bytes"] += len(body)
            counts["spans"] += sum(len(s.spans) for r in request.resource_spans for s in r.scope_spans)
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def do_GET(self):
        body = json.dumps(counts).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()
"""


METRICS_TOKEN = "bench-metrics-token"
SCRAPED = re.compile(
    r'^(copilot_turn_(?:seconds|overhead_seconds)_(?:count|sum))\{provider="openai"\} (\S+)$', re.M
)


def scrape(base: str) -> dict[str, float]:
    """The turn histograms' counts and sums, as /metrics shows them (--telemetry)."""
    import urllib.request

    headers = {"Authorization": f"Bearer {METRICS_TOKEN}"}
    request = urllib.request.Request(f"{base}/metrics", headers=headers)  # noqa: S310 (loopback)
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        text = response.read().decode()
    return {name: float(value) for name, value in SCRAPED.findall(text)}


def bench_env(service_env: dict[str, str], **extra: str) -> dict[str, str]:
    """The environment of the benchmark's Daphne and workers: production settings, quiet logs."""
    return dict(
        os.environ,
        **service_env,
        DJANGO_SETTINGS_MODULE="copilot.settings.base",
        SECRET_KEY="bench-" + "x" * 60,
        COPILOT_INBOUND_TOKEN="bench-token",
        TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOG_LEVEL="WARNING",
        **extra,
    )


def celery_worker(
    env: dict[str, str], name: str, queues: str, pool: str, concurrency: int, *extra: str
) -> subprocess.Popen:
    """A `celery worker` process of the benchmark; its log goes to LOGS/<name>.log."""
    return subprocess.Popen(
        [
            str(Path(sys.executable).parent / "celery"),
            *("-A", "copilot", "worker", "-l", "warning", "-n", f"{name}@%h", "-Q", queues),
            *("-P", pool, "-c", str(concurrency), "--without-gossip", "--without-mingle", *extra),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(LOGS / f"{name}.log").open("w"),
    )


def prepare(env: dict[str, str], count: int) -> list[dict]:
    """Migrate, then riders, trips, one case each, and an agent's session cookie."""
    os.environ.update(env)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.contrib.sessions.backends.db import SessionStore

    from copilot import models as m
    from tests.factories import CaseFactory, RiderFactory, TripFactory

    user, _ = User.objects.get_or_create(username="bench-agent")
    user.groups.add(Group.objects.get_or_create(name="agent")[0])
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    cases = []
    for _ in range(count):
        rider = RiderFactory()
        trip = TripFactory(rider=rider)
        case = CaseFactory(rider=rider, status=m.Case.Status.OPEN)
        cases.append({"case_id": case.pk, "rider_id": rider.rider_id, "trip": str(trip.trip_id)[:8]})
    return [dict(c, cookie=f"sessionid={session.session_key}") for c in cases]


# The clients are aiohttp's (its HTTP and websocket parsers are compiled): they share the two
# cores with the service, and a heavier client (httpx cost ~3 ms of CPU per POST here) would
# take that from the service being measured.


def client_session(base: str, connections: int) -> aiohttp.ClientSession:
    """One session for every POST and socket, as the chat system's integration would keep one."""
    return aiohttp.ClientSession(
        base_url=base,
        connector=aiohttp.TCPConnector(limit=connections),
        timeout=aiohttp.ClientTimeout(total=60),
    )


async def _connect(client: aiohttp.ClientSession, path: str, headers: dict, gate: asyncio.Semaphore):
    # Connections are opened a few at a time and retried: the benchmark measures turns, not
    # how many handshakes a single Daphne accepts in the same millisecond.
    for attempt in range(5):
        async with gate:
            try:
                return await client.ws_connect(path, headers=headers, max_msg_size=0)  # pings answered
            except (OSError, aiohttp.ClientError):
                if attempt == 4:
                    raise
        await asyncio.sleep(0.2 * (attempt + 1))
    raise RuntimeError("unreachable")


# An open case page re-reads what an event changed, as static/js/case.js does: a new message its
# timeline, a finished turn its copilot panel, anything else (a decision, a case change; not draft
# deltas and status lines) all three parts; --no-pages leaves the sockets listening only.
STREAMED = {"turn.delta", "turn.reset", "turn.status"}
PARTS = {"message.created": ("timeline",), "turn.done": ("copilot",), "turn.failed": ("copilot",)}
PAGES = {"reread": True}


async def reread(client: aiohttp.ClientSession, case: dict, parts: tuple[str, ...]) -> None:
    headers = {"Cookie": case["cookie"], "HX-Request": "true"}
    for part in parts:
        async with client.get(f"/cases/{case['case_id']}/{part}", headers=headers) as response:
            response.raise_for_status()
            await response.read()


async def exchange(client: aiohttp.ClientSession, ws, index: int, case: dict) -> dict:
    """One customer message posted, then the case's frames read until its turn is done."""
    t0 = time.time()
    rereads: list[asyncio.Task] = []
    async with client.post(
        "/api/inbound/messages",
        headers={"Authorization": "Bearer bench-token"},
        json={
            "rider_id": case["rider_id"],
            "case_id": case["case_id"],
            "text": f"bench-{index}: my driver took a long detour on trip {case['trip']}.",
        },
    ) as response:
        response.raise_for_status()
        await response.read()
    first_delta = None
    while True:
        message = await ws.receive(timeout=120)
        if message.type != aiohttp.WSMsgType.TEXT:
            ended = f"{message.type.name}, {message.data}"
            raise RuntimeError(f"case {case['case_id']}: the socket ended ({ended})")
        frame = json.loads(message.data)
        events = [item["event"] for item in frame.get("events", [frame])]  # one event, or a batch
        if "turn.delta" in events and first_delta is None:
            first_delta = time.time()
        if PAGES["reread"] and set(events) - STREAMED:
            parts = sorted(
                {p for e in set(events) - STREAMED for p in PARTS.get(e, ("copilot", "facts", "timeline"))}
            )
            rereads.append(asyncio.create_task(reread(client, case, tuple(parts))))
        ended = {"turn.done", "turn.failed"}.intersection(events)
        if ended:
            done = time.time()
            await asyncio.gather(*rereads)
            return {
                "index": index,
                "case_id": case["case_id"],
                "t0": t0,
                "done": done,
                "first_delta": first_delta,
                "ok": ended == {"turn.done"},
            }


def _ws_headers(case: dict) -> dict:
    return {"Cookie": case["cookie"], "Origin": case["origin"]}


async def one_turn(
    client: aiohttp.ClientSession, index: int, case: dict, started: asyncio.Event, gate
) -> dict:
    ws = await _connect(client, f"/ws/cases/{case['case_id']}/", _ws_headers(case), gate)
    async with ws:
        await started.wait()
        return await exchange(client, ws, index, case)


async def conversation(
    client: aiohttp.ClientSession, cases: deque, numbers, stop: asyncio.Event, per_case: int, gate
) -> list[dict]:
    """A customer and the agent on their case: the next message follows as soon as the turn is done.

    After `per_case` messages the agent moves on to a new case (a new page, a new socket).
    """
    results = []
    while not stop.is_set() and cases:
        case = cases.popleft()
        ws = await _connect(client, f"/ws/cases/{case['case_id']}/", _ws_headers(case), gate)
        async with ws:
            for _ in range(per_case):
                if stop.is_set():
                    break
                results.append(await exchange(client, ws, next(numbers), case))
    return results


async def run_sustained(
    base: str, cases: list[dict], n: int, offset: int, ramp: float, window: float, per_case: int, marks: dict
) -> list[dict]:
    """N conversations in flight at every moment (a closed loop), measured over `window` after `ramp`.

    Conversations start spread over `ramp / 2` so the run reaches its steady state; only turns
    whose message was sent inside the window are measured, and CPU is read at its two ends.
    """
    queue = deque(cases)
    numbers = itertools.count(offset)
    stop = asyncio.Event()
    gate = asyncio.Semaphore(20)
    loop = asyncio.get_running_loop()
    start = loop.time()

    async def delayed(i: int) -> list[dict]:
        await asyncio.sleep(i * ramp / 2 / n)
        return await conversation(client, queue, numbers, stop, per_case, gate)

    def mark(key: str) -> None:
        marks[key] = (cpu_seconds(marks["processes"]), time.time())

    async with client_session(base, 3 * n) as client:  # a socket, a POST and a page re-read each
        tasks = [asyncio.create_task(delayed(i)) for i in range(n)]
        loop.call_at(start + ramp, mark, "begin")
        loop.call_at(start + ramp + window, mark, "end")
        loop.call_at(start + ramp + window, stop.set)
        done = await asyncio.gather(*tasks)
    if not queue:
        raise SystemExit("the benchmark ran out of prepared cases; prepare more")
    return [r for rs in done for r in rs]


async def run_batch(base: str, cases: list[dict], offset: int, on_start=None) -> list[dict]:
    started = asyncio.Event()
    gate = asyncio.Semaphore(20)
    async with client_session(base, 3 * len(cases)) as client:
        tasks = [
            asyncio.create_task(one_turn(client, offset + i, c, started, gate)) for i, c in enumerate(cases)
        ]
        await asyncio.sleep(1.0 + len(cases) / 50)  # every socket connected before the first message
        if on_start is not None:
            on_start()  # sockets are open: an agent's page connects once, not once per turn
        started.set()
        return await asyncio.gather(*tasks)


def cpu_seconds(processes: dict[str, subprocess.Popen | psutil.Process]) -> dict[str, float]:
    """CPU seconds used so far by each role (daphne, turns workers, ingest worker, PostgreSQL and
    Redis), children included; `harness` (the clients) and `model` (the scripted model) are for comparison."""
    own = psutil.Process().cpu_times()
    used: dict[str, float] = {"harness": own.user + own.system}
    for role, process in processes.items():
        role = role.rstrip("0123456789")
        try:
            proc = psutil.Process(process.pid)
            for p in [proc, *proc.children(recursive=True)]:
                times = p.cpu_times()
                used[role] = used.get(role, 0.0) + times.user + times.system
        except psutil.Error:
            continue
    return used


def service_processes(run_dir: Path) -> dict[str, psutil.Process]:
    """The embedded PostgreSQL and Redis of this run: the servers whose command line names its directory."""
    found: dict[str, psutil.Process] = {}
    for proc in psutil.process_iter(["cmdline"]):
        cmdline = " ".join(proc.info["cmdline"] or [])
        if str(run_dir) in cmdline and proc.pid != os.getpid():
            found[f"db{len(found)}"] = proc
    return found


STAGES = ("posted", "ingest", "queued", "running", "beyond_model", "delivered")


def attach_stages(results: list[dict]) -> None:
    """Each result gets its turn's stages from the database: stored, redacted, queued, run, delivered."""
    from copilot.models import Turn

    by_case: dict[int, list[dict]] = {}
    for r in sorted(results, key=lambda r: r["t0"]):
        by_case.setdefault(r["case_id"], []).append(r)
    turns: dict[int, list] = {}
    query = Turn.objects.filter(case_id__in=list(by_case), kind="message").select_related("message")
    for t in query.order_by("message__created_at"):
        turns.setdefault(t.case_id, []).append(t)
    for case_id, sent in by_case.items():
        # A case's turns and the messages the harness sent to it are in the same order.
        for r, t in zip(sent, turns.get(case_id, []), strict=False):
            r["posted"] = t.message.created_at.timestamp() - r["t0"]
            r["ingest"] = (t.created_at - t.message.created_at).total_seconds()
            r["model"] = t.latency.get("model", 0) / 1000
            if t.started_at:
                r["queued"] = (t.started_at - t.created_at).total_seconds()
            if t.finished_at and t.started_at:
                r["running"] = (t.finished_at - t.started_at).total_seconds()
                r["beyond_model"] = r["running"] - r["model"]  # the worker's own time in the turn
                r["delivered"] = r["done"] - t.finished_at.timestamp()


def summarise(results: list[dict], model: Model, completed: int, cpu: tuple[dict, dict], wall: float) -> dict:
    """Percentiles, stage split and CPU per completed turn of one measured run."""
    cpu_before, cpu_after = cpu
    split = {k: (cpu_after[k] - cpu_before.get(k, 0.0)) * 1000 / completed for k in cpu_after}
    times = [r["done"] - r["t0"] for r in results]
    first = [
        r["first_delta"] - model.first_token_at[r["index"]]
        for r in results
        if r["first_delta"] and r["index"] in model.first_token_at
    ]
    nan = float("nan")

    def p95(key: str) -> float:
        values = [r[key] for r in results if key in r]
        return percentile(values, 0.95) if values else nan

    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "first_p95": percentile(first, 0.95) if first else nan,
        "tps": completed / max(wall, 1e-6),
        "cpu_ms": sum(v for k, v in split.items() if k not in {"harness", "model"}),
        "failed": sum(not r["ok"] for r in results),
        **{f"{k}_p95": p95(k) for k in STAGES},
        "model_p50": statistics.median(r.get("model", nan) for r in results),
        **{f"cpu:{k}": v for k, v in split.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--turns", type=int, nargs="+", default=[100, 200])
    parser.add_argument("--model-latency", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=40, help="unmeasured turns run first")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (one per core)")
    parser.add_argument("--threads", type=int, default=128, help="threads per worker process")
    parser.add_argument(
        "--mode",
        choices=["sustained", "burst"],
        default="sustained",
        help="sustained: N conversations in flight at every moment, each sending its next message "
        "when its turn is done; burst: N messages sent in the same instant, each measured once",
    )
    parser.add_argument("--ramp", type=float, default=12.0, help="sustained: unmeasured seconds first")
    parser.add_argument("--window", type=float, default=30.0, help="sustained: measured seconds")
    parser.add_argument("--per-case", type=int, default=3, help="sustained: messages per case")
    parser.add_argument(
        "--no-pages",
        action="store_true",
        help="the agents' sockets only listen; by default each open page re-reads its panel and "
        "conversation on every event, as the case page does",
    )
    parser.add_argument(
        "--telemetry",
        action="store_true",
        help="traces over OTLP (to a counting sink here) and multiprocess metrics, /metrics scraped",
    )
    args = parser.parse_args()
    PAGES["reread"] = not args.no_pages

    run_dir = ROOT / ".data" / "bench" / f"run-{os.getpid()}"
    model = Model(args.model_latency, multiprocessing.Queue())
    url: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve_model, args=(model, url), daemon=True)
    server.start()
    model_url = url.get(timeout=30)
    children: dict[str, subprocess.Popen] = {}
    sink: OtlpSink | None = None
    try:
        with services(run_dir, template=ROOT / ".data" / "test" / "pg-template") as service_env:
            LOGS.mkdir(parents=True, exist_ok=True)
            port = free_port()
            env = bench_env(
                service_env,
                COPILOT_PROVIDER="openai",
                OPENAI_BASE_URL=model_url,
                OPENAI_API_KEY="bench",
                COPILOT_MODEL_TIMEOUT_SECONDS="30",
            )
            if args.telemetry:
                from copilot.observability.files import fresh_metrics_dir

                sink = OtlpSink()
                env.update(
                    OTEL_EXPORTER_OTLP_ENDPOINT=sink.url,
                    PROMETHEUS_MULTIPROC_DIR=str(fresh_metrics_dir(run_dir / "metrics")),
                    COPILOT_METRICS_TOKEN=METRICS_TOKEN,
                )
            if args.mode == "burst":
                total = sum(args.turns) * args.repeat + args.warmup
            else:
                # Enough cases for 40 turns/s, beyond what this machine reaches, and the conversations.
                per_run = [n + int(40 * (args.ramp + args.window + 15) / args.per_case) for n in args.turns]
                total = sum(per_run) * args.repeat + args.warmup
            cases = prepare(env, total)
            from copilot.models import CopilotSettings

            CopilotSettings.objects.update_or_create(pk=1, defaults={"case_model_call_budget": 1000})
            bin_dir = Path(sys.executable).parent
            children["daphne"] = subprocess.Popen(
                [str(bin_dir / "daphne"), "-b", "127.0.0.1", "-p", str(port), "copilot.asgi:application"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=(LOGS / "daphne.log").open("w"),
            )
            for n in range(args.workers):
                children[f"turns{n}"] = celery_worker(
                    env, f"bench{n}", "turns,celery", "threads", args.threads, "--without-heartbeat"
                )
            children["ingest"] = celery_worker(env, "benchingest", "ingest", "prefork", 2)
            if not wait_for_port(port, timeout=60):
                raise SystemExit("daphne did not start")
            time.sleep(8)  # workers load the redactor and the intent model
            base = f"http://127.0.0.1:{port}"
            for case in cases:
                case["origin"] = base  # the agent's page is served by the same Daphne
            model_time = 2 * args.model_latency
            print(
                f"model latency {args.model_latency:.2f} s per call, {model_time:.2f} s per turn; "
                f"{args.workers} worker processes x {args.threads} threads; repeats {args.repeat}; "
                f"pages {'listening only' if args.no_pages else 're-reading on every event'}"
            )
            # Unmeasured turns first: every worker thread's first database connection, the model
            # client's connection pool and the first NER batch are not what a steady service pays.
            asyncio.run(run_batch(base, cases[: args.warmup], 0))
            offset = args.warmup
            numbers = args.warmup
            watched = {**children, **service_processes(run_dir), "model": server}
            scraped = scrape(base) if sink else {}
            for n in args.turns:
                rows = []
                pooled: list[dict] = []
                for _ in range(args.repeat):
                    marks: dict = {"processes": watched}
                    if args.mode == "burst":
                        batch = cases[offset : offset + n]
                        offset += n

                        def start(marks=marks) -> None:
                            marks["begin"] = (cpu_seconds(watched), time.time())

                        results = asyncio.run(run_batch(base, batch, numbers, start))
                        marks["end"] = (cpu_seconds(watched), time.time())
                        measured, completed = results, n
                    else:
                        batch = cases[offset : offset + per_run[args.turns.index(n)]]
                        offset += len(batch)
                        results = asyncio.run(
                            run_sustained(
                                base, batch, n, numbers, args.ramp, args.window, args.per_case, marks
                            )
                        )
                        begin, end = marks["begin"][1], marks["end"][1]
                        measured = [r for r in results if begin <= r["t0"] < end]
                        completed = sum(begin <= r["done"] < end for r in results)
                    numbers += len(results)
                    model.collect()
                    attach_stages(results)
                    pooled.extend(measured)
                    cpu = (marks["begin"][0], marks["end"][0])
                    wall = marks["end"][1] - marks["begin"][1]
                    rows.append(summarise(measured, model, completed, cpu, wall))
                med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
                ratio = f"{med['p95'] / model_time:.3f}x" if model_time else "n/a"
                print(
                    f"{args.mode} N={n:4d}  turn p50 {med['p50'] * 1000:7.0f} ms  "
                    f"p95 {med['p95'] * 1000:7.0f} ms  "
                    f"(p95/model {ratio})  overhead p95 {(med['p95'] - model_time) * 1000:6.0f} ms  "
                    f"first token->client p95 {med['first_p95'] * 1000:5.1f} ms  {med['tps']:6.1f} turns/s  "
                    f"CPU {med['cpu_ms']:5.1f} ms/turn  failed {int(med['failed'])}  "
                    f"[post->stored p95 {med['posted_p95'] * 1000:.0f} ms, "
                    f"stored->redacted p95 {med['ingest_p95'] * 1000:.0f} ms, "
                    f"queued p95 {med['queued_p95'] * 1000:.0f} ms, "
                    f"in worker p95 {med['running_p95'] * 1000:.0f} ms, "
                    f"model p50 {med['model_p50'] * 1000:.0f} ms, "
                    f"worker beyond model p95 {med['beyond_model_p95'] * 1000:.0f} ms, "
                    f"finished->client p95 {med['delivered_p95'] * 1000:.0f} ms; CPU ms/turn "
                    + ", ".join(f"{k[4:]} {v:.1f}" for k, v in med.items() if k.startswith("cpu:"))
                    + "]",
                    flush=True,
                )
                if args.repeat > 1:
                    # Small N (an instant model, one turn at a time): percentiles over every turn.
                    times = [r["done"] - r["t0"] for r in pooled]
                    firsts = [
                        r["first_delta"] - model.first_token_at[r["index"]]
                        for r in pooled
                        if r["first_delta"] and r["index"] in model.first_token_at
                    ]
                    p95_all = percentile(times, 0.95)
                    first_all = percentile(firsts, 0.95) * 1000 if firsts else float("nan")
                    print(
                        f"        all {len(times)} turns: "
                        f"p50 {statistics.median(times) * 1000:.1f} ms, p95 {p95_all * 1000:.1f} ms, "
                        f"overhead p95 {(p95_all - model_time) * 1000:.1f} ms, "
                        f"first token->client p95 {first_all:.1f} ms",
                        flush=True,
                    )
                if sink is not None:
                    time.sleep(6)  # the exporters' batches leave every 5 s
                    now = scrape(base)
                    moved = {k: v - scraped.get(k, 0.0) for k, v in now.items()}
                    scraped = now
                    count = moved.get("copilot_turn_seconds_count", 0.0)
                    overhead = moved.get("copilot_turn_overhead_seconds_sum", 0.0) / max(count, 1)
                    counted = moved.get("copilot_turn_overhead_seconds_count", 0.0)
                    received = sink.counts()
                    print(
                        f"        /metrics: copilot_turn_seconds_count +{count:.0f}, "
                        f"copilot_turn_overhead_seconds_count +{counted:.0f} "
                        f"(mean overhead {overhead * 1000:.1f} ms); "
                        f"OTLP sink: {received['requests']} export requests, {received['spans']} spans, "
                        f"{received['bytes'] / 1024:.0f} KiB",
                        flush=True,
                    )
    finally:
        if sink is not None:
            sink.stop()
        for child in children.values():
            child.terminate()
        for child in children.values():
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
        server.terminate()
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
