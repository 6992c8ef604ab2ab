"""Fault benchmark: the copilot under load while single faults strike, counted from the database.

The same processes as `./dev run` (Daphne, the turns worker `-Q celery,turns -P threads -c 64`, the
ingest worker `-Q ingest -P prefork -c 2`, celery beat with its sweepers) on an embedded PostgreSQL
and Valkey of the benchmark's own (.data/bench_faults/run-<time>/), and a scripted OpenAI-compatible
model answering each call after 1-2 s (a tool call, then the reply; every --refund-every-th message's
tool call proposes a refund). Conversations keep a case page open each (a websocket, plus the page's
re-read of a turn gone quiet, as static/js/case.js does); customer messages are posted to the inbound
API at an even rate, each with an Idempotency-Key, and a POST that timed out or got a 5xx is sent
again with the same key after its Retry-After, as a real sender would. Whenever a turn's panel shows
a proposed refund, the page approves it with two concurrent POSTs, as a double click would.

The run is split into phases of equal length: a baseline, then one fault per phase, struck a few
seconds into it: (1) the turns worker SIGKILLed, restarted 3 s later; (2) the ingest worker's whole
process group SIGKILLed, restarted 3 s later; (3) Valkey stopped and started again on the same port
and data; (4) PostgreSQL stopped, down --pg-down seconds, started again on the same port and data.

The worker kills are aimed at a moment the worker holds work (a message mid-redaction, turns
running); a page's agent reads a proposed refund for up to --think seconds before approving it.

Prints a progress line at each phase's end, then one table, a column per phase (messages belong to
the phase of their first POST): posted, accepted (2xx), stored, lost after a 2xx, duplicated
messages, redacted, turns done / failed / stuck, duplicated turns, turns with two proposals, refunds
approved / paid / paid twice, the recovery time (from the fault's end until every message it caught,
in flight when it struck or posted while it lasted, has its proposal), post-to-proposal latency,
proposals later than 30 s after the end of the fault that caught them (else after their post), and
how the open pages learnt each turn's end (its turn.done event, a re-read, or never). Then a
verdict per phase against issue 23's "Done when" figures; the exit status is 1 if any fails. Every
process's log is kept in the run's folder (its path is printed).

    nice .venv/bin/python scripts/bench_faults.py                 # 80 conversations, 300 messages, 200 s
    nice .venv/bin/python scripts/bench_faults.py --quick         # 40 conversations, 120 messages, 150 s
    nice .venv/bin/python scripts/bench_faults.py --faults postgres valkey --duration 90
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import multiprocessing
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import aiohttp
import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from copilot.launcher import services as launcher  # noqa: E402
from copilot.launcher.processes import app_processes  # noqa: E402
from copilot.launcher.services import EmbeddedPostgres, EmbeddedValkey, free_port, wait_for_port  # noqa: E402
from tests.agent.scripted_server import ScriptedServer, final, tools  # noqa: E402

DATA = ROOT / ".data" / "bench_faults"
FAULTS = ("turns-worker", "ingest-worker", "valkey", "postgres")
MARK = re.compile(r"bench-(\d+)")
REPLY = "Thanks for letting us know about the detour. We are looking into your trip now. " * 2
REFUND_REPLY = "I'm sorry about the detour. A refund of $18.00 has been proposed for review."
LIMIT = 30.0  # seconds from a fault's end within which every message must have its proposal
QUIET = 8.0  # static/js/case.js re-reads the panel of a queued or running turn quiet this long
TOKEN = "bench-faults-token"


# -- the scripted model ------------------------------------------------------------------------


class Model:
    """A tool call first (a refund proposal for every `refund_every`-th message), then the reply.

    The loop prefetches the trip and the simulation itself (ids `prefetch_...`): only the model's
    own calls after the newest customer message count as its first step."""

    def __init__(self, low: float, high: float, refund_every: int) -> None:
        self.low, self.high, self.refund_every = low, high, refund_every

    def __call__(self, body: dict) -> dict:
        messages = body["messages"]
        last = max(i for i, m in enumerate(messages) if m["role"] == "user")
        text = messages[last].get("content") or ""
        numbers, trips = MARK.findall(text), re.findall(r"trip ([0-9a-f]{8})", text)
        time.sleep(random.uniform(self.low, self.high))
        if not numbers or not trips:
            return final("Thank you for your message.")
        refund = int(numbers[-1]) % self.refund_every == 0
        own = [
            call
            for m in messages[last:]
            if m["role"] == "assistant"
            for call in m.get("tool_calls") or []
            if not call["id"].startswith("prefetch_")
        ]
        if not own:
            if refund:
                args = {
                    "trip_id": trips[-1],
                    "kind": "refund",
                    "reason": "route_deviation",
                    "amount": "18.00",
                }
                return tools(("issue_refund", args))
            return tools(("get_trip_details", {"trip_id": trips[-1]}))
        return final(REFUND_REPLY if refund else REPLY, chunk_size=6)


def serve_model(model: Model, url: multiprocessing.Queue) -> None:
    """The model's own process, as a remote model would be: serve until terminated."""
    os.nice(5)  # it only sleeps and streams; the service under test comes first
    server = ScriptedServer().start()
    server.responder = model
    url.put(server.url)
    threading.Event().wait()


