"""Benchmark: N concurrent copilot turns through Daphne, Redis and Celery workers.

The model is a scripted OpenAI-compatible server that answers each call after a set
latency (default 2 s): a turn is two calls (a tool call, then the streamed reply), so it
holds 4 s of model time. Every turn is started by posting a customer message to the
inbound API through Daphne and ends when its websocket client receives `turn.done`.

Prints, per N: p50/p95 turn time, its ratio to the model time, the overhead beyond the
model time, time from the model's first token to the websocket client, turns per second
and CPU milliseconds per turn (Daphne + workers). Medians over --repeat runs.

    .venv/bin/python scripts/bench_turns.py --turns 100 200 --repeat 3
    .venv/bin/python scripts/bench_turns.py --turns 50 --model-latency 0   # overhead with an instant model
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import websockets

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copilot.launcher.__main__ import services  # noqa: E402
from copilot.launcher.services import free_port, wait_for_port  # noqa: E402
from tests.agent.scripted_server import ScriptedServer, final, tools  # noqa: E402

LOGS = ROOT / ".data" / "bench"  # daphne.log and worker<n>.log of the last run
MARK = re.compile(r"bench-(\d+)")
REPLY = "Thanks for letting us know. " * 6


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


class Model:
    """Responder for the scripted server: tool call first, then a streamed reply, each after `latency`."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.first_token_at: dict[int, float] = {}

    def __call__(self, body: dict) -> dict:
        text = " ".join(m.get("content") or "" for m in body["messages"] if m["role"] == "user")
        number = int(MARK.search(text).group(1))
        trip = re.search(r"trip ([0-9a-f]{8})", text).group(1)
        time.sleep(self.latency)
        if not any(m["role"] == "tool" for m in body["messages"]):
            return tools(("get_trip_details", {"trip_id": trip}))
        self.first_token_at[number] = time.time()
        return final(REPLY, chunk_size=6)


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


async def _connect(url: str, headers: dict, gate: asyncio.Semaphore):
    # Connections are opened a few at a time and retried: the benchmark measures turns, not
    # how many handshakes a single Daphne accepts in the same millisecond.
    for attempt in range(5):
        async with gate:
            try:
                return await websockets.connect(url, additional_headers=headers, open_timeout=20)
            except (OSError, websockets.exceptions.InvalidMessage, websockets.exceptions.InvalidStatus):
                if attempt == 4:
                    raise
        await asyncio.sleep(0.2 * (attempt + 1))
    raise RuntimeError("unreachable")


async def one_turn(
    client: httpx.AsyncClient, ws_base: str, index: int, case: dict, started: asyncio.Event, gate
) -> dict:
    headers = {"Cookie": case["cookie"], "Origin": str(client.base_url).rstrip("/")}
    ws = await _connect(f"{ws_base}/ws/cases/{case['case_id']}/", headers, gate)
    async with ws:
        await started.wait()
        t0 = time.time()
        response = await client.post(
            "/api/inbound/messages",
            headers={"Authorization": "Bearer bench-token"},
            json={
                "rider_id": case["rider_id"],
                "case_id": case["case_id"],
                "text": f"bench-{index}: my driver took a long detour on trip {case['trip']}.",
            },
        )
        response.raise_for_status()
        first_delta = None
        while True:
            frame = json.loads(await asyncio.wait_for(ws.recv(), timeout=120))
            if frame["event"] == "turn.delta" and first_delta is None:
                first_delta = time.time()
            if frame["event"] in {"turn.done", "turn.failed"}:
                return {
                    "index": index,
                    "t0": t0,
                    "done": time.time(),
                    "first_delta": first_delta,
                    "ok": frame["event"] == "turn.done",
                }


async def run_batch(base: str, cases: list[dict], offset: int, on_start=None) -> list[dict]:
    ws_base = base.replace("http://", "ws://")
    started = asyncio.Event()
    gate = asyncio.Semaphore(20)
    # One client for every POST, as the chat system's integration would keep one: building a
    # client per request costs the harness more CPU than the request itself.
    limits = httpx.Limits(max_connections=len(cases), max_keepalive_connections=len(cases))
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        tasks = [
            asyncio.create_task(one_turn(client, ws_base, offset + i, c, started, gate))
            for i, c in enumerate(cases)
        ]
        await asyncio.sleep(1.0 + len(cases) / 50)  # every socket connected before the first message
        if on_start is not None:
            on_start()  # sockets are open: an agent's page connects once, not once per turn
        started.set()
        return await asyncio.gather(*tasks)


