"""Tasks run in the real worker process that the test session starts."""

from __future__ import annotations

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from copilot.realtime import case_group
from copilot.services import case_open
from tests.factories import RiderFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_a_customer_message_is_announced_to_the_case_by_the_worker(celery_worker_process):
    layer = get_channel_layer()
    rider = RiderFactory()
    channel = async_to_sync(layer.new_channel)()
    # The case id is not known before it exists, so listen on the queue group first.
    async_to_sync(layer.group_add)("case-queue", channel)
    case = case_open(rider=rider, text="My driver took a very long route yesterday.")
    async_to_sync(layer.group_add)(case_group(case.pk), channel)
    # The turn for this message streams to the case group too; the announcement is what counts here.
    received = async_to_sync(layer.receive)(channel)
    while received["event"] not in {"queue.changed", "message.created"}:
        received = async_to_sync(layer.receive)(channel)
    assert received["payload"]["case_id"] == case.pk


def test_an_empty_customer_message_is_refused_before_anything_is_stored(db):
    rider = RiderFactory()
    with pytest.raises(ValueError, match="cannot be empty"):
        case_open(rider=rider, text="   ")
