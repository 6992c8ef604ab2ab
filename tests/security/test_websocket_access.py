"""Every websocket route × every persona and anonymous, generated from the websocket urlconf (a new
socket is covered by default): a page of this site with a role that may is let in; anonymous, a
role that may not, an unknown session and every foreign, missing or look-alike Origin are refused;
an open socket stops the moment its session ends; every route answers unusable frames with an
error frame and stays open."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.sessions.models import Session
from django.test import Client

from copilot.asgi import application
from copilot.core.access import user_roles
from copilot.realtime.routing import websocket_urlpatterns
from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db(transaction=True)

PERSONAS = ["anonymous", "agent", "supervisor", "admin_user", "analyst", "outsider"]
SAME_ORIGIN = b"http://localhost"
# Origins a hostile page could send: another site, a look-alike host, a sandboxed frame ("null"),
# credentials in front of the real host, another scheme's host that is not ours.
FOREIGN_ORIGINS = [
    b"https://evil.example",
    b"http://localhost.evil.example",
    b"http://evil-localhost",
    b"null",
    b"http://localhost@evil.example",
    b"file://",
]


def every_socket() -> list[tuple[str, frozenset[str]]]:
    """(route, roles its consumer lets in) for every websocket route."""
    return [
        (str(pattern.pattern), pattern.callback.consumer_class.allowed_roles)
        for pattern in websocket_urlpatterns
    ]


def concrete(route: str, case_id: int) -> str:
    def value(match: re.Match) -> str:
        if match.group(2) == "case_id":
            return str(case_id)
        raise AssertionError(f"this test does not know the socket argument {match.group(2)!r}: add it")

    return "/" + re.sub(r"<(\w+):(\w+)>", value, route)


ROUTES = [route for route, _ in every_socket()]


def _cookie_for(user) -> bytes:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}".encode()


async def _connect(path: str, headers: list[tuple[bytes, bytes]]):
    socket = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await socket.connect(timeout=5)
    return socket, connected, code


@pytest.fixture
def case_id(transactional_db) -> int:
    return CaseFactory().pk


def test_the_socket_table_covers_every_websocket_route():
    assert len(ROUTES) >= 2  # the case page's and the queue's
    for route, roles in every_socket():
        assert roles, f"{route} names no roles: every socket is role-checked"


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize("persona", PERSONAS)
async def test_a_socket_lets_in_exactly_the_roles_its_consumer_names(request, route, persona, case_id):
    allowed_roles = dict(every_socket())[route]
    headers = [(b"origin", SAME_ORIGIN)]
    user = None
    if persona != "anonymous":
        user = await database_sync_to_async(request.getfixturevalue)(persona)
        headers.append((b"cookie", await database_sync_to_async(_cookie_for)(user)))
    may = user is not None and bool(await database_sync_to_async(user_roles)(user) & allowed_roles)
    socket, connected, code = await _connect(concrete(route, case_id), headers)
    assert connected is may, (persona, route, code)
    if may:
        await socket.send_json_to({"type": "ping"})
        assert (await socket.receive_json_from(timeout=5))["event"] == "pong"
        await socket.disconnect()
    else:
        assert code == 4403, (persona, route, code)


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize(
    "origin", [None, *FOREIGN_ORIGINS], ids=lambda o: "none" if o is None else o.decode()
)
async def test_a_socket_from_any_other_origin_or_none_is_refused_even_with_a_good_session(
    agent, route, origin, case_id
):
    headers = [(b"cookie", await database_sync_to_async(_cookie_for)(agent))]
    if origin is not None:
        headers.append((b"origin", origin))
    _, connected, _ = await _connect(concrete(route, case_id), headers)
    assert not connected


@pytest.mark.parametrize("route", ROUTES)
async def test_a_socket_with_a_session_nobody_has_is_refused(route, case_id):
    headers = [(b"origin", SAME_ORIGIN), (b"cookie", b"sessionid=not-a-session-anyone-has")]
    _, connected, code = await _connect(concrete(route, case_id), headers)
    assert not connected and code == 4403


@pytest.mark.parametrize("route", ROUTES)
async def test_an_open_socket_closes_at_its_next_frame_once_the_session_is_gone(agent, route, case_id):
    headers = [(b"origin", SAME_ORIGIN), (b"cookie", await database_sync_to_async(_cookie_for)(agent))]
    socket, connected, _ = await _connect(concrete(route, case_id), headers)
    assert connected
    await database_sync_to_async(lambda: Session.objects.all().delete())()
    await socket.send_json_to({"type": "ping"})
    output = await socket.receive_output(timeout=5)
    assert output["type"] == "websocket.close" and output["code"] == 4403


@pytest.mark.parametrize("route", ROUTES)
@pytest.mark.parametrize(
    ("frame", "named"),
    [
        pytest.param({"bytes_data": b"\x00\x01binary"}, "not binary", id="binary"),
        pytest.param({"text_data": "   "}, "empty", id="blank text"),
        pytest.param({"text_data": "[" * 50_000 + "]" * 50_000}, "at most 4096", id="huge"),
        pytest.param({"text_data": "[" * 1_000 + "]" * 1_000}, "nested more than 20", id="deep"),
        pytest.param({"text_data": "not json"}, "", id="not JSON"),
        pytest.param({"text_data": '{"type": "refund", "amount": 1e308}'}, "", id="unknown type"),
        pytest.param(
            {"text_data": '{"type": "resync", "after_seq": "' + "9" * 5000 + '"}'}, "", id="huge number"
        ),
    ],
)
async def test_a_frame_the_socket_cannot_use_gets_an_error_frame_and_the_socket_stays_open(
    agent, route, frame, named, case_id
):
    headers = [(b"origin", SAME_ORIGIN), (b"cookie", await database_sync_to_async(_cookie_for)(agent))]
    socket, connected, _ = await _connect(concrete(route, case_id), headers)
    assert connected
    await socket.send_to(**frame)
    answer = await socket.receive_json_from(timeout=5)
    assert answer["event"] == "error" and named in answer["payload"]["detail"]
    await socket.send_json_to({"type": "ping"})
    assert (await socket.receive_json_from(timeout=5))["event"] == "pong"
    await socket.disconnect()
