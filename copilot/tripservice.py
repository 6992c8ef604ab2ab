"""The trip service adapter: the one door through which tools and rules read riders and trips.

The built-in `DatabaseTripService` reads this project's own tables. A company that keeps
trips elsewhere writes a class with the same methods and names it in
COPILOT_TRIP_SERVICE; nothing else changes. Every read is scoped to a rider: a trip of
another rider is reported as not found, never returned.
"""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from django.conf import settings
from django.contrib.postgres.expressions import ArraySubquery
from django.core.signals import setting_changed
from django.db.models import Count, OuterRef, Q, TextField
from django.db.models.functions import Cast, JSONObject
from django.dispatch import receiver
from django.utils.module_loading import import_string

from copilot import domain
from copilot import models as m


class TripService(Protocol):
    def get_rider(self, *, rider_id: str, now: datetime) -> domain.Rider | None: ...

    def get_trip(self, *, rider_id: str, trip_id: str) -> domain.Trip | None: ...

    def list_trips(self, *, rider_id: str, limit: int = 20) -> list[domain.Trip]: ...

    def find_trips(self, *, rider_id: str, id_prefix: str, limit: int = 2) -> list[domain.Trip]:
        """The rider's trips whose id starts with `id_prefix` (hex digits, hyphens ignored)."""
        ...

    def record_refund(
        self,
        *,
        rider_id: str,
        trip_id: str,
        kind: str,
        reason: str,
        amount: Decimal,
        refund_id: str,
        at: datetime,
    ) -> domain.Refund: ...


@functools.cache
def _service_class() -> type:
    return import_string(settings.COPILOT_TRIP_SERVICE)


@receiver(setting_changed)
def _forget_service_class(*, setting: str, **_kwargs) -> None:
    if setting == "COPILOT_TRIP_SERVICE":
        _service_class.cache_clear()


def get_trip_service() -> TripService:
    return _service_class()()


def _parse_uuid(value: str) -> UUID | None:
    try:
        return UUID(str(value))
    except ValueError:
        return None


# The columns of a trip's children that domain.Trip holds: read as JSON in the trip's own query
# (`_with_children`), or from the relations of a trip loaded some other way.
_CHILDREN = {
    "charges": (m.Charge, ("charge_id", "kind", "amount", "at")),
    "refunds": (m.Refund, ("refund_id", "kind", "amount", "reason", "at")),
    "incidents": (m.Incident, ("kind", "reported_at", "evidence_photos", "note")),
}


def _children(trip: m.Trip) -> dict[str, list[dict]]:
    return {
        name: getattr(trip, f"{name}_rows")
        if hasattr(trip, f"{name}_rows")
        else [{column: getattr(row, column) for column in columns} for row in getattr(trip, name).all()]
        for name, (_, columns) in _CHILDREN.items()
    }


def trip_to_domain(trip: m.Trip) -> domain.Trip:
    """The domain.md shape of a stored trip, with its charges, refunds and incidents."""
    return domain.Trip(
        trip_id=str(trip.trip_id),
        rider_id=trip.rider.rider_id,
        driver_id=trip.driver_id,
        driver_name=trip.driver_name,
        product=trip.product,
        status=trip.status,
        city=trip.city,
        currency=trip.currency,
        requested_at=trip.requested_at,
        pickup_eta_at=trip.pickup_eta_at,
        driver_arrived_at=trip.driver_arrived_at,
        started_at=trip.started_at,
        completed_at=trip.completed_at,
        cancelled_at=trip.cancelled_at,
        pickup_address=trip.pickup_address,
        dropoff_address=trip.dropoff_address,
        upfront_fare=trip.upfront_fare,
        estimated_distance_km=trip.estimated_distance_km,
        actual_distance_km=trip.actual_distance_km,
        estimated_duration_min=trip.estimated_duration_min,
        actual_duration_min=trip.actual_duration_min,
        surge_multiplier=trip.surge_multiplier,
        **_children(trip),
    )