# -- the service: servers and processes as `./dev run` starts them ------------------------------


class Stack:
    """The embedded servers and the app's processes, each of which a fault can kill or restart."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir
        self.logs = run_dir / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        # An initialised folder of the benchmark's own to copy (never .data/test's, in use by tests).
        self.postgres = EmbeddedPostgres(run_dir / "postgres", template=DATA / "pg-template")
        self.valkey = EmbeddedValkey(run_dir / "valkey")
        self.env: dict[str, str] = {}
        self.port = 0
        self.children: dict[str, subprocess.Popen] = {}
        self.starts: Counter[str] = Counter()

    def start_servers(self) -> None:
        self.postgres.start()
        self.valkey.start()

    def commands(self) -> dict[str, list[str]]:
        commands = app_processes(
            host="127.0.0.1", port=self.port, beat_schedule=self.run_dir / "celerybeat-schedule"
        )
        commands["daphne"] = commands.pop("web")
        return commands

    def spawn(self, name: str) -> subprocess.Popen:
        self.starts[name] += 1
        log = (self.logs / f"{name}.log").open("a")
        log.write(f"\n===== bench_faults: start #{self.starts[name]} at {stamp(time.time())} =====\n")
        log.flush()
        # A session of its own: a fault kills the whole group (a prefork parent and its children).
        process = subprocess.Popen(
            self.commands()[name],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.children[name] = process
        return process

    def kill(self, name: str) -> None:
        process = self.children[name]
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

    def dead(self) -> list[str]:
        return [name for name, process in self.children.items() if process.poll() is not None]

    def wait_ready(self, name: str, timeout: float = 180) -> bool:
        """A worker is ready once it logs so (it loads the redactor and the intent model first)."""
        deadline = time.monotonic() + timeout
        log = self.logs / f"{name}.log"
        marker = f"===== bench_faults: start #{self.starts[name]} "
        while time.monotonic() < deadline:
            text = log.read_text(errors="replace")
            if " ready." in text[text.rfind(marker) :]:
                return True
            if self.children[name].poll() is not None:
                return False
            time.sleep(0.3)
        return False

    def restart_valkey(self, down: float) -> None:
        port = self.valkey.port
        self.valkey.stop()
        time.sleep(down)
        # The launcher picks a free port at each start; every client holds this one in REDIS_URL.
        with mock.patch.object(launcher, "free_port", return_value=port):
            self.valkey.start()

    def stop_postgres(self) -> None:
        self.postgres.stop()

    def start_postgres(self) -> None:
        port = self.postgres.port
        with mock.patch.object(launcher, "free_port", return_value=port):
            self.postgres.start()

    def stop_all(self) -> None:
        for process in reversed(list(self.children.values())):
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.children.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
        self.valkey.stop()
        self.postgres.stop()


def stamp(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%H:%M:%S.%f")[:-3]


def prepare(env: dict[str, str], conversations: int, trips_per_case: int) -> tuple[list[dict], str]:
    """Migrate; riders, each with one open case and trips with a detour; an agent who is also a
    supervisor (so the page may approve any case's refund); the session and CSRF cookies."""
    os.environ.update(env)
    subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
    import django

    django.setup()
    from decimal import Decimal

    from django.contrib.auth.models import Group, User
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import _get_new_csrf_string

    from copilot import models as m
    from tests.factories import CaseFactory, RiderFactory, TripFactory

    m.CopilotSettings.objects.update_or_create(pk=1, defaults={"case_model_call_budget": 1000})
    user, _ = User.objects.get_or_create(username="bench-agent")
    for role in ("agent", "supervisor"):
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    cases = []
    for _ in range(conversations):
        rider = RiderFactory()
        trips = [
            str(
                TripFactory(
                    rider=rider,
                    upfront_fare=Decimal("30.00"),
                    fare="48.00",
                    estimated_distance_km=10.0,
                    actual_distance_km=14.2,
                ).trip_id
            )
            for _ in range(trips_per_case)
        ]
        case = CaseFactory(rider=rider, status=m.Case.Status.OPEN)
        cases.append({"case_id": case.pk, "rider_id": rider.rider_id, "trips": trips})
    return cases, f"sessionid={session.session_key}; csrftoken={_get_new_csrf_string()}"


# -- the load: senders and open case pages -------------------------------------------------------


@dataclass
class Sent:
    """One customer message as its sender saw it."""

    number: int
    case_id: int
    text: str
    key: str
    at: float  # when it is due
    first_post: float | None = None
    accepted_at: float | None = None
    status: int | None = None
    message_id: int | None = None
    replayed: bool = False
    answers: Counter = field(default_factory=Counter)  # non-2xx answers and errors, by kind


@dataclass
class Approval:
    action_id: int
    case_id: int
    clicked: float | None = None
    answers: list[int | str] = field(default_factory=list)


class Page:
    """An agent's open case page: the socket, its reconnects, and the re-reads static/js/case.js makes."""

    def __init__(self, load: Load, case: dict) -> None:
        self.load = load
        self.case = case
        self.case_id = case["case_id"]
        self.accepted = 0
        self.known_done: set[str] = set()
        self.live_done: dict[str, float] = {}
        self.reread_done: dict[str, float] = {}
        self.heard_at = time.time()
        self.connects = 0
        self.drops = 0
        self.closing = False
        self.ws: aiohttp.ClientWebSocketResponse | None = None

    @property
    def headers(self) -> dict[str, str]:
        return {"Cookie": self.load.cookie, "Origin": self.load.base}

    async def run(self) -> None:
        await asyncio.gather(self._socket(), self._watch())

    async def _socket(self) -> None:
        delay = 0.5
        while not self.closing:
            try:
                async with self.load.gate:
                    ws = await self.load.client.ws_connect(
                        f"/ws/cases/{self.case_id}/", headers=self.headers, max_msg_size=0
                    )
            except (TimeoutError, OSError, aiohttp.ClientError):
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10)  # as case.js backs off
                continue
            delay = 0.5
            self.ws = ws
            self.connects += 1
            if self.connects > 1:
                self.load.spawn(self.reread())  # the page re-reads what it may have missed
            async with ws:
                async for message in ws:
                    if message.type == aiohttp.WSMsgType.TEXT:
                        self._frame(json.loads(message.data))
            self.ws = None
            if not self.closing:
                self.drops += 1

    def _frame(self, frame: dict) -> None:
        now = time.time()
        for item in frame.get("events", [frame]):
            event, payload = item.get("event", ""), item.get("payload") or {}
            if event.startswith("turn."):
                self.heard_at = now
            if event == "turn.done" and payload.get("turn_id"):
                self.live_done.setdefault(payload["turn_id"], now)
                self.known_done.add(payload["turn_id"])
                if payload.get("actions"):
                    self.load.spawn(self.reread())  # the panel shows the proposed refund to approve

    async def _watch(self) -> None:
        while not self.closing:
            await asyncio.sleep(1)
            waiting = self.accepted > len(self.known_done)
            if waiting and time.time() - self.heard_at > QUIET:
                self.heard_at = time.time()
                self.load.spawn(self.reread())

    async def reread(self) -> None:
        """The copilot panel as the server has it; a finished turn is known, a refund is approved."""
        try:
            async with self.load.client.get(
                f"/cases/{self.case_id}/copilot",
                headers={"Cookie": self.load.cookie, "HX-Request": "true"},
                timeout=aiohttp.ClientTimeout(total=10),
            ) as response:
                html = await response.text()
                if response.status != 200:
                    return
        except (TimeoutError, OSError, aiohttp.ClientError):
            return
        self.heard_at = time.time()
        marker = re.search(r'id="copilot-turn" data-turn="([^"]+)" data-seq="\d+" data-status="(\w+)"', html)
        if marker and marker.group(2) in {"done", "failed"}:
            turn_id = marker.group(1)
            if turn_id not in self.known_done:
                self.reread_done.setdefault(turn_id, time.time())
                self.known_done.add(turn_id)
        for action_id in {int(a) for a in re.findall(r"/actions/(\d+)/approve", html)}:
            self.load.approve(self.case_id, action_id)


