"""`manage.py seed_demo [--if-empty] [--to-today] [--seed N]`: load the demo world into a fresh database.

The launcher runs `seed_demo --if-empty --to-today` on every `./dev run`: the demo world is
loaded once, and on later starts moved to today with what agents did in it
(`copilot/demo/today.py`). The demo logins have a published password, so the command
refuses to run under the production settings.
"""

from __future__ import annotations

import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from copilot.demo.today import demo_move_to_today
from copilot.demo.world import build_demo_world
from copilot.models import Rider

PRODUCTION_SETTINGS = "copilot.settings.production"


def _settings_module() -> str:
    # Under override_settings SETTINGS_MODULE may read as None; the environment still names it.
    return getattr(settings, "SETTINGS_MODULE", None) or os.environ.get("DJANGO_SETTINGS_MODULE", "")


class Command(BaseCommand):
    help = "Load the demo world (logins, riders, trips, cases) into an empty database."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the database already holds riders (what the launcher uses on every run).",
        )
        parser.add_argument(
            "--to-today",
            action="store_true",
            help="With --if-empty: when the demo world is already there, move it (and what agents did in "
            "it) to today.",
        )
        parser.add_argument(
            "--seed", type=int, default=7, help="Seed of the generator; the same seed gives the same world."
        )

    def handle(self, *args, if_empty: bool = False, to_today: bool = False, seed: int = 7, **options):
        if not settings.DEBUG and _settings_module() == PRODUCTION_SETTINGS:
            raise CommandError(
                "seed_demo refuses to run with the production settings: the demo logins share a published "
                "password."
            )
        if Rider.objects.exists():
            if if_empty and to_today:
                self._move_to_today()
                return
            if if_empty:
                self.stdout.write("demo data already present")
                return
            raise CommandError(
                "The database already holds riders; seed_demo only fills a fresh database. Use a fresh "
                "database, or --if-empty to skip seeding when data is present."
            )
        started = time.monotonic()
        summary = build_demo_world(now=timezone.now(), seed=seed)
        elapsed = time.monotonic() - started
        self.stdout.write(f"{summary.line()} (seed {seed}, {elapsed:.1f} s)")

    def _move_to_today(self) -> None:
        moved = demo_move_to_today(now=timezone.now())
        if moved is None:
            self.stdout.write("the database holds data seed_demo did not write; left as it is")
        elif moved.days == 0:
            self.stdout.write("demo data already present and current")
        else:
            self.stdout.write(
                f"demo data moved {moved.days} days forward, to {moved.world_now:%Y-%m-%d %H:%M} UTC"
            )
