"""The desk's scheduled work: forget the originals of cases resolved long enough ago."""

from __future__ import annotations

from celery import shared_task

from copilot.desk.services import purge_expired_pii as purge
from copilot.runtime.tasks import PURGE_EXPIRED_PII


@shared_task(name=PURGE_EXPIRED_PII)
def purge_expired_pii() -> int:
    return purge()
