"""The rollout's task: open case pages learn when an experiment starts or ends on its own."""

from __future__ import annotations

from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from copilot.runtime.tasks import ANNOUNCE_EXPERIMENT_BOUNDARIES
from policies.experiments import experiments_announce_boundaries


@shared_task(name=ANNOUNCE_EXPERIMENT_BOUNDARIES, ignore_result=True)
def announce_experiment_boundaries() -> int:
    return experiments_announce_boundaries(now=timezone.now(), window=timedelta(seconds=20))
