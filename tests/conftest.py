"""Test session fixtures: personas, a real Celery worker process, channel-layer hygiene.

The suite runs against the real PostgreSQL and Redis that `./dev test` starts (or the
servers DATABASE_URL and REDIS_URL name). Nothing here fakes a service.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from unittest import mock

import psycopg
import pytest
import redis
from celery import Celery
from django.conf import settings
from django.db import connection

from copilot.launcher import services as launcher
from tests.factories import RiderFactory, TripFactory, make_user

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True, scope="session")
def _flush_redis_once():
    # Each session starts from an empty broker and cache, so leftovers of an earlier
    # (perhaps killed) run can never satisfy an assertion.
    redis.Redis.from_url(settings.REDIS_URL).flushdb()


@pytest.fixture(autouse=True, scope="session")
def _flush_survives_the_workers_writes():
    """A transactional test's teardown TRUNCATEs every table while the session's real worker
    may still be finishing a task of that test; PostgreSQL then breaks the lock cycle by
    failing one side. The flush is tried again, as the worker's own task is."""
    import psycopg
    from django.db import OperationalError
    from django.db.backends.postgresql.operations import DatabaseOperations

    original = DatabaseOperations.execute_sql_flush

    def execute_sql_flush(self, sql_list, attempts: int = 5):
        for attempt in range(1, attempts + 1):
            try:
                return original(self, sql_list)
            except OperationalError as exc:
                if not isinstance(exc.__cause__, psycopg.errors.DeadlockDetected) or attempt == attempts:
                    raise
                time.sleep(0.2 * attempt)

    DatabaseOperations.execute_sql_flush = execute_sql_flush
    yield
    DatabaseOperations.execute_sql_flush = original


@pytest.fixture
def agent(db):
    return make_user("ava", roles=["agent"])


@pytest.fixture
def agent2(db):
    return make_user("ben", roles=["agent"])


@pytest.fixture
def supervisor(db):
    return make_user("sam", roles=["supervisor"])


@pytest.fixture
def admin_user(db):
    return make_user("ada", roles=["admin"])


@pytest.fixture
def analyst(db):
    return make_user("ana", roles=["analyst"])


@pytest.fixture
def outsider(db):
    """Logged in, but holds no role: must be refused everywhere."""
    return make_user("olly", roles=[])


@pytest.fixture
def rider(db):
    """Maria, the rider of the spec's examples (transactional where the test is)."""
    return RiderFactory(name="Maria Lopez", email="maria.lopez@example.com")


@pytest.fixture
def long_trip(rider):
    """The spec's worked example: quoted 30.00, charged 48.00, 14.2 km for an estimated 10."""
    return TripFactory(
        rider=rider,
        upfront_fare=Decimal("30.00"),
        fare="48.00",
        estimated_distance_km=10.0,
        actual_distance_km=14.2,
        driver_name="Jonas Becker",
        pickup_address="221B Baker Street",
        dropoff_address="10 Downing Street",
    )


@pytest.fixture(autouse=True, scope="session")
def _release_test_database(django_db_setup, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        _wait_for_other_sessions_to_leave(timeout=3.0)


def _test_database_url() -> str:
    from django.db import connection

    params = connection.settings_dict
    return f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{params['NAME']}"


def start_worker(database_url: str, log_path: Path, *, name: str, **env_overrides: str) -> subprocess.Popen:
    """A real `celery worker` process on the given database; waits until it answers pings."""
    env = dict(os.environ, DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="copilot.settings.test")
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(env_overrides)
    log_file = log_path.open("w")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "copilot",
            "worker",
            "-l",
            "info",
            "-n",
            f"{name}-{os.getpid()}@%h",
            "-Q",
            "celery,turns,ingest",
            "--pool",
            "threads",
            "--concurrency",
            "8",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    # A worker given a Redis of its own (REDIS_URL among the overrides) answers pings there only.
    broker_url = env_overrides.get("REDIS_URL")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"celery worker exited at start:\n{log_path.read_text()[-3000:]}")
        replies = ping_workers(broker_url)
        if any(name in host for reply in replies for host in reply):
            return process
    process.kill()
    raise RuntimeError(f"celery worker did not answer pings:\n{log_path.read_text()[-3000:]}")


def ping_workers(broker_url: str | None = None, *, timeout: float = 0.5) -> list[dict]:
    """Ping replies of the workers on the session's broker, or on the broker at broker_url."""
    from copilot.celery import app

    if broker_url is None:
        return app.control.ping(timeout=timeout)
    # An app of its own: the control mailbox publishes through the app's producer pool,
    # which would reach the session's broker whatever connection is passed in.
    with Celery("copilot", broker=broker_url, set_as_current=False) as other:
        return other.control.ping(timeout=timeout)


def stop_worker(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class RestartableValkey(launcher.EmbeddedValkey):
    """The launcher's embedded Valkey, started again on the port its clients already know."""

    def restart(self) -> None:
        port = self.port
        self.stop()
        # The launcher picks a free port at every start; clients hold this one in REDIS_URL.
        with mock.patch.object(launcher, "free_port", return_value=port):
            self.start()
        assert self.port == port


@pytest.fixture
def valkey(tmp_path):
    """A Valkey of the test's own (the session's serves other tests): for a real worker that must
    not take the session's tasks, or a Redis the test stops and starts again."""
    server = RestartableValkey(data_dir=tmp_path / "valkey")
    server.start()
    yield server
    server.stop()


@contextmanager
def worker_on(valkey, database_url: str, tmp_path: Path, *, name: str, **env_overrides: str):
    """A real worker whose Redis (broker, channel layer, cache) is `valkey`: (process, log path)."""
    log_path = tmp_path / "worker.log"
    process = start_worker(database_url, log_path, name=name, REDIS_URL=valkey.url, **env_overrides)
    try:
        yield process, log_path
    finally:
        stop_worker(process)


@pytest.fixture(scope="session")
def test_database_url(django_db_setup, django_db_blocker) -> str:
    with django_db_blocker.unblock():
        return _test_database_url()


@pytest.fixture(scope="session")
def celery_worker_process(test_database_url, tmp_path_factory):
    """A real `celery worker` process on the test database, for the whole session."""
    process = start_worker(
        test_database_url, tmp_path_factory.mktemp("worker") / "worker.log", name="testworker"
    )
    yield process
    stop_worker(process)


def _wait_for_other_sessions_to_leave(timeout: float = 10.0) -> None:
    # PostgreSQL notices a dead client's connection a moment after the process exits;
    # the test database can only be dropped once it has.
    from django.db import connection

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone()[0] == 0:
                return
        time.sleep(0.1)
    # Connections left by executor threads of cancelled websocket tasks are ended here.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def wait_until(predicate, *, timeout: float = 15.0, interval: float = 0.05):
    """Poll until predicate() is truthy; return its value or fail with the timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


@contextmanager
def database_down():
    """Every other session of the test database is ended and new ones are refused until the block
    ends: what the app's processes see while PostgreSQL restarts. This test's own connection stays."""
    params = connection.settings_dict
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        mine = cursor.fetchone()[0]
    admin = psycopg.connect(
        dbname="postgres", user=params["USER"], host=params["HOST"], port=params["PORT"], autocommit=True
    )
    name = params["NAME"]
    try:
        admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> %s",
            [name, mine],
        )
        yield
    finally:
        admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
        admin.close()
