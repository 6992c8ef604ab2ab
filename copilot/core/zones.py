"""The time zone of each city the trip service knows: a trip's local time, for the planner and the agent."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CITY_TZ = {
    "new york": "America/New_York",
    "boston": "America/New_York",
    "miami": "America/New_York",
    "washington": "America/New_York",
    "chicago": "America/Chicago",
    "austin": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "denver": "America/Denver",
    "san francisco": "America/Los_Angeles",
    "los angeles": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "london": "Europe/London",
    "manchester": "Europe/London",
    "edinburgh": "Europe/London",
    "birmingham": "Europe/London",
    "dublin": "Europe/Dublin",
    "paris": "Europe/Paris",
    "lyon": "Europe/Paris",
    "berlin": "Europe/Berlin",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "madrid": "Europe/Madrid",
    "barcelona": "Europe/Madrid",
    "lisbon": "Europe/Lisbon",
    "rome": "Europe/Rome",
    "amsterdam": "Europe/Amsterdam",
}


def local_time(moment: datetime, city: Any) -> datetime:
    """The moment in the city's time zone; unchanged when the city's zone is unknown."""
    name = CITY_TZ.get(str(city or "").strip().lower())
    if name:
        try:
            return moment.astimezone(ZoneInfo(name))
        except ZoneInfoNotFoundError:
            pass
    return moment
