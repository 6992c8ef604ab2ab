"""Writes to cases and messages. Views, consumers and tasks call these; they hold no logic."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from copilot.models import Case, Message, Rider


def case_open(
    *,
    rider: Rider,
    text: str,
    channel: str = Case.Channel.CHAT,
    subject: str = "",
    at: datetime | None = None,
) -> Case:
    """A new case with its first customer message."""
    at = at or timezone.now()
    with transaction.atomic():
        case = Case.objects.create(rider=rider, channel=channel, subject=subject[:200], opened_at=at)
        case_receive_message(case=case, text=text, at=at)
    return case


def case_receive_message(*, case: Case, text: str, at: datetime | None = None) -> Message:
    """Store a customer's message and, once committed, hand it to a worker."""
    from copilot.tasks import case_message_received

    text = text.strip()
    if not text:
        raise ValueError("A customer message cannot be empty.")
    message = Message.objects.create(
        case=case, role=Message.Role.CUSTOMER, text=text, created_at=at or timezone.now()
    )
    transaction.on_commit(lambda: case_message_received.delay(message.pk))
    return message


def case_assign(*, case: Case, user) -> Case:
    """Take a case; only an open, unassigned case (or one already mine) can be taken."""
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status == Case.Status.RESOLVED:
            raise ValueError("This case is resolved.")
        if locked.assignee_id not in (None, user.pk):
            raise ValueError("Another agent has taken this case.")
        locked.assignee = user
        locked.save(update_fields=["assignee", "updated_at"])
    return locked
