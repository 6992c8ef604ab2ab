"""The process's publisher: fire-and-forget, in order per group, a failed send logged and survived."""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from copilot.launcher.services import free_port
from copilot.realtime import publisher as realtime
from copilot.realtime.channel_layer import PubSubChannelLayer
from tests.conftest import wait_until


class Recorder:
    """Stands in for the Redis round trip where a test must hold it: records each call; the
    first may be held until released. Failures go through a real client at a closed port."""

    def __init__(self, *, hold_first: bool = False) -> None:
        self.calls: list[list[tuple[str, dict]]] = []
        self.release = threading.Event()
        if not hold_first:
            self.release.set()
        self.entered = threading.Event()

    def __call__(self, layer, messages) -> None:
        first = not self.calls
        self.calls.append(messages)
        self.entered.set()
        if first:
            self.release.wait(10)


@pytest.fixture
def recorder(monkeypatch):
    def install(**kwargs) -> Recorder:
        recording = Recorder(**kwargs)
        monkeypatch.setattr(realtime, "publish_many", recording)
        return recording

    return install


def test_events_queued_while_a_send_is_in_flight_leave_together_one_message_per_group_in_order(recorder):
    recording = recorder(hold_first=True)
    publisher = realtime._Publisher()
    publisher.send("case-1", [("turn.status", {"seq": 1})])
    assert recording.entered.wait(5)
    publisher.send("case-1", [("turn.status", {"seq": 2})])
    publisher.send("case-2", [("turn.delta", {"seq": 1})])
    publisher.send("case-1", [("turn.delta", {"seq": 3}), ("turn.done", {"seq": 4})])
    recording.release.set()
    wait_until(lambda: len(recording.calls) == 2, timeout=5)
    assert recording.calls[0] == [
        ("case-1", {"type": "relay", "event": "turn.status", "payload": {"seq": 1}})
    ]
    second = dict(recording.calls[1])
    assert [e["payload"]["seq"] for e in second["case-1"]["events"]] == [2, 3, 4]
    assert second["case-2"] == {"type": "relay", "event": "turn.delta", "payload": {"seq": 1}}


def test_a_send_to_a_redis_that_is_down_is_logged_and_the_publisher_goes_on(monkeypatch, caplog):
    down = PubSubChannelLayer(hosts=[{"address": f"redis://127.0.0.1:{free_port()}", "socket_timeout": 2}])
    monkeypatch.setattr(realtime, "get_channel_layer", lambda: down)
    publisher = realtime._Publisher()
    with caplog.at_level(logging.WARNING, logger="copilot.realtime.publisher"):
        publisher.send("case-1", [("turn.status", {"seq": 1}), ("turn.delta", {"seq": 2})])
        wait_until(lambda: "2 websocket event(s) were not delivered" in caplog.text, timeout=10)
        publisher.send("case-1", [("turn.done", {"seq": 3})])
        wait_until(lambda: "1 websocket event(s) were not delivered" in caplog.text, timeout=10)
    assert publisher._thread.is_alive()


def test_sending_never_waits_on_the_redis_round_trip(recorder):
    recording = recorder(hold_first=True)
    publisher = realtime._Publisher()
    publisher.send("case-1", [("turn.status", {"seq": 1})])
    assert recording.entered.wait(5)
    # The round trip is held; the turn's next sends return at once all the same.
    for seq in range(2, 50):
        publisher.send("case-1", [("turn.delta", {"seq": seq})])
    assert len(recording.calls) == 1
    recording.release.set()
    wait_until(lambda: len(recording.calls) == 2, timeout=5)


def test_the_publisher_follows_the_channel_layer_when_its_settings_change(settings, monkeypatch):
    layers_used = []
    real_publish_many = realtime.publish_many

    def publish_and_record(layer, messages):
        layers_used.append(layer)
        real_publish_many(layer, messages)

    monkeypatch.setattr(realtime, "publish_many", publish_and_record)
    publisher = realtime._Publisher()
    configured = get_channel_layer()
    publisher.send("case-1", [("turn.status", {"seq": 1})])
    # The first batch must have gone out on the configured layer before the settings change,
    # or a thread that looks the layer up once would pass this test by starting late.
    wait_until(lambda: len(layers_used) == 1, timeout=10)
    assert layers_used[0] is configured
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)("case-1", channel)
    publisher.send("case-1", [("turn.done", {"seq": 2})])
    message = async_to_sync(asyncio.wait_for)(layer.receive(channel), 10)
    assert message == {"type": "relay", "event": "turn.done", "payload": {"seq": 2}}
