"""The refund rules of refund-policy.md as a pure function.

`judge` decides what may be approved for one refund or credit request. It is pure on
purpose: no Django, no database, no clock (the caller passes `now`), no I/O and no
randomness, so the same input always gives the same `Decision` and a verdict can be
replayed later from what was recorded.

Choices where the policy text leaves room:

* Whole seconds. A time difference is cut to whole seconds by dropping the fraction
  towards zero (120.9 s counts as 120 s, -0.5 s as 0 s), using integer arithmetic on
  the timedelta rather than floats. Because every threshold is >= 0, dropping towards
  zero and flooring give the same verdict: they differ only for deltas in (-1 s, 0 s),
  which are "within" any threshold >= 0 and never "more than" one.
* Distances and durations are floats in the data contract; they are compared as the
  decimals they print as (`Decimal(str(x))`), so 12.5 km against 1.25 x 10.0 km is an
  exact tie. A NaN is treated like a null: the comparison it is part of is false.
* Arithmetic runs in a local decimal context wide enough that sums and products of
  money are exact; the only rounding is the half-up rounding of the goodwill percentage.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Context, Decimal, localcontext
from itertools import pairwise

from pydantic import BaseModel, ConfigDict, Field

from copilot.core.domain import (
    ApproverRole,
    CaseFacts,
    Charge,
    Money,
    RefundAction,
    Rider,
    Trip,
    Verdict,
    quantize_money,
)

ZERO = Decimal("0.00")
NO_CASE_FACTS = CaseFacts()
_DAY_SECONDS = 86_400
TIMES = "\N{MULTIPLICATION SIGN}"  # spelled out: the sign is meant, not the letter x
# Money has two decimals and the parameters are short decimals, so 60 digits keep every
# sum and product exact; the default 28 could round a product before it is compared.
_EXACT = Context(prec=60)


class PolicyParams(BaseModel):
    """The parameters an admin may change; each change makes a new policy version."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    window_days: int = Field(
        default=30,
        ge=0,
        description="How many days after the trip ended (or was cancelled or requested) a refund may "
        "still be granted.",
    )
    route_distance_factor: Decimal = Field(
        default=Decimal("1.25"),
        ge=1,
        description="A completed trip counts as a route deviation when its actual distance is more than "
        "this many times the estimated distance.",
    )
    route_duration_factor: Decimal = Field(
        default=Decimal("1.5"),
        ge=1,
        description="A completed trip counts as a route deviation when its actual duration is more than "
        "this many times the estimated duration.",
    )
    free_cancel_seconds: int = Field(
        default=120,
        ge=0,
        description="A rider who cancels within this many seconds of requesting gets the cancellation "
        "fee back.",
    )
    driver_late_seconds: int = Field(
        default=300,
        ge=0,
        description="A driver more than this many seconds past the promised pickup time counts as late, "
        "which makes the cancellation fee refundable.",
    )
    duplicate_window_seconds: int = Field(
        default=600,
        ge=0,
        description="A charge of the same kind and amount at most this many seconds after the previous "
        "one counts as a duplicate.",
    )
    goodwill_percent: Decimal = Field(
        default=Decimal("20"),
        ge=0,
        le=100,
        description="A goodwill credit for poor service is at most this percentage of the fare charged.",
    )
    goodwill_cap: Money = Field(
        default=Decimal("10.00"),
        ge=0,
        description="A goodwill credit for poor service is never more than this amount.",
    )
    agent_approval_limit: Money = Field(
        default=Decimal("50.00"),
        ge=0,
        description="A request for more than this amount needs a supervisor to approve it.",
    )
    risk_refund_count: int = Field(
        default=3,
        ge=0,
        description="A rider with at least this many refunds or credits in the last 30 days needs a "
        "supervisor to approve another one.",
    )


