from __future__ import annotations

from typing import Any

from tools.base import StrictArgs, ToolContext, ToolError


class GetRiderFlagsArgs(StrictArgs):
    """The rider facts the refund rules use: tier, fraud flag, account age, refunds and goodwill
    credits in the last 30 days (goodwill is once per 30 days). Use it for service complaints and
    risky refunds. No arguments: the rider is always this case's customer.
    """


def get_rider_flags(ctx: ToolContext, args: GetRiderFlagsArgs) -> dict[str, Any]:
    rider = ctx.trip_service.get_rider(rider_id=ctx.rider_id, now=ctx.now)
    if rider is None:
        raise ToolError(
            "not_found", "This case's rider is not known to the trip service.", hint="Ask the agent."
        )
    age_days = (ctx.now - rider.account_created_at).days if rider.account_created_at else None
    return {
        "rider_id": rider.rider_id,
        "tier": rider.tier,
        "fraud_flag": rider.fraud_flag,
        "account_age_days": age_days,
        "refunds_last_30d": rider.refunds_last_30d,
        "goodwill_last_30d": rider.goodwill_last_30d,
    }
