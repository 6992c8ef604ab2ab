"""The suite's clock: its data is built around the clock's time, and `./dev test --clock`
moves that clock for every process of the run, not only for this one.

The real time is read from the kernel's boot time and uptime (/proc), which libfaketime does
not move, so a run can tell the clock it was given from the one on the wall.
"""

from __future__ import annotations

import os
import re
import time
from datetime import UTC, datetime, timedelta

import pytest
import redis
from django.conf import settings
from django.db import connection

from tests.factories import NOW

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "y": 365 * 86400}


def wall_clock() -> float:
    """Seconds since the epoch as the kernel counts them, whatever LD_PRELOAD says."""
    with open("/proc/stat") as stat:
        boot = next(int(line.split()[1]) for line in stat if line.startswith("btime "))
    with open("/proc/uptime") as uptime:
        return boot + float(uptime.read().split()[0])


def asked_offset() -> float | None:
    """The offset `./dev test --clock +Nd` asked for, in seconds; None for a run on the real clock."""
    clock = os.environ.get("COPILOT_CLOCK", "")
    match = re.fullmatch(r"([+-])(\d+(?:\.\d+)?)([smhdy]?)", clock)
    if not match:
        return None if not clock else float("nan")
    sign = -1 if match.group(1) == "-" else 1
    return sign * float(match.group(2)) * UNITS[match.group(3) or "s"]


def test_the_suites_data_is_built_around_the_clock_of_this_run():
    assert abs(datetime.now(UTC) - NOW) < timedelta(hours=3)


def test_the_run_sees_the_clock_it_asked_for():
    offset = asked_offset()
    if offset is None:
        assert abs(time.time() - wall_clock()) < 120
    elif offset != offset:  # NaN: a start such as "@2027-03-28 01:59:00", not an offset
        pytest.skip(f"the run asked for a start, not an offset: {os.environ['COPILOT_CLOCK']}")
    else:
        assert abs(time.time() - wall_clock() - offset) < 120


def test_postgres_and_redis_see_the_clock_the_tests_see(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT now()")
        database_now = cursor.fetchone()[0]
    seconds, micros = redis.Redis.from_url(settings.REDIS_URL).time()

    assert abs(database_now - datetime.now(UTC)) < timedelta(seconds=60)
    assert abs(seconds + micros / 1e6 - time.time()) < 60