class Load:
    def __init__(self, args: argparse.Namespace, cases: list[dict], cookie: str, base: str) -> None:
        self.args = args
        self.cases = cases
        self.cookie = cookie
        self.base = base
        self.csrf = cookie.rsplit("csrftoken=", 1)[1]
        self.sent: list[Sent] = []
        self.approvals: dict[int, Approval] = {}
        self.pages = {c["case_id"]: Page(self, c) for c in cases}
        self.tasks: set[asyncio.Task] = set()
        self.client: aiohttp.ClientSession
        self.gate: asyncio.Semaphore
        self.give_up = float("inf")
        run = datetime.now(UTC).strftime("%H%M%S")
        gap = args.duration / args.messages
        rng = self.rng = random.Random(args.seed)
        for n in range(1, args.messages + 1):
            case = cases[(n - 1) % len(cases)]
            trip = case["trips"][((n - 1) // len(cases)) % len(case["trips"])][:8]
            text = f"bench-{n}: The driver took a huge detour on trip {trip}; I was quoted $30 and paid $48."
            at = (n - 1) * gap + rng.uniform(0, gap)
            self.sent.append(Sent(n, case["case_id"], text, f"bench-{run}-{n:05d}", at))

    def spawn(self, coro) -> asyncio.Task:
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def post(self, sent: Sent, start: float) -> None:
        await asyncio.sleep(max(0.0, start + sent.at - time.time()))
        sent.first_post = time.time()
        case = self.pages[sent.case_id].case
        body = {"rider_id": case["rider_id"], "case_id": sent.case_id, "text": sent.text}
        headers = {"Authorization": f"Bearer {TOKEN}", "Idempotency-Key": sent.key}
        delay = 1.0
        while time.time() < self.give_up:
            try:
                async with self.client.post(
                    "/api/inbound/messages",
                    json=body,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=self.args.post_timeout),
                ) as response:
                    answer = await response.read()
                    if 200 <= response.status < 300:
                        data = json.loads(answer)
                        sent.accepted_at, sent.status = time.time(), response.status
                        sent.message_id, sent.replayed = data.get("message_id"), bool(data.get("replayed"))
                        self.pages[sent.case_id].accepted += 1
                        return
                    sent.answers[response.status] += 1
                    if response.status < 500 and response.status != 429:
                        sent.status = response.status  # final: the same body can never succeed
                        return
                    wait = float(response.headers.get("Retry-After", delay))
            except (TimeoutError, OSError, aiohttp.ClientError) as exc:
                sent.answers[type(exc).__name__] += 1
                wait = delay
            await asyncio.sleep(wait)
            delay = min(delay * 2, 8)

    def approve(self, case_id: int, action_id: int) -> None:
        if action_id in self.approvals or time.time() > self.give_up:
            return
        approval = self.approvals[action_id] = Approval(action_id, case_id)
        self.spawn(self._click(approval))

    async def _click(self, approval: Approval) -> None:
        # The agent reads the proposal first: some clicks then land while a fault lasts.
        await asyncio.sleep(self.rng.uniform(0, self.args.think))
        approval.clicked = time.time()
        await asyncio.gather(self._approve_once(approval), self._approve_once(approval))  # a double click

    async def _approve_once(self, approval: Approval) -> None:
        headers = {"Cookie": self.cookie, "X-CSRFToken": self.csrf, "HX-Request": "true"}
        while time.time() < self.give_up:
            try:
                async with self.client.post(
                    f"/actions/{approval.action_id}/approve",
                    data={"reason_text": ""},
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=15),
                ) as response:
                    await response.read()
                    approval.answers.append(response.status)
                    if response.status < 500:
                        return
            except (TimeoutError, OSError, aiohttp.ClientError) as exc:
                approval.answers.append(type(exc).__name__)
            await asyncio.sleep(2)  # the agent clicks again a moment later


