"""The proposal an agent reviews: draft reply, gated actions with the rules' verdicts, rationale."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from django.db import connection
from pydantic import BaseModel, ConfigDict

from copilot.agent import sql
from copilot.pii import find_pii
from tools.models import PendingAction

PLACEHOLDER = re.compile(r"<[A-Z]+(?:_[A-Z]+)*_\d+>")
AMOUNT = re.compile(
    r"(?:[$£€]\s?(\d{1,6}(?:[.,]\d{2})?)|(\d{1,6}[.,]\d{2})\s?(?:USD|EUR|GBP|[$£€]|dollars|euros|pounds))"
)


class ProposedAction(BaseModel):
    model_config = ConfigDict(frozen=True)

    action_id: int
    tool: Literal["issue_refund", "create_ticket"]
    params: dict[str, Any]
    status: str
    verdict: Literal["allowed", "needs_supervisor", "denied"] | None = None
    max_amount: str | None = None
    rules: list[str] = []
    reasons: list[str] = []


class Proposal(BaseModel):
    """What one turn proposes; everything in it is redacted (placeholders, no PII)."""

    model_config = ConfigDict(frozen=True)

    turn_id: str
    intent: str
    intents: list[str]
    draft: str
    actions: list[ProposedAction]
    answer: str = ""  # to the agent's follow-up question; the draft then is the earlier one
    rationale: list[str]
    rule_ids: list[str]
    pii_removed: int = 0
    warnings: list[str] = []
    provider: str = ""
    fallback: str = ""


def actions_of_turn(turn_id: str, *, attempt: int) -> list[ProposedAction]:
    """The actions of this run of the turn, and those of earlier runs people decided, oldest first,
    with the verdict each was recorded with."""
    params_field, verdict_field = (PendingAction._meta.get_field(name) for name in ("params", "verdict"))
    with connection.cursor() as cursor:
        cursor.execute(sql.ACTIONS_OF_TURN, [turn_id, attempt])
        rows = cursor.fetchall()
    result = []
    for pk, tool, params, status, verdict in rows:
        params = params_field.from_db_value(params, None, connection)
        verdict = verdict_field.from_db_value(verdict, None, connection) or {}
        result.append(
            ProposedAction(
                action_id=pk,
                tool=tool,
                params=params,
                status=status,
                verdict=verdict.get("verdict"),
                max_amount=verdict.get("max_amount"),
                rules=verdict.get("rules", []),
                reasons=verdict.get("reasons", []),
            )
        )
    return result


def scrub_draft(draft: str, *, known_values: Callable[[], set[str]]) -> tuple[str, int]:
    """Remove PII the customer did not write in this case; placeholders stay. Returns (text, removed).

    `known_values` gives the case's real values (read only when the draft holds any PII at all).
    """
    removed = 0
    pieces = []
    cursor = 0
    entities = sorted(find_pii(draft), key=lambda e: e.start)
    known = known_values() if entities else set()
    for entity in entities:
        value = draft[entity.start : entity.end]
        if PLACEHOLDER.fullmatch(value.strip()) or value in known or entity.start < cursor:
            continue
        pieces.append(draft[cursor : entity.start])
        pieces.append("[removed]")
        cursor = entity.end
        removed += 1
    pieces.append(draft[cursor:])
    return "".join(pieces), removed


def amounts_in(text: str) -> set[Decimal]:
    found = set()
    for match in AMOUNT.finditer(text):
        raw = (match.group(1) or match.group(2)).replace(",", ".")
        try:
            found.add(Decimal(raw).quantize(Decimal("0.01")))
        except InvalidOperation:
            continue
    return found


def draft_warnings(draft: str, actions: list[ProposedAction], customer_text: str) -> list[str]:
    """Amounts in the draft that no allowed action and no customer message backs."""
    allowed = {
        Decimal(a.params["amount"])
        for a in actions
        if a.tool == "issue_refund" and a.verdict in ("allowed", "needs_supervisor")
    }
    stated_by_customer = amounts_in(customer_text)
    unbacked = sorted(amounts_in(draft) - allowed - stated_by_customer)
    return [
        f"The draft mentions {amount:.2f}, which the rules did not allow; edit it before sending."
        for amount in unbacked
    ]


def rationale_for(actions: list[ProposedAction], facts: list[str]) -> tuple[list[str], list[str]]:
    """Lines for the agent (facts found, then each verdict's reasons) and the rule ids relied on."""
    lines = list(facts)
    rule_ids: list[str] = []
    for action in actions:
        if action.tool == "issue_refund":
            p = action.params
            lines.append(
                f"{p['kind'].title()} {p['amount']} for {p['reason'].replace('_', ' ')}: "
                f"{action.verdict or 'not judged'} (max {action.max_amount})."
            )
            lines.extend(action.reasons)
        else:
            lines.append(f"Ticket to {action.params['queue']} ({action.params['priority']}).")
        for rule in action.rules:
            if rule not in rule_ids:
                rule_ids.append(rule)
    return lines, rule_ids
