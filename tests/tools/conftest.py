from __future__ import annotations

import itertools
from datetime import timedelta
from decimal import Decimal

import pytest

from copilot import models as m
from policies.selectors import active_policy
from tests.factories import NOW, CaseFactory, RiderFactory, TripFactory
from tools.base import ToolContext
from tools.breaker import breaker
from tools.executor import ToolCall
from tools.permissions import tool_permissions

_calls = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_breaker():
    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture
def rider(db):
    return RiderFactory(name="Maria Lopez", email="maria.lopez@example.com")


@pytest.fixture
def long_trip(rider):
    """The spec's worked example: quoted 30.00, charged 48.00, 14.2 km for an estimated 10."""
    return TripFactory(
        rider=rider,
        upfront_fare=Decimal("30.00"),
        fare="48.00",
        estimated_distance_km=10.0,
        actual_distance_km=14.2,
        driver_name="Jonas Becker",
        pickup_address="221B Baker Street",
        dropoff_address="10 Downing Street",
    )


@pytest.fixture
def other_riders_trip(db):
    return TripFactory()


@pytest.fixture
def case(rider):
    return CaseFactory(rider=rider)


def make_ctx(
    case, *, intent: str = "fare_dispute", turn_id: str = "turn-1", now=NOW, **kwargs
) -> ToolContext:
    return ToolContext(
        case_id=case.pk,
        rider_id=case.rider.rider_id,
        turn_id=turn_id,
        intent=intent,
        now=now,
        policy=active_policy(),
        permissions=tool_permissions(),
        **kwargs,
    )


def call(name: str, arguments: str, call_id: str | None = None) -> ToolCall:
    return ToolCall(id=call_id or f"call_{next(_calls)}", name=name, arguments=arguments)


def add_refund(trip, amount: str, reason: str = "route_deviation", at=None) -> m.Refund:
    return m.Refund.objects.create(
        refund_id=f"rf_test{next(_calls)}",
        trip=trip,
        kind="credit" if reason == "service_quality" else "refund",
        amount=Decimal(amount),
        reason=reason,
        at=at or NOW - timedelta(hours=1),
    )