# -- the run ----------------------------------------------------------------------------------------


@dataclass
class Fault:
    name: str
    phase: int
    start: float = 0.0
    end: float = 0.0
    note: str = ""


BUSY = {
    # Work the process holds when it dies: a message mid-redaction, turns mid-run.
    "ingest-worker": "SELECT count(*) FROM copilot_message WHERE role = 'customer' AND text = ''"
    " AND raw_text <> ''",
    "turns-worker": "SELECT count(*) FROM copilot_turn WHERE status = 'running'",
}


def busy(url: str, name: str) -> int:
    with psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
        return conn.execute(BUSY[name]).fetchone()[0]


def strike(stack: Stack, fault: Fault, args: argparse.Namespace) -> None:
    """The fault, blocking until its end (the moment the operator's restart is done)."""
    if fault.name in {"turns-worker", "ingest-worker"}:
        # Aimed at a moment the worker holds work (up to 10 s): a kill between two redactions,
        # each a fraction of a second, would test nothing.
        deadline = time.monotonic() + 10
        while (held := busy(stack.postgres.url, fault.name)) == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        fault.start = time.time()
        stack.kill(fault.name)
        time.sleep(3)
        stack.spawn(fault.name)
        fault.end = time.time()
        what = "messages awaiting redaction" if fault.name == "ingest-worker" else "turns running"
        fault.note = f"killed with {held} {what}"

        def ready() -> None:  # noted, not awaited: the next phase keeps its time
            ok = stack.wait_ready(fault.name, timeout=120)
            note = f"ready {time.time() - fault.end:.1f} s after its restart" if ok else "never ready"
            fault.note += f"; {note}"
            print(f"  {stamp(time.time())}  {fault.name}: {note}", flush=True)

        threading.Thread(target=ready, daemon=True).start()
    elif fault.name == "valkey":
        fault.start = time.time()
        stack.restart_valkey(args.valkey_down)
        fault.end = time.time()
    elif fault.name == "postgres":
        fault.start = time.time()
        stack.stop_postgres()
        stopped = time.time()
        time.sleep(max(0.0, args.pg_down - (stopped - fault.start)))
        stack.start_postgres()
        fault.end = time.time()
        fault.note = f"stopping took {stopped - fault.start:.1f} s"


def snapshot(url: str, case_ids: list[int]) -> str:
    """What the database holds right now, or why it cannot say."""
    try:
        with psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
            stored, redacted = conn.execute(
                "SELECT count(*), count(*) FILTER (WHERE text <> '') FROM copilot_message"
                " WHERE role = 'customer' AND case_id = ANY(%s)",
                [case_ids],
            ).fetchone()
            turns = dict(
                conn.execute(
                    "SELECT status, count(*) FROM copilot_turn WHERE case_id = ANY(%s) GROUP BY status",
                    [case_ids],
                ).fetchall()
            )
    except psycopg.Error as exc:
        return f"database unavailable ({str(exc).strip().splitlines()[0][:80]})"
    return f"stored {stored}, redacted {redacted}, turns " + ", ".join(
        f"{k} {v}" for k, v in sorted(turns.items())
    )


