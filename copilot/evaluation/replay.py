"""Replaying stored turns, and judging past proposals under a draft policy (what-if).

Replay feeds a turn's recorded model outputs, call by call, through today's tools and
rules, and reports how the proposal would differ. It writes under a replay turn id and
removes what it wrote, so nothing it does can be approved or counted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from copilot.core import domain
from copilot.models import Turn
from copilot.trips.service import get_trip_service
from policies.engine import PolicyParams, judge
from policies.models import PolicyVersion
from policies.selectors import active_policy
from tools.base import ToolContext
from tools.executor import ToolCall, execute_tool_calls
from tools.models import PendingAction, ToolCallAudit
from tools.permissions import tool_permissions


def _signature(tool: str, params: dict[str, Any]) -> tuple:
    if tool == "issue_refund":
        return (tool, params.get("trip_id"), params.get("kind"), params.get("reason"), params.get("amount"))
    return (tool, params.get("queue"), params.get("trip_id"))


def _describe(tool: str, params: dict[str, Any]) -> str:
    if tool == "issue_refund":
        return (
            f"{params['kind']} {params['amount']} for {params['reason']} on trip {str(params['trip_id'])[:8]}"
        )
    return f"ticket to {params['queue']}"


@dataclass
class ReplayResult:
    turn_id: str
    changes: list[str] = field(default_factory=list)
    calls: int = 0
    errors: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"turn_id": self.turn_id, "changes": self.changes, "calls": self.calls, "errors": self.errors}


def replay_turn(turn: Turn, *, now: datetime | None = None) -> ReplayResult:
    """Re-run the recorded model outputs of a turn through today's tools and rules."""
    result = ReplayResult(turn_id=str(turn.pk))
    replay_id = f"replay-{uuid.uuid4()}"
    ctx = ToolContext(
        case_id=turn.case_id,
        rider_id=turn.case.rider.rider_id,
        turn_id=replay_id,
        intent=turn.intent,
        intents=frozenset(turn.intents or [turn.intent]),
        now=now or turn.started_at or turn.created_at,
        policy=active_policy(),
        permissions=tool_permissions(),
    )
    try:
        for output in turn.model_outputs:
            calls = [
                ToolCall(id=c["id"], name=c["function"]["name"], arguments=c["function"]["arguments"])
                for c in output.get("tool_calls", [])
            ]
            if not calls:
                continue
            for outcome in execute_tool_calls(ctx, calls):
                result.calls += 1
                if not outcome.ok:
                    result.errors += 1
                    result.changes.append(f"{outcome.call.name} now fails: {outcome.result.get('error')}")
        before = {_signature(a.tool, a.params): a for a in PendingAction.objects.filter(turn_id=str(turn.pk))}
        after = {_signature(a.tool, a.params): a for a in PendingAction.objects.filter(turn_id=replay_id)}
        for key, old in before.items():
            new = after.get(key)
            if new is None:
                result.changes.append(f"{_describe(old.tool, old.params)} would no longer be proposed")
                continue
            old_v, new_v = old.verdict or {}, new.verdict or {}
            for name in ("verdict", "max_amount", "rules"):
                if old_v.get(name) != new_v.get(name):
                    result.changes.append(
                        f"{_describe(old.tool, old.params)}: {name} {old_v.get(name)} -> {new_v.get(name)}"
                    )
        for key, new in after.items():
            if key not in before:
                result.changes.append(f"{_describe(new.tool, new.params)} would be proposed")
    finally:
        PendingAction.objects.filter(turn_id=replay_id).delete()
        ToolCallAudit.objects.filter(turn_id=replay_id).delete()
    return result


@dataclass
class WhatIf:
    judged: int = 0
    changed: list[dict[str, Any]] = field(default_factory=list)
    max_amount_before: Decimal = Decimal("0.00")
    max_amount_after: Decimal = Decimal("0.00")

    def as_dict(self, *, draft: str, active: str) -> dict[str, Any]:
        return {
            "active_version": active,
            "draft_version": draft,
            "proposals_judged": self.judged,
            "verdicts_changed": sum(c["verdict_before"] != c["verdict_after"] for c in self.changed),
            "amounts_changed": sum(c["max_before"] != c["max_after"] for c in self.changed),
            "total_max_before": f"{self.max_amount_before:.2f}",
            "total_max_after": f"{self.max_amount_after:.2f}",
            "total_delta": f"{self.max_amount_after - self.max_amount_before:.2f}",
            "changes": self.changed,
        }


def policy_whatif(*, draft: PolicyVersion, last_cases: int = 200) -> dict[str, Any]:
    """Re-judge the refund proposals of the last N cases under a draft version, beside the active one."""
    active = active_policy()
    draft_params = PolicyParams.model_validate(draft.params)
    service = get_trip_service()
    case_ids = list(
        PendingAction.objects.filter(tool="issue_refund")
        .order_by("-created_at")
        .values_list("case_id", flat=True)
    )
    wanted = list(dict.fromkeys(case_ids))[:last_cases]
    report = WhatIf()
    actions = PendingAction.objects.filter(tool="issue_refund", case_id__in=wanted).select_related(
        "case__rider"
    )
    for action in actions.order_by("created_at"):
        rider_id = action.case.rider.rider_id
        decided_at = action.created_at
        trip = service.get_trip(rider_id=rider_id, trip_id=action.params["trip_id"])
        rider = service.get_rider(rider_id=rider_id, now=decided_at)
        if trip is None or rider is None:
            continue
        # Judge the trip as it stood when proposed: without refunds paid after the decision.
        trip = trip.model_copy(update={"refunds": tuple(r for r in trip.refunds if r.at < decided_at)})
        request = domain.RefundAction(
            kind=action.params["kind"], reason=action.params["reason"], amount=action.params["amount"]
        )
        before = judge(
            trip=trip,
            rider=rider,
            action=request,
            now=decided_at,
            approver_role="agent",
            params=active.params,
        )
        after = judge(
            trip=trip, rider=rider, action=request, now=decided_at, approver_role="agent", params=draft_params
        )
        report.judged += 1
        report.max_amount_before += before.max_amount
        report.max_amount_after += after.max_amount
        if (before.verdict, before.max_amount, before.rules) != (
            after.verdict,
            after.max_amount,
            after.rules,
        ):
            report.changed.append(
                {
                    "action_id": action.pk,
                    "case_id": action.case_id,
                    "request": _describe("issue_refund", action.params),
                    "verdict_before": before.verdict,
                    "verdict_after": after.verdict,
                    "max_before": f"{before.max_amount:.2f}",
                    "max_after": f"{after.max_amount:.2f}",
                    "rules_before": list(before.rules),
                    "rules_after": list(after.rules),
                }
            )
    return report.as_dict(draft=draft.label, active=active.label)
