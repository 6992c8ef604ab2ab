from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import Field

from tools.base import StrictArgs, ToolContext
from tools.judging import AMOUNT_PATTERN, decision_dict, judge_request
from tools.trips import resolve_trip

Reason = Literal[
    "route_deviation", "cancellation_fee", "duplicate_charge", "cleaning_fee", "service_quality", "safety"
]


class SimulateRefundArgs(StrictArgs):
    """Ask the refund rules what they allow for a trip, changing nothing: the verdict (allowed,
    needs_supervisor or denied), max_amount, the rule ids and their reasons. Call it before any
    refund or credit; amount null judges the maximum.
    """

    trip_id: str = Field(description="The trip's full UUID or its first 8 hex characters.", max_length=64)
    kind: Literal["refund", "credit"] = Field(description="credit for service_quality, else refund.")
    reason: Reason = Field(description="The problem, named as in the instructions.")
    amount: str | None = Field(
        description="Two decimals, such as '18.00'; null judges the maximum.",
        pattern=AMOUNT_PATTERN,
    )


def simulate_refund(ctx: ToolContext, args: SimulateRefundArgs) -> dict[str, Any]:
    trip = resolve_trip(ctx, args.trip_id)
    amount = Decimal(args.amount) if args.amount is not None else None
    decision, judged = judge_request(ctx, trip=trip, kind=args.kind, reason=args.reason, amount=amount)
    return {
        "trip_id": trip.trip_id,
        "currency": trip.currency,
        **decision_dict(decision, policy_version=ctx.policy.label, amount=judged),
    }