class Decision(BaseModel):
    """What `judge` decided, with one sentence per rule for the support agent."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    verdict: Verdict
    max_amount: Money
    rules: tuple[str, ...]
    # reasons[i] explains rules[i]; a denial at the cap step adds one last sentence
    # saying that the requested amount is more than max_amount.
    reasons: tuple[str, ...]

    def as_contract(self, policy_version: str) -> dict:
        return {
            "verdict": self.verdict,
            "max_amount": f"{quantize_money(self.max_amount):.2f}",
            "rules": list(self.rules),
            "policy_version": policy_version,
        }


# --- helpers -------------------------------------------------------------------------


def whole_seconds(delta: timedelta) -> int:
    """Drop the fraction of a second towards zero, exactly (see the module docstring)."""
    micro = delta // timedelta(microseconds=1)
    magnitude = abs(micro) // 1_000_000
    return magnitude if micro >= 0 else -magnitude


def _seconds_between(later: datetime | None, earlier: datetime | None) -> int | None:
    if later is None or earlier is None:
        return None
    return whole_seconds(later - earlier)


def _exact(x: float | None) -> Decimal | None:
    # Compare the number as it prints, not its binary approximation.
    if x is None:
        return None
    value = Decimal(str(x))
    return None if value.is_nan() else value


def _exceeds(actual: float | None, factor: Decimal, estimate: float | None) -> bool:
    a, e = _exact(actual), _exact(estimate)
    if a is None or e is None:
        return False
    with localcontext(_EXACT):
        return a > factor * e


def _sum(amounts) -> Decimal:
    with localcontext(_EXACT):
        return sum(amounts, ZERO)


def _charges_of(trip: Trip, kind: str) -> Decimal:
    return _sum(c.amount for c in trip.charges if c.kind == kind)


def _money(x: Decimal) -> str:
    return f"{quantize_money(x):.2f}"


# --- steps 0-2: requests that never get money ---------------------------------------------


def p0_consistent_request(action: RefundAction) -> bool:
    # A goodwill gesture is store credit; every fault of ours is paid back as a refund.
    wanted_kind = "credit" if action.reason == "service_quality" else "refund"
    return action.kind == wanted_kind and action.amount > 0


def p8_safety(trip: Trip, action: RefundAction, case: CaseFacts = NO_CASE_FACTS) -> bool:
    """True when safety is involved: money is then a decision for the safety team."""
    return (
        action.reason == "safety"
        or any(i.kind == "safety" for i in trip.incidents)
        or bool(case.safety_report)
    )


def p1_window_elapsed(trip: Trip, now: datetime) -> int:
    """Whole seconds from the trip's reference time (see Trip.reference_time) to `now`."""
    return whole_seconds(now - trip.reference_time)


def p1_within_window(trip: Trip, now: datetime, params: PolicyParams) -> bool:
    return p1_window_elapsed(trip, now) <= params.window_days * _DAY_SECONDS


# --- step 3: eligibility by reason; each returns eligible_max, or None -------------------------


def _distance_deviates(trip: Trip, params: PolicyParams) -> bool:
    return _exceeds(trip.actual_distance_km, params.route_distance_factor, trip.estimated_distance_km)


def _duration_deviates(trip: Trip, params: PolicyParams) -> bool:
    return _exceeds(trip.actual_duration_min, params.route_duration_factor, trip.estimated_duration_min)


def p3_route_deviation(trip: Trip, rider: Rider, params: PolicyParams) -> Decimal | None:
    if trip.status != "completed":
        return None
    deviated = _distance_deviates(trip, params) or _duration_deviates(trip, params)
    if not deviated:
        return None
    # The rider gets back what the detour added on top of the price agreed at booking.
    extra = trip.fare_charged - trip.upfront_fare
    return extra if extra > 0 else None


def p4_late_seconds(trip: Trip) -> int | None:
    """How late the driver was; a driver who never arrived is judged at the cancellation."""
    arrived = trip.driver_arrived_at if trip.driver_arrived_at is not None else trip.cancelled_at
    return _seconds_between(arrived, trip.pickup_eta_at)


def p4_path(trip: Trip, params: PolicyParams) -> str | None:
    """Which of the policy's cases makes the cancellation fee refundable, if any."""
    if trip.status == "driver_cancelled":
        return "the driver cancelled"
    if trip.status == "rider_cancelled":
        waited = _seconds_between(trip.cancelled_at, trip.requested_at)
        if waited is not None and waited <= params.free_cancel_seconds:
            free = params.free_cancel_seconds
            return f"the rider cancelled {waited} s after requesting, within the free {free} s"
    late = p4_late_seconds(trip)
    if late is not None and late > params.driver_late_seconds:
        seen = "arrived" if trip.driver_arrived_at is not None else "had not arrived at the cancellation"
        return (
            f"the driver {seen} {late} s after the promised pickup, more than {params.driver_late_seconds} s"
        )
    return None


