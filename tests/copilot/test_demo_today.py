"""The demo world brought to today: a world seeded weeks ago is, after the move, the world
seeded today, with what agents did in it kept; nothing else is ever moved.

The instants are fixed (these are tests of a function that takes `now`); the command's test
moves this process's clock with time-machine, as a restart weeks later would find it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.db import transaction

from copilot import models as m
from copilot.demo.today import demo_move_to_today, move_day_names
from copilot.demo.world import CITY, build_demo_world
from copilot.desk.selectors import message_for_display
from copilot.intake.services import message_store
from tests.copilot.test_seed_demo import _judge_everything, _snapshot
from tests.factories import CaseFactory, TripFactory, make_user

# The demo places trips at local times of day, so a world is the same to the second as a
# fresh one only where both lie in one clock regime: from this seed back to its oldest trip
# (about four months) every city of the demo is on summer time, and so is today. The test
# below moves a world across a change of the clocks and checks its verdicts and day names.
TODAY = datetime(2027, 10, 28, 10, 0, tzinfo=UTC)
SIXTY_DAYS_AGO = TODAY - timedelta(days=60)
WEEKDAY_RE = re.compile(r"\b(?:on|of) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _fresh_world_at(now: datetime) -> tuple[dict, list, dict[int, str]]:
    with transaction.atomic():
        build_demo_world(now=now)
        seen = _snapshot(), _verdicts(now), _originals()
        transaction.set_rollback(True)
    return seen


def _verdicts(now: datetime) -> list:
    return sorted(
        (str(trip_id), reason, probe.verdict, decision.verdict, decision.max_amount, decision.rules)
        for trip_id, reason, probe, decision in _judge_everything(now)
    )


def _originals() -> list[str]:
    """The customers' own words, as the case's agent reads them, in queue order."""
    messages = m.Message.objects.filter(role="customer").order_by("case__opened_at", "case_id", "id")
    return [message_for_display(message, reveal=True) for message in messages]


def test_a_world_seeded_sixty_days_ago_and_moved_to_today_is_the_world_seeded_today(db):
    fresh_snapshot, fresh_verdicts, fresh_texts = _fresh_world_at(TODAY)

    build_demo_world(now=SIXTY_DAYS_AGO)
    moved = demo_move_to_today(now=TODAY + timedelta(hours=5))

    assert moved.days == 60 and moved.world_now == TODAY
    assert _snapshot() == fresh_snapshot
    assert _verdicts(TODAY) == fresh_verdicts
    assert _originals() == fresh_texts


def test_judged_against_todays_clock_an_unmoved_old_world_denies_what_the_moved_one_allows(db):
    build_demo_world(now=SIXTY_DAYS_AGO)
    stale = _verdicts(TODAY)
    demo_move_to_today(now=TODAY)

    allowed = sum(outcome == "allowed" for _, _, _, outcome, _, _ in _verdicts(TODAY))
    assert allowed > 100
    assert sum(outcome == "allowed" for _, _, _, outcome, _, _ in stale) < allowed / 10


def test_a_move_across_a_clock_change_keeps_every_verdict_and_names_the_right_days(db):
    seeded_at = datetime(2027, 3, 1, 12, 0, tzinfo=UTC)  # winter; today is after the spring change
    summary = build_demo_world(now=seeded_at)
    before = _verdicts(seeded_at)
    today = seeded_at + timedelta(days=45, hours=7)

    moved = demo_move_to_today(now=today)

    assert moved.days == 45
    assert _verdicts(seeded_at + timedelta(days=45)) == before
    named = 0
    for seeded in (c for c in summary.cases if c.status == "open" and c.trip_id):
        case = m.Case.objects.get(pk=seeded.case_id)
        trip = m.Trip.objects.get(trip_id=seeded.trip_id)
        text = message_for_display(case.messages.first(), reveal=True)
        local = trip.requested_at.astimezone(ZoneInfo(CITY[trip.city].tz))
        for day in WEEKDAY_RE.findall(text):
            named += 1
            assert day == f"{local:%A}", text
    assert named >= 3


def test_a_moved_world_keeps_what_agents_did_in_it_and_moves_it_along(db):
    build_demo_world(now=SIXTY_DAYS_AGO)
    agent = make_user("ava", roles=["agent"])
    case = m.Case.objects.filter(status="open").order_by("opened_at").first()
    trip = case.rider.trips.order_by("-requested_at").first()
    replied_at = SIXTY_DAYS_AGO + timedelta(minutes=20)
    reply = message_store(case=case, role="agent", text="Refunded, sorry.", author=agent, at=replied_at)
    refund = m.Refund.objects.create(
        refund_id="rf_agent_1",
        trip=trip,
        kind="refund",
        reason="route_deviation",
        amount=Decimal("5.00"),
        at=replied_at,
    )
    before = _verdicts(SIXTY_DAYS_AGO + timedelta(hours=1))

    demo_move_to_today(now=TODAY + timedelta(hours=1))

    reply.refresh_from_db()
    refund.refresh_from_db()
    assert reply.created_at == replied_at + timedelta(days=60)
    assert reply.text == "Refunded, sorry." and reply.author == agent
    assert refund.at == replied_at + timedelta(days=60)
    assert _verdicts(TODAY + timedelta(hours=1)) == before


def test_the_world_moves_by_whole_days_and_only_forward(db):
    build_demo_world(now=SIXTY_DAYS_AGO)
    opened = list(m.Case.objects.order_by("id").values_list("opened_at", flat=True))

    assert demo_move_to_today(now=SIXTY_DAYS_AGO + timedelta(hours=23)).days == 0
    assert demo_move_to_today(now=SIXTY_DAYS_AGO - timedelta(days=3)).days == 0
    assert list(m.Case.objects.order_by("id").values_list("opened_at", flat=True)) == opened
    assert demo_move_to_today(now=SIXTY_DAYS_AGO + timedelta(days=1, hours=23)).days == 1
    assert list(m.Case.objects.order_by("id").values_list("opened_at", flat=True)) == [
        at + timedelta(days=1) for at in opened
    ]


def test_a_database_seed_demo_did_not_write_is_left_alone(db):
    trip = TripFactory(requested_at=SIXTY_DAYS_AGO)
    case = CaseFactory(rider=trip.rider, opened_at=SIXTY_DAYS_AGO)

    assert demo_move_to_today(now=TODAY) is None
    trip.refresh_from_db()
    case.refresh_from_db()
    assert trip.requested_at == SIXTY_DAYS_AGO and case.opened_at == SIXTY_DAYS_AGO


def test_a_demo_world_seeded_before_worlds_were_dated_is_moved_too(db):
    build_demo_world(now=SIXTY_DAYS_AGO)
    m.DemoWorld.objects.all().delete()

    moved = demo_move_to_today(now=TODAY + timedelta(hours=3))

    # Its instant is read from its latest fact, minutes before the real one: never past today.
    assert moved.days == 60
    assert max(m.Trip.objects.values_list("requested_at", flat=True)) < TODAY


def test_seed_demo_on_a_later_start_brings_the_world_to_today(db):
    with time_machine.travel(SIXTY_DAYS_AGO, tick=False):
        call_command("seed_demo", "--if-empty", "--to-today", stdout=StringIO())
    out = StringIO()
    with time_machine.travel(TODAY + timedelta(hours=2), tick=False):
        call_command("seed_demo", "--if-empty", "--to-today", stdout=out)
        again = StringIO()
        call_command("seed_demo", "--if-empty", "--to-today", stdout=again)

    assert out.getvalue().strip() == "demo data moved 60 days forward, to 2027-10-28 10:00 UTC"
    assert again.getvalue().strip() == "demo data already present and current"
    assert m.DemoWorld.objects.get().now == TODAY


@pytest.mark.parametrize(
    ("text", "days", "written_on", "expected"),
    [
        ("my ride on Tuesday evening", 1, date(2027, 8, 20), "my ride on Wednesday evening"),
        ("in the early hours of Sunday", 3, date(2027, 8, 20), "in the early hours of Wednesday"),
        ("on Monday and on Friday", 14, date(2027, 8, 20), "on Monday and on Friday"),
        ("my trip on November 3", 60, date(2027, 11, 20), "my trip on January 2"),
        ("my trip on December 30", 5, date(2027, 1, 2), "my trip on January 4"),
        ("on February 30", 5, date(2027, 3, 2), "on February 30"),
        ("trip 5e1d2c3b on Tuesday", 0, date(2027, 8, 20), "trip 5e1d2c3b on Tuesday"),
        ("USD 30 on 2027-08-02, 12 km", 9, date(2027, 8, 20), "USD 30 on 2027-08-02, 12 km"),
    ],
)
def test_day_names_and_dates_move_with_their_days(text, days, written_on, expected):
    assert move_day_names(text, days=days, written_on=written_on) == expected