async def drive(args, stack: Stack, load: Load, faults: list[Fault], phase_len: float) -> float:
    """Open the pages, post the messages, strike the faults on time, then wait for the stragglers."""
    load.client = aiohttp.ClientSession(
        base_url=load.base, connector=aiohttp.TCPConnector(limit=4 * len(load.cases))
    )
    load.gate = asyncio.Semaphore(10)
    case_ids = [c["case_id"] for c in load.cases]
    async with load.client:
        pages = [asyncio.create_task(p.run()) for p in load.pages.values()]
        for _ in range(60):
            await asyncio.sleep(0.5)
            if all(p.connects for p in load.pages.values()):
                break
        start = time.time()
        load.give_up = start + args.duration + args.drain
        posts = [asyncio.create_task(load.post(s, start)) for s in load.sent]
        for phase in range(len(faults) + 1):
            begin = start + phase * phase_len
            if phase:
                fault = faults[phase - 1]
                await asyncio.sleep(max(0.0, begin + args.lead - time.time()))
                print(f"  {stamp(time.time())}  phase {phase}: striking {fault.name}", flush=True)
                await asyncio.to_thread(strike, stack, fault, args)
                print(
                    f"  {stamp(fault.end)}  {fault.name}: fault over after {fault.end - fault.start:.1f} s"
                    + (f" ({fault.note})" if fault.note else ""),
                    flush=True,
                )
            await asyncio.sleep(max(0.0, begin + phase_len - time.time()))
            posted = sum(s.first_post is not None for s in load.sent)
            accepted = sum(s.accepted_at is not None for s in load.sent)
            state = await asyncio.to_thread(snapshot, stack.postgres.url, case_ids)
            print(
                f"  {stamp(time.time())}  end of phase {phase}: "
                f"posted {posted}, accepted {accepted}; {state}",
                flush=True,
            )
        await asyncio.gather(*posts)
        # The drain: every accepted message's turn finished, or the time is up.
        while time.time() < load.give_up:
            if await asyncio.to_thread(all_finished, stack.postgres.url, load):
                break
            await asyncio.sleep(2)
        await asyncio.sleep(QUIET + 4)  # the pages' last re-reads, and the approvals they start
        if load.tasks:
            await asyncio.wait(list(load.tasks), timeout=30)
        for page in load.pages.values():
            page.closing = True
            if page.ws is not None:
                await page.ws.close()
        await asyncio.wait(pages, timeout=10)
    return start


def all_finished(url: str, load: Load) -> bool:
    ids = [s.message_id for s in load.sent if s.message_id]
    try:
        with psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
            finished = conn.execute(
                "SELECT count(DISTINCT message_id) FROM copilot_turn WHERE message_id = ANY(%s)"
                " AND status IN ('done', 'failed')",
                [ids],
            ).fetchone()[0]
    except psycopg.Error:
        return False
    return finished >= len(set(ids))


# -- counting ---------------------------------------------------------------------------------------


