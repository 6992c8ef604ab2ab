"""The support copilot: Django project and core app (cases, riders, trips, the copilot turn)."""

from copilot.celery import app as celery_app

__all__ = ["celery_app"]
