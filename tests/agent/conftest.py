from __future__ import annotations

from decimal import Decimal

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from copilot.models import Case, Turn
from copilot.realtime import case_group
from copilot.services import message_store
from tests.agent.scripted_server import ScriptedServer
from tests.factories import CaseFactory, RiderFactory, TripFactory


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


@pytest.fixture
def rider(transactional_db):
    return RiderFactory(name="Maria Lopez", email="maria.lopez@example.com")


@pytest.fixture
def long_trip(rider):
    return TripFactory(
        rider=rider,
        upfront_fare=Decimal("30.00"),
        fare="48.00",
        estimated_distance_km=10.0,
        actual_distance_km=14.2,
        driver_name="Jonas Becker",
    )


def new_turn(rider, text: str) -> Turn:
    """A case with one customer message and a queued turn, without enqueueing it anywhere."""
    case = CaseFactory(rider=rider, status=Case.Status.OPEN)
    message = message_store(case=case, role="customer", text=text)
    return Turn.objects.create(case=case, message=message)


class GroupListener:
    """Collects what the case's websocket group receives."""

    def __init__(self, case_id: int) -> None:
        self.layer = get_channel_layer()
        self.channel = async_to_sync(self.layer.new_channel)()
        async_to_sync(self.layer.group_add)(case_group(case_id), self.channel)

    def drain(self, timeout: float = 2.0) -> list[dict]:
        import asyncio

        async def collect():
            events = []
            while True:
                try:
                    message = await asyncio.wait_for(self.layer.receive(self.channel), timeout)
                except TimeoutError:
                    return events
                items = message["events"] if message["type"] == "relay.batch" else [message]
                events.extend({"event": m["event"], **m["payload"]} for m in items)
                if any(m["event"] in {"turn.done", "turn.failed"} for m in items):
                    return events

        return async_to_sync(collect)()
