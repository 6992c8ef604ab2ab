from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from tools.base import ActionError, StrictArgs, ToolContext, ToolError
from tools.judging import AMOUNT_PATTERN, decision_dict, judge_request
from tools.models import PendingAction
from tools.proposals import action_propose
from tools.simulate_refund import Reason
from tools.trips import resolve_trip


class IssueRefundArgs(StrictArgs):
    """Propose a refund or credit for the agent to approve; it does NOT move money. The rules judge
    it now and again on approval. Propose at most simulate_refund's max_amount, or less if the
    customer asked for less; never for safety reports.
    """

    trip_id: str = Field(description="The trip's full UUID or its first 8 hex characters.", max_length=64)
    kind: Literal["refund", "credit"] = Field(description="credit for service_quality, else refund.")
    reason: Reason = Field(description="The same reason that was simulated.")
    amount: str = Field(
        description="Two decimals, such as '18.00'; at most the simulated max.",
        pattern=AMOUNT_PATTERN,
    )


# Decisions a person made on this case that a new proposal for the same trip and reason must not repeat.
DECIDED = (
    PendingAction.Status.EXECUTED,
    PendingAction.Status.REJECTED,
    PendingAction.Status.WAITING_SUPERVISOR,
)


def issue_refund(ctx: ToolContext, args: IssueRefundArgs, *, call_id: str = "") -> dict[str, Any]:
    trip = resolve_trip(ctx, args.trip_id)
    amount = Decimal(args.amount)
    if amount <= 0:
        raise ToolError(
            "invalid_arguments",
            "The amount must be more than 0.00.",
            field="amount",
            hint="Use the max_amount from simulate_refund, or less.",
        )
    decision, _ = judge_request(ctx, trip=trip, kind=args.kind, reason=args.reason, amount=amount)
    verdict = decision_dict(decision, policy_version=ctx.policy.label, amount=amount)
    params = {"trip_id": trip.trip_id, "kind": args.kind, "reason": args.reason, "amount": f"{amount:.2f}"}
    action = action_propose(
        ctx=ctx,
        tool="issue_refund",
        params=params,
        verdict=verdict,
        call_id=call_id,
        problem={"trip_id": trip.trip_id, "reason": args.reason},
        decided_statuses=DECIDED,
    )
    result: dict[str, Any] = {"action_id": action.pk, "status": action.status, **verdict}
    if action.status in DECIDED:
        result["hint"] = (
            f"A person already decided a {args.reason} refund for this trip in this case "
            f"({action.get_status_display().lower()}): do not propose it again, and do not promise it."
        )
    elif action.status == "denied":
        result["hint"] = (
            "The rules deny this request; do not promise it. Propose at most max_amount if it is above 0.00, "
            "or explain the rule to the customer."
        )
    else:
        result["hint"] = (
            "Proposed. A person must approve it; tell the customer it is being reviewed, not done."
        )
    return result


def execute_refund(
    action: PendingAction, *, ctx: ToolContext, approver_role: str, user, now: datetime, reason: str
) -> None:
    """Approved: judged again on fresh data, then the money moves once (or the action waits or is denied)."""
    params = action.params
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
        approver_role=approver_role,
    )
    action.approval_verdict = decision_dict(decision, policy_version=ctx.policy.label, amount=amount)
    action.decided_by, action.decided_at, action.decision_reason = user, now, reason
    if decision.verdict == "denied":
        action.status = PendingAction.Status.DENIED
        return
    if decision.verdict == "needs_supervisor":
        action.status = PendingAction.Status.WAITING_SUPERVISOR
        return
    refund = ctx.trip_service.record_refund(
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


def describe_refund(params: dict[str, Any]) -> str:
    """A proposal in a few words, for replay and what-if reports."""
    return f"{params['kind']} {params['amount']} for {params['reason']} on trip {str(params['trip_id'])[:8]}"


def refund_signature(params: dict[str, Any]) -> tuple:
    """What makes two proposals the same proposal (replay compares them)."""
    return (params.get("trip_id"), params.get("kind"), params.get("reason"), params.get("amount"))


def describe_refund_result(result: dict[str, Any]) -> str:
    """What an executed refund did, for the agent's card."""
    kind = str(result.get("kind", "refund")).title()
    return f"{kind} of {result.get('amount')} paid (refund {result.get('refund_id')})"
