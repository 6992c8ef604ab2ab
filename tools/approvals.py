"""A person's decision on a proposed action: approve (judged again, executed at most once, by the
tool's own `execute`) or reject with a reason. Proposals are recorded in tools/proposals.py."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from copilot.core.access import Role, user_roles
from copilot.core.text import storable
from copilot.desk.selectors import OVERRIDE_REASONS
from copilot.models import Case, Turn
from copilot.observability import metrics
from copilot.pii.vault import redact_for_case
from copilot.realtime import events
from copilot.realtime.publisher import QUEUE_GROUP, case_group, publish
from copilot.safety.services import standing_report
from policies.rollout import copilot_enabled_for_case
from policies.selectors import active_policy
from tools.base import ActionError, ToolContext
from tools.cache import invalidate_rider
from tools.models import PendingAction
from tools.permissions import tool_permissions
from tools.registry import TOOLS

log = logging.getLogger(__name__)


def _approver_role(roles: frozenset[str]) -> str:
    return "supervisor" if Role.SUPERVISOR in roles else "agent"


def _context_for(action: PendingAction, now: datetime) -> ToolContext:
    case = action.case
    return ToolContext(
        case_id=case.pk,
        rider_id=case.rider.rider_id,
        turn_id=action.turn_id,
        intent="",
        now=now,
        policy=active_policy(),
        safety_report=standing_report(case),  # judged again at approval: a report since denies (P8)
    )


# A reason that is an override reason's label, or starts with one and a colon, carries a reason code.
REASON_LABELS = tuple(label for _, label in OVERRIDE_REASONS)
STILL_WORKING = "The copilot is still working on this proposal and may change it; decide once it is ready."


OUTSIDE_ROLLOUT = "The copilot is not rolled out to you for this case; its proposals are not yours to decide."
SUPERSEDED = "A newer run of the copilot replaced this proposal; decide on the one it shows now."


def _not_decidable(action: PendingAction) -> str:
    """Why nobody may decide the action yet ('' when they may): its turn is still queued or
    running (a turn the infrastructure interrupted runs again and replaces the proposals nobody
    decided), or a later run of the turn superseded the one that proposed it."""
    try:
        key = uuid.UUID(action.turn_id)
    except ValueError:
        return ""  # not proposed by a turn
    turn = Turn.objects.filter(pk=key).values("status", "attempts").first()
    if turn is None:
        return ""
    if turn["status"] in (Turn.Status.QUEUED, Turn.Status.RUNNING):
        return STILL_WORKING
    if action.attempt < turn["attempts"]:
        return SUPERSEDED
    return ""


def action_approve(*, action_id: int, user, now: datetime | None = None, reason: str = "") -> PendingAction:
    """Approve and execute a pending action, at most once, after the rules agree again."""
    now = now or timezone.now()
    reason = storable(reason)
    roles = user_roles(user)
    with transaction.atomic():
        action = PendingAction.objects.select_for_update().select_related("case__rider").get(pk=action_id)
        # A person's note is free text: it may name the customer, so it is redacted like theirs.
        reason = redact_for_case(action.case_id, reason)
        if action.status == PendingAction.Status.EXECUTED:
            return action  # a double click or a retry: the first approval already did it
        if action.status not in PendingAction.OPEN_STATUSES:
            raise ActionError(f"This action is {action.get_status_display().lower()}; it cannot be approved.")
        permission = tool_permissions().get(action.tool)
        allowed = set(permission.approver_roles) if permission else set()
        if not roles & allowed:
            raise ActionError("Your role may not approve this kind of action.")
        if action.case.status == Case.Status.RESOLVED:
            raise ActionError("The case is resolved; reopen it before approving actions.")
        if problem := _not_decidable(action):
            raise ActionError(problem)
        if not copilot_enabled_for_case(user=user, case_id=action.case_id, now=now):
            raise ActionError(OUTSIDE_ROLLOUT)
        tool = TOOLS.get(action.tool)
        if tool is None or tool.execute is None:
            raise ActionError(f"Unknown action tool {action.tool!r}.")
        tool.execute(
            action,
            ctx=_context_for(action, now),
            approver_role=_approver_role(roles),
            user=user,
            now=now,
            reason=reason,
        )
        action.save()
    if action.status == PendingAction.Status.EXECUTED:
        invalidate_rider(action.case.rider.rider_id)
    # An approval that names a reason code ("Amount is wrong: ...") overrides the proposal (docs/metrics.md).
    metrics.action_decided(
        tool=action.tool,
        decision=action.status,
        overridden=action.status == PendingAction.Status.EXECUTED
        and metrics.names_override_reason(reason, REASON_LABELS),
    )
    _announce(action)
    return action


def action_reject(*, action_id: int, user, reason: str, now: datetime | None = None) -> PendingAction:
    reason = storable(reason).strip()
    if not reason:
        raise ActionError("Say why you reject it: the reason is recorded for the team's metrics.")
    with transaction.atomic():
        action = PendingAction.objects.select_for_update().get(pk=action_id)
        reason = redact_for_case(action.case_id, reason)
        if action.status == PendingAction.Status.REJECTED:
            return action
        if action.status not in (*PendingAction.OPEN_STATUSES, PendingAction.Status.DENIED):
            raise ActionError(f"This action is {action.get_status_display().lower()}; it cannot be rejected.")
        if problem := _not_decidable(action):
            raise ActionError(problem)
        if not copilot_enabled_for_case(user=user, case_id=action.case_id, now=now):
            raise ActionError(OUTSIDE_ROLLOUT)
        action.status = PendingAction.Status.REJECTED
        action.decided_by, action.decided_at, action.decision_reason = (
            user,
            now or timezone.now(),
            reason[:1000],
        )
        action.save()
    metrics.action_decided(tool=action.tool, decision=action.status, overridden=True)
    _announce(action)
    return action


def _announce(action: PendingAction) -> None:
    """The case page and the supervisor queue re-read what changed."""
    payload = {"case_id": action.case_id, "action_id": action.pk, "status": action.status}
    publish(case_group(action.case_id), events.ACTION_CHANGED, payload)
    publish(QUEUE_GROUP, events.QUEUE_CHANGED, payload)
