"""Template filters of the desk's pages (the `desk` template library)."""

from __future__ import annotations

from typing import Any

from django import template

from copilot.core.zones import CITY_TZ, local_time

register = template.Library()


@register.filter
def trip_local(trip: Any) -> str:
    """When the trip was requested, in its city's time ("10:42 EST"), or '' when the zone is unknown."""
    moment, city = getattr(trip, "requested_at", None), str(getattr(trip, "city", "") or "")
    if moment is None or city.strip().lower() not in CITY_TZ:
        return ""
    local = local_time(moment, city)
    return f"{local:%b} {local.day}, {local:%H:%M} {local.tzname()}"