def collect(url: str, load: Load) -> dict:
    """Every row the load caused, read once the run is over."""
    from copilot.core.crypto import decrypt

    case_ids = [c["case_id"] for c in load.cases]
    trips = [t for c in load.cases for t in c["trips"]]
    with psycopg.connect(url, connect_timeout=10, autocommit=True) as conn:
        messages = conn.execute(
            "SELECT id, case_id, text, raw_text, extract(epoch FROM created_at) FROM copilot_message"
            " WHERE role = 'customer' AND case_id = ANY(%s)",
            [case_ids],
        ).fetchall()
        turns = conn.execute(
            "SELECT id::text, message_id, status, attempts, error, extract(epoch FROM created_at),"
            " extract(epoch FROM finished_at), proposal IS NOT NULL"
            " FROM copilot_turn WHERE case_id = ANY(%s)",
            [case_ids],
        ).fetchall()
        actions = conn.execute(
            "SELECT id, turn_id, status, case_id FROM tools_pendingaction WHERE case_id = ANY(%s)", [case_ids]
        ).fetchall()
        refunds = conn.execute(
            "SELECT refund_id, trip_id::text FROM copilot_refund WHERE trip_id::text = ANY(%s)", [trips]
        ).fetchall()
    by_number: dict[int, list[dict]] = {}
    for pk, case_id, text, raw, created in messages:
        found = MARK.findall(decrypt(raw)) if raw else []
        row = {"id": pk, "case_id": case_id, "redacted": bool(text), "created": float(created)}
        by_number.setdefault(int(found[0]) if found else -1, []).append(row)
    turns_by_message: dict[int, list[dict]] = {}
    for turn_id, message_id, status, attempts, error, created, finished, proposal in turns:
        turns_by_message.setdefault(message_id, []).append(
            {
                "id": turn_id,
                "status": status,
                "attempts": attempts,
                "error": error,
                "created": float(created),
                "finished": float(finished) if finished is not None else None,
                "proposal": proposal,
            }
        )
    actions_by_turn: dict[str, list] = {}
    for pk, turn_id, status, case_id in actions:
        actions_by_turn.setdefault(turn_id, []).append({"id": pk, "status": status, "case_id": case_id})
    return {
        "by_number": by_number,
        "turns": turns_by_message,
        "actions": actions_by_turn,
        "action_status": {a[0]: a[2] for a in actions},
        "refunds": refunds,
    }


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def figures(load: Load, rows: dict, faults: list[Fault], start: float, phase_len: float) -> list[dict]:
    """Per phase, the table's figures. Messages count in the phase of their first POST, approvals in
    the phase of their click; recovery and lateness go to the fault a message was caught by (in
    flight when it struck, or posted while it lasted), else to the message's own phase."""
    phases = len(faults) + 1

    def phase_of(at: float) -> int:
        return min(phases - 1, max(0, int((at - start) // phase_len)))

    live_done = {t: p.live_done[t] for p in load.pages.values() for t in p.live_done}
    reread_done = {t: p.reread_done[t] for p in load.pages.values() for t in p.reread_done}
    refunds_by_action = Counter(r[0] for r in rows["refunds"])
    refunds_by_trip = Counter(r[1] for r in rows["refunds"])
    out = [
        {"phase": p, "fault": faults[p - 1] if p else None, "failed_turns": [], "late": [], "stuck": []}
        for p in range(phases)
    ]
    for f in out:
        f.update(
            dict.fromkeys(
                ("posted", "accepted", "replayed", "retried", "stored", "lost", "stored_unaccepted"), 0
            )
        )
        f.update(dict.fromkeys(("dup_messages", "redacted", "done", "failed", "dup_turns"), 0))
        f.update(dict.fromkeys(("dup_proposals", "reruns", "seen_live", "seen_reread", "unseen"), 0))
        f.update(answers=Counter(), lags=[], latencies=[], ingest=[], unrecovered=0)
    for s in load.sent:
        if s.first_post is None:
            continue
        f = out[phase_of(s.first_post)]
        stored = rows["by_number"].get(s.number, [])
        f["posted"] += 1
        f["retried"] += bool(s.answers)
        f["answers"] += s.answers
        f["stored"] += bool(stored)
        f["dup_messages"] += len(stored) > 1
        f["redacted"] += any(m["redacted"] for m in stored)
        if s.accepted_at is None:
            f["stored_unaccepted"] += bool(stored)
            continue
        f["accepted"] += 1
        f["replayed"] += s.replayed
        f["lost"] += not stored
        turns = [t for m in stored for t in rows["turns"].get(m["id"], [])]
        f["dup_turns"] += len(turns) > 1
        f["dup_proposals"] += sum(len(rows["actions"].get(t["id"], [])) > 1 for t in turns)
        if turns:
            f["ingest"].append(min(t["created"] for t in turns) - min(m["created"] for m in stored))
        turn = turns[0] if turns else None
        finished = turn["finished"] if turn and turn["status"] == "done" and turn["proposal"] else None
        # The first fault that caught the message (in flight when it struck, or posted while it
        # lasted) sets its deadline; a later fault must not excuse a recovery the first one made slow.
        caught = next(
            (x for x in faults if x.start <= (finished or float("inf")) and s.first_post <= x.end), None
        )
        home = out[caught.phase] if caught else f
        base = max(s.first_post, caught.end) if caught else s.first_post
        if turn is None or finished is None:
            status = "no turn" if turn is None else turn["status"]
            if turn is not None and turn["status"] == "failed":
                f["failed"] += 1
                f["failed_turns"].append((s.number, turn["id"], turn["error"][:300]))
            else:
                f["stuck"].append((s.number, status))
            home["unrecovered"] += 1
            continue
        f["done"] += 1
        f["reruns"] += turn["attempts"] > 1
        f["latencies"].append(finished - s.first_post)
        if caught:
            home["lags"].append(finished - caught.end)
        if finished - base > LIMIT:
            home["late"].append((s.number, finished - base))
        if turn["id"] in live_done:
            f["seen_live"] += 1
        elif turn["id"] in reread_done:
            f["seen_reread"] += 1
        else:
            f["unseen"] += 1
    for f in out:
        if f["fault"]:
            f["recovery"] = float("inf") if f["unrecovered"] else max([0.0, *f["lags"]])
        else:
            f["recovery"] = None
        f["latency_p50"], f["latency_max"] = (
            pct(f["latencies"], 0.5),
            max(f["latencies"], default=float("nan")),
        )
        f["ingest_p50"], f["ingest_max"] = pct(f["ingest"], 0.5), max(f["ingest"], default=float("nan"))
        approvals = [a for a in load.approvals.values() if a.clicked and phase_of(a.clicked) == f["phase"]]
        f["approved"] = len(approvals)
        f["approval_5xx"] = sum(1 for a in approvals for x in a.answers if isinstance(x, str) or x >= 500)
        f["approval_refused"] = sum(
            1 for a in approvals for x in a.answers if isinstance(x, int) and 400 <= x < 500
        )
        # "deleted": a turn's re-run dropped the proposal the page had offered for approval.
        statuses = Counter(rows["action_status"].get(a.action_id, "deleted") for a in approvals)
        f["executed"] = statuses.get("executed", 0)
        f["other_status"] = {k: v for k, v in statuses.items() if k != "executed"}
        f["paid"] = sum(refunds_by_action.get(f"rf_act{a.action_id}", 0) for a in approvals)
        f["paid_twice"] = sum(refunds_by_action.get(f"rf_act{a.action_id}", 0) > 1 for a in approvals)
    out[-1]["trips_paid_twice"] = sum(n > 1 for n in refunds_by_trip.values())
    return out


def verdicts(table: list[dict], dead: list[str]) -> list[str]:
    problems = []
    for f in table:
        name = f["fault"].name if f["fault"] else "baseline"
        why = []
        for key, what in (
            ("lost", "lost after a 2xx"),
            ("dup_messages", "messages stored twice"),
            ("dup_turns", "messages with two turns"),
            ("dup_proposals", "turns with two proposals"),
            ("paid_twice", "refunds paid twice"),
            ("failed", "turns failed"),
        ):
            if f[key]:
                why.append(f"{f[key]} {what}")
        if f["stuck"]:
            why.append(f"{len(f['stuck'])} accepted messages without a proposal at the end")
        if f["late"]:
            worst = max(x for _, x in f["late"])
            why.append(f"{len(f['late'])} proposals later than {LIMIT:.0f} s (worst {worst:.0f} s)")
        if f["other_status"].get("pending"):
            why.append(f"{f['other_status']['pending']} approved refunds left pending")
        if f["posted"] > f["accepted"]:
            why.append(f"{f['posted'] - f['accepted']} messages never accepted")
        problems += [f"{name}: " + "; ".join(why)] if why else []
    if table[-1].get("trips_paid_twice"):
        problems.append(f"{table[-1]['trips_paid_twice']} trips refunded twice")
    if dead:
        problems.append("processes dead at the end: " + ", ".join(dead))
    return problems


def render(table: list[dict]) -> str:
    def num(x, fmt="{:.1f}") -> str:
        if x is None or (isinstance(x, float) and x != x):
            return "-"
        return fmt.format(x) if isinstance(x, float) else str(x)

    heads = ["baseline" if not f["fault"] else f["fault"].name for f in table]
    lines = [
        ("fault window (s)", [num(f["fault"].end - f["fault"].start) if f["fault"] else "-" for f in table]),
        ("posted", [num(f["posted"]) for f in table]),
        ("accepted (2xx)", [num(f["accepted"]) for f in table]),
        ("  of which replays (200)", [num(f["replayed"]) for f in table]),
        ("  posts retried", [num(f["retried"]) for f in table]),
        (
            "  retry causes",
            [" ".join(f"{k}:{v}" for k, v in sorted(f["answers"].items(), key=str)) or "-" for f in table],
        ),
        ("stored", [num(f["stored"]) for f in table]),
        ("LOST after a 2xx", [num(f["lost"]) for f in table]),
        ("stored without a 2xx", [num(f["stored_unaccepted"]) for f in table]),
        ("DUPLICATED messages", [num(f["dup_messages"]) for f in table]),
        ("redacted", [num(f["redacted"]) for f in table]),
        ("stored->turn p50/max (s)", [f"{num(f['ingest_p50'])}/{num(f['ingest_max'])}" for f in table]),
        ("turns done (proposal)", [num(f["done"]) for f in table]),
        ("turns FAILED", [num(f["failed"]) for f in table]),
        ("turns STUCK / missing", [num(len(f["stuck"])) for f in table]),
        ("turns re-run (attempts>1)", [num(f["reruns"]) for f in table]),
        ("DUPLICATED turns", [num(f["dup_turns"]) for f in table]),
        ("turns with 2 proposals", [num(f["dup_proposals"]) for f in table]),
        ("refunds approved (x2 POST)", [num(f["approved"]) for f in table]),
        ("  approve answers 5xx/err", [num(f["approval_5xx"]) for f in table]),
        ("  approve answers 4xx", [num(f["approval_refused"]) for f in table]),
        ("  executed", [num(f["executed"]) for f in table]),
        (
            "  other status",
            [" ".join(f"{k}:{v}" for k, v in f["other_status"].items()) or "-" for f in table],
        ),
        ("  refunds paid", [num(f["paid"]) for f in table]),
        ("  PAID TWICE", [num(f["paid_twice"]) for f in table]),
        ("RECOVERY (s)", [num(f["recovery"]) for f in table]),
        ("post->proposal p50 (s)", [num(f["latency_p50"]) for f in table]),
        ("post->proposal max (s)", [num(f["latency_max"]) for f in table]),
        (f"LATE (>{LIMIT:.0f} s after fault end)", [num(len(f["late"])) for f in table]),
        ("turn.done seen live", [num(f["seen_live"]) for f in table]),
        ("  learnt by re-read only", [num(f["seen_reread"]) for f in table]),
        ("  never learnt", [num(f["unseen"]) for f in table]),
    ]
    width = max(14, *(len(h) for h in heads), *(len(v) for _, vs in lines for v in vs))
    label = max(len(name) for name, _ in lines)
    out = [" " * label + "  " + "  ".join(h.rjust(width) for h in heads)]
    out += [name.ljust(label) + "  " + "  ".join(v.rjust(width) for v in vs) for name, vs in lines]
    return "\n".join(out)


def log_summary(stack: Stack) -> list[str]:
    """Errors each process logged: a count, and the commonest first lines."""
    out = []
    for log in sorted(stack.logs.glob("*.log")):
        lines = log.read_text(errors="replace").splitlines()
        bad = [ln for ln in lines if re.search(r"\b(ERROR|CRITICAL|Traceback)\b|\bWARNING\b", ln)]
        if not bad:
            continue
        common = Counter(re.sub(r"\d+", "N", ln.split("]", 1)[-1].strip())[:140] for ln in bad)
        out.append(f"  {log.name}: {len(bad)} warning/error lines; commonest:")
        out += [f"    {n:4d} x {text}" for text, n in common.most_common(4)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--conversations", type=int, default=80, help="open case pages, one per case")
    parser.add_argument("--messages", type=int, default=300, help="customer messages over the whole run")
    parser.add_argument("--duration", type=float, default=200.0, help="seconds the messages are spread over")
    parser.add_argument("--faults", nargs="*", default=list(FAULTS), choices=FAULTS, help="one per phase")
    parser.add_argument("--lead", type=float, default=6.0, help="seconds into its phase a fault strikes")
    parser.add_argument("--pg-down", type=float, default=10.0, help="seconds PostgreSQL stays down")
    parser.add_argument("--valkey-down", type=float, default=0.0, help="seconds Valkey stays down")
    parser.add_argument(
        "--think", type=float, default=8.0, help="most seconds an agent reads before approving"
    )
    parser.add_argument("--drain", type=float, default=120.0, help="seconds to wait for the last proposals")
    parser.add_argument("--model-latency", type=float, nargs=2, default=(1.0, 2.0), metavar=("MIN", "MAX"))
    parser.add_argument("--refund-every", type=int, default=3, help="every n-th message proposes a refund")
    parser.add_argument("--post-timeout", type=float, default=10.0, help="a sender's timeout per POST")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--keep", action="store_true", help="keep the run's database and Valkey data")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="40 conversations, 120 messages over 150 s (30 s phases), lead 3 s",
    )
    args = parser.parse_args()
    if args.quick:
        args.conversations, args.messages, args.duration, args.drain, args.lead = 40, 120, 150.0, 90.0, 3.0
    phase_len = args.duration / (len(args.faults) + 1)
    if phase_len < args.lead + args.pg_down + 5:
        parser.error(f"phases of {phase_len:.0f} s are too short for the faults; lengthen --duration")
    if phase_len < args.lead + 3 + LIMIT:
        # A message posted after a fault's end, made late by it, is then counted against the next.
        print(f"note: phases of {phase_len:.0f} s leave under {LIMIT:.0f} s from one fault's end to the next")

    run_dir = DATA / f"run-{datetime.now(UTC).strftime('%Y%m%d-%H%M%S')}"
    stack = Stack(run_dir)
    url_queue: multiprocessing.Queue = multiprocessing.Queue()
    model = Model(*args.model_latency, args.refund_every)
    server = multiprocessing.Process(target=serve_model, args=(model, url_queue), daemon=True)
    server.start()
    code = 1
    try:
        stack.start_servers()
        stack.port = free_port()
        stack.env = dict(
            os.environ,
            DATABASE_URL=stack.postgres.url,
            REDIS_URL=stack.valkey.url,
            DJANGO_SETTINGS_MODULE="copilot.settings.base",
            SECRET_KEY="bench-faults-" + "x" * 60,
            COPILOT_INBOUND_TOKEN=TOKEN,
            TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS="",
            ALLOWED_HOSTS="127.0.0.1,localhost",
            LOG_LEVEL="INFO",
            PYTHONUNBUFFERED="1",
            COPILOT_PROVIDER="openai",
            OPENAI_BASE_URL=url_queue.get(timeout=30),
            OPENAI_API_KEY="bench",
            COPILOT_MODEL_TIMEOUT_SECONDS="30",
        )
        trips_per_case = max(1, -(-args.messages // args.conversations))
        cases, cookie = prepare(stack.env, args.conversations, trips_per_case)
        for name in ("daphne", "turns-worker", "ingest-worker", "beat"):
            stack.spawn(name)
        if not wait_for_port(stack.port, timeout=90):
            raise SystemExit("daphne did not start; see " + str(stack.logs / "daphne.log"))
        for name in ("turns-worker", "ingest-worker"):
            if not stack.wait_ready(name):
                raise SystemExit(f"the {name} did not start; see {stack.logs / (name + '.log')}")
        print(
            f"{args.conversations} conversations, {args.messages} messages over {args.duration:.0f} s "
            f"({args.messages / args.duration:.1f}/s), "
            f"model {args.model_latency[0]:g}-{args.model_latency[1]:g} s per call, "
            f"phases of {phase_len:.0f} s: baseline, {', '.join(args.faults)}; logs in {stack.logs}",
            flush=True,
        )
        load = Load(args, cases, cookie, f"http://127.0.0.1:{stack.port}")
        faults = [Fault(name, i + 1) for i, name in enumerate(args.faults)]
        start = asyncio.run(drive(args, stack, load, faults, phase_len))
        dead = stack.dead()
        rows = collect(stack.postgres.url, load)
        table = figures(load, rows, faults, start, phase_len)
        print()
        print(render(table))
        for f in table:
            name = f["fault"].name if f["fault"] else "baseline"
            for number, turn_id, error in f["failed_turns"][:5]:
                print(f"  {name}: bench-{number} turn {turn_id} failed: {error}")
            for number, status in f["stuck"][:5]:
                print(f"  {name}: bench-{number} has no proposal ({status})")
            for number, late in sorted(f["late"], key=lambda x: -x[1])[:3]:
                print(f"  {name}: bench-{number} proposal {late:.0f} s after the fault's end or its post")
        pages = load.pages.values()
        print(
            f"\npages: {sum(p.connects for p in pages)} socket connects, "
            f"{sum(p.drops for p in pages)} drops; processes started: "
            + ", ".join(f"{k} x{v}" for k, v in stack.starts.items())
        )
        print("\n".join(log_summary(stack)))
        problems = verdicts(table, dead)
        print("\nverdict: " + ("PASS" if not problems else "FAIL"))
        for problem in problems:
            print(f"  - {problem}")
        code = 1 if problems else 0
    finally:
        stack.stop_all()
        server.terminate()
        if not args.keep:
            shutil.rmtree(run_dir / "postgres", ignore_errors=True)
            shutil.rmtree(run_dir / "valkey", ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
