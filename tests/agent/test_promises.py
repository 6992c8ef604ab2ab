"""A draft's promise of money stands only when an approvable action backs it (copilot/agent/promises.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from copilot.agent.promises import MARKER, backed_amounts, withdraw_unbacked
from copilot.agent.proposal import ProposedAction

D = Decimal


@pytest.mark.parametrize(
    ("draft", "backed", "kept"),
    [
        ("Hello, a refund of $18.00 has been proposed for the detour.", {D("18.00")}, True),
        ("Hello, I have refunded the full $48.00 to your card.", {D("18.00")}, False),
        ("Hello, I have refunded the full $48.00 to your card.", set(), False),
        ("You were quoted $30.00 and charged $48.00.", set(), True),  # a fact, not a promise
        ("I'm sorry, I can't refund the full $48.00.", {D("18.00")}, True),  # a refusal
        ("We can refund up to 18.00 USD.", {D("18.00")}, True),
        ("You will get a full refund.", set(), False),  # no amount, nothing approvable
        ("You will get a refund for the detour.", {D("18.00")}, True),
        ("I added a $250.00 credit to your account.", {D("18.00")}, False),
        ("Je vous ai remboursé 48,00 €.", set(), False),
        ("Le he reembolsado 18,00 €.", {D("18.00")}, True),
        ("Ich habe Ihnen 48,00 € erstattet.", set(), False),
        ("Your ticket number is 4821 and we will call you back.", set(), True),
        ("I've added a note to your ticket for the team.", set(), True),
        ("I have issued a ticket to our lost and found team.", set(), True),
        ("The driver moved the pickup point, sorry about that.", set(), True),
        ("Your fare was $48.00 and I have proposed a refund of $18.00.", {D("18.00")}, True),
        ("I'm not able to refund the fee, but I have refunded $48.00 instead.", {D("18.00")}, False),
        ("$480.00 has been refunded to your card.", {D("18.00")}, False),
    ],
)
def test_a_sentence_promising_money_stays_only_when_an_approvable_action_backs_it(draft, backed, kept):
    text, warnings = withdraw_unbacked(draft, backed=backed)
    assert (text == draft) is kept
    assert bool(warnings) is not kept
    if not kept:
        assert MARKER in text


def test_only_the_unbacked_sentence_goes_and_the_agent_is_told_what_it_promised():
    draft = "Hello Maria. You were charged $48.00. I have refunded $48.00 to your card. Have a good day."
    text, warnings = withdraw_unbacked(draft, backed={D("18.00")})
    assert text == f"Hello Maria. You were charged $48.00. {MARKER} Have a good day."
    assert warnings == [
        "The draft promised 48.00, which no approvable action covers; that sentence was removed."
    ]


def _action(verdict: str, status: str = "pending", amount: str = "18.00") -> ProposedAction:
    params = {"trip_id": "t", "kind": "refund", "reason": "route_deviation", "amount": amount}
    return ProposedAction(action_id=1, tool="issue_refund", params=params, status=status, verdict=verdict)


def test_only_pending_allowed_or_supervisor_money_backs_a_promise():
    actions = [
        _action("allowed", amount="18.00"),
        _action("needs_supervisor", amount="40.00"),
        _action("denied", amount="48.00"),
        _action("allowed", status="rejected", amount="12.00"),
    ]
    assert backed_amounts(actions) == {D("18.00"), D("40.00")}


def test_a_refund_already_made_backs_a_draft_that_mentions_it():
    paid = ProposedAction(
        action_id=2,
        tool="issue_refund",
        params={"trip_id": "t", "kind": "refund", "reason": "route_deviation", "amount": "18.00"},
        status="executed",
    )
    text, warnings = withdraw_unbacked(
        "Your refund of $18.00 was issued on Monday.", backed=backed_amounts([paid])
    )
    assert (text, warnings) == ("Your refund of $18.00 was issued on Monday.", [])
