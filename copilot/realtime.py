"""Publishing to websocket groups from sync code (services, Celery tasks).

The channel layer delivers at most once; every event only tells the browser that
something changed, and the browser re-reads the database, so a lost frame costs a
refresh, never data.
"""

from __future__ import annotations

import logging
from typing import Any

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

log = logging.getLogger(__name__)


def case_group(case_id: int) -> str:
    return f"case-{case_id}"


QUEUE_GROUP = "case-queue"


def publish(group: str, event: str, payload: dict[str, Any]) -> bool:
    """Send one event to a group; a broken channel layer is logged, not raised."""
    layer = get_channel_layer()
    if layer is None:
        return False
    try:
        async_to_sync(layer.group_send)(group, {"type": "relay", "event": event, "payload": payload})
    except Exception:
        # The database already holds the change; the browser will see it on its next read.
        log.warning("could not publish %s to %s", event, group, exc_info=True)
        return False
    return True
