"""The desk's writes: taking, replying to, resolving cases, and forgetting their originals."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from copilot.core.access import Role, user_roles, works_on_case
from copilot.core.text import storable
from copilot.intake.services import message_store
from copilot.models import Case, CaseEvent, CaseRead, CaseVault, Message, Turn
from copilot.pii import restore
from copilot.pii.vault import redact_for_case
from copilot.realtime.publisher import announce_case_changed


def case_purge_pii(*, case: Case, now: datetime | None = None) -> None:
    """Forget the originals: drop the vault and the encrypted raw texts; redacted text stays."""
    with transaction.atomic():
        CaseVault.objects.filter(case=case).delete()
        case.messages.update(raw_text="")
        Case.objects.filter(pk=case.pk).update(raw_subject="", pii_purged_at=now or timezone.now())


def purge_expired_pii(*, now: datetime | None = None) -> int:
    """Purge every resolved case older than the retention period; returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.COPILOT_PII_RETENTION_DAYS)
    expired = Case.objects.filter(
        status=Case.Status.RESOLVED, resolved_at__lt=cutoff, pii_purged_at__isnull=True
    )
    count = 0
    for case in expired.iterator():
        case_purge_pii(case=case, now=now)
        count += 1
    return count


def case_hand_over(*, case: Case, by, to=None) -> Case:
    """The case's agent (or a supervisor) hands an open case to another agent, or back to the queue."""
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status == Case.Status.RESOLVED:
            raise ValueError("This case is resolved.")
        if not works_on_case(by, locked):
            raise ValueError("Only the case's agent or a supervisor can hand it over.")
        if to is not None and not (to.is_active and Role.AGENT in user_roles(to)):
            raise ValueError("A case can only be handed to an active agent.")
        locked.assignee = to
        locked.save(update_fields=["assignee", "updated_at"])
        CaseEvent.objects.create(case=locked, kind=CaseEvent.Kind.HANDED_OVER, actor=by, handed_to=to)
        transaction.on_commit(lambda: announce_case_changed(locked.pk, "assigned"))
    return locked


def case_mark_read(*, case: Case, user, at: datetime | None = None) -> None:
    """The agent opened the case: the queue stops marking it until the customer writes again."""
    CaseRead.objects.update_or_create(user=user, case=case, defaults={"seen_at": at or timezone.now()})


def case_assign(*, case: Case, user) -> Case:
    """Take a case; only an open, unassigned case (or one already mine) can be taken."""
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status == Case.Status.RESOLVED:
            raise ValueError("This case is resolved.")
        if locked.assignee_id not in (None, user.pk):
            raise ValueError("Another agent has taken this case.")
        if locked.assignee_id != user.pk:
            CaseEvent.objects.create(case=locked, kind=CaseEvent.Kind.TAKEN, actor=user)
        locked.assignee = user
        locked.save(update_fields=["assignee", "updated_at"])
        transaction.on_commit(lambda: announce_case_changed(locked.pk, "assigned"))
    return locked


def _may_act(case: Case, user) -> None:
    if not works_on_case(user, case):
        raise ValueError("Take the case first: only its agent (or a supervisor) can act on it.")


def case_reply(
    *,
    case: Case,
    user,
    text: str,
    override_reason: str = "",
    at: datetime | None = None,
    draft_shown: bool = True,
) -> Message:
    """The agent's reply to the customer; the first one sets the first-response time.

    A reply that differs from the copilot's latest draft needs a reason: the analysts'
    override rate counts it. An agent outside the copilot's rollout (`draft_shown=False`) never
    saw a draft, so their reply overrides nothing.
    """
    _may_act(case, user)
    if case.status == Case.Status.RESOLVED:
        raise ValueError("This case is resolved.")
    at = at or timezone.now()
    with transaction.atomic():
        message = message_store(case=case, role=Message.Role.AGENT, text=text, author=user, at=at)
        turn = Turn.objects.filter(case=case, status=Turn.Status.DONE).order_by("-created_at").first()
        changed = False
        if draft_shown and turn is not None and turn.draft:
            # Compared as the agent saw the draft: placeholders filled with the case's values.
            vault = CaseVault.objects.filter(case=case).first()
            shown = restore(turn.draft, vault.load()) if vault else turn.draft
            changed = " ".join(shown.split()) != " ".join(text.split())
        override_reason = storable(override_reason).strip()
        if changed and not override_reason:
            raise ValueError("You changed the copilot's draft: say why (pick a reason).")
        if changed:
            message.override_reason = redact_for_case(case.pk, override_reason)[:600]
            message.save(update_fields=["override_reason"])
        Case.objects.filter(pk=case.pk, first_response_at__isnull=True).update(first_response_at=at)
        transaction.on_commit(lambda: announce_case_changed(case.pk, "replied"))
    return message


def case_resolve(*, case: Case, user, at: datetime | None = None) -> Case:
    _may_act(case, user)
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status != Case.Status.RESOLVED:
            locked.status = Case.Status.RESOLVED
            locked.resolved_at = at or timezone.now()
            locked.save(update_fields=["status", "resolved_at", "updated_at"])
            CaseEvent.objects.create(
                case=locked, kind=CaseEvent.Kind.RESOLVED, actor=user, created_at=locked.resolved_at
            )
            transaction.on_commit(lambda: announce_case_changed(locked.pk, "resolved"))
    return locked


NOTE_MAX_CHARS = 2000


def case_note_add(*, case: Case, user, text: str, at: datetime | None = None) -> CaseEvent:
    """An internal note on the case, for the people who work it; the customer never sees it.

    Notes are typed by people and may hold personal details: stored redacted with the case's
    placeholders, shown in clear to the case's agent and supervisors only.
    """
    _may_act(case, user)
    text = storable(text).strip()
    if not text:
        raise ValueError("Write the note first.")
    if len(text) > NOTE_MAX_CHARS:
        raise ValueError(f"A note can hold at most {NOTE_MAX_CHARS} characters ({len(text)} given).")
    with transaction.atomic():
        note = CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.NOTE,
            actor=user,
            text=redact_for_case(case.pk, text),
            created_at=at or timezone.now(),
        )
        transaction.on_commit(lambda: announce_case_changed(case.pk, "noted"))
    return note
