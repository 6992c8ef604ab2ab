"""Claiming a turn: one statement decides and reads what the loop needs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from copilot.agent.loop import turn_claim
from copilot.models import Turn
from tests.agent.conftest import new_turn

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_queued_turn_is_claimed_once_with_its_case_rider_and_message_read_in_the_same_statement(rider):
    queued = new_turn(rider, "The driver took a detour on my last trip.")
    with CaptureQueriesContext(connection) as claiming:
        turn = turn_claim(str(queued.pk))
    assert len(claiming.captured_queries) == 1
    message = queued.message
    with CaptureQueriesContext(connection) as reading:
        seen = (
            turn.case_id,
            turn.case.status,
            turn.case.rider.rider_id,
            turn.message.text,
            turn.message.created_at,
            turn.question,
            turn.created_at,
            turn.seq,
            turn.attempts,
        )
    assert reading.captured_queries == []
    assert seen == (
        queued.case_id,
        "open",
        rider.rider_id,
        message.text,
        message.created_at,
        "",
        queued.created_at,
        0,
        1,
    )
    assert Turn.objects.get(pk=queued.pk).status == "running"
    assert turn_claim(str(queued.pk)) is None


def test_columns_the_claim_did_not_read_load_when_first_used(rider):
    queued = new_turn(rider, "I was charged twice.")
    turn = turn_claim(str(queued.pk))
    assert (turn.kind, turn.status, turn.case.channel, turn.case.rider.tier) == (
        "message",
        "running",
        queued.case.channel,
        rider.tier,
    )


def test_a_turn_without_a_message_is_claimed_with_none_for_it(rider):
    case = new_turn(rider, "My driver was rude.").case
    regenerate = Turn.objects.create(case=case, kind=Turn.Kind.REGENERATE)
    turn = turn_claim(str(regenerate.pk))
    assert turn.message is None
    assert turn.case.rider.rider_id == rider.rider_id


def test_a_running_turn_is_claimed_again_only_once_its_heartbeat_is_stale(rider, settings):
    queued = new_turn(rider, "I left my phone in the car.")
    assert turn_claim(str(queued.pk)).attempts == 1
    assert turn_claim(str(queued.pk)) is None  # alive: another worker has it
    stale = timezone.now() - timedelta(seconds=settings.COPILOT_TURN_STALE_SECONDS + 1)
    Turn.objects.filter(pk=queued.pk).update(heartbeat_at=stale)
    assert turn_claim(str(queued.pk)).attempts == 2
