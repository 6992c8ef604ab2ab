"""A case socket answers every frame it cannot use with an error frame naming the problem, and stays
open: binary frames, empty text, oversized or deeply nested JSON never raise (no close 1011)."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from copilot.asgi import application
from tests.copilot.test_consumers import _headers_for
from tests.factories import CaseFactory


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("frame", "named"),
    [
        pytest.param({"bytes_data": b"\x00\x01binary"}, "not binary", id="binary"),
        pytest.param({"text_data": "   "}, "empty", id="blank text"),
        pytest.param({"text_data": "[" * 50_000 + "]" * 50_000}, "at most 4096", id="huge"),
        pytest.param({"text_data": "[" * 1_000 + "]" * 1_000}, "nested more than 20", id="deep"),
        pytest.param({"text_data": "not json"}, "", id="not JSON"),
    ],
)
async def test_a_frame_the_socket_cannot_use_gets_an_error_frame_and_the_socket_stays_open(
    agent, frame, named
):
    case = await database_sync_to_async(CaseFactory)()
    headers = await database_sync_to_async(_headers_for)(agent)
    socket = WebsocketCommunicator(application, f"/ws/cases/{case.pk}/", headers=headers)
    connected, _ = await socket.connect(timeout=5)
    assert connected
    await socket.send_to(**frame)
    answer = await socket.receive_json_from(timeout=5)
    assert answer["event"] == "error" and named in answer["payload"]["detail"]
    await socket.send_json_to({"type": "ping"})
    assert (await socket.receive_json_from(timeout=5))["event"] == "pong"
    await socket.disconnect()
