"""The demo world and `manage.py seed_demo`: logins, a lived-in desk, every refund rule at work.

The world is built against the real test database; each test rolls it back. The rules
are judged by the real engine, so a demo trip built for a situation is known to land
on the rule that situation is about.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import transaction

from copilot import models as m
from copilot.core.domain import INTENTS, RefundAction
from copilot.demo import world as demo
from copilot.demo.accounts import DEMO_LOGINS, DEMO_PASSWORD
from copilot.demo.experiment import FLOOR_PREFIX
from copilot.demo.world import DemoSummary, build_demo_world
from copilot.desk.selectors import message_for_display
from copilot.trips.service import DatabaseTripService, trip_to_domain
from policies.engine import PolicyParams, judge
from tests.factories import RiderFactory

NOW = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)
REASONS = (
    "route_deviation",
    "cancellation_fee",
    "duplicate_charge",
    "cleaning_fee",
    "service_quality",
    "safety",
)
UUID_RE = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
SHORT_RE = re.compile(r"\b[0-9a-f]{8}\b")
CARD_RE = re.compile(r"\b\d{4}[ -]?\d{4,6}[ -]?\d{4,5}(?:[ -]?\d{4})?\b")


@pytest.fixture
def world(db) -> DemoSummary:
    return build_demo_world(now=NOW)


def _snapshot() -> dict:
    """Everything the demo world holds, without database-assigned ids or password salts."""
    case_order = {
        pk: i for i, pk in enumerate(m.Case.objects.order_by("opened_at", "id").values_list("id", flat=True))
    }
    return {
        "users": sorted(
            (
                u.username,
                u.first_name,
                u.last_name,
                u.email,
                tuple(sorted(u.groups.values_list("name", flat=True))),
            )
            for u in User.objects.all()
        ),
        "riders": sorted(
            m.Rider.objects.values_list(
                "rider_id", "name", "email", "phone", "tier", "account_created_at", "fraud_flag"
            )
        ),
        "trips": sorted(
            tuple(str(v) for v in row)
            for row in m.Trip.objects.values_list(
                "trip_id",
                "rider__rider_id",
                "driver_id",
                "driver_name",
                "product",
                "status",
                "city",
                "currency",
                "requested_at",
                "pickup_eta_at",
                "driver_arrived_at",
                "started_at",
                "completed_at",
                "cancelled_at",
                "pickup_address",
                "dropoff_address",
                "upfront_fare",
                "estimated_distance_km",
                "actual_distance_km",
                "estimated_duration_min",
                "actual_duration_min",
                "surge_multiplier",
            )
        ),
        "charges": sorted(m.Charge.objects.values_list("charge_id", "trip_id", "kind", "amount", "at")),
        "refunds": sorted(
            m.Refund.objects.values_list("refund_id", "trip_id", "kind", "reason", "amount", "at")
        ),
        "incidents": sorted(
            m.Incident.objects.values_list("trip_id", "kind", "reported_at", "evidence_photos", "note")
        ),
        "cases": [
            (
                c.rider.rider_id,
                c.channel,
                c.subject,
                c.status,
                c.assignee.username if c.assignee else None,
                c.opened_at,
                c.first_response_at,
                c.resolved_at,
            )
            for c in m.Case.objects.select_related("rider", "assignee").order_by("opened_at", "id")
        ],
        "messages": sorted(
            (
                case_order[msg.case_id],
                msg.role,
                msg.text,
                msg.created_at,
                msg.author.username if msg.author else None,
            )
            for msg in m.Message.objects.select_related("author")
        ),
    }


def _world_snapshot(*, seed: int) -> dict:
    with transaction.atomic():
        build_demo_world(now=NOW, seed=seed)
        snapshot = _snapshot()
        transaction.set_rollback(True)
    return snapshot


def _judge_everything(now: datetime = NOW):
    """Each demo trip against a plausible request for each reason: first probed for the most it
    could get, then asked for exactly that. Yields (trip_id, reason, probe, decision)."""
    service = DatabaseTripService()
    riders = {r.rider_id: service.get_rider(rider_id=r.rider_id, now=now) for r in m.Rider.objects.all()}
    params = PolicyParams()
    trips = m.Trip.objects.select_related("rider").prefetch_related("charges", "refunds", "incidents")
    for trip in trips:
        domain_trip = trip_to_domain(trip)
        rider = riders[domain_trip.rider_id]
        for reason in REASONS:
            kind = "credit" if reason == "service_quality" else "refund"

            def ask(amount: Decimal, trip=domain_trip, rider=rider, kind=kind, reason=reason):
                action = RefundAction(kind=kind, reason=reason, amount=amount)
                return judge(
                    trip=trip, rider=rider, action=action, now=now, approver_role="agent", params=params
                )

            probe = ask(Decimal("0.01"))
            decision = ask(probe.max_amount) if probe.max_amount > 0 else probe
            yield domain_trip.trip_id, reason, probe, decision


# --- the command -------------------------------------------------------------------------------


def test_seed_demo_creates_one_login_per_role(db):
    call_command("seed_demo", stdout=StringIO())

    for username, description in DEMO_LOGINS:
        user = User.objects.get(username=username)
        role = "agent" if username == "agent2" else username
        assert list(user.groups.values_list("name", flat=True)) == [role]
        assert user.check_password(DEMO_PASSWORD)
        assert f"{user.first_name} {user.last_name}" == description.split(":")[0]
        assert user.is_active and not user.is_staff and not user.is_superuser
    # Besides the logins, the demo experiment's floor agents, who cannot log in.
    assert User.objects.exclude(username__startswith=FLOOR_PREFIX).count() == len(DEMO_LOGINS)
    assert not any(u.has_usable_password() for u in User.objects.filter(username__startswith=FLOOR_PREFIX))


def test_seed_demo_prints_a_one_line_summary(db):
    out = StringIO()
    call_command("seed_demo", stdout=out)

    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 1
    assert re.search(r"\d+ riders, \d+ trips", lines[0])


def test_seed_demo_with_if_empty_seeds_an_empty_database(db):
    call_command("seed_demo", "--if-empty", stdout=StringIO())

    assert m.Rider.objects.count() > 200
    assert m.Case.objects.filter(status=m.Case.Status.OPEN).exists()


def test_seed_demo_with_if_empty_leaves_existing_data_alone(db):
    rider = RiderFactory()
    out = StringIO()

    call_command("seed_demo", "--if-empty", stdout=out)

    assert out.getvalue().strip() == "demo data already present"
    assert list(m.Rider.objects.all()) == [rider]
    assert not m.Trip.objects.exists()
    assert not User.objects.exists()


def test_seed_demo_without_if_empty_refuses_a_database_that_has_riders(db):
    RiderFactory()

    with pytest.raises(CommandError, match="fresh database"):
        call_command("seed_demo", stdout=StringIO())

    assert m.Rider.objects.count() == 1


def test_seed_demo_refuses_to_run_with_the_production_settings(db, settings):
    settings.DEBUG = False
    settings.SETTINGS_MODULE = "copilot.settings.production"

    with pytest.raises(CommandError, match="production"):
        call_command("seed_demo", "--if-empty", stdout=StringIO())

    assert not m.Rider.objects.exists()
    assert not User.objects.exists()


def test_seed_demo_uses_the_seed_it_is_given(db):
    expected = _world_snapshot(seed=3)["riders"]

    call_command("seed_demo", "--seed", "3", stdout=StringIO())

    # Riders do not depend on the clock, so the command's world has the same ones.
    assert [r[:5] for r in _snapshot()["riders"]] == [r[:5] for r in expected]


def test_a_failure_while_seeding_leaves_nothing_behind(db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(demo, "_resolved_cases", broken)

    with pytest.raises(RuntimeError):
        build_demo_world(now=NOW)

    assert not m.Rider.objects.exists()
    assert not m.Case.objects.exists()
    assert not User.objects.exists()


# --- the world ---------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_world(db):
    assert _world_snapshot(seed=7) == _world_snapshot(seed=7)


def test_a_different_seed_gives_a_different_world(db):
    first, second = _world_snapshot(seed=7), _world_snapshot(seed=8)

    assert first["riders"] != second["riders"]
    assert first["trips"] != second["trips"]


def test_the_world_has_the_promised_size_cities_and_money(world):
    assert 270 <= m.Rider.objects.count() <= 330
    assert 650 <= m.Trip.objects.count() <= 750
    currencies = dict(m.Trip.objects.values_list("city", "currency").distinct())
    assert currencies == {
        "New York": "USD", "Chicago": "USD", "San Francisco": "USD", "Austin": "USD",
        "London": "GBP", "Manchester": "GBP", "Paris": "EUR", "Berlin": "EUR", "Madrid": "EUR",
    }  # fmt: skip
    assert set(m.Trip.objects.values_list("status", flat=True)) == set(m.Trip.Status.values)
    assert set(m.Rider.objects.values_list("tier", flat=True)) == set(m.Rider.Tier.values)
    assert 3 <= m.Rider.objects.filter(fraud_flag=True).count() <= 12
    assert all(re.fullmatch(r"R-\d+", rid) for rid in m.Rider.objects.values_list("rider_id", flat=True))
    assert all(
        re.fullmatch(r"ch_[0-9a-f]{12}", cid) for cid in m.Charge.objects.values_list("charge_id", flat=True)
    )
    assert all(
        re.fullmatch(r"rf_[0-9a-f]{12}", rid) for rid in m.Refund.objects.values_list("refund_id", flat=True)
    )
    amounts = [
        *m.Trip.objects.values_list("upfront_fare", flat=True),
        *m.Charge.objects.values_list("amount", flat=True),
        *m.Refund.objects.values_list("amount", flat=True),
    ]
    assert all(a > 0 and a.as_tuple().exponent == -2 for a in amounts)
    assert all(
        r.email.endswith(("@example.com", "@example.net", "@example.org")) for r in m.Rider.objects.all()
    )


def test_trip_times_follow_the_life_of_a_ride_and_never_pass_now(world):
    for t in m.Trip.objects.prefetch_related("charges", "refunds", "incidents"):
        assert t.rider.account_created_at < t.requested_at < t.pickup_eta_at
        if t.status == m.Trip.Status.COMPLETED:
            assert t.cancelled_at is None
            assert (
                t.pickup_eta_at - timedelta(minutes=5) < t.driver_arrived_at < t.started_at < t.completed_at
            )
            assert t.actual_distance_km and t.actual_duration_min
        else:
            assert t.cancelled_at is not None and t.completed_at is None and t.started_at is None
            assert t.actual_distance_km is None
            if t.driver_arrived_at is not None:
                assert t.driver_arrived_at <= t.cancelled_at
        end = t.completed_at or t.cancelled_at
        assert end <= NOW
        assert all(end <= c.at <= NOW for c in t.charges.all())
        assert all(end < r.at <= NOW for r in t.refunds.all())
        assert all(end < i.reported_at <= NOW for i in t.incidents.all())


def test_every_refund_rule_has_a_demo_trip_that_triggers_it(world):
    rules: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    for _trip_id, _reason, probe, decision in _judge_everything():
        rules.update(set(probe.rules) | set(decision.rules))
        verdicts[decision.verdict] += 1

    assert {f"P{n}" for n in range(1, 11)} <= set(rules)
    assert "P0" not in rules
    assert {"allowed", "needs_supervisor", "denied"} <= set(verdicts)


def test_each_boundary_situation_lands_on_the_side_the_policy_says(world):
    situations = world.trip_situations
    outcome: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for trip_id, reason, _probe, decision in _judge_everything():
        outcome.setdefault(f"{situations[trip_id]}/{reason}", []).append((decision.verdict, decision.rules))

    def verdicts(key: str) -> set[str]:
        assert key in outcome, f"no demo trip for {key}"
        return {v for v, _ in outcome[key]}

    def rule_sets(key: str) -> set[tuple[str, ...]]:
        assert key in outcome, f"no demo trip for {key}"
        return {r for _, r in outcome[key]}

    # Exactly at a boundary is inside it; one second or one unit past is outside.
    assert "denied" not in verdicts("route_window_exact/route_deviation")
    assert rule_sets("route_window_just_out/route_deviation") == {("P1",)}
    assert rule_sets("route_near_miss_distance/route_deviation") == {("P3",)}
    assert rule_sets("route_near_miss_duration/route_deviation") == {("P3",)}
    assert rule_sets("route_fare_at_quote/route_deviation") == {("P3",)}
    assert rule_sets("route_fare_under_quote/route_deviation") == {("P3",)}
    assert "denied" not in verdicts("cancel_exact_free/cancellation_fee")
    assert rule_sets("cancel_just_after_free/cancellation_fee") == {("P4",)}
    assert rule_sets("driver_late_exact/cancellation_fee") == {("P4",)}
    assert "denied" not in verdicts("duplicate_exact/duplicate_charge")
    assert rule_sets("duplicate_outside/duplicate_charge") == {("P5",)}
    # The situations built to pass or fail a rule do so.
    for key in (
        "route_distance/route_deviation", "route_duration/route_deviation", "cancel_quick/cancellation_fee",
        "cancel_driver/cancellation_fee", "driver_late_arrived/cancellation_fee",
        "driver_late_not_arrived/cancellation_fee", "no_show_driver_late/cancellation_fee",
        "duplicate_within/duplicate_charge", "cleaning_no_photo/cleaning_fee",
    ):  # fmt: skip
        assert "denied" not in verdicts(key), key
    for key, rule in (
        ("no_show/cancellation_fee", "P4"), ("cancel_rider_late/cancellation_fee", "P4"),
        ("cleaning_with_photo/cleaning_fee", "P6"), ("route_old/route_deviation", "P1"),
    ):  # fmt: skip
        assert rule_sets(key) == {(rule,)}, key
    assert rule_sets("safety/service_quality") == {("P8",)}
    for key in (
        "route_large/route_deviation",
        "duplicate_large/duplicate_charge",
        "cleaning_large/cleaning_fee",
    ):
        assert all("P10" in rules for rules in rule_sets(key)), key
    for key in ("route_partly_refunded/route_deviation", "cleaning_partly_refunded/cleaning_fee"):
        assert all("P2" in rules for rules in rule_sets(key)), key


def test_riders_cover_goodwill_risk_fraud_and_clean_records(world):
    service = DatabaseTripService()
    riders = [
        service.get_rider(rider_id=r, now=NOW) for r in m.Rider.objects.values_list("rider_id", flat=True)
    ]

    assert sum(r.goodwill_last_30d >= 1 for r in riders) >= 5
    assert sum(r.refunds_last_30d >= 3 for r in riders) >= 3
    assert sum(r.fraud_flag for r in riders) >= 3
    assert sum(r.refunds_last_30d == 0 and not r.fraud_flag for r in riders) >= 200
    goodwill = m.Refund.objects.filter(reason="service_quality")
    assert goodwill.exists() and set(goodwill.values_list("kind", flat=True)) == {"credit"}


def test_every_intent_has_an_open_case(world):
    open_cases = [c for c in world.cases if c.status == "open"]

    assert {c.intent for c in open_cases} == set(INTENTS)
    assert 35 <= len(open_cases) <= 50
    assert any(len(c.intents) > 1 for c in open_cases)


def test_open_cases_wait_unassigned_in_the_queue_with_one_customer_message(world):
    for case in m.Case.objects.filter(status=m.Case.Status.OPEN):
        assert case.assignee is None and case.first_response_at is None and case.resolved_at is None
        assert NOW - timedelta(hours=8) <= case.opened_at <= NOW
        messages = list(case.messages.all())
        assert [(msg.role, msg.created_at) for msg in messages] == [("customer", case.opened_at)]
    assert m.Case.objects.filter(status=m.Case.Status.OPEN).count() == world.open_cases


def test_every_open_case_refers_to_a_trip_of_its_own_rider_or_none(world):
    all_ids = [str(t) for t in m.Trip.objects.values_list("trip_id", flat=True)]
    for seeded in world.cases:
        case = m.Case.objects.select_related("rider").get(pk=seeded.case_id)
        text = case.messages.first().text
        own = [str(t) for t in case.rider.trips.values_list("trip_id", flat=True)]
        named_full = UUID_RE.findall(text)
        named_short = [s for s in SHORT_RE.findall(text) if any(t.startswith(s) for t in all_ids)]
        assert all(u in own for u in named_full), text
        assert all(any(t.startswith(s) for t in own) for s in named_short), text
        if seeded.trip_id is None:
            assert not named_full and not named_short, text
            continue
        assert seeded.trip_id in own
        if seeded.status != "open":
            continue
        trip = m.Trip.objects.get(trip_id=seeded.trip_id)
        assert (trip.completed_at or trip.cancelled_at) < case.opened_at
        if seeded.reference == "full":
            assert seeded.trip_id in text
        elif seeded.reference == "short":
            assert seeded.trip_id[:8] in text and seeded.trip_id not in text
        else:  # described or "my last ride": the rider's most recent trip before the case
            assert not named_full and not named_short, text
            latest = (
                case.rider.trips.filter(requested_at__lt=case.opened_at).order_by("-requested_at").first()
            )
            assert str(latest.trip_id) == seeded.trip_id, text


def test_open_case_messages_match_what_happened_on_the_trip(world):
    def has_duplicate(trip) -> bool:
        pairs = Counter((c.kind, c.amount) for c in trip.charges.all())
        return any(n > 1 for n in pairs.values())

    def deviated(trip) -> bool:
        return trip.actual_distance_km > trip.estimated_distance_km or (
            trip.actual_duration_min > trip.estimated_duration_min
        )

    for seeded in (c for c in world.cases if c.status == "open"):
        if seeded.intent == "other":
            assert seeded.trip_id is None
            continue
        trip = m.Trip.objects.get(trip_id=seeded.trip_id)
        kinds = set(trip.charges.values_list("kind", flat=True))
        completed = trip.status == "completed"
        happened = {
            "fare_dispute": completed and deviated(trip),
            "cancellation_fee": "cancellation_fee" in kinds and not completed,
            "duplicate_charge": has_duplicate(trip),
            "cleaning_fee": "cleaning_fee" in kinds,
            "service_complaint": completed,
            "safety": completed,
            "lost_item": completed,
            "trip_info": completed,
        }[seeded.intent]
        assert happened, (seeded, trip.status, kinds)
        for charge in trip.charges.all():
            assert charge.at < m.Case.objects.get(pk=seeded.case_id).opened_at


def test_open_case_messages_give_redaction_and_the_rules_something_to_do(world):
    cases = list(m.Case.objects.filter(status=m.Case.Status.OPEN).select_related("rider"))
    # The originals (decrypted as the case's agent would see them): stored text is redacted.
    texts = [message_for_display(c.messages.first(), reveal=True) for c in cases]
    languages = Counter(c.language for c in world.cases if c.status == "open")

    assert len(set(texts)) == len(texts)
    assert any(c.rider.email in t for c, t in zip(cases, texts, strict=True))
    assert any(c.rider.phone in t for c, t in zip(cases, texts, strict=True))
    assert any(c.rider.name in t for c, t in zip(cases, texts, strict=True))
    assert any(CARD_RE.search(t) for t in texts)
    assert any(
        any(address in t for address in c.rider.trips.values_list("pickup_address", flat=True))
        for c, t in zip(cases, texts, strict=True)
    )
    assert sum(n for lang, n in languages.items() if lang != "en") >= 2
    assert {"es", "fr", "de"} <= set(languages)
    assert any(re.search(r"ignore your rules|system override", t, re.IGNORECASE) for t in texts)
    assert any(re.search(r"[$£€]\s?\d", t) for t in texts)


def test_resolved_cases_give_the_analyst_thirty_days_of_history(world):
    resolved = list(
        m.Case.objects.filter(status=m.Case.Status.RESOLVED)
        .exclude(assignee__username__startswith=FLOOR_PREFIX)  # the demo experiment's cases
        .select_related("assignee")
    )

    assert 25 <= len(resolved) <= 35
    assert len({c.opened_at.date() for c in resolved}) >= 10
    for case in resolved:
        assert NOW - timedelta(days=30) <= case.opened_at <= case.first_response_at <= case.resolved_at <= NOW
        assert case.assignee.username in ("agent", "agent2")
        roles = [(msg.role, msg.author.username if msg.author else None) for msg in case.messages.all()]
        assert roles == [("customer", None), ("agent", case.assignee.username)]
