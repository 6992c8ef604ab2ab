"""Agents outside the copilot's rollout work the case page without the panel: they read the case,
reply and resolve, and see no proposal, no draft and no copilot event; its actions are refused."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from django.urls import reverse

from copilot import models as m
from copilot.realtime import events
from copilot.realtime.publisher import announce_rollout_changed, case_group, publish, publisher
from policies.models import CopilotRollout
from tests.copilot.test_console import proposed  # noqa: F401  (the fixture)
from tests.copilot.test_consumers import _connect, _headers_for
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)


async def next_events(communicator, count: int) -> list[dict]:
    """The next `count` events the page hears, one by one, leaving out who else has the case open:
    the publisher may send events queued together as one frame (`{"events": [...]}`), as it does in
    production, and presence is announced whenever a page joins or refreshes."""
    heard: list[dict] = []
    while len(heard) < count:
        frame = await communicator.receive_json_from(timeout=5)
        heard.extend(e for e in frame.get("events", [frame]) if e["event"] != events.PRESENCE_CHANGED)
    return heard


async def hears_nothing_more(communicator, timeout: float = 0.5) -> bool:
    """No event but presence reaches the page within `timeout`."""
    while not await communicator.receive_nothing(timeout=timeout):
        frame = await communicator.receive_json_from(timeout=timeout)
        if any(e["event"] != events.PRESENCE_CHANGED for e in frame.get("events", [frame])):
            return False
    return True


def roll_out_to(*users, intents: list[str] | None = None) -> None:
    row = CopilotRollout.current()
    row.mode = CopilotRollout.Mode.ALLOW_LIST
    row.agent_ids = [u.pk for u in users]
    row.intents = intents or []
    row.save()


def test_an_agent_in_the_rollout_sees_the_panel_and_the_draft(client, agent, proposed):  # noqa: F811
    case, action = proposed
    roll_out_to(agent)
    client.force_login(agent)
    page = client.get(reverse("case", args=[case.pk])).content.decode()
    assert 'id="copilot-panel"' in page and f'id="action-{action.pk}"' in page
    assert 'id="draft"' in page and "Draft reply" in page and 'name="reason_code"' in page


def test_an_agent_outside_the_rollout_reads_the_case_and_has_a_reply_form_but_no_copilot(
    client,
    agent,
    agent2,
    proposed,  # noqa: F811
):
    case, action = proposed
    roll_out_to(agent2)
    client.force_login(agent)
    draft = m.Turn.objects.get(case=case).draft
    for url in (reverse("case", args=[case.pk]), reverse("copilot-panel", args=[case.pk])):
        page = client.get(url).content.decode()
        assert 'id="copilot-panel"' not in page and "Proposed actions" not in page
        assert f'id="action-{action.pk}"' not in page and 'id="copilot-turn"' not in page
        assert 'id="draft"' not in page and draft[:40] not in page
        assert 'id="reply-text"' in page and "Send reply" in page and "Resolve case" in page
        assert 'name="reason_code"' not in page  # there is no draft to differ from
    assert "Huge detour" in client.get(reverse("case", args=[case.pk])).content.decode()


def test_an_agent_outside_the_rollout_replies_in_their_own_words_and_resolves(client, agent, proposed):  # noqa: F811
    case, _ = proposed
    roll_out_to()
    client.force_login(agent)
    response = client.post(reverse("case-reply", args=[case.pk]), {"text": "Looking into it, Maria."})
    assert response.status_code == 200 and "Reply sent." in response.content.decode()
    reply = m.Message.objects.get(case=case, role=m.Message.Role.AGENT)
    assert reply.override_reason == ""  # they never saw the draft: not an override
    assert client.post(reverse("case-resolve", args=[case.pk])).status_code == 200
    case.refresh_from_db()
    assert case.status == m.Case.Status.RESOLVED


@pytest.mark.parametrize("view", ["action-approve", "action-reject"])
def test_deciding_the_copilots_proposal_is_refused_outside_the_rollout(client, agent, proposed, view):  # noqa: F811
    case, action = proposed
    roll_out_to()
    client.force_login(agent)
    response = client.post(reverse(view, args=[action.pk]), {"reason_code": "other"})
    assert response.status_code == 403
    assert "The copilot is not turned on for you" in response.content.decode()
    action.refresh_from_db()
    assert action.status == PendingAction.Status.PENDING and action.decided_by is None
    assert not m.Refund.objects.filter(trip__rider=case.rider).exists()


def test_asking_the_copilot_is_refused_outside_the_rollout(client, agent, proposed):  # noqa: F811
    case, _ = proposed
    roll_out_to()
    client.force_login(agent)
    turns = m.Turn.objects.filter(case=case).count()
    response = client.post(reverse("case-ask", args=[case.pk]), {"question": "What about a credit?"})
    assert response.status_code == 403
    assert m.Turn.objects.filter(case=case).count() == turns


def test_a_rollout_limited_to_other_intents_hides_the_panel_on_this_case(client, agent, proposed):  # noqa: F811
    case, action = proposed
    intent = m.Turn.objects.get(case=case).intent
    roll_out_to(agent, intents=["lost_item"] if intent != "lost_item" else ["trip_info"])
    client.force_login(agent)
    page = client.get(reverse("case", args=[case.pk])).content.decode()
    assert 'id="copilot-panel"' not in page and 'id="reply-text"' in page
    assert client.post(reverse("action-approve", args=[action.pk])).status_code == 403


def test_a_supervisor_sees_the_panel_while_the_copilot_is_on_for_anyone_but_not_when_off(
    client,
    supervisor,
    proposed,  # noqa: F811
):
    case, _ = proposed
    roll_out_to()
    client.force_login(supervisor)
    assert 'id="copilot-panel"' in client.get(reverse("case", args=[case.pk])).content.decode()
    CopilotRollout.objects.update_or_create(pk=1, defaults={"mode": CopilotRollout.Mode.NOBODY})
    assert 'id="copilot-panel"' not in client.get(reverse("case", args=[case.pk])).content.decode()


async def test_a_socket_outside_the_rollout_gets_no_copilot_events_until_it_is_rolled_out(agent, agent2):
    from tests.factories import CaseFactory

    case = await database_sync_to_async(CaseFactory)()
    await database_sync_to_async(roll_out_to)(agent2)
    communicator, connected, _ = await _connect(
        f"/ws/cases/{case.pk}/", await database_sync_to_async(_headers_for)(agent)
    )
    assert connected
    publisher.send(case_group(case.pk), [(events.TURN_STATUS, {"turn_id": "t1", "seq": 1, "status": "x"})])
    await database_sync_to_async(publish)(case_group(case.pk), events.TURN_DONE, {"turn_id": "t1", "seq": 2})
    await database_sync_to_async(publish)(case_group(case.pk), events.MESSAGE_CREATED, {"case_id": case.pk})
    # Only the message reaches the page: the turn's events were the copilot's.
    assert await next_events(communicator, 1) == [
        {"event": events.MESSAGE_CREATED, "payload": {"case_id": case.pk}}
    ]

    await database_sync_to_async(roll_out_to)(agent, agent2)
    await database_sync_to_async(announce_rollout_changed)()
    assert [e["event"] for e in await next_events(communicator, 1)] == [events.ROLLOUT_CHANGED]
    publisher.send(case_group(case.pk), [(events.TURN_STATUS, {"turn_id": "t2", "seq": 1, "status": "y"})])
    assert [e["event"] for e in await next_events(communicator, 1)] == [events.TURN_STATUS]
    await communicator.disconnect()


async def test_a_socket_outside_the_rollout_hears_of_no_proposal_but_of_every_change_to_the_case(
    agent, agent2
):
    from tests.factories import CaseFactory

    case = await database_sync_to_async(CaseFactory)()
    await database_sync_to_async(roll_out_to)(agent2)
    pages = {}
    for user in (agent, agent2):
        pages[user], connected, _ = await _connect(
            f"/ws/cases/{case.pk}/", await database_sync_to_async(_headers_for)(user)
        )
        assert connected
    decided = {"case_id": case.pk, "action_id": 7, "status": "executed"}
    for event, payload in [
        (events.ACTION_CHANGED, decided),
        (events.CASE_CHANGED, {"case_id": case.pk, "change": "noted"}),
        (events.MESSAGE_CREATED, {"case_id": case.pk, "message_id": 1}),
        (events.CASE_CHANGED, {"case_id": case.pk, "change": "resolved"}),
    ]:
        await database_sync_to_async(publish)(case_group(case.pk), event, payload)

    heard = [e["event"] for e in await next_events(pages[agent], 3)]
    assert heard == [events.CASE_CHANGED, events.MESSAGE_CREATED, events.CASE_CHANGED]
    assert await hears_nothing_more(pages[agent])
    # The agent the copilot is rolled out to hears of the decision.
    assert (await next_events(pages[agent2], 4))[0] == {"event": events.ACTION_CHANGED, "payload": decided}
    for page in pages.values():
        await page.disconnect()


def test_an_agent_outside_the_rollout_still_sees_a_standing_safety_alarm_but_cannot_clear_it(client, agent):
    from tests.factories import CaseFactory

    case = CaseFactory(
        assignee=agent, safety_signals=[{"category": "dangerous_driving", "words": "ran a red"}]
    )
    roll_out_to()
    client.force_login(agent)
    page = client.get(reverse("case", args=[case.pk])).content.decode()
    assert 'id="safety-notice"' in page and "dangerous driving: “ran a red”" in page
    assert 'id="safety-reason"' not in page
    response = client.post(reverse("case-safety-clear", args=[case.pk]), {"reason": "a joke"})
    assert response.status_code == 403
    case.refresh_from_db()
    assert case.safety_cleared_at is None


def test_a_supervisor_cannot_decide_the_copilots_proposal_once_it_is_switched_off_for_everyone(
    supervisor,
    proposed,  # noqa: F811
):
    from tools.approvals import OUTSIDE_ROLLOUT, ActionError, action_approve, action_reject

    _, action = proposed
    row = CopilotRollout.current()
    row.mode = CopilotRollout.Mode.NOBODY
    row.save()
    with pytest.raises(ActionError, match="not rolled out to you"):
        action_approve(action_id=action.pk, user=supervisor)
    with pytest.raises(ActionError, match=OUTSIDE_ROLLOUT[:30]):
        action_reject(action_id=action.pk, user=supervisor, reason="other")
    action.refresh_from_db()
    assert action.status == "pending" and action.executed_at is None


async def test_a_page_is_told_to_re_read_its_console_when_the_turns_intent_takes_the_case_out(agent):
    from tests.factories import CaseFactory

    case = await database_sync_to_async(CaseFactory)()
    await database_sync_to_async(roll_out_to)(agent, intents=["fare_dispute"])
    turn = await database_sync_to_async(m.Turn.objects.create)(case=case, intent="fare_dispute")
    communicator, connected, _ = await _connect(
        f"/ws/cases/{case.pk}/", await database_sync_to_async(_headers_for)(agent)
    )
    assert connected
    # A new turn streams; when it is done its intent turns out to be outside the rollout.
    second = await database_sync_to_async(m.Turn.objects.create)(case=case)
    publisher.send(
        case_group(case.pk), [(events.TURN_DELTA, {"turn_id": str(second.pk), "seq": 1, "text": "Hi"})]
    )
    assert (await communicator.receive_json_from(timeout=5))["event"] == events.TURN_DELTA
    await database_sync_to_async(m.Turn.objects.filter(pk=second.pk).update)(intent="lost_item")
    publisher.send(case_group(case.pk), [(events.TURN_DONE, {"turn_id": str(second.pk), "seq": 2})])
    assert (await communicator.receive_json_from(timeout=5))["event"] == events.ROLLOUT_CHANGED
    assert await communicator.receive_nothing(timeout=0.5)  # the turn's own event is not relayed
    await communicator.disconnect()
    assert turn.intent == "fare_dispute"
