"""The shipped policy texts, one per rule id: what `get_policy_snippet` cites and agents read.

Admins edit these per policy version; a fresh database starts from this text.
"""

DEFAULT_TEXTS: dict[str, dict[str, str]] = {
    "P0": {
        "title": "Consistent request",
        "topics": "request kind reason amount consistency",
        "text": "A goodwill request for service quality is always a credit; every other reason is a refund. "
        "The amount requested must be more than zero.",
    },
    "P1": {
        "title": "Refund window",
        "topics": "window time limit days old trip late request",
        "text": "Refunds and credits are possible for {window_days} days after the trip completed (or was "
        "cancelled, or was requested, when it never completed).",
    },
    "P2": {
        "title": "Cap at what was paid",
        "topics": "cap maximum already refunded partial refund charged total",
        "text": "No refund exceeds what the rider was charged for the trip (tips excluded) minus what was "
        "already refunded, nor repeats what was already given back for the same problem.",
    },
    "P3": {
        "title": "Route deviation",
        "topics": "route deviation long route detour overcharge fare dispute quote distance duration",
        "text": "When a completed trip was more than {route_distance_factor} times the estimated distance or "
        "more than {route_duration_factor} times the estimated duration, the rider may get back the fare "
        "charged above the upfront quote.",
    },
    "P4": {
        "title": "Cancellation fee",
        "topics": "cancellation fee cancel cancelled driver late no show",
        "text": "A cancellation fee is refunded when the driver cancelled, when the rider cancelled within "
        "{free_cancel_seconds} seconds of requesting, or when the driver arrived (or had still not arrived "
        "at cancellation) more than {driver_late_seconds} seconds after the promised pickup time.",
    },
    "P5": {
        "title": "Duplicate charge",
        "topics": "duplicate double charge charged twice billing",
        "text": "A charge repeated with the same kind and amount within {duplicate_window_seconds} seconds of "
        "the previous one is a duplicate and is refunded in full.",
    },
    "P6": {
        "title": "Cleaning fee",
        "topics": "cleaning fee mess dirty vomit spill",
        "text": "A cleaning fee is refunded unless the driver's cleaning report carries photo evidence.",
    },
    "P7": {
        "title": "Goodwill credit for service quality",
        "topics": "service quality rude driver bad experience goodwill credit complaint",
        "text": "For a completed trip with a poor experience, a goodwill credit of {goodwill_percent}% of the "
        "fare, at most {goodwill_cap}, once per rider in 30 days.",
    },
    "P8": {
        "title": "Safety",
        "topics": "safety unsafe harassment accident dangerous driving assault",
        "text": "Safety reports are never settled with money by the copilot: the case goes to the safety team "
        "as an urgent ticket.",
    },
    "P9": {
        "title": "Risk review",
        "topics": "risk fraud many refunds supervisor review",
        "text": "Refunds for riders flagged for fraud, or with {risk_refund_count} or more refunds in the last 30 "
        "days, need a supervisor's approval.",
    },
    "P10": {
        "title": "Agent approval limit",
        "topics": "approval limit large refund supervisor",
        "text": "Refunds above {agent_approval_limit} need a supervisor's approval.",
    },
}
