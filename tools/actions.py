"""Gated actions: proposed by the model, judged by the rules, executed at most once after approval.

The idempotency key names the slot a proposal fills (case, turn, tool call); the
parameters' hash guards it: the same key with the same parameters returns the recorded
action, with other parameters it is an error. Approval locks the row, re-runs the rules
on fresh data, and executes inside the same transaction, so double clicks, two tabs and
retries all end in one refund or one ticket.
"""

from __future__ import annotations

import hashlib
import json
import logging
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from copilot.access import Role, user_roles
from copilot.models import Case, Ticket
from copilot.text import storable
from copilot.tripservice import get_trip_service
from policies.selectors import active_policy
from tools.base import ToolContext, ToolError
from tools.cache import invalidate_rider
from tools.judging import decision_dict, judge_request
from tools.models import PendingAction
from tools.permissions import tool_permissions

log = logging.getLogger(__name__)


class ActionError(Exception):
    """An approval or rejection that cannot be done, in words for the person who tried."""


def params_hash(params: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(params, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def action_propose(
    *, ctx: ToolContext, tool: str, params: dict[str, Any], verdict: dict[str, Any] | None, call_id: str = ""
) -> PendingAction:
    """Record a proposal once; a repeat of the same call returns the first record."""
    digest = params_hash(params)
    key = f"case-{ctx.case_id}:turn-{ctx.turn_id}:{call_id or digest[:16]}"
    status = PendingAction.Status.PENDING
    if verdict is not None and verdict["verdict"] == "denied":
        status = PendingAction.Status.DENIED
    action, created = PendingAction.objects.get_or_create(
        idempotency_key=key,
        defaults={
            "case_id": ctx.case_id,
            "turn_id": ctx.turn_id,
            "tool": tool,
            "params": params,
            "params_hash": digest,
            "verdict": verdict,
            "status": status,
        },
    )
    if not created and action.params_hash != digest:
        raise ToolError(
            "conflict",
            "This proposal was already recorded with other parameters.",
            hint="Do not repeat a tool call id with new arguments; make a new call.",
        )
    return action


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
    )


def action_approve(*, action_id: int, user, now: datetime | None = None, reason: str = "") -> PendingAction:
    """Approve and execute a pending action, at most once, after the rules agree again."""
    now = now or timezone.now()
    reason = storable(reason)
    roles = user_roles(user)
    with transaction.atomic():
        action = PendingAction.objects.select_for_update().select_related("case__rider").get(pk=action_id)
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
        if action.tool == "issue_refund":
            _execute_refund(action, roles=roles, user=user, now=now, reason=reason)
        elif action.tool == "create_ticket":
            _execute_ticket(action, user=user, now=now, reason=reason)
        else:
            raise ActionError(f"Unknown action tool {action.tool!r}.")
        action.save()
    if action.status == PendingAction.Status.EXECUTED:
        invalidate_rider(action.case.rider.rider_id)
    _announce(action)
    return action


def _execute_refund(
    action: PendingAction, *, roles: frozenset[str], user, now: datetime, reason: str
) -> None:
    params = action.params
    ctx = _context_for(action, now)
    trip = ctx.trip_service.get_trip(rider_id=ctx.rider_id, trip_id=params["trip_id"])
    if trip is None:
        raise ActionError("The trip can no longer be found for this rider.")
    amount = Decimal(params["amount"])
    decision, _ = judge_request(
        ctx,
        trip=trip,
        kind=params["kind"],
        reason=params["reason"],
        amount=amount,
        approver_role=_approver_role(roles),
    )
    action.approval_verdict = decision_dict(decision, policy_version=ctx.policy.label, amount=amount)
    action.decided_by, action.decided_at, action.decision_reason = user, now, reason
    if decision.verdict == "denied":
        action.status = PendingAction.Status.DENIED
        return
    if decision.verdict == "needs_supervisor":
        action.status = PendingAction.Status.WAITING_SUPERVISOR
        return
    refund = get_trip_service().record_refund(
        rider_id=ctx.rider_id,
        trip_id=trip.trip_id,
        kind=params["kind"],
        reason=params["reason"],
        amount=amount,
        refund_id=f"rf_act{action.pk}",
        at=now,
    )
    action.status = PendingAction.Status.EXECUTED
    action.executed_at = now
    action.result = {"refund_id": refund.refund_id, "amount": f"{refund.amount:.2f}", "kind": refund.kind}


def _execute_ticket(action: PendingAction, *, user, now: datetime, reason: str) -> None:
    params = action.params
    ticket = Ticket.objects.create(
        case=action.case,
        trip_id=params.get("trip_id"),
        queue=params["queue"],
        priority=params["priority"],
        summary=params["summary"],
        created_by=user,
        created_at=now,
    )
    action.decided_by, action.decided_at, action.decision_reason = user, now, reason
    action.status = PendingAction.Status.EXECUTED
    action.executed_at = now
    action.result = {"ticket_id": ticket.pk, "queue": ticket.queue, "priority": ticket.priority}


def action_reject(*, action_id: int, user, reason: str, now: datetime | None = None) -> PendingAction:
    reason = storable(reason).strip()
    if not reason:
        raise ActionError("Say why you reject it: the reason is recorded for the team's metrics.")
    with transaction.atomic():
        action = PendingAction.objects.select_for_update().get(pk=action_id)
        if action.status == PendingAction.Status.REJECTED:
            return action
        if action.status not in (*PendingAction.OPEN_STATUSES, PendingAction.Status.DENIED):
            raise ActionError(f"This action is {action.get_status_display().lower()}; it cannot be rejected.")
        action.status = PendingAction.Status.REJECTED
        action.decided_by, action.decided_at, action.decision_reason = (
            user,
            now or timezone.now(),
            reason[:1000],
        )
        action.save()
    _announce(action)
    return action


def _announce(action: PendingAction) -> None:
    """The case page and the supervisor queue re-read what changed."""
    from copilot.realtime import QUEUE_GROUP, case_group, publish

    payload = {"case_id": action.case_id, "action_id": action.pk, "status": action.status}
    publish(case_group(action.case_id), "action.changed", payload)
    publish(QUEUE_GROUP, "queue.changed", payload)
