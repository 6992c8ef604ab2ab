from __future__ import annotations

from typing import Any

from pydantic import Field

from tools.base import StrictArgs, ToolContext
from tools.trips import resolve_trip, trip_for_model, trip_summary


class GetTripDetailsArgs(StrictArgs):
    """Look up one trip of this case's rider: times, fares, charges, refunds and incidents.

    Use it first for any complaint about a ride, to see what actually happened before
    judging or proposing anything. With trip_id null it lists the rider's recent trips
    (id, time, status, city, fare) so you can pick the one the customer describes: the
    trip the customer names, else the only trip, else the most recent that fits.
    It never returns another rider's trip (those are reported as not found), and it never
    returns the driver's name, addresses or free-text notes.
    Example: {"trip_id": "0b6f1c2e-4d5a-4b6c-8d7e-9f0a1b2c3d4e"} or {"trip_id": "0b6f1c2e"}.
    """

    trip_id: str | None = Field(
        description=(
            "The trip's id as the customer gave it: the full UUID or its first 8 hex characters. "
            "null to list the rider's recent trips instead."
        ),
        max_length=64,
    )


def get_trip_details(ctx: ToolContext, args: GetTripDetailsArgs) -> dict[str, Any]:
    if args.trip_id is None:
        trips = ctx.trip_service.list_trips(rider_id=ctx.rider_id, limit=10)
        return {"trips": [trip_summary(t) for t in trips]}
    return {"trip": trip_for_model(resolve_trip(ctx, args.trip_id))}
