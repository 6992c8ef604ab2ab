"""The answer to the agent's follow-up question: what the tools and the rules found, for the agent.

Unlike the reply, it speaks to a colleague: trip facts, the rules' verdicts with their ids, what
is proposed and what a person already decided. It never writes the customer's draft.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from copilot.agent.offline.words import parse_decimal

if TYPE_CHECKING:  # annotations only: the planner does not import the answer
    from copilot.agent.offline.planner import Outcome, Planner

PROBLEM = {
    "route_deviation": "Route / fare",
    "cancellation_fee": "Cancellation fee",
    "duplicate_charge": "Duplicate charge",
    "cleaning_fee": "Cleaning fee",
    "service_quality": "Service complaint",
}

# What a person already decided for the same problem in this case (tools/issue_refund.DECIDED).
DECIDED = {
    "rejected": "a person already rejected this for this trip",
    "executed": "already paid for this trip",
    "waiting_supervisor": "already waiting for a supervisor's decision",
}


def _amount(value: Any, currency: str) -> str:
    amount = parse_decimal(str(value)) if value is not None else None
    return f"{amount:.2f} {currency}".strip() if amount is not None else "—"


def _trip_facts(trip: dict[str, Any]) -> str:
    currency = str(trip.get("currency") or "")
    parts = [f"trip {str(trip.get('trip_id', ''))[:8]} ({trip.get('status', 'unknown')})"]
    est, act = trip.get("estimated_distance_km"), trip.get("actual_distance_km")
    if est is not None or act is not None:
        parts.append(f"estimated {_or_dash(est)} km, actual {_or_dash(act)} km")
    quoted, charged = trip.get("upfront_fare"), trip.get("charged_total")
    if quoted is not None or charged is not None:
        parts.append(f"quoted {_amount(quoted, currency)}, charged {_amount(charged, currency)}")
    refunded = parse_decimal(str(trip.get("refunded_total", "0"))) or Decimal("0")
    if refunded > 0:
        parts.append(f"already refunded {_amount(refunded, currency)}")
    return "; ".join(parts)


def _or_dash(value: Any) -> str:
    return "—" if value is None else str(value)


def _rules(source: dict[str, Any] | None) -> str:
    rules = list((source or {}).get("rules") or [])
    return f" ({', '.join(rules)})" if rules else ""


def _money_line(outcome: Outcome) -> str:
    label = PROBLEM.get(outcome.reason, outcome.reason.replace("_", " ").capitalize() or "Money")
    currency = str((outcome.trip or {}).get("currency") or "")
    if outcome.failure:
        return f"{label}: I could not check it ({outcome.failure.replace('_', ' ')})."
    decided = DECIDED.get(str((outcome.proposal or outcome.denial or {}).get("status") or ""))
    if decided:
        return f"{label}: {decided}, so it is not proposed again."
    if outcome.proposal is not None:
        verdict = str(outcome.proposal.get("verdict") or "").replace("_", " ")
        amount = _amount(outcome.proposed_amount, currency)
        maximum = (outcome.simulation or {}).get("max_amount")
        limit = f", at most {_amount(maximum, currency)}" if maximum is not None else ""
        what = f"a {outcome.kind or 'refund'} of {amount}"
        return f"{label}: {what} is proposed; the rules say {verdict}{limit}{_rules(outcome.proposal)}."
    if outcome.denial is not None:
        reasons = " ".join(str(r) for r in outcome.denial.get("reasons") or []) or "no reason given"
        return f"{label}: the rules deny it{_rules(outcome.denial)}: {reasons}"
    return f"{label}: nothing to propose without a trip to check."


def agent_answer(planner: Planner) -> str:
    """A few plain sentences for the agent, from the tool results of this turn."""
    lines: list[str] = []
    trips = planner.trips()
    if trips:
        lines.append("I checked " + "; and ".join(_trip_facts(t) for t in trips[:2]) + ".")
    elif planner.unknown_trip_id():
        lines.append("The trip id in the conversation is not one of this rider's trips.")
    for outcome in planner.outcomes():
        if outcome.reason:
            lines.append(_money_line(outcome))
        elif outcome.intent == "safety":
            lines.append(
                "This is a safety report: a ticket to the safety team (urgent) is proposed, and no money "
                "is offered in a safety case (P8)."
            )
        elif outcome.intent == "lost_item":
            lines.append(
                "Lost item: a ticket to lost and found is proposed; the driver is contacted from there."
            )
    if not lines:
        lines.append("I found nothing in the trip data or the rules that bears on this question.")
    lines.append("The draft to the customer is unchanged.")
    return " ".join(lines)
