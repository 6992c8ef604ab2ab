"""The health endpoint reports PostgreSQL, Redis and worker liveness."""

from __future__ import annotations

import pytest
from django.urls import reverse

from copilot.celery import app as celery_app
from copilot.launcher.services import free_port


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
    assert "no worker answered 2 pings" in body["checks"]["worker"]["detail"]


def test_health_asks_a_worker_again_when_its_first_ping_goes_unanswered(client, db, monkeypatch):
    # A lost broadcast (a worker reconnecting to Redis) is not a dead worker.
    answers = iter([[], [{"worker@host": {"ok": "pong"}}]])
    asked = []

    def ping(**kwargs):
        asked.append(kwargs["timeout"])
        return next(answers)

    monkeypatch.setattr(celery_app.control, "ping", ping)
    body = client.get(reverse("health")).json()
    assert body["checks"]["worker"] == {
        "status": "ok",
        "detail": "ok (1 worker)",
        "ms": body["checks"]["worker"]["ms"],
    }
    assert asked == [1.0, 1.0]
