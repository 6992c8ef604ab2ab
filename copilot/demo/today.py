"""Bring the demo world to today: `demo_move_to_today(now=...)`, run by every `./dev run`.

The demo world is written around one instant (`DemoWorld.now`): trips 29 and 31 days
before it, goodwill inside its 30 days, cases opened hours before it whose customers write
"yesterday evening", "on Tuesday night" or "on November 3". Judged a month later against
the real clock, every refund case would be out of the 30-day window. So the whole world,
including what agents did in it (replies, decisions, refunds, tickets, turns), moves by the
whole days that have passed:

- every date and time of the desk's tables moves by the same number of days, so each fact
  stands where it stood relative to the world's instant, and the rules (which compare trip,
  refund and account times with `now`) judge each case as they did on the day it was seeded;
- whole days keep each time of day, so "yesterday evening" and "this morning" stay true; the
  day names and dates customers wrote ("on Tuesday", "on November 3") are moved with their
  days, in the stored (redacted) text and the encrypted original alike.

What is left: the world can be up to a day behind the clock (a case opened "4 hours ago" may
read as 27 hours old), and the copilot's own earlier drafts keep the dates they were written
with. Only a database seed_demo dated is moved; anything else is left alone.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import User
from django.db import models, transaction
from django.db.models import F, Max

from copilot import models as m
from copilot.core.crypto import decrypt, encrypt
from copilot.demo.accounts import DEMO_LOGINS, DEMO_PASSWORD
from tools import cache as tool_cache

log = logging.getLogger(__name__)
DAY = dt.timedelta(days=1)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
# The apps whose tables hold the world; auth's logins and sessions keep their real times.
WORLD_APPS = ("copilot", "tools", "policies")
_WEEKDAY_RE = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
_MONTH_DAY_RE = re.compile(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})\b")


@dataclass(frozen=True)
class Moved:
    days: int
    world_now: dt.datetime


def move_day_names(text: str, *, days: int, written_on: dt.date) -> str:
    """The text with each day name and month-day moved `days` forward.

    A month-day is read as the latest such date not after the day the text was written (a
    customer writes of the past), give or take the day a time zone can make.
    """
    if days == 0:
        return text

    def weekday(match: re.Match[str]) -> str:
        return WEEKDAYS[(WEEKDAYS.index(match.group(1)) + days) % 7]

    def month_day(match: re.Match[str]) -> str:
        month, day = MONTHS.index(match.group(1)) + 1, int(match.group(2))
        for year in (written_on.year + 1, written_on.year, written_on.year - 1):
            try:
                when = dt.date(year, month, day)
            except ValueError:  # "February 30": not a date, not ours to move
                return match.group(0)
            if when <= written_on + DAY:
                moved = when + dt.timedelta(days=days)
                return f"{MONTHS[moved.month - 1]} {moved.day}"
        return match.group(0)

    return _MONTH_DAY_RE.sub(month_day, _WEEKDAY_RE.sub(weekday, text))


def _is_legacy_demo() -> bool:
    """A demo world seeded before DemoWorld existed: the demo logins with the demo password."""
    first = User.objects.filter(username=DEMO_LOGINS[0][0]).first()
    return first is not None and m.Rider.objects.exists() and first.check_password(DEMO_PASSWORD)


def _legacy_world_now() -> dt.datetime | None:
    # The latest fact the seed wrote is minutes before its instant; reading it as the instant
    # can only move the world less than it should, never into the future.
    latest = [
        model.objects.aggregate(latest=Max(field))["latest"]
        for model, field in ((m.Case, "opened_at"), (m.Charge, "at"), (m.Refund, "at"))
    ]
    latest = [value for value in latest if value is not None]
    return max(latest) if latest else None


def _dated_fields() -> list[tuple[type[models.Model], list[str]]]:
    found = []
    for label in WORLD_APPS:
        for model in apps.get_app_config(label).get_models():
            if model is m.DemoWorld:
                continue
            fields = [
                f.name
                for f in model._meta.concrete_fields
                if isinstance(f, models.DateTimeField | models.DateField)
            ]
            if fields:
                found.append((model, fields))
    return found


def _move_messages(days: int) -> None:
    messages = m.Message.objects.filter(role=m.Message.Role.CUSTOMER).only("text", "raw_text", "created_at")
    changed = []
    for message in messages.iterator(chunk_size=500):
        written_on = (message.created_at - dt.timedelta(days=days)).date()
        text = move_day_names(message.text, days=days, written_on=written_on)
        raw = decrypt(message.raw_text) if message.raw_text else ""
        moved_raw = move_day_names(raw, days=days, written_on=written_on)
        if text != message.text or moved_raw != raw:
            message.text = text
            message.raw_text = encrypt(moved_raw) if raw else ""
            changed.append(message)
    m.Message.objects.bulk_update(changed, ["text", "raw_text"], batch_size=500)


def demo_move_to_today(*, now: dt.datetime) -> Moved | None:
    """Move the demo world by the whole days between its instant and `now`; None when the
    database holds no demo world (nothing is touched)."""
    with transaction.atomic():
        world = m.DemoWorld.objects.select_for_update().first()
        if world is None:
            if not _is_legacy_demo() or (legacy_now := _legacy_world_now()) is None:
                return None
            world = m.DemoWorld.objects.create(seed=7, now=legacy_now, seeded_at=legacy_now)
        days = (now - world.now) // DAY
        if days <= 0:
            return Moved(days=0, world_now=world.now)
        delta = dt.timedelta(days=days)
        for model, fields in _dated_fields():
            # _base_manager: every row, whatever a default manager would filter.
            model._base_manager.update(**{name: F(name) + delta for name in fields})
        _move_messages(days)
        world.now += delta
        world.save(update_fields=["now"])
        riders = list(m.Rider.objects.values_list("rider_id", flat=True))
    # Cached tool results carry the old times; a rider's next read must come from the tables.
    for rider_id in riders:
        tool_cache.invalidate_rider(rider_id)
    log.info("demo world moved %d days forward, to %s", days, world.now.isoformat())
    return Moved(days=days, world_now=world.now)