def cpu_seconds(processes: dict[str, subprocess.Popen]) -> dict[str, float]:
    """CPU seconds used so far by each role (daphne, turns workers, ingest worker), children included."""
    own = psutil.Process().cpu_times()  # the clients and the scripted model, for comparison
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
    args = parser.parse_args()

    run_dir = ROOT / ".data" / "bench" / f"run-{os.getpid()}"
    model = Model(args.model_latency)
    server = ScriptedServer().start()
    server.responder = model
    children: dict[str, subprocess.Popen] = {}
    try:
        with services(run_dir, template=ROOT / ".data" / "test" / "pg-template") as service_env:
            LOGS.mkdir(parents=True, exist_ok=True)
            port = free_port()
            env = dict(
                os.environ,
                **service_env,
                DJANGO_SETTINGS_MODULE="copilot.settings.base",
                SECRET_KEY="bench-" + "x" * 60,
                COPILOT_PROVIDER="openai",
                OPENAI_BASE_URL=server.url,
                OPENAI_API_KEY="bench",
                COPILOT_INBOUND_TOKEN="bench-token",
                TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="",
                ALLOWED_HOSTS="127.0.0.1,localhost",
                LOG_LEVEL="WARNING",
                COPILOT_MODEL_TIMEOUT_SECONDS="30",
            )
            total = sum(args.turns) * args.repeat + args.warmup
            cases = prepare(env, total)
            from copilot.models import CopilotSettings, Turn

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
                children[f"turns{n}"] = subprocess.Popen(
                    [
                        str(bin_dir / "celery"),
                        "-A",
                        "copilot",
                        "worker",
                        "-l",
                        "warning",
                        "-n",
                        f"bench{n}@%h",
                        "-Q",
                        "turns,celery",
                        "-P",
                        "threads",
                        "-c",
                        str(args.threads),
                        "--without-gossip",
                        "--without-mingle",
                        "--without-heartbeat",
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=(LOGS / f"worker{n}.log").open("w"),
                )
            children["ingest"] = subprocess.Popen(
                [
                    str(bin_dir / "celery"),
                    "-A",
                    "copilot",
                    "worker",
                    "-l",
                    "warning",
                    "-n",
                    "benchingest@%h",
                    "-Q",
                    "ingest",
                    "-P",
                    "prefork",
                    "-c",
                    "2",
                    "--without-gossip",
                    "--without-mingle",
                ],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=(LOGS / "ingest.log").open("w"),
            )
            if not wait_for_port(port, timeout=60):
                raise SystemExit("daphne did not start")
            time.sleep(8)  # workers load the redactor and the intent model
            base = f"http://127.0.0.1:{port}"
            model_time = 2 * args.model_latency
            print(
                f"model latency {args.model_latency:.2f} s per call, {model_time:.2f} s per turn; "
                f"{args.workers} worker processes x {args.threads} threads; repeats {args.repeat}"
            )
            # Unmeasured turns first: every worker thread's first database connection, the model
            # client's connection pool and the first NER batch are not what a steady service pays.
            asyncio.run(run_batch(base, cases[: args.warmup], 0))
            offset = args.warmup
            for n in args.turns:
                rows = []
                pooled_times: list[float] = []
                pooled_first: list[float] = []
                for _ in range(args.repeat):
                    batch = cases[offset : offset + n]
                    marks: dict = {}

                    def start(marks=marks) -> None:
                        marks["cpu"], marks["wall"] = cpu_seconds(children), time.time()

                    results = asyncio.run(run_batch(base, batch, offset, start))
                    cpu_before, wall = marks["cpu"], time.time() - marks["wall"]
                    cpu_after = cpu_seconds(children)
                    split = {k: (cpu_after[k] - cpu_before.get(k, 0.0)) * 1000 / n for k in cpu_after}
                    cpu = sum(v for k, v in split.items() if k != "harness") / 1000 * n
                    offset += n
                    times = [r["done"] - r["t0"] for r in results]
                    pooled_times.extend(times)
                    turns = list(
                        Turn.objects.filter(
                            case_id__in=[c["case_id"] for c in batch], kind="message"
                        ).select_related("message")
                    )
                    by_case = {c["case_id"]: r for c, r in zip(batch, results, strict=True)}
                    posted = [t.message.created_at.timestamp() - by_case[t.case_id]["t0"] for t in turns]
                    delivered = [
                        by_case[t.case_id]["done"] - t.finished_at.timestamp() for t in turns if t.finished_at
                    ]
                    ingest = [(t.created_at - t.message.created_at).total_seconds() for t in turns]
                    queued = [(t.started_at - t.created_at).total_seconds() for t in turns if t.started_at]
                    running = [(t.finished_at - t.started_at).total_seconds() for t in turns if t.finished_at]
                    first = [
                        r["first_delta"] - model.first_token_at[r["index"]]
                        for r in results
                        if r["first_delta"] and r["index"] in model.first_token_at
                    ]
                    pooled_first.extend(first)
                    rows.append(
                        {
                            "p50": statistics.median(times),
                            "p95": percentile(times, 0.95),
                            "first_p95": percentile(first, 0.95) if first else float("nan"),
                            "tps": n / max(wall, 1e-6),
                            "cpu_ms": cpu * 1000 / n,
                            "failed": sum(not r["ok"] for r in results),
                            "posted_p95": percentile(posted, 0.95),
                            "ingest_p95": percentile(ingest, 0.95),
                            "delivered_p95": percentile(delivered, 0.95),
                            "queued_p95": percentile(queued, 0.95) if queued else float("nan"),
                            "run_p95": percentile(running, 0.95) if running else float("nan"),
                            "model_p50": statistics.median(t.latency.get("model", 0) for t in turns) / 1000,
                            **{f"cpu:{k}": v for k, v in split.items()},
                        }
                    )
                med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
                ratio = f"{med['p95'] / model_time:.3f}x" if model_time else "n/a"
                print(
                    f"N={n:4d}  turn p50 {med['p50'] * 1000:7.0f} ms  p95 {med['p95'] * 1000:7.0f} ms  "
                    f"(p95/model {ratio})  overhead p95 {(med['p95'] - model_time) * 1000:6.0f} ms  "
                    f"first token->client p95 {med['first_p95'] * 1000:5.1f} ms  {med['tps']:6.1f} turns/s  "
                    f"CPU {med['cpu_ms']:5.1f} ms/turn  failed {int(med['failed'])}  "
                    f"[post->stored p95 {med['posted_p95'] * 1000:.0f} ms, "
                    f"stored->redacted p95 {med['ingest_p95'] * 1000:.0f} ms, "
                    f"queued p95 {med['queued_p95'] * 1000:.0f} ms, "
                    f"in worker p95 {med['run_p95'] * 1000:.0f} ms, "
                    f"model p50 {med['model_p50'] * 1000:.0f} ms, "
                    f"finished->client p95 {med['delivered_p95'] * 1000:.0f} ms; CPU ms/turn "
                    + ", ".join(f"{k[4:]} {v:.1f}" for k, v in med.items() if k.startswith("cpu:"))
                    + "]",
                    flush=True,
                )
                if args.repeat > 1:
                    # Small N (an instant model, one turn at a time): percentiles over every turn.
                    p95_all = percentile(pooled_times, 0.95)
                    first_all = percentile(pooled_first, 0.95) * 1000 if pooled_first else float("nan")
                    print(
                        f"        all {len(pooled_times)} turns: "
                        f"p50 {statistics.median(pooled_times) * 1000:.1f} ms, p95 {p95_all * 1000:.1f} ms, "
                        f"overhead p95 {(p95_all - model_time) * 1000:.1f} ms, "
                        f"first token->client p95 {first_all:.1f} ms",
                        flush=True,
                    )
    finally:
        for child in children.values():
            child.terminate()
        for child in children.values():
            try:
                child.wait(timeout=15)
            except subprocess.TimeoutExpired:
                child.kill()
        server.stop()
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
