"""Tasks run in the real worker process that the test session starts."""

from __future__ import annotations

import asyncio

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from copilot.realtime import QUEUE_GROUP
from copilot.services import case_open
from tests.factories import RiderFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_customer_message_is_announced_to_the_queue_once_stored(celery_worker_process):
    layer = get_channel_layer()
    rider = RiderFactory()

    async def listen_then_open():
        channel = await layer.new_channel()
        await layer.group_add(QUEUE_GROUP, channel)
        from channels.db import database_sync_to_async

        case = await database_sync_to_async(case_open)(rider=rider, text="My driver took a very long route.")
        # One event loop for every receive: the layer's receive state belongs to the loop.
        while True:
            message = await asyncio.wait_for(layer.receive(channel), timeout=30)
            if message["event"] == "queue.changed" and message["payload"]["case_id"] == case.pk:
                return message

    message = async_to_sync(listen_then_open)()
    assert message["payload"]["message_id"]
    # The message's turn runs in the worker too; the test ends only when it has.
    from copilot.models import Turn
    from tests.conftest import wait_until

    wait_until(
        lambda: Turn.objects.filter(case__rider=rider, status__in=["done", "failed"]).exists(), timeout=60
    )


def test_an_empty_customer_message_is_refused_before_anything_is_stored(db):
    rider = RiderFactory()
    with pytest.raises(ValueError, match="cannot be empty"):
        case_open(rider=rider, text="   ")


@pytest.mark.django_db(transaction=True)
def test_a_prefork_child_keeps_its_database_connections_from_one_task_to_the_next():
    # Celery's Django fixup closed a prefork child's connection pool around every task, so each
    # redaction paid for new PostgreSQL connections. The tests' own connection has no pool, so
    # the fixup is pointed at a pooled one, as production settings make it.
    from types import SimpleNamespace

    from celery.fixups.django import DjangoWorkerFixup
    from django.db import connection
    from django.db.backends.postgresql.base import DatabaseWrapper

    from copilot.celery import app
    from copilot.tasks import ingest_message

    options = {**connection.settings_dict["OPTIONS"], "pool": {"min_size": 0, "max_size": 2}}
    pooled = DatabaseWrapper({**connection.settings_dict, "OPTIONS": options}, alias="pooled")
    fixup = DjangoWorkerFixup(app)
    fixup.worker = SimpleNamespace(pool_cls="celery.concurrency.prefork:TaskPool")
    fixup._db = SimpleNamespace(connections=SimpleNamespace(all=lambda initialized_only=True: [pooled]))
    fixup._settings = SimpleNamespace(DATABASES={"pooled": pooled.settings_dict})
    try:
        pooled.ensure_connection()
        pool = pooled.pool
        for _ in range(20):
            fixup.on_task_prerun(sender=ingest_message)
            pooled.ensure_connection()
            fixup.on_task_postrun(sender=ingest_message)
        assert pooled.pool is pool
        assert not pool.closed
    finally:
        pooled.close_pool()
