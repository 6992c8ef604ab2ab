from __future__ import annotations

from typing import Any

from pydantic import Field

from tools.base import StrictArgs, ToolContext
from tools.trips import resolve_trip, trip_for_model, trip_summary


class GetTripDetailsArgs(StrictArgs):
    """Look up a trip of this case's rider: times, fares, charges, refunds, incidents. Use it first
    for any complaint about a ride. trip_id null lists the rider's recent trips (id, time, status,
    city, fare) to pick the one meant. Another rider's trip is reported as not found.
    """

    trip_id: str | None = Field(
        description="The trip's full UUID or its first 8 hex characters; null lists recent trips.",
        max_length=64,
    )


def get_trip_details(ctx: ToolContext, args: GetTripDetailsArgs) -> dict[str, Any]:
    if args.trip_id is None:
        trips = ctx.trip_service.list_trips(rider_id=ctx.rider_id, limit=10)
        return {"trips": [trip_summary(t) for t in trips]}
    return {"trip": trip_for_model(resolve_trip(ctx, args.trip_id))}
