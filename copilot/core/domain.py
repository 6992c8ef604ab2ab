"""The data contract of domain.md as typed, validated values.

These models are what tools return to the model, what evaluation fixtures carry and
what the refund rules read. They hold no Django state, so the pure rules engine and
the command-line contracts can use them without a database.
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
)

CENT = Decimal("0.01")


def quantize_money(value: Decimal) -> Decimal:
    """Round half-up to cents: the only rounding domain.md allows, applied at the end."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _money_before(value: object) -> object:
    # A JSON number (18.4) is read as the digits it was written with, never as a binary
    # float, so datasets that write amounts as numbers still judge exactly.
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


def _money_in(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise ValueError("money must be a finite number")
    if quantize_money(value) != value:
        raise ValueError("money has at most two decimals")
    return quantize_money(value) + Decimal("0.00")  # + 0.00 turns -0.00 into 0.00


# Money travels as a string with exactly two decimals ("18.40").
Money = Annotated[
    Decimal,
    BeforeValidator(_money_before),
    AfterValidator(_money_in),
    PlainSerializer(lambda v: f"{quantize_money(v):.2f}", return_type=str, when_used="always"),
    WithJsonSchema({"type": "string", "pattern": r"^-?\d+\.\d{2}$"}),
]
# Distances, durations and multipliers: finite and never negative.
Measure = Annotated[float, Field(ge=0, allow_inf_nan=False)]

Tier = Literal["standard", "gold", "platinum"]
Product = Literal["standard", "xl", "premium", "pool"]
TripStatus = Literal["completed", "rider_cancelled", "driver_cancelled", "no_show"]
Currency = Literal["USD", "EUR", "GBP"]
ChargeKind = Literal["fare", "cancellation_fee", "cleaning_fee", "toll", "tip"]
RefundKind = Literal["refund", "credit"]
RefundReason = Literal[
    "route_deviation",
    "cancellation_fee",
    "duplicate_charge",
    "cleaning_fee",
    "service_quality",
    "safety",
]
IncidentKind = Literal["safety", "cleaning", "lost_item"]
ApproverRole = Literal["agent", "supervisor"]
Verdict = Literal["allowed", "needs_supervisor", "denied"]
Intent = Literal[
    "fare_dispute",
    "cancellation_fee",
    "duplicate_charge",
    "cleaning_fee",
    "service_complaint",
    "safety",
    "lost_item",
    "trip_info",
    "other",
]
TicketQueue = Literal["safety", "lost_and_found", "billing", "supervisor", "driver_ops"]
TicketPriority = Literal["low", "normal", "high", "urgent"]

INTENTS: tuple[str, ...] = Intent.__args__  # type: ignore[attr-defined]
REFUND_REASONS: tuple[str, ...] = RefundReason.__args__  # type: ignore[attr-defined]
TICKET_QUEUES: tuple[str, ...] = TicketQueue.__args__  # type: ignore[attr-defined]


class _Contract(BaseModel):
    # Unknown fields are ignored rather than refused: datasets written by others may
    # carry extra annotations, and the contract only fixes the fields it names.
    model_config = ConfigDict(extra="ignore", frozen=True)


class Charge(_Contract):
    charge_id: str
    kind: ChargeKind
    amount: Money
    at: AwareDatetime


class Refund(_Contract):
    refund_id: str
    kind: RefundKind
    amount: Money
    reason: RefundReason
    at: AwareDatetime


class Incident(_Contract):
    kind: IncidentKind
    reported_at: AwareDatetime
    evidence_photos: int = Field(ge=0)
    note: str = ""


class Rider(_Contract):
    rider_id: str = Field(min_length=1)
    name: str = ""
    email: str = ""
    phone: str = ""
    tier: Tier = "standard"
    account_created_at: AwareDatetime | None = None
    fraud_flag: bool = False
    refunds_last_30d: int = Field(default=0, ge=0)
    goodwill_last_30d: int = Field(default=0, ge=0)


class Trip(_Contract):
    trip_id: str
    rider_id: str = Field(min_length=1)
    driver_id: str = "D-0"
    driver_name: str = ""
    product: Product = "standard"
    status: TripStatus
    city: str = ""
    currency: Currency = "USD"
    requested_at: AwareDatetime
    pickup_eta_at: AwareDatetime | None = None
    driver_arrived_at: AwareDatetime | None = None
    started_at: AwareDatetime | None = None
    completed_at: AwareDatetime | None = None
    cancelled_at: AwareDatetime | None = None
    pickup_address: str = ""
    dropoff_address: str = ""
    upfront_fare: Money = Decimal("0.00")
    estimated_distance_km: Measure | None = None
    actual_distance_km: Measure | None = None
    estimated_duration_min: Measure | None = None
    actual_duration_min: Measure | None = None
    surge_multiplier: Measure = 1.0
    charges: tuple[Charge, ...] = ()
    refunds: tuple[Refund, ...] = ()
    incidents: tuple[Incident, ...] = ()

    @property
    def fare_charged(self) -> Decimal:
        return sum((c.amount for c in self.charges if c.kind == "fare"), Decimal("0.00"))

    @property
    def charged_total(self) -> Decimal:
        return sum((c.amount for c in self.charges if c.kind != "tip"), Decimal("0.00"))

    @property
    def refunded_total(self) -> Decimal:
        return sum((r.amount for r in self.refunds), Decimal("0.00"))

    @property
    def reference_time(self) -> datetime:
        return self.completed_at or self.cancelled_at or self.requested_at


class RefundAction(_Contract):
    kind: RefundKind
    reason: RefundReason
    amount: Money


class CaseFacts(_Contract):
    """What the case itself says, beside the trip and the rider: the safety screen's finding."""

    # The safety screen's signals ("sexual: “hand on my knee”"), empty when it did not fire or an
    # agent recorded a false alarm.
    safety_report: str = ""
