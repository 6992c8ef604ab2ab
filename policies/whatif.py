"""The what-if: the refund proposals of recent cases judged again under a draft policy version,
beside the active one, as the admin console and `manage.py policy_whatif` show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from copilot.core import domain
from copilot.trips.service import get_trip_service
from policies.engine import PolicyParams, judge
from policies.models import PolicyVersion
from policies.selectors import active_policy
from tools.issue_refund import describe_refund
from tools.models import PendingAction


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
                    "request": describe_refund(action.params),
                    "verdict_before": before.verdict,
                    "verdict_after": after.verdict,
                    "max_before": f"{before.max_amount:.2f}",
                    "max_after": f"{after.max_amount:.2f}",
                    "rules_before": list(before.rules),
                    "rules_after": list(after.rules),
                }
            )
    return report.as_dict(draft=draft.label, active=active.label)
