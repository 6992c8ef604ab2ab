"""Websockets: role-checked on connect and on every frame, frames validated."""

from __future__ import annotations

import pytest
from channels.testing import WebsocketCommunicator
from django.test import Client

from copilot.asgi import application
from copilot.realtime.publisher import case_group, publish
from tests.factories import CaseFactory

ORIGIN = (b"origin", b"http://localhost")


def _headers_for(user) -> list[tuple[bytes, bytes]]:
    client = Client()
    client.force_login(user)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    return [ORIGIN, (b"cookie", cookie.encode())]


async def _connect(path: str, headers):
    communicator = WebsocketCommunicator(application, path, headers=headers)
    connected, code = await communicator.connect(timeout=5)
    return communicator, connected, code


@pytest.fixture
def case(transactional_db):
    return CaseFactory()


@pytest.mark.django_db(transaction=True)
async def test_an_agent_receives_events_published_to_the_case_group(agent, case):
    from channels.db import database_sync_to_async as sync_to_async

    headers = await sync_to_async(_headers_for)(agent)
    communicator, connected, _ = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert connected
    await sync_to_async(publish)(case_group(case.pk), "message.created", {"case_id": case.pk})
    frame = await communicator.receive_json_from(timeout=5)
    assert frame == {"event": "message.created", "payload": {"case_id": case.pk}}
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_events_sent_together_reach_the_page_as_one_frame_in_order(agent, case):
    from channels.db import database_sync_to_async as sync_to_async

    from copilot.realtime.publisher import publisher

    headers = await sync_to_async(_headers_for)(agent)
    communicator, connected, _ = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert connected
    events = [("turn.status", {"seq": 1, "status": "Thinking"}), ("turn.delta", {"seq": 2, "text": "Hi"})]
    publisher.send(case_group(case.pk), events)
    frame = await communicator.receive_json_from(timeout=5)
    assert frame == {"events": [{"event": e, "payload": p} for e, p in events]}
    assert await communicator.receive_nothing(timeout=0.2)
    await communicator.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_many_groups_sent_in_one_round_trip_each_get_their_own_events_in_order(agent, case):
    from channels.db import database_sync_to_async as sync_to_async
    from channels.layers import get_channel_layer

    from copilot.realtime.publisher import publish_many, relay_message

    other = await sync_to_async(CaseFactory)()
    headers = await sync_to_async(_headers_for)(agent)
    first, connected, _ = await _connect(f"/ws/cases/{case.pk}/", headers)
    second, connected_too, _ = await _connect(f"/ws/cases/{other.pk}/", headers)
    assert connected and connected_too
    ours = [("turn.status", {"seq": n, "status": f"step {n}"}) for n in range(1, 4)]
    theirs = [("turn.delta", {"seq": 1, "text": "Hello"})]
    await sync_to_async(publish_many)(
        get_channel_layer(),
        [(case_group(case.pk), relay_message(ours)), (case_group(other.pk), relay_message(theirs))],
    )
    assert await first.receive_json_from(timeout=5) == {
        "events": [{"event": e, "payload": p} for e, p in ours]
    }
    assert await second.receive_json_from(timeout=5) == {"event": "turn.delta", "payload": theirs[0][1]}
    assert await first.receive_nothing(timeout=0.2)
    assert await second.receive_nothing(timeout=0.2)
    await first.disconnect()
    await second.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_an_outsider_is_refused_a_case_socket(outsider, case):
    from channels.db import database_sync_to_async as sync_to_async

    headers = await sync_to_async(_headers_for)(outsider)
    _, connected, code = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert not connected
    assert code == 4403


@pytest.mark.django_db(transaction=True)
async def test_an_anonymous_socket_is_refused(case):
    _, connected, code = await _connect(f"/ws/cases/{case.pk}/", [ORIGIN])
    assert not connected
    assert code == 4403


@pytest.mark.django_db(transaction=True)
async def test_a_socket_from_a_foreign_origin_is_refused(agent, case):
    from channels.db import database_sync_to_async as sync_to_async

    headers = await sync_to_async(_headers_for)(agent)
    headers = [(b"origin", b"https://evil.example")] + [h for h in headers if h[0] != b"origin"]
    _, connected, _ = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert not connected


@pytest.mark.django_db(transaction=True)
async def test_a_socket_for_a_missing_case_is_closed_as_not_found(agent):
    from channels.db import database_sync_to_async as sync_to_async

    headers = await sync_to_async(_headers_for)(agent)
    _, connected, code = await _connect("/ws/cases/999999/", headers)
    assert not connected
    assert code == 4404


@pytest.mark.django_db(transaction=True)
async def test_a_malformed_frame_gets_an_error_and_the_socket_stays_open(agent, case):
    from channels.db import database_sync_to_async as sync_to_async

    headers = await sync_to_async(_headers_for)(agent)
    communicator, connected, _ = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert connected
    await communicator.send_to(text_data="{not json")
    error = await communicator.receive_json_from(timeout=5)
    assert error["event"] == "error"
    await communicator.send_json_to({"type": "ping", "extra": 1})
    assert (await communicator.receive_json_from(timeout=5))["event"] == "error"
    await communicator.send_json_to({"type": "ping"})
    assert (await communicator.receive_json_from(timeout=5))["event"] == "pong"
    await communicator.disconnect()


