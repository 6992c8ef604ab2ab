"""Tasks run in the real worker process that the test session starts."""

from __future__ import annotations

import asyncio

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from copilot.intake.services import case_open
from copilot.realtime.publisher import QUEUE_GROUP
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


def _fixup_with_a_pooled_connection(pool_cls: str):
    """The app's Django worker fixup, pointed at a pooled connection as production settings
    make one (the tests' own connection has no pool)."""
    from types import SimpleNamespace

    from celery.fixups.django import DjangoFixup
    from django.db import connection
    from django.db.backends.postgresql.base import DatabaseWrapper

    from copilot.celery import app

    options = {**connection.settings_dict["OPTIONS"], "pool": {"min_size": 0, "max_size": 2}}
    pooled = DatabaseWrapper({**connection.settings_dict, "OPTIONS": options}, alias="pooled")
    [django_fixup] = [f for f in app._fixups if isinstance(f, DjangoFixup)]
    fixup = django_fixup.worker_fixup
    saved = dict(vars(fixup))
    fixup.worker = SimpleNamespace(pool_cls=pool_cls)
    fixup._db = SimpleNamespace(connections=SimpleNamespace(all=lambda initialized_only=True: [pooled]))
    fixup._settings = SimpleNamespace(DATABASES={"pooled": pooled.settings_dict})
    return fixup, pooled, saved


def _run_tasks(fixup, pooled, count: int) -> None:
    from copilot.intake.tasks import ingest_message

    for _ in range(count):
        fixup.on_task_prerun(sender=ingest_message)
        pooled.ensure_connection()
        fixup.on_task_postrun(sender=ingest_message)


@pytest.mark.django_db(transaction=True)
def test_a_prefork_child_keeps_its_database_connections_from_one_task_to_the_next():
    # Celery's Django fixup closed a prefork child's connection pool around every task, so each
    # redaction paid for new PostgreSQL connections.
    from copilot.celery import _keep_connections

    fixup, pooled, saved = _fixup_with_a_pooled_connection("celery.concurrency.prefork:TaskPool")
    try:
        _keep_connections()  # what a prefork child runs when it starts
        pooled.ensure_connection()
        pool = pooled.pool
        _run_tasks(fixup, pooled, 20)
        assert pooled.pool is pool
        assert not pool.closed
    finally:
        vars(fixup).clear()
        vars(fixup).update(saved)
        pooled.close_pool()


@pytest.mark.django_db(transaction=True)
def test_a_thread_pool_worker_hands_each_tasks_connection_back_to_the_pool():
    # 128 turn threads share 20 connections: a thread that kept its connection after its
    # task would starve the others.
    fixup, pooled, saved = _fixup_with_a_pooled_connection("celery.concurrency.thread:TaskPool")
    try:
        _run_tasks(fixup, pooled, 3)
        assert pooled.connection is None
        assert pooled.pool.get_stats()["pool_available"] == 1
    finally:
        vars(fixup).clear()
        vars(fixup).update(saved)
        pooled.close_pool()
