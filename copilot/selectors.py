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


def may_read_pii(user, case: Case) -> bool:
    """Real values are for the case's own agent and for supervisors; everyone else sees placeholders."""
    roles = user_roles(user)
    return Role.SUPERVISOR in roles or (Role.AGENT in roles and case.assignee_id == user.pk)


def message_for_display(message, *, reveal: bool) -> str:
    """The original text when the reader may see it and it is still kept; else the redacted text."""
    from copilot.crypto import decrypt

    if reveal and message.raw_text:
        try:
            return decrypt(message.raw_text)
        except ValueError:
            return message.text
    return message.text
