"""Factories for test data: small, explicit, with realistic defaults."""

from __future__ import annotations

import itertools
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import factory
from django.contrib.auth.models import Group, User

from copilot import models as m

# The one instant the suite's data is built around: the clock's time when the session starts.
# The code under test reads the clock, in this process and in others (the Celery worker,
# PostgreSQL, the browser), so data relative to the real clock means the same on any date;
# `./dev test --clock +365d` runs the whole suite a year ahead to prove it. Pure functions
# that take `now` are tested at fixed instants instead.
NOW = datetime.now(UTC).replace(microsecond=0)
_ids = itertools.count(1000)


def make_user(username: str, *, roles: list[str], password: str = "pw-for-tests") -> User:
    user = User.objects.create_user(username=username, password=password, first_name=username.title())
    for role in roles:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


class RiderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Rider

    rider_id = factory.LazyFunction(lambda: f"R-{next(_ids)}")
    name = factory.Faker("name")
    email = factory.Faker("email")
    phone = factory.Faker("phone_number")
    tier = "standard"
    account_created_at = NOW - timedelta(days=400)


class TripFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Trip
        skip_postgeneration_save = True

    trip_id = factory.LazyFunction(uuid.uuid4)
    rider = factory.SubFactory(RiderFactory)
    driver_id = factory.LazyFunction(lambda: f"D-{next(_ids)}")
    driver_name = factory.Faker("name")
    status = m.Trip.Status.COMPLETED
    city = "Chicago"
    currency = "USD"
    requested_at = NOW - timedelta(days=3, minutes=30)
    pickup_eta_at = NOW - timedelta(days=3, minutes=25)
    driver_arrived_at = NOW - timedelta(days=3, minutes=24)
    started_at = NOW - timedelta(days=3, minutes=23)
    completed_at = NOW - timedelta(days=3)
    pickup_address = factory.Faker("street_address")
    dropoff_address = factory.Faker("street_address")
    upfront_fare = Decimal("30.00")
    estimated_distance_km = 10.0
    actual_distance_km = 10.2
    estimated_duration_min = 20.0
    actual_duration_min = 21.0

    @factory.post_generation
    def fare(self, create, extracted, **kwargs):
        """A fare charge equal to the upfront fare unless `fare=` says otherwise (None: no charge)."""
        if not create or extracted is False:
            return
        amount = self.upfront_fare if extracted is None else Decimal(extracted)
        m.Charge.objects.create(
            charge_id=f"ch_{uuid.uuid4().hex[:12]}",
            trip=self,
            kind="fare",
            amount=amount,
            at=self.completed_at or self.requested_at,
        )


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = m.Case

    rider = factory.SubFactory(RiderFactory)
    subject = "Question about my trip"
    opened_at = NOW
