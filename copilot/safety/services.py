"""Writes of the safety screen: what it found on a case, and an agent's false alarm."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from copilot.core.access import works_on_case
from copilot.core.text import storable
from copilot.models import Case, CaseEvent
from copilot.observability import metrics
from copilot.pii.vault import redact_for_case
from copilot.realtime.publisher import announce_case_changed
from copilot.safety.screen import Screen

CLEAR_REASON_MAX_CHARS = 500


def standing_report(case: Case) -> str:
    """The screen's finding the rules judge with: '' when it never fired or was called a false alarm."""
    if not case.safety_signals or case.safety_cleared_at is not None:
        return ""
    return Screen.from_json(case.safety_signals).describe()


def case_safety_record(*, case_id: int, screen: Screen, at: datetime | None = None) -> str:
    """Add what the screen found in a customer's message to the case; the standing report.

    A false alarm stands until the screen finds a category it had not found before.
    """
    with transaction.atomic():
        case = Case.objects.select_for_update().get(pk=case_id)
        if not screen.fired:
            return standing_report(case)
        metrics.safety_hits(s["category"] for s in screen.as_json())
        known = {(s["category"], s["words"]) for s in case.safety_signals}
        known_categories = {s["category"] for s in case.safety_signals}
        new = [s for s in screen.as_json() if (s["category"], s["words"]) not in known]
        if not new:
            return standing_report(case)
        at = at or timezone.now()
        fields = ["safety_signals", "updated_at"]
        case.safety_signals = [*case.safety_signals, *new]
        if case.safety_flagged_at is None:
            case.safety_flagged_at = at
            fields.append("safety_flagged_at")
        if case.safety_cleared_at is not None and {s["category"] for s in new} - known_categories:
            case.safety_cleared_at, case.safety_cleared_by, case.safety_clear_reason = None, None, ""
            fields += ["safety_cleared_at", "safety_cleared_by", "safety_clear_reason"]
        case.save(update_fields=fields)
        CaseEvent.objects.create(
            case=case,
            kind=CaseEvent.Kind.SAFETY_FLAGGED,
            text=Screen.from_json(new).describe(),
            created_at=at,
        )
        transaction.on_commit(lambda: announce_case_changed(case_id, "safety"))
        return standing_report(case)


def case_safety_clear(*, case: Case, user, reason: str, at: datetime | None = None) -> Case:
    """The case's agent (or a supervisor) records that the screen fired on no safety matter."""
    if not works_on_case(user, case):
        raise ValueError("Only the case's agent or a supervisor can call the safety screen a false alarm.")
    reason = storable(reason).strip()
    if not reason:
        raise ValueError("Say why this is not a safety matter.")
    if len(reason) > CLEAR_REASON_MAX_CHARS:
        raise ValueError(
            f"A reason can hold at most {CLEAR_REASON_MAX_CHARS} characters ({len(reason)} given)."
        )
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if not locked.safety_signals:
            raise ValueError("The safety screen did not fire on this case.")
        if locked.safety_cleared_at is not None:
            raise ValueError("This case's safety screen was already called a false alarm.")
        locked.safety_cleared_at = at or timezone.now()
        locked.safety_cleared_by = user
        locked.safety_clear_reason = redact_for_case(locked.pk, reason)
        locked.save(
            update_fields=["safety_cleared_at", "safety_cleared_by", "safety_clear_reason", "updated_at"]
        )
        CaseEvent.objects.create(
            case=locked,
            kind=CaseEvent.Kind.SAFETY_CLEARED,
            actor=user,
            text=locked.safety_clear_reason,
            created_at=locked.safety_cleared_at,
        )
        transaction.on_commit(lambda: announce_case_changed(locked.pk, "safety"))
    return locked
