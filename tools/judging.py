"""Running the refund rules for a tool: fresh rider data, the turn's policy version."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from copilot.core import domain
from copilot.observability import tracing
from policies.engine import Decision, judge
from tools.base import ToolContext, ToolError

AMOUNT_PATTERN = r"^[0-9]{1,6}\.[0-9]{2}$"
SMALLEST = Decimal("0.01")


def rider_of(ctx: ToolContext) -> domain.Rider:
    rider = ctx.trip_service.get_rider(rider_id=ctx.rider_id, now=ctx.now)
    if rider is None:
        raise ToolError(
            "not_found", "This case's rider is not known to the trip service.", hint="Ask the agent."
        )
    return rider


def judge_request(
    ctx: ToolContext,
    *,
    trip: domain.Trip,
    kind: str,
    reason: str,
    amount: Decimal | None,
    approver_role: str = "agent",
) -> tuple[Decision, Decimal]:
    """The rules' decision, and the amount judged (the maximum when no amount was named)."""
    rider = rider_of(ctx)
    params = ctx.policy.params

    def run(value: Decimal) -> Decision:
        action = domain.RefundAction(kind=kind, reason=reason, amount=value)
        started = time.perf_counter()
        try:
            return judge(
                trip=trip,
                rider=rider,
                action=action,
                now=ctx.now,
                approver_role=approver_role,
                params=params,
                case=domain.CaseFacts(safety_report=ctx.safety_report),
            )
        finally:
            ctx.add_time("rules_ms", (time.perf_counter() - started) * 1000)

    with tracing.span("rules.judge") as traced:
        if amount is None:
            # The maximum does not depend on the amount asked; find it, then judge asking for it.
            probe = run(SMALLEST)
            if probe.verdict == "denied" or probe.max_amount <= 0:
                traced.set(verdict=probe.verdict, rule_ids=list(probe.rules))
                return probe, Decimal("0.00")
            amount = probe.max_amount
        decision = run(amount)
        traced.set(verdict=decision.verdict, rule_ids=list(decision.rules))
    return decision, amount


def decision_dict(decision: Decision, *, policy_version: str, amount: Decimal) -> dict[str, Any]:
    return {
        "verdict": decision.verdict,
        "max_amount": f"{decision.max_amount:.2f}",
        "amount": f"{amount:.2f}",
        "rules": list(decision.rules),
        "reasons": list(decision.reasons),
        "policy_version": policy_version,
    }