def p4_cancellation_fee(trip: Trip, rider: Rider, params: PolicyParams) -> Decimal | None:
    if not any(c.kind == "cancellation_fee" for c in trip.charges):
        return None
    if p4_path(trip, params) is None:
        return None
    return _charges_of(trip, "cancellation_fee")


def p5_duplicates(trip: Trip, params: PolicyParams) -> list[Charge]:
    """Charges that repeat the previous charge of the same kind and amount within the window."""
    groups: defaultdict[tuple[str, Decimal], list[Charge]] = defaultdict(list)
    for charge in trip.charges:
        groups[(charge.kind, charge.amount)].append(charge)
    duplicates: list[Charge] = []
    for group in groups.values():
        # Ties in time cannot change the result: the sorted times, and so the gaps, are the same.
        ordered = sorted(group, key=lambda c: c.at)
        for previous, charge in pairwise(ordered):
            if whole_seconds(charge.at - previous.at) <= params.duplicate_window_seconds:
                duplicates.append(charge)
    return duplicates


def p5_duplicate_charge(trip: Trip, rider: Rider, params: PolicyParams) -> Decimal | None:
    total = _sum(c.amount for c in p5_duplicates(trip, params))
    # The policy says "not eligible if 0"; a negative total (only possible with negative
    # charges) would be capped to 0.00 and denied at the cap step with the same output.
    return total if total > 0 else None


def p6_cleaning_fee(trip: Trip, rider: Rider, params: PolicyParams) -> Decimal | None:
    if not any(c.kind == "cleaning_fee" for c in trip.charges):
        return None
    # Photos of the mess are the driver's proof; without them the rider gets the benefit of the doubt.
    if any(i.kind == "cleaning" and i.evidence_photos > 0 for i in trip.incidents):
        return None
    return _charges_of(trip, "cleaning_fee")


def p7_goodwill_share(trip: Trip, params: PolicyParams) -> Decimal:
    with localcontext(_EXACT):
        return quantize_money(params.goodwill_percent * trip.fare_charged / 100)


def p7_service_quality(trip: Trip, rider: Rider, params: PolicyParams) -> Decimal | None:
    # One goodwill credit per rider per 30 days, and only for a ride that actually happened.
    if trip.status != "completed" or rider.goodwill_last_30d != 0:
        return None
    return min(p7_goodwill_share(trip, params), params.goodwill_cap)


EligibilityRule = Callable[[Trip, Rider, PolicyParams], Decimal | None]

ELIGIBILITY: dict[str, tuple[str, EligibilityRule]] = {
    "route_deviation": ("P3", p3_route_deviation),
    "cancellation_fee": ("P4", p4_cancellation_fee),
    "duplicate_charge": ("P5", p5_duplicate_charge),
    "cleaning_fee": ("P6", p6_cleaning_fee),
    "service_quality": ("P7", p7_service_quality),
}


# --- steps 4-6 ---------------------------------------------------------------------------


def p2_refunded_for_reason(trip: Trip, action: RefundAction) -> Decimal:
    return _sum(r.amount for r in trip.refunds if r.reason == action.reason)


def p2_cap(trip: Trip, action: RefundAction, eligible_max: Decimal) -> Decimal:
    # Never give back twice for the same problem, nor more than the rider still has paid.
    with localcontext(_EXACT):
        left_for_reason = eligible_max - p2_refunded_for_reason(trip, action)
        left_paid = trip.charged_total - trip.refunded_total
        return max(min(left_for_reason, left_paid), ZERO)


def p9_risk(rider: Rider, params: PolicyParams) -> bool:
    return rider.fraud_flag or rider.refunds_last_30d >= params.risk_refund_count


def p10_over_agent_limit(action: RefundAction, params: PolicyParams) -> bool:
    return action.amount > params.agent_approval_limit


# --- reasons shown to the agent --------------------------------------------------------


def _why_p0(action: RefundAction) -> str:
    problems = []
    wanted_kind = "credit" if action.reason == "service_quality" else "refund"
    if action.kind != wanted_kind:
        problems.append(f"reason {action.reason} must be requested as a {wanted_kind}, not a {action.kind}")
    if action.amount <= 0:
        problems.append(f"the amount must be more than 0.00, not {_money(action.amount)}")
    return "P0: " + "; ".join(problems)


