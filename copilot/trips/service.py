"""The trip service adapter: the one door through which tools and rules read riders and trips.

The built-in `DatabaseTripService` reads this project's own tables. A company that keeps
trips elsewhere writes a class with the same methods and names it in
COPILOT_TRIP_SERVICE; nothing else changes. Every read is scoped to a rider: a trip of
another rider is reported as not found, never returned.
"""

from __future__ import annotations

import functools
import json
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Protocol
from uuid import UUID

from django.conf import settings
from django.core.signals import setting_changed
from django.db import connection
from django.db.models import Count, Q
from django.dispatch import receiver
from django.utils.module_loading import import_string

from copilot import models as m
from copilot.core import domain


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


# The columns of a trip's children that domain.Trip holds: read as JSON in the trip's own
# statement (`_TRIP_READ`), or from the relations of a trip loaded some other way.
_CHILDREN = {
    "charges": (m.Charge, ("charge_id", "kind", "amount", "at")),
    "refunds": (m.Refund, ("refund_id", "kind", "amount", "reason", "at")),
    "incidents": (m.Incident, ("kind", "reported_at", "evidence_photos", "note")),
}
# domain.Trip's own fields, each a column of the trip table under the same name.
_TRIP_FIELDS = [name for name in domain.Trip.model_fields if name not in {"trip_id", "rider_id", *_CHILDREN}]


def trip_to_domain(trip: m.Trip) -> domain.Trip:
    """The domain.md shape of a trip loaded as a model instance, read through its relations."""
    return domain.Trip(
        trip_id=str(trip.trip_id),
        rider_id=trip.rider.rider_id,
        **{name: getattr(trip, name) for name in _TRIP_FIELDS},
        **{
            name: [{column: getattr(row, column) for column in columns} for row in getattr(trip, name).all()]
            for name, (_, columns) in _CHILDREN.items()
        },
    )


def _column(model, name: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(name).column)


def _rows_as_json(model, columns: tuple[str, ...]) -> str:
    """A trip's `model` rows as one JSON array, in the model's order. Money goes as text, so no
    amount passes through a float on its way to a Decimal."""
    pairs = ", ".join(
        f"'{name}', c.{_column(model, name)}{'::text' if name == 'amount' else ''}" for name in columns
    )
    order = ", ".join(f"c.{_column(model, name)}" for name in model._meta.ordering)
    table = connection.ops.quote_name(model._meta.db_table)
    return (
        f"(SELECT coalesce(jsonb_agg(jsonb_build_object({pairs}) ORDER BY {order}), '[]'::jsonb)"  # noqa: S608
        f" FROM {table} c WHERE c.{_column(model, 'trip')} = t.trip_id)"
    )


# The trip reads are one written-out statement, the children as JSON arrays, built from the
# models' own names once; only values are bound. The ORM's compile of it cost more than running
# it, on every tool call, and its JSONObject asked each new pool thread's connection for the
# server version (docs/performance.md).
_TRIP_READ = (
    "SELECT t.trip_id, r.rider_id, "  # noqa: S608
    + ", ".join(f"t.{_column(m.Trip, name)}" for name in _TRIP_FIELDS)
    + ", "
    + ", ".join(_rows_as_json(model, columns) for model, columns in _CHILDREN.values())
    + f" FROM {connection.ops.quote_name(m.Trip._meta.db_table)} t"
    + f" JOIN {connection.ops.quote_name(m.Rider._meta.db_table)} r ON r.id = t.rider_id"
    + " WHERE r.rider_id = %s AND {where} ORDER BY t.requested_at DESC, t.trip_id LIMIT %s"
)
_TRIP_COLUMNS = ["trip_id", "rider_id", *_TRIP_FIELDS, *_CHILDREN]


def _read_trips(where: str, params: list) -> list[domain.Trip]:
    """The rider's trips matching `where`, newest first (`params`: the rider id, where's, the limit)."""
    with connection.cursor() as cursor:
        cursor.execute(_TRIP_READ.format(where=where), params)
        rows = cursor.fetchall()
    trips = []
    for row in rows:
        values = dict(zip(_TRIP_COLUMNS, row, strict=True))
        values["trip_id"] = str(values["trip_id"])
        for name in _CHILDREN:  # Django's connections read jsonb as text (its JSONField decodes it)
            values[name] = json.loads(values[name])
        trips.append(domain.Trip(**values))
    return trips


def _prefix_range(id_prefix: str) -> tuple[UUID, UUID] | None:
    """The smallest and largest UUIDs starting with these hex digits (UUIDs sort by their bytes)."""
    digits = id_prefix.replace("-", "").lower()
    if not 0 < len(digits) <= 32 or any(c not in "0123456789abcdef" for c in digits):
        return None
    return UUID(digits.ljust(32, "0")), UUID(digits.ljust(32, "f"))


class DatabaseTripService:
    """Riders and trips from this project's own PostgreSQL tables."""

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
        trips = _read_trips("t.trip_id = %s", [rider_id, uuid, 1])
        return trips[0] if trips else None

    def list_trips(self, *, rider_id: str, limit: int = 20) -> list[domain.Trip]:
        return _read_trips("TRUE", [rider_id, limit])

    def find_trips(self, *, rider_id: str, id_prefix: str, limit: int = 2) -> list[domain.Trip]:
        bounds = _prefix_range(id_prefix)
        if bounds is None:
            return []
        # A range on the primary key, not a text match: the index finds the few candidates.
        return _read_trips("t.trip_id BETWEEN %s AND %s", [rider_id, *bounds, limit])

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
