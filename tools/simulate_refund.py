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
    """Ask the refund rules what they would allow for a trip, without changing anything.

    Returns the verdict (allowed, needs_supervisor or denied), the maximum amount, the
    rule ids that decided it and a reason for each. Use it before proposing any refund or
    credit, and propose no more than the max_amount it returns. With amount null it
    judges a request for the maximum. It never moves money and never creates a proposal.
    kind must be "credit" for reason service_quality and "refund" for every other reason.
    Example: {"trip_id": "0b6f1c2e", "kind": "refund", "reason": "route_deviation", "amount": null}.
    """

    trip_id: str = Field(description="The trip's full UUID or its first 8 hex characters.", max_length=64)
    kind: Literal["refund", "credit"] = Field(
        description="'credit' (account credit) for service_quality goodwill; 'refund' for every other reason."
    )
    reason: Reason = Field(
        description=(
            "Why money would be returned: route_deviation (long route, fare above the quote), "
            "cancellation_fee, duplicate_charge, cleaning_fee, service_quality (goodwill credit), "
            "safety (always denied)."
        )
    )
    amount: str | None = Field(
        description="The amount to judge, a string with two decimals such as '18.00'; "
        "null judges the maximum.",
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