def _why_p8(trip: Trip, action: RefundAction, case: CaseFacts = NO_CASE_FACTS) -> str:
    if action.reason == "safety":
        cause = "the reason is safety"
    elif any(i.kind == "safety" for i in trip.incidents):
        cause = "the trip has a safety incident"
    else:
        cause = f"the customer's message reports a safety matter ({case.safety_report})"
    return (
        f"P8: {cause}; the copilot never proposes money for safety cases, send the case to the safety queue"
    )


def _why_p1(trip: Trip, now: datetime, params: PolicyParams) -> str:
    if trip.completed_at is not None:
        field = "completed_at"
    elif trip.cancelled_at is not None:
        field = "cancelled_at"
    else:
        field = "requested_at"
    elapsed = timedelta(seconds=p1_window_elapsed(trip, now))
    return f"P1: {elapsed} since the trip's {field} is more than the {params.window_days}-day window"


def _deviation_text(
    what: str, unit: str, actual: float | None, factor: Decimal, estimate: float | None
) -> str:
    a, e = _exact(actual), _exact(estimate)
    if a is None or e is None:
        return f"{what} is unknown"
    verb = "is more than" if _exceeds(actual, factor, estimate) else "is not more than"
    return f"actual {what} {a} {unit} {verb} {factor} {TIMES} the {e} {unit} estimate"


def _why_p3(trip: Trip, params: PolicyParams, eligible_max: Decimal | None) -> str:
    if trip.status != "completed":
        return f"P3: the trip is {trip.status}, not completed"
    distance = _deviation_text(
        "distance", "km", trip.actual_distance_km, params.route_distance_factor, trip.estimated_distance_km
    )
    duration = _deviation_text(
        "duration", "min", trip.actual_duration_min, params.route_duration_factor, trip.estimated_duration_min
    )
    fired = [
        text
        for text, hit in (
            (distance, _distance_deviates(trip, params)),
            (duration, _duration_deviates(trip, params)),
        )
        if hit
    ]
    if not fired:
        return f"P3: no route deviation: {distance}; {duration}"
    fare, upfront = _money(trip.fare_charged), _money(trip.upfront_fare)
    if eligible_max is None:
        return (
            f"P3: {' and '.join(fired)}, but the fare charged {fare} is not more than the upfront {upfront}"
        )
    return f"P3: {' and '.join(fired)}; fare charged {fare} - upfront {upfront} = {_money(eligible_max)}"


def _why_p4(trip: Trip, params: PolicyParams, eligible_max: Decimal | None) -> str:
    if not any(c.kind == "cancellation_fee" for c in trip.charges):
        return "P4: the trip has no cancellation fee charge"
    path = p4_path(trip, params)
    if path is None or eligible_max is None:
        return (
            f"P4: the fee stands: the trip is {trip.status}, the rider did not cancel within "
            f"{params.free_cancel_seconds} s and the driver was not more than "
            f"{params.driver_late_seconds} s late"
        )
    return f"P4: {path}; cancellation fees {_money(eligible_max)}"


def _why_p5(trip: Trip, params: PolicyParams, eligible_max: Decimal | None) -> str:
    duplicates = p5_duplicates(trip, params)
    if eligible_max is None:
        window = params.duplicate_window_seconds
        return f"P5: no charge repeats one of the same kind and amount within {window} s"
    listed = ", ".join(f"{c.kind} {_money(c.amount)}" for c in duplicates)
    return (
        f"P5: {len(duplicates)} duplicate charge(s) within {params.duplicate_window_seconds} s ({listed}); "
        f"total {_money(eligible_max)}"
    )


def _why_p6(trip: Trip, params: PolicyParams, eligible_max: Decimal | None) -> str:
    if not any(c.kind == "cleaning_fee" for c in trip.charges):
        return "P6: the trip has no cleaning fee charge"
    if eligible_max is None:
        return "P6: the driver reported the cleaning incident with photo evidence"
    return f"P6: no cleaning incident with photo evidence; cleaning fees {_money(eligible_max)}"


