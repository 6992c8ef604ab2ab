"""Reads of cases for the pages and consumers."""

from __future__ import annotations

from django.db.models import QuerySet

from copilot.access import Role, user_roles
from copilot.models import Case


def cases_visible_to(user) -> QuerySet[Case]:
    """Agents and supervisors see every case of the desk; other roles see none."""
    if not user_roles(user) & {Role.AGENT, Role.SUPERVISOR}:
        return Case.objects.none()
    return Case.objects.select_related("rider", "assignee")


def case_queue(user) -> QuerySet[Case]:
    return cases_visible_to(user).exclude(status=Case.Status.RESOLVED).order_by("opened_at")