def _rows_of(model, columns: tuple[str, ...]) -> ArraySubquery:
    """A trip's `model` rows as an array of JSON objects, in the model's order. Money goes as text,
    so no amount passes through a float on its way to a Decimal."""
    values = {name: Cast(name, output_field=TextField()) if name == "amount" else name for name in columns}
    rows = model.objects.filter(trip=OuterRef("pk")).order_by(*model._meta.ordering)
    return ArraySubquery(rows.values(row=JSONObject(**values)))


def _with_children(trips):
    """Trips with their charges, refunds and incidents in the same query (one round trip, where
    prefetching took four: a tool call waits on each)."""
    return trips.select_related("rider").annotate(
        **{f"{name}_rows": _rows_of(model, columns) for name, (model, columns) in _CHILDREN.items()}
    )


def _prefix_range(id_prefix: str) -> tuple[UUID, UUID] | None:
    """The smallest and largest UUIDs starting with these hex digits (UUIDs sort by their bytes)."""
    digits = id_prefix.replace("-", "").lower()
    if not 0 < len(digits) <= 32 or any(c not in "0123456789abcdef" for c in digits):
        return None
    return UUID(digits.ljust(32, "0")), UUID(digits.ljust(32, "f"))


class DatabaseTripService:
    """Riders and trips from this project's own PostgreSQL tables."""

    def _trips(self):
        return _with_children(m.Trip.objects.all())

    def get_rider(self, *, rider_id: str, now: datetime) -> domain.Rider | None:
        since = now - timedelta(days=30)
        recent = Q(trips__refunds__at__gt=since, trips__refunds__at__lte=now)
        rider = (
            m.Rider.objects.filter(rider_id=rider_id)
            .annotate(
                refunds_30d=Count("trips__refunds", filter=recent),
                goodwill_30d=Count(
                    "trips__refunds",
                    filter=recent & Q(trips__refunds__reason=m.Refund.Reason.SERVICE_QUALITY),
                ),
            )
            .first()
        )
        if rider is None:
            return None
        return domain.Rider(
            rider_id=rider.rider_id,
            name=rider.name,
            email=rider.email,
            phone=rider.phone,
            tier=rider.tier,
            account_created_at=rider.account_created_at,
            fraud_flag=rider.fraud_flag,
            refunds_last_30d=rider.refunds_30d,
            goodwill_last_30d=rider.goodwill_30d,
        )

    def get_trip(self, *, rider_id: str, trip_id: str) -> domain.Trip | None:
        uuid = _parse_uuid(trip_id)
        if uuid is None:
            return None
        trip = self._trips().filter(trip_id=uuid, rider__rider_id=rider_id).first()
        return trip_to_domain(trip) if trip else None

    def list_trips(self, *, rider_id: str, limit: int = 20) -> list[domain.Trip]:
        trips = self._trips().filter(rider__rider_id=rider_id).order_by("-requested_at")[:limit]
        return [trip_to_domain(t) for t in trips]

    def find_trips(self, *, rider_id: str, id_prefix: str, limit: int = 2) -> list[domain.Trip]:
        bounds = _prefix_range(id_prefix)
        if bounds is None:
            return []
        # A range on the primary key, not a text match: the index finds the few candidates.
        trips = (
            self._trips().filter(rider__rider_id=rider_id, trip_id__range=bounds).order_by("-requested_at")
        )
        return [trip_to_domain(t) for t in trips[:limit]]

    def record_refund(
        self,
        *,
        rider_id: str,
        trip_id: str,
        kind: str,
        reason: str,
        amount: Decimal,
        refund_id: str,
        at: datetime,
    ) -> domain.Refund:
        trip = m.Trip.objects.get(trip_id=_parse_uuid(trip_id), rider__rider_id=rider_id)
        refund, created = m.Refund.objects.get_or_create(
            refund_id=refund_id,
            defaults={"trip": trip, "kind": kind, "reason": reason, "amount": amount, "at": at},
        )
        # The refund id is the idempotency key: a repeat must be the same refund, never another.
        if not created and (refund.trip_id, refund.kind, refund.reason, refund.amount) != (
            trip.pk,
            kind,
            reason,
            amount,
        ):
            raise ValueError(f"refund id {refund_id} already records a different refund")
        return domain.Refund(
            refund_id=refund.refund_id,
            kind=refund.kind,
            amount=refund.amount,
            reason=refund.reason,
            at=refund.at,
        )
