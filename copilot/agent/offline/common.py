"""What the offline planner's parts share: limits, the intents and reasons of money, currencies,
city time zones (copilot/core/zones.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import get_args

from copilot.core.domain import Intent

MAX_ROUNDS = 6  # rounds of tool calls in one turn; then the planner answers with what it has
MAX_TRIP_IDS = 3  # trip ids looked up from one message

# intent -> (kind, reason) of its refund or credit
MONEY: dict[str, tuple[str, str]] = {
    "fare_dispute": ("refund", "route_deviation"),
    "cancellation_fee": ("refund", "cancellation_fee"),
    "duplicate_charge": ("refund", "duplicate_charge"),
    "cleaning_fee": ("refund", "cleaning_fee"),
    "service_complaint": ("credit", "service_quality"),
}
INTENT_OF_REASON = {reason: intent for intent, (_, reason) in MONEY.items()}
KNOWN_INTENTS = get_args(Intent)
CANCELLED = ("rider_cancelled", "driver_cancelled", "no_show")
CENT = Decimal("0.01")
SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}
