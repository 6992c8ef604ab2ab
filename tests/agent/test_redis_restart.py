"""Redis restarting mid-turn: the turn finishes exactly once, and the agent's page always shows where it stands.

Redis is the Celery broker, the channel layer, the tool cache and the rate limiter; the
database is the truth. This test gives a real worker a Valkey of its own (the session's
shared one serves other tests), stops it while the turn waits on the model, runs the
turn's tools while it is down, and starts it again on the same port and data folder.
The last test pins a Celery 5.7.0 fault: the worker itself does not survive the restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import re
import threading
import time
from collections.abc import Coroutine
from typing import Any

import pytest
from celery import Celery
from channels.testing import WebsocketCommunicator
from django.test import Client

from copilot.agent.tasks import run_turn
from copilot.asgi import application
from copilot.models import Message, Turn
from tests.agent.conftest import new_turn
from tests.agent.scripted_server import final, tools
from tests.conftest import wait_until, worker_on
from tools.models import PendingAction, ToolCallAudit

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

RUN_TURN = "copilot.tasks.run_turn"
DRAFT = "I'm sorry about the detour. A refund of $18.00 has been proposed for review."


class LoopThread:
    """One asyncio loop in a thread, so websocket clients live across the test's blocking steps."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="test-browser", daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float = 30) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


class AgentPage:
    """What an open case page does (static/js/case.js): a socket for events, and on every
    (re)connect a re-read of the copilot panel from the server, whose truth is the database."""

    def __init__(self, loop: LoopThread, case_id: int, user) -> None:
        self.loop = loop
        self.case_id = case_id
        self.client = Client()
        self.client.force_login(user)
        cookie = f"sessionid={self.client.cookies['sessionid'].value}".encode()
        self.headers = [(b"origin", b"http://localhost"), (b"cookie", cookie)]
        self.socket: WebsocketCommunicator | None = None
        self.frames: list[dict[str, Any]] = []
        self.statuses: list[str] = []  # what the panel's status line read, one per re-read
        self.refused: list[str] = []  # why connecting failed, once per refused attempt

    def panel_status(self) -> str:
        response = self.client.get(f"/cases/{self.case_id}/copilot")
        assert response.status_code == 200
        status = re.search(r'id="copilot-status">([^<]*)<', response.content.decode())
        self.statuses.append(status.group(1).strip() if status else "")
        return self.statuses[-1]

    def connect(self) -> bool:
        """Open the socket; True when it is up, after which the page re-reads the panel."""

        async def open_socket() -> tuple[WebsocketCommunicator, bool]:
            socket = WebsocketCommunicator(application, f"/ws/cases/{self.case_id}/", headers=self.headers)
            try:
                connected, _ = await socket.connect(timeout=5)
            except Exception as exc:  # the consumer could not join its group: the handshake fails
                self.refused.append(repr(exc))
                return socket, False
            return socket, connected

        socket, connected = self.loop.run(open_socket())
        if connected:
            self.socket = socket
            self.panel_status()
        return connected

    def reconnect(self, timeout: float = 20) -> int:
        """Retry as case.js does (0.5 s, doubling) until the socket is up; the number of attempts."""
        delay, attempts, deadline = 0.5, 0, time.monotonic() + timeout
        while time.monotonic() < deadline:
            attempts += 1
            if self.connect():
                return attempts
            time.sleep(delay)
            delay = min(delay * 2, 10)
        raise AssertionError(f"the page could not reconnect in {timeout} s: {self.refused}")

    def drop(self) -> None:
        """The browser lost its socket (Redis went away under the consumer)."""
        socket, self.socket = self.socket, None
        if socket is not None:
            with contextlib.suppress(Exception):
                self.loop.run(socket.disconnect(), timeout=10)

    def wait_for(self, event: str, timeout: float = 30) -> dict[str, Any]:
        """Collect frames until one named `event` arrives; never cancels the consumer on a timeout."""
        assert self.socket is not None
        socket = self.socket

        async def collect() -> dict[str, Any] | None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if await socket.receive_nothing(timeout=0.1, interval=0.02):
                    if socket.future.done():
                        return None
                    continue
                frame = await socket.receive_json_from(timeout=1)
                for item in frame.get("events", [frame]):  # one event, or a turn's batch
                    self.frames.append(item)
                    if item["event"] == event:
                        return item
            return None

        frame = self.loop.run(collect(), timeout=timeout + 10)
        assert frame is not None, f"no {event} frame; the socket saw {self.frames}"
        return frame


@pytest.fixture
def broker(valkey):
    """A Celery app on the worker's Valkey, to enqueue there rather than on the session's broker."""
    with Celery("copilot", broker=valkey.url, set_as_current=False) as other:
        yield other


@pytest.fixture
def own_worker(test_database_url, tmp_path, valkey, model_server):
    """A real worker whose Redis (broker, channel layer, cache) is this test's Valkey, on the scripted model."""
    with worker_on(
        valkey,
        test_database_url,
        tmp_path,
        name="redis-restart",
        COPILOT_PROVIDER="openai",
        OPENAI_BASE_URL=model_server.url,
        OPENAI_API_KEY="sk-test",
        COPILOT_MODEL_TIMEOUT_SECONDS="60",
    ) as worker:
        yield worker


@pytest.fixture
def browser_loop():
    loop = LoopThread()
    yield loop
    loop.close()


@pytest.fixture
def gates(model_server):
    """Model calls 1 and 2 wait for their gate: the model is slow while the test does what it must."""
    gates = {1: threading.Event(), 2: threading.Event()}
    yield gates
    for gate in gates.values():
        gate.set()