def _why_p7(trip: Trip, rider: Rider, params: PolicyParams, eligible_max: Decimal | None) -> str:
    if trip.status != "completed":
        return f"P7: the trip is {trip.status}, not completed"
    if rider.goodwill_last_30d != 0:
        return f"P7: the rider already had {rider.goodwill_last_30d} goodwill credit(s) in the last 30 days"
    share = p7_goodwill_share(trip, params)
    text = (
        f"P7: goodwill {params.goodwill_percent}% of the fare {_money(trip.fare_charged)} = {_money(share)}"
    )
    if share > params.goodwill_cap:
        text += f", capped at {_money(params.goodwill_cap)}"
    return text


def _why_eligibility(
    rule: str, trip: Trip, rider: Rider, params: PolicyParams, eligible_max: Decimal | None
) -> str:
    if rule == "P7":
        return _why_p7(trip, rider, params, eligible_max)
    explain = {"P3": _why_p3, "P4": _why_p4, "P5": _why_p5, "P6": _why_p6}[rule]
    return explain(trip, params, eligible_max)


def _why_p2(trip: Trip, action: RefundAction, eligible_max: Decimal, max_amount: Decimal) -> str:
    already = p2_refunded_for_reason(trip, action)
    left_paid = trip.charged_total - trip.refunded_total
    return (
        f"P2: capped from {_money(eligible_max)} to {_money(max_amount)}: "
        f"{_money(already)} already given back for {action.reason}, "
        f"{_money(max(left_paid, ZERO))} of the charges not yet given back"
    )


def _why_p9(rider: Rider, params: PolicyParams) -> str:
    causes = []
    if rider.fraud_flag:
        causes.append("the rider is flagged for fraud")
    if rider.refunds_last_30d >= params.risk_refund_count:
        causes.append(
            f"the rider had {rider.refunds_last_30d} refunds or credits in the last 30 days "
            f"(limit {params.risk_refund_count})"
        )
    return "P9: " + " and ".join(causes) + "; a supervisor must approve"


def _why_p10(action: RefundAction, params: PolicyParams) -> str:
    return (
        f"P10: {_money(action.amount)} is more than the agent approval limit "
        f"{_money(params.agent_approval_limit)}; a supervisor must approve"
    )


# --- the procedure ------------------------------------------------------------------------


def _denied(rule: str, reason: str) -> Decision:
    return Decision(verdict="denied", max_amount=ZERO, rules=(rule,), reasons=(reason,))


def judge(
    *,
    trip: Trip,
    rider: Rider,
    action: RefundAction,
    now: datetime,
    approver_role: ApproverRole,
    params: PolicyParams,
    case: CaseFacts = NO_CASE_FACTS,
) -> Decision:
    """Apply refund-policy.md steps 0-7 in order; the first step that denies ends it."""
    if now.tzinfo is None or now.utcoffset() is None:
        # Comparing a naive time with the trip's aware times would silently depend on the server zone.
        raise ValueError("now must be a timezone-aware datetime")

    if not p0_consistent_request(action):
        return _denied("P0", _why_p0(action))
    if p8_safety(trip, action, case):
        return _denied("P8", _why_p8(trip, action, case))
    if not p1_within_window(trip, now, params):
        return _denied("P1", _why_p1(trip, now, params))

    rule, eligibility = ELIGIBILITY[action.reason]
    eligible_max = eligibility(trip, rider, params)
    why = _why_eligibility(rule, trip, rider, params, eligible_max)
    if eligible_max is None:
        return _denied(rule, why)
    rules, reasons = [rule], [why]

    max_amount = p2_cap(trip, action, eligible_max)
    if max_amount < eligible_max:
        rules.append("P2")
        reasons.append(_why_p2(trip, action, eligible_max, max_amount))
    if action.amount > max_amount:
        reasons.append(
            f"Denied: the requested {_money(action.amount)} is more than the {_money(max_amount)} "
            "that may be granted"
        )
        return Decision(verdict="denied", max_amount=max_amount, rules=tuple(rules), reasons=tuple(reasons))

    escalate = False
    if p9_risk(rider, params):
        rules.append("P9")
        reasons.append(_why_p9(rider, params))
        escalate = True
    if p10_over_agent_limit(action, params):
        rules.append("P10")
        reasons.append(_why_p10(action, params))
        escalate = True

    verdict: Verdict = "needs_supervisor" if escalate and approver_role == "agent" else "allowed"
    return Decision(verdict=verdict, max_amount=max_amount, rules=tuple(rules), reasons=tuple(reasons))
