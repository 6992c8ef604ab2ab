"""The health endpoint reports PostgreSQL, Redis and worker liveness."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager

import pytest
from django.urls import reverse

from copilot.celery import app as celery_app
from copilot.launcher.services import free_port
from copilot.runtime import health


@pytest.mark.worker
def test_health_is_200_when_database_redis_and_a_worker_answer(client, db, celery_worker_process):
    response = client.get(reverse("health"))
    body = response.json()
    assert response.status_code == 200, body
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "redis": "ok",
        "worker": "ok",
    }


def test_health_is_503_naming_redis_when_redis_is_down(client, db, settings):
    settings.REDIS_URL = f"redis://127.0.0.1:{free_port()}/0"
    response = client.get(reverse("health"))
    body = response.json()
    assert response.status_code == 503
    assert body["checks"]["redis"]["status"] == "down"
    assert body["checks"]["database"]["status"] == "ok"


def test_health_is_503_naming_the_worker_when_no_worker_listens(client, db, monkeypatch):
    # A broker database where no worker consumes: the ping goes unanswered.
    url = celery_app.conf.broker_url.rsplit("/", 1)[0] + "/9"
    monkeypatch.setattr(celery_app.conf, "broker_url", url)
    monkeypatch.setattr(celery_app.conf, "broker_write_url", url)
    response = client.get(reverse("health"))
    body = response.json()
    assert response.status_code == 503
    assert body["checks"]["worker"]["status"] == "down"
    assert "no worker answered a ping (2 sent" in body["checks"]["worker"]["detail"]


@contextmanager
def paused(process, *, for_seconds: float):
    """The worker stopped (SIGSTOP) now and resumed after `for_seconds`: a real worker that reads
    a broadcast late, as one does while it reconnects to Redis or while the machine is busy."""
    process.send_signal(signal.SIGSTOP)
    timer = threading.Timer(for_seconds, process.send_signal, args=(signal.SIGCONT,))
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        process.send_signal(signal.SIGCONT)


@pytest.mark.worker
def test_health_asks_a_worker_again_when_it_misses_the_first_ping(
    client, db, celery_worker_process, monkeypatch
):
    monkeypatch.setattr(health, "WORKER_PING_SECONDS", 2.0)
    with paused(celery_worker_process, for_seconds=2.5):
        response = client.get(reverse("health"))
    worker = response.json()["checks"]["worker"]
    assert response.status_code == 200, worker
    assert worker["detail"] == "ok (1 worker)"
    # Answered by the second ping: the first one's two seconds went by unanswered.
    assert worker["ms"] >= 2000


@pytest.mark.worker
def test_health_calls_a_worker_down_that_misses_its_only_ping(client, db, celery_worker_process, monkeypatch):
    # The same late worker with a single ping: what the second ping is there for.
    monkeypatch.setattr(health, "WORKER_PINGS", 1)
    monkeypatch.setattr(health, "WORKER_PING_SECONDS", 2.0)
    with paused(celery_worker_process, for_seconds=2.5):
        response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["detail"].startswith(
        "RuntimeError: no worker answered a ping (1 sent"
    )