def _script(model_server, gates: dict[int, threading.Event], steps: list[dict[str, Any]]) -> None:
    def respond(body: dict[str, Any]) -> dict[str, Any]:
        number = len(model_server.requests)
        if number in gates:
            gates[number].wait(60)
        return steps[number - 1] if number <= len(steps) else final("An unexpected extra call.")

    model_server.responder = respond


def test_redis_restarting_mid_turn_neither_loses_the_turn_nor_runs_it_twice_and_the_page_shows_its_status(
    valkey, broker, own_worker, gates, browser_loop, model_server, settings, agent, rider, long_trip
):
    # The test process's websocket consumers use the worker's Valkey, as Daphne would.
    layers = copy.deepcopy(settings.CHANNEL_LAYERS)
    layers["default"]["CONFIG"]["hosts"][0]["address"] = valkey.url
    settings.CHANNEL_LAYERS = layers
    _, log_path = own_worker
    short_id = str(long_trip.trip_id)[:8]
    refund = {
        "trip_id": str(long_trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18.00",
    }
    _script(
        model_server,
        gates,
        [
            tools(("get_trip_details", {"trip_id": short_id})),
            tools(("issue_refund", refund)),
            final(DRAFT, chunk_size=4),
        ],
    )
    turn = new_turn(
        rider, f"The driver took a huge detour on trip {short_id}; I was quoted $30 and paid $48."
    )
    page = AgentPage(browser_loop, turn.case_id, agent)
    try:
        assert page.connect()
        broker.send_task(RUN_TURN, args=[str(turn.pk)], queue="turns")

        # The turn is with the model; the page hears it live.
        wait_until(lambda: len(model_server.requests) == 1, timeout=30)
        assert page.wait_for("turn.status")["payload"]["turn_id"] == str(turn.pk)
        assert page.panel_status() == "Running"

        # Redis goes away. The page reads the database only, so it still says where the turn is;
        # its socket is gone and cannot come back until Redis does.
        valkey.stop()
        assert page.panel_status() == "Running"
        page.drop()
        assert not page.connect()

        # The model answers; the turn's tools run with no tool cache and no channel layer.
        gates[1].set()
        wait_until(
            lambda: len(model_server.requests) == 2 or Turn.objects.get(pk=turn.pk).status != "running",
            timeout=30,
        )
        during = Turn.objects.get(pk=turn.pk)
        assert (during.status, during.error) == ("running", ""), "Redis being down failed the turn"
        assert page.panel_status() == "Running"

        # Redis is back on the same port with its append-only data; the page reconnects and re-reads.
        valkey.restart()
        page.reconnect()
        assert page.statuses[-1] == "Running"
        gates[2].set()
        assert page.wait_for("turn.done")["payload"]["status"] == "Proposal ready"
        assert page.panel_status() == "Proposal ready"
    finally:
        page.drop()

    turn = Turn.objects.get(pk=turn.pk)
    # Done once, by the model, in one attempt, with nothing lost on the way.
    assert (turn.status, turn.attempts, turn.provider, turn.error) == ("done", 1, "openai", "")
    assert turn.proposal["fallback"] == ""
    assert turn.draft == DRAFT
    assert len(model_server.requests) == 3
    [customer] = Message.objects.filter(case=turn.case)
    assert customer.role == "customer" and short_id in customer.text
    assert short_id in json.dumps(model_server.requests[0]["messages"])
    [action] = PendingAction.objects.filter(turn_id=str(turn.pk))
    assert (action.params["amount"], action.verdict["verdict"]) == ("18.00", "allowed")
    assert [a["action_id"] for a in turn.proposal["actions"]] == [action.pk]
    audits = ToolCallAudit.objects.filter(turn_id=str(turn.pk)).order_by("id")
    assert [(a.tool, a.outcome, a.cache_hit) for a in audits if not a.call_id.startswith("prefetch_")] == [
        ("get_trip_details", "ok", False),
        ("issue_refund", "ok", False),
    ]
    # The read ran against a Redis that was down: the worker said so and ran it uncached.
    assert "tool cache unavailable; running get_trip_details uncached" in log_path.read_text()
    # The broker may deliver the task again (its ack can be lost with the connection): that finds the turn done.
    run_turn.apply(args=[str(turn.pk)])
    assert Turn.objects.get(pk=turn.pk).attempts == 1
    assert PendingAction.objects.filter(turn_id=str(turn.pk)).count() == 1
    assert len(model_server.requests) == 3


def test_a_worker_keeps_taking_turns_after_redis_restarts_under_a_running_turn(
    valkey, broker, own_worker, gates, model_server, rider, long_trip
):
    process, log_path = own_worker
    _script(model_server, gates, [final("Thanks, we are looking into it."), final("Thanks again.")])
    first = new_turn(rider, "The driver took a detour, please check.")
    broker.send_task(RUN_TURN, args=[str(first.pk)], queue="turns")
    wait_until(lambda: len(model_server.requests) == 1, timeout=30)

    valkey.restart()
    gates[1].set()
    wait_until(lambda: Turn.objects.filter(pk=first.pk, status="done").exists(), timeout=30)

    # A customer writes again after the restart: the same worker must take that turn too.
    gates[2].set()
    second = new_turn(rider, "Any news about my detour?")
    broker.send_task(RUN_TURN, args=[str(second.pk)], queue="turns")
    wait_until(
        lambda: process.poll() is not None or Turn.objects.filter(pk=second.pk, status="done").exists(),
        timeout=30,
    )
    assert process.poll() is None, log_path.read_text()[-2000:]
    assert Turn.objects.get(pk=second.pk).status == "done"
