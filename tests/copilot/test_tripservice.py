"""The built-in trip service: each read is one query, and what it returns matches the rows."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from copilot import models as m
from copilot.trips.service import DatabaseTripService, trip_to_domain
from tests.factories import RiderFactory, TripFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def service() -> DatabaseTripService:
    return DatabaseTripService()


def busy_trip(rider: m.Rider, trip_id: uuid.UUID | None = None) -> m.Trip:
    """A trip with two charges, a refund and an incident; amounts a float would not keep exactly."""
    trip = TripFactory(rider=rider, fare="48.35", **({"trip_id": trip_id} if trip_id else {}))
    at = trip.completed_at
    m.Charge.objects.create(
        charge_id=f"ch_{uuid.uuid4().hex[:12]}", trip=trip, kind="toll", amount=Decimal("0.10"), at=at
    )
    m.Refund.objects.create(
        refund_id=f"rf_{uuid.uuid4().hex[:12]}",
        trip=trip,
        kind="refund",
        amount=Decimal("18.35"),
        reason="route_deviation",
        at=at + timedelta(hours=1, microseconds=123),
    )
    m.Incident.objects.create(
        trip=trip,
        kind="cleaning",
        reported_at=at + timedelta(minutes=5),
        evidence_photos=2,
        note="Spilled coffee",
    )
    return trip


def test_a_trip_read_in_one_query_equals_the_trip_read_through_its_relations(service):
    rider = RiderFactory()
    trip = busy_trip(rider)
    with CaptureQueriesContext(connection) as queries:
        read = service.get_trip(rider_id=rider.rider_id, trip_id=str(trip.trip_id))
    assert len(queries.captured_queries) == 1
    expected = trip_to_domain(m.Trip.objects.select_related("rider").get(pk=trip.pk))
    assert read == expected
    assert [c.amount for c in read.charges] == [Decimal("48.35"), Decimal("0.10")]
    assert read.refunds[0].amount == Decimal("18.35") and read.refunds[0].at.microsecond == 123
    assert (read.incidents[0].evidence_photos, read.incidents[0].note) == (2, "Spilled coffee")


def test_listing_a_riders_trips_is_one_query_however_many_trips(service):
    rider = RiderFactory()
    for _ in range(5):
        busy_trip(rider)
    with CaptureQueriesContext(connection) as queries:
        trips = service.list_trips(rider_id=rider.rider_id, limit=20)
    assert len(queries.captured_queries) == 1
    assert len(trips) == 5 and all(len(t.charges) == 2 for t in trips)


@pytest.mark.parametrize(
    "prefix",
    [
        "0b6f1c2e",
        "0B6F1C2E",
        "0b6f1c2e-4d5a",
        "0b6f1c2e4d5a4b6c8d7e9f0a1b2c3d4e",
        "0b6f1c2e-4d5a-4b6c-8d7e-9f0a1b2c3d4e",
    ],
)
def test_a_trip_is_found_by_the_start_of_its_id(service, prefix):
    rider = RiderFactory()
    busy_trip(rider, uuid.UUID("0b6f1c2e-4d5a-4b6c-8d7e-9f0a1b2c3d4e"))
    busy_trip(rider, uuid.UUID("0b6f1c2f-0000-4000-8000-000000000000"))  # a neighbour, not a match
    [found] = service.find_trips(rider_id=rider.rider_id, id_prefix=prefix)
    assert found.trip_id == "0b6f1c2e-4d5a-4b6c-8d7e-9f0a1b2c3d4e"


def test_a_short_id_two_trips_share_finds_both_and_another_riders_trip_is_never_found(service):
    rider, other = RiderFactory(), RiderFactory()
    busy_trip(rider, uuid.UUID("aaaaaaaa-1111-4000-8000-000000000000"))
    busy_trip(rider, uuid.UUID("aaaaaaaa-2222-4000-8000-000000000000"))
    busy_trip(other, uuid.UUID("bbbbbbbb-1111-4000-8000-000000000000"))
    assert len(service.find_trips(rider_id=rider.rider_id, id_prefix="aaaaaaaa")) == 2
    assert service.find_trips(rider_id=rider.rider_id, id_prefix="bbbbbbbb") == []
    assert service.find_trips(rider_id=rider.rider_id, id_prefix="not-hex!") == []
    assert service.find_trips(rider_id=rider.rider_id, id_prefix="") == []
