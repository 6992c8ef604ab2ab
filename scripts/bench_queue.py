"""Benchmark: the agent's queue page on a desk of many cases (default 10,000).

Starts its own PostgreSQL and Valkey (as the launcher does), fills a desk (riders, cases with a
customer message and often a reply, a turn with an intent each), then requests the queue page
through Django's full request cycle (middleware, session, templates) and prints p50/p95 per
kind of request: the default view, a deep page, the views and sorts, and searches.

    .venv/bin/python scripts/bench_queue.py --cases 10000 --repeat 30
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_turns import bench_env, percentile  # noqa: E402

from copilot.launcher.__main__ import services  # noqa: E402

WORDS = (
    "detour", "airport", "cleaning", "fee", "receipt", "phone", "wallet",
    "driver", "late", "cancelled", "charged", "twice", "rude",
)  # fmt: skip


def fill(count: int) -> None:
    from django.contrib.auth.models import Group, User

    from copilot import models as m
    from copilot.core.domain import INTENTS

    rng = random.Random(7)
    now = datetime.now(UTC)
    agent = User.objects.create_user("agent", password="bench-password-1")
    agent.groups.add(Group.objects.get(name="agent"))
    riders = m.Rider.objects.bulk_create(
        [
            m.Rider(
                rider_id=f"R-{100000 + i}", name=f"Rider {i}", account_created_at=now - timedelta(days=400)
            )
            for i in range(count // 5)
        ]
    )
    cases = m.Case.objects.bulk_create(
        [
            m.Case(
                rider=rng.choice(riders),
                subject=" ".join(rng.sample(WORDS, 3)),
                opened_at=now - timedelta(minutes=rng.randint(1, 60 * 24 * 30)),
                status="resolved" if rng.random() < 0.6 else "open",
                assignee=agent if rng.random() < 0.1 else None,
            )
            for _ in range(count)
        ],
        batch_size=2000,
    )
    messages, turns = [], []
    for case in cases:
        text = f"Hello, {' '.join(rng.sample(WORDS, 6))} on my trip, please help. <PERSON_1>"
        messages.append(m.Message(case=case, role="customer", text=text, created_at=case.opened_at))
        if rng.random() < 0.7:
            reply_at = case.opened_at + timedelta(minutes=rng.randint(1, 120))
            messages.append(m.Message(case=case, role="agent", text="We are on it.", created_at=reply_at))
        turns.append(m.Turn(case=case, intent=rng.choice(INTENTS), status="done"))
    m.Message.objects.bulk_create(messages, batch_size=5000)
    m.Turn.objects.bulk_create(turns, batch_size=5000)


def timed(client, path: str, params: dict, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path, params, HTTP_HOST="localhost")
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    return sorted(times)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    run_dir = ROOT / ".data" / "bench" / f"queue-{os.getpid()}"
    try:
        with services(run_dir, template=ROOT / ".data" / "test" / "pg-template") as service_env:
            env = bench_env(service_env)
            os.environ.update(env)
            subprocess.run([sys.executable, "manage.py", "migrate", "-v", "0"], cwd=ROOT, env=env, check=True)
            import django

            django.setup()
            from django.contrib.auth.models import User
            from django.db import connection
            from django.test import Client

            started = time.perf_counter()
            fill(args.cases)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            print(f"desk of {args.cases} cases filled in {time.perf_counter() - started:.1f} s")
            client = Client()
            client.force_login(User.objects.get(username="agent"))
            pages = {
                "queue (open, newest activity)": {},
                "queue, page 20": {"page": "20"},
                "queue, all cases, page 100": {"view": "all", "page": "100"},
                "queue, mine": {"view": "mine"},
                "queue, waiting longest first": {"sort": "waiting"},
                "queue, intent fare_dispute": {"intent": "fare_dispute"},
                "search: words of messages": {"q": "airport cleaning", "view": "all"},
                "search: one word": {"q": "wallet", "view": "all"},
                "search: rider id": {"q": "R-100042", "view": "all"},
                "search: case number": {"q": "#5000", "view": "all"},
            }
            timed(client, "/cases/", {}, 5)  # warm the templates and the connection
            for name, params in pages.items():
                times = timed(client, "/cases/", params, args.repeat)
                print(
                    f"{name:<34} p50 {percentile(times, 0.5):7.1f} ms  p95 {percentile(times, 0.95):7.1f} ms"
                )
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
