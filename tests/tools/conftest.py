from __future__ import annotations

import itertools
from datetime import timedelta
from decimal import Decimal

import pytest

from copilot import models as m
from policies.selectors import active_policy
from tests.factories import NOW, CaseFactory, TripFactory
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