def _log_out_everywhere(agent) -> None:
    from django.contrib.sessions.models import Session

    Session.objects.all().delete()


def _deactivate(agent) -> None:
    from django.contrib.auth.models import User

    User.objects.filter(pk=agent.pk).update(is_active=False)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("change", [_log_out_everywhere, _deactivate], ids=["logged-out", "deactivated"])
async def test_an_open_socket_stops_working_once_its_session_or_user_no_longer_may(agent, case, change):
    from channels.db import database_sync_to_async as sync_to_async

    headers = await sync_to_async(_headers_for)(agent)
    communicator, connected, _ = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert connected
    await sync_to_async(change)(agent)
    await communicator.send_json_to({"type": "ping"})
    output = await communicator.receive_output(timeout=5)
    assert output["type"] == "websocket.close"
    assert output["code"] == 4403


@pytest.mark.django_db(transaction=True)
async def test_a_socket_with_an_unknown_session_key_is_refused(case):
    headers = [ORIGIN, (b"cookie", b"sessionid=not-a-session-anyone-has")]
    _, connected, code = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert not connected
    assert code == 4403


@pytest.mark.django_db(transaction=True)
async def test_a_socket_is_refused_once_the_agent_changes_password_elsewhere(agent, case):
    from channels.db import database_sync_to_async as sync_to_async

    headers = await sync_to_async(_headers_for)(agent)

    def change_password() -> None:
        agent.set_password("a-new-password-1234")
        agent.save()

    await sync_to_async(change_password)()
    _, connected, code = await _connect(f"/ws/cases/{case.pk}/", headers)
    assert not connected
    assert code == 4403


@pytest.mark.django_db(transaction=True)
def test_checking_a_case_socket_reads_the_session_the_user_her_roles_and_the_case_once_each(agent, case):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from copilot.core.access import CASE_WORKERS
    from copilot.realtime.consumers import _refusal

    session_key = _headers_for(agent)[1][1].decode().split("=", 1)[1]
    with CaptureQueriesContext(connection) as queries:
        assert _refusal(session_key, CASE_WORKERS, case.pk) == (None, (agent.pk, agent.get_full_name()))
    tables = [q["sql"].split(" FROM ", 1)[1].split()[0].strip('"') for q in queries.captured_queries]
    assert tables == ["django_session", "auth_user", "auth_group", "copilot_case"]


@pytest.mark.django_db(transaction=True)
async def test_a_second_agent_opening_the_case_is_named_to_the_first_and_leaving_is_told_too(
    agent, agent2, case
):
    from channels.db import database_sync_to_async as sync_to_async

    first, connected, _ = await _connect(f"/ws/cases/{case.pk}/", await sync_to_async(_headers_for)(agent))
    assert connected
    assert await first.receive_nothing(timeout=0.3)  # no news of its own arrival
    second, connected, _ = await _connect(f"/ws/cases/{case.pk}/", await sync_to_async(_headers_for)(agent2))
    assert connected

    joined = await first.receive_json_from(timeout=5)
    assert joined["event"] == "presence.changed"
    assert {v["name"] for v in joined["payload"]["viewers"]} == {"Ava", "Ben"}
    assert "channel" not in joined["payload"]
    await second.disconnect()
    left = await first.receive_json_from(timeout=5)
    assert [v["name"] for v in left["payload"]["viewers"]] == ["Ava"]
    await first.disconnect()


@pytest.mark.django_db(transaction=True)
def test_a_viewer_whose_page_stopped_pinging_no_longer_counts(agent, case):
    from copilot.realtime.presence import STALE_SECONDS, viewer_seen, viewers

    viewer_seen(case_id=case.pk, channel="gone", user_id=agent.pk, name="Ava", now=1000.0)
    assert viewers(case.pk, now=1000.0 + STALE_SECONDS) == [{"user_id": agent.pk, "name": "Ava"}]
    assert viewers(case.pk, now=1001.0 + STALE_SECONDS) == []


@pytest.mark.django_db(transaction=True)
async def test_a_ping_keeps_the_viewer_counted(agent, case):
    import json

    from channels.db import database_sync_to_async as sync_to_async

    from copilot.realtime import presence

    def seen() -> float:
        [raw] = presence._redis().hgetall(presence._key(case.pk)).values()
        return json.loads(raw)["seen"]

    communicator, connected, _ = await _connect(
        f"/ws/cases/{case.pk}/", await sync_to_async(_headers_for)(agent)
    )
    assert connected
    at_connect = await sync_to_async(seen)()
    await communicator.send_json_to({"type": "ping"})
    assert (await communicator.receive_json_from(timeout=5))["event"] == "pong"
    assert await sync_to_async(seen)() > at_connect
    await communicator.disconnect()
