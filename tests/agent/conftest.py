from __future__ import annotations

import asyncio
import queue
import threading
import time

import pytest
from channels.layers import get_channel_layer

from copilot.intake.services import message_store
from copilot.models import Case, Turn
from copilot.realtime.publisher import case_group
from tests.agent.scripted_server import ScriptedServer
from tests.factories import CaseFactory


@pytest.fixture
def model_server():
    server = ScriptedServer().start()
    yield server
    server.stop()


@pytest.fixture
def use_model(settings, model_server):
    """Point the openai provider at the scripted server, with short timeouts."""
    settings.COPILOT_PROVIDER = "openai"
    settings.OPENAI_BASE_URL = model_server.url
    settings.OPENAI_API_KEY = "sk-test"
    settings.COPILOT_MODEL = "scripted-model"
    settings.COPILOT_MODEL_TIMEOUT_SECONDS = 1.5
    settings.COPILOT_MODEL_RETRIES = 2
    return model_server


def new_turn(rider, text: str) -> Turn:
    """A case with one customer message and a queued turn, without enqueueing it anywhere."""
    case = CaseFactory(rider=rider, status=Case.Status.OPEN)
    message = message_store(case=case, role="customer", text=text)
    return Turn.objects.create(case=case, message=message)


class GroupListener:
    """Collects what the case's websocket group receives, from the moment it is created.

    The channel layer's subscriptions belong to an event loop, so the listener keeps its own
    loop in a thread (as Daphne keeps one) and hands each event over through a queue.
    """

    def __init__(self, case_id: int) -> None:
        self.events: queue.Queue[dict] = queue.Queue()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.layer = get_channel_layer()
        self.channel = self._call(self.layer.new_channel())
        self._call(self.layer.group_add(case_group(case_id), self.channel))
        self.receiving = asyncio.run_coroutine_threadsafe(self._receive(), self.loop)
        _listeners.append(self)

    def _call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=10)

    async def _receive(self) -> None:
        while True:
            message = await self.layer.receive(self.channel)
            items = message["events"] if message["type"] == "relay.batch" else [message]
            for m in items:
                self.events.put({"event": m["event"], **m["payload"]})

    def drain(self, timeout: float = 2.0) -> list[dict]:
        """Events until the turn ends (or none arrive for `timeout` seconds)."""
        events = []
        while True:
            try:
                event = self.events.get(timeout=timeout)
            except queue.Empty:
                return events
            events.append(event)
            if event["event"] in {"turn.done", "turn.failed"}:
                return events

    def wait_for(self, expected: dict, timeout: float = 10.0) -> list[dict]:
        """Events until one equal to `expected` arrives (whatever turns end meanwhile), or `timeout`."""
        events: list[dict] = []
        deadline = time.monotonic() + timeout
        while expected not in events and (left := deadline - time.monotonic()) > 0:
            try:
                events.append(self.events.get(timeout=left))
            except queue.Empty:
                break
        return events

    def close(self) -> None:
        self.receiving.cancel()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)


_listeners: list[GroupListener] = []


@pytest.fixture(autouse=True)
def _close_listeners():
    yield
    while _listeners:
        _listeners.pop().close()
