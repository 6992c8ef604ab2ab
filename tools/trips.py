"""Finding a trip of the case's rider, and the view of a trip the model may see."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from copilot.core import domain
from tools.base import ToolContext, ToolError

_FULL_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SHORT_ID = re.compile(r"^[0-9a-f]{8,}$")


def _money(value: Decimal) -> str:
    return f"{domain.quantize_money(value):.2f}"


def trip_summary(trip: domain.Trip) -> dict[str, Any]:
    """One line of a trip list: enough to pick the trip the customer means."""
    return {
        "trip_id": trip.trip_id,
        "short_id": trip.trip_id[:8],
        "requested_at": trip.requested_at.isoformat(),
        "status": trip.status,
        "product": trip.product,
        "city": trip.city,
        "fare_charged": _money(trip.fare_charged),
        "currency": trip.currency,
    }


def trip_for_model(trip: domain.Trip) -> dict[str, Any]:
    """The trip without its PII: no driver name, addresses reduced to the city, notes left out."""

    def iso(value):
        return value.isoformat() if value else None

    return {
        **trip_summary(trip),
        "driver_id": trip.driver_id,
        "pickup_eta_at": iso(trip.pickup_eta_at),
        "driver_arrived_at": iso(trip.driver_arrived_at),
        "started_at": iso(trip.started_at),
        "completed_at": iso(trip.completed_at),
        "cancelled_at": iso(trip.cancelled_at),
        "upfront_fare": _money(trip.upfront_fare),
        "estimated_distance_km": trip.estimated_distance_km,
        "actual_distance_km": trip.actual_distance_km,
        "estimated_duration_min": trip.estimated_duration_min,
        "actual_duration_min": trip.actual_duration_min,
        "surge_multiplier": trip.surge_multiplier,
        "charges": [
            {"charge_id": c.charge_id, "kind": c.kind, "amount": _money(c.amount), "at": c.at.isoformat()}
            for c in trip.charges
        ],
        "refunds": [
            {"kind": r.kind, "reason": r.reason, "amount": _money(r.amount), "at": r.at.isoformat()}
            for r in trip.refunds
        ],
        "incidents": [
            {"kind": i.kind, "reported_at": i.reported_at.isoformat(), "evidence_photos": i.evidence_photos}
            for i in trip.incidents
        ],
        "charged_total": _money(trip.charged_total),
        "refunded_total": _money(trip.refunded_total),
    }


def _not_found(ctx: ToolContext, trip_id: str) -> ToolError:
    recent = ctx.trip_service.list_trips(rider_id=ctx.rider_id, limit=5)
    listing = "; ".join(f"{t.trip_id[:8]} ({t.requested_at:%b %d}, {t.status}, {t.city})" for t in recent)
    return ToolError(
        "not_found",
        f"No trip {trip_id!r} belongs to this case's rider.",
        field="trip_id",
        hint=f"Use one of this rider's trips: {listing}." if listing else "This rider has no trips.",
    )


def resolve_trip(ctx: ToolContext, trip_id: str) -> domain.Trip:
    """The case rider's trip by full id or by a unique short id (the first 8+ hex characters).

    A trip of another rider is reported exactly like a trip that does not exist.
    """
    wanted = trip_id.strip().lower()
    if _FULL_UUID.match(wanted):
        trip = ctx.trip_service.get_trip(rider_id=ctx.rider_id, trip_id=wanted)
        if trip is None:
            raise _not_found(ctx, trip_id)
        return trip
    if _SHORT_ID.match(wanted.replace("-", "")):
        matches = ctx.trip_service.find_trips(rider_id=ctx.rider_id, id_prefix=wanted, limit=2)
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ToolError(
                "invalid_request",
                f"The short id {trip_id!r} matches several trips.",
                field="trip_id",
                hint="Use the full trip id.",
            )
        raise _not_found(ctx, trip_id)
    raise ToolError(
        "invalid_arguments",
        f"{trip_id!r} is not a trip id.",
        field="trip_id",
        hint="A trip id is a UUID like 0b6f1c2e-4d5a-4b6c-8d7e-9f0a1b2c3d4e, or its first 8 characters.",
    )
