"""Template filters of the desk's pages (the `desk` template library)."""

from __future__ import annotations

from typing import Any

from django import template

from copilot.core.zones import local_time

register = template.Library()


@register.filter
def trip_local(trip: Any) -> str:
    """When the trip was requested, in its city's time ("10:42 EST"), or '' when the zone is unknown."""
    moment = getattr(trip, "requested_at", None)
    if moment is None:
        return ""
    local = local_time(moment, getattr(trip, "city", ""))
    return "" if local is moment else f"{local:%b} {local.day}, {local:%H:%M} {local.tzname()}"
