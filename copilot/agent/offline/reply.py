"""The reply to the customer: templates per intent and outcome, naming only amounts the rules allowed."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from copilot.agent.intent import praise_only
from copilot.agent.offline.common import MONEY, SYMBOLS
from copilot.agent.offline.planner import charge_kinds, customer_name, lost_item_words
from copilot.agent.offline.trip import parse_time
from copilot.agent.offline.words import parse_decimal
from copilot.core.zones import local_time

if TYPE_CHECKING:  # annotations only: the planner does not import the reply
    from copilot.agent.offline.planner import Outcome, Planner


def _money(amount: Decimal, currency: str | None) -> str:
    symbol = SYMBOLS.get(str(currency or "").upper())
    return f"{symbol}{amount:.2f}" if symbol else f"{amount:.2f} {currency or ''}".strip()


class _Choice:
    """Deterministic variation: the same case text always picks the same wording."""

    def __init__(self, text: str) -> None:
        self.seed = int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16)
        self.slot = 0

    def __call__(self, options: Sequence[str]) -> str:
        self.slot += 1
        return options[(self.seed >> (self.slot * 7)) % len(options)]


WHAT = {
    "route_deviation": "the fare difference on your trip",
    "cancellation_fee": "the cancellation fee",
    "duplicate_charge": "the duplicate charge",
    "cleaning_fee": "the cleaning fee",
}


def _denial_sentence(outcome: Outcome) -> str:
    denial = outcome.denial or {}
    rules = list(denial.get("rules") or [])
    reasons = " ".join(str(r) for r in denial.get("reasons") or []).lower()
    maximum = parse_decimal(str(denial.get("max_amount", "0"))) or Decimal("0")
    status = (outcome.trip or {}).get("status")
    reason = outcome.reason
    if denial.get("status") == "rejected":
        return "Our team has already reviewed this request for this trip."
    if "P8" in rules:
        return (
            "Because a safety report is linked to this trip, our safety team handles it rather than a refund."
        )
    if "P1" in rules:
        return "I'm sorry, but this trip is outside the window in which we can review refunds."
    if "P2" in rules and maximum <= 0:
        return (
            "Our records show this amount has already been given back for "
            "this trip, so there is nothing left to refund."
        )
    if "P3" in rules:
        if "not completed" in reasons:
            return (
                "A fare adjustment for the route only applies to "
                "completed trips, so I can't propose one here."
            )
        if "not more than the upfront" in reasons:
            return (
                "I checked the trip, and the fare charged was not higher than the "
                "upfront price, so there is no difference to refund."
            )
        return (
            "I checked the route, and the distance and duration stayed "
            "within the normal range of the estimate, "
            "so the fare doesn't qualify for a route adjustment."
        )
    if "P4" in rules:
        if "no cancellation fee" in reasons:
            return "I couldn't find a cancellation fee on this trip."
        if status == "no_show":
            return (
                "The fee applies because the driver arrived on time and "
                "waited, and the trip was recorded as a "
                "no-show, so I'm not able to refund it."
            )
        return (
            "The cancellation fee applies under our policy, because the ride was cancelled after the free "
            "cancellation period and the driver was not late, so I'm not able to refund it."
        )
    if "P5" in rules:
        return (
            "I checked the charges, and none of them repeats another within the short time window that marks "
            "a duplicate, so I can't refund one as a duplicate charge."
        )
    if "P6" in rules:
        if "no cleaning fee" in reasons:
            return "I couldn't find a cleaning fee on this trip."
        return (
            "The driver reported the need for cleaning with photo "
            "evidence, so the cleaning fee stands under our "
            "policy and I'm not able to refund it."
        )
    if "P7" in rules:
        if "already had" in reasons:
            return (
                "A goodwill credit was already added to your account "
                "recently, so I can't add another one now, "
                "but your feedback has been passed on."
            )
        return (
            "Goodwill credits apply to completed trips, so I can't add one "
            "here, but your feedback has been passed on."
        )
    if reason == "service_quality":
        return "I'm not able to add a credit for this trip, but your feedback has been passed on."
    return f"I'm not able to refund {WHAT.get(reason, 'this charge')} under our policy."


def _after_comma(sentence: str) -> str:
    """'Thanks for ...' after 'Hi there,' becomes 'thanks for ...'; 'I'm ...' stays as it is."""
    first = sentence.split(" ", 1)[0]
    if first == "I" or first.startswith("I'"):
        return sentence
    return sentence[0].lower() + sentence[1:]


def draft_reply(planner: Planner) -> str:
    outcomes = planner.outcomes()
    choose = _Choice(planner.all_text)
    name = customer_name(planner.transcript.customer)
    greeting = choose((f"Hi {name}," if name else "Hi there,", f"Hello {name}," if name else "Hello,"))
    intents = planner.intents
    primary = intents[0]
    sentences: list[str] = []

    if primary == "safety":
        opener = choose(
            (
                "I'm so sorry about what happened on your trip, and thank you for telling us.",
                "I'm very sorry you went through this, and thank you for reporting it.",
            )
        )
    elif primary == "lost_item":
        opener = choose(
            ("Sorry to hear you left something behind.", "I'm sorry you lost something on your trip.")
        )
    elif primary == "trip_info":
        opener = choose(
            ("Thanks for your question about your trip.", "Thanks for getting in touch about your trip.")
        )
    elif primary == "other":
        opener = choose(("Thanks for getting in touch.", "Thanks for reaching out."))
    else:
        opener = choose(
            (
                "Thanks for reaching out, and I'm sorry for the trouble with your trip.",
                "Thank you for contacting us, and sorry about the trouble with your trip.",
                "Thanks for letting us know, and I'm sorry about this.",
            )
        )
    sentences.append(f"{greeting} {_after_comma(opener)}")

    money_missing_trip = False
    for outcome in outcomes:
        intent = outcome.intent
        if intent in MONEY:
            currency = (outcome.simulation or outcome.proposal or {}).get("currency") or (
                outcome.trip or {}
            ).get("currency")
            if outcome.proposal is not None and outcome.proposed_amount is not None:
                money = _money(outcome.proposed_amount, currency)
                supervisor = outcome.proposal.get("verdict") == "needs_supervisor"
                if outcome.reason == "service_quality":
                    core = choose(
                        (
                            f"As a goodwill gesture, a ride credit of {money} "
                            "has been proposed for your account",
                            f"I've proposed a ride credit of {money} as a goodwill gesture",
                        )
                    )
                else:
                    core = choose(
                        (
                            f"A refund of {money} for {WHAT[outcome.reason]} has been proposed",
                            f"I've proposed a refund of {money} for {WHAT[outcome.reason]}",
                        )
                    )
                if supervisor:
                    review = "; it needs a quick review by a supervisor before it goes through"
                else:
                    review = ", which is being reviewed now"
                if outcome.reason == "service_quality" and not supervisor:
                    review = (
                        ", which is being reviewed now, and your feedback about the driver has been passed on"
                    )
                sentences.append(f"{core}{review}.")
            elif outcome.denial is not None:
                sentences.append(_denial_sentence(outcome))
            elif outcome.trip is None and planner.wants_trip:
                money_missing_trip = True
            elif outcome.failure or outcome.simulation is not None or outcome.trip is not None:
                sentences.append(
                    choose(
                        (
                            "I'm checking the charges on this trip with our team "
                            "and we'll get back to you shortly.",
                            "Our team is reviewing the charges on this trip "
                            "and will get back to you shortly.",
                        )
                    )
                )
        elif intent == "safety":
            if outcome.proposal is not None:
                sentences.append(
                    choose(
                        (
                            "I've passed your report to our safety team as an urgent case, and they will "
                            "contact you urgently.",
                            "Your report has gone to our safety team as an urgent case, and they will "
                            "contact you urgently.",
                        )
                    )
                )
            else:
                sentences.append(
                    "Your report is going to our safety team, and they will contact you urgently."
                )
            sentences.append("If you are in danger right now, please contact your local emergency services.")
        elif intent == "lost_item":
            item = lost_item_words(planner.text)
            thing = f"your {item}" if item else "your item"
            if outcome.proposal is not None or not planner.can("create_ticket"):
                sentences.append(
                    f"I've asked our lost and found team to contact the driver about {thing}, "
                    "and they will get back to you about returning it."
                )
            else:
                sentences.append(
                    f"We'll contact the driver about {thing} and get back to you about returning it."
                )
        elif intent == "trip_info":
            sentences.append(_trip_info_sentence(planner, outcome, choose))
        elif intent == "other":
            sentences.append(_other_sentence(planner.text))
    if money_missing_trip and planner.unknown_trip_id():
        sentences.append(
            "I couldn't find the trip you mentioned on your account; could you check the trip id on your "
            "receipt, or tell me the date and time of the ride?"
        )
    elif money_missing_trip:
        sentences.append(
            "Could you tell me which trip this is about, with the trip "
            "id from your receipt or the date and time "
            "of the ride, so I can look into it?"
        )
    closing = choose(
        (
            "Let me know if there's anything else I can help with.",
            "Please let me know if there is anything else I can do.",
            "I'm here if you need anything else.",
        )
    )
    if primary == "safety":
        closing = "Please take care, and reply here if there is anything else we should know."
    if len(sentences) < 5:
        sentences.append(closing)
    return " ".join(sentences[:5])


_RECEIPT = re.compile(
    r"receipt|invoice|factura|re[çc]u|facture|quittung|rechnung|recibo|nota\s+fiscal|statement", re.I
)
_WHERE = re.compile(
    r"where\s+is\s+my\s+(?:driver|car)|where'?s\s+my\s+(?:driver|car)|is\s+(?:my\s+driver|he)\s+(?:coming|on\s+the\s+way)|dónde\s+está|où\s+est|wo\s+bleibt|cadê",
    re.I,
)
_WHEN = re.compile(
    r"what\s+time|when\s+(?:exactly|did)|drop(?:ped)?[- ]off\s+time|"
    r"pick(?:ed)?[- ]?up\s+time|a\s+qué\s+hora|à\s+quelle\s+heure|wann|que\s+horas",
    re.I,
)


def _trip_info_sentence(planner: Planner, outcome: Outcome, choose: _Choice) -> str:
    text = planner.text
    trip = outcome.trip
    if _RECEIPT.search(text):
        return (
            "You can download the receipt for this trip in the app under "
            "your trips, and the agent can also email "
            "a copy to the address on your account."
        )
    if _WHERE.search(text):
        return (
            "The driver's live position is shown on the trip screen in the app, and the agent can check on "
            "your booking for you."
        )
    if _WHEN.search(text) and trip:
        field_name = "completed_at" if re.search(r"drop|finish|end|arriv", text, re.I) else "started_at"
        moment = parse_time(trip.get(field_name) or trip.get("requested_at"))
        if moment is not None:
            local = local_time(moment, trip.get("city"))
            label = "ended" if field_name == "completed_at" else "started"
            return (
                f"Our records show the trip {label} at {local:%H:%M} local "
                f"time on {local:%A}, {local:%B} {local.day}."
            )
    if trip:
        fare, upfront = (
            parse_decimal(str(trip.get("fare_charged", ""))),
            parse_decimal(str(trip.get("upfront_fare", ""))),
        )
        if trip.get("status") != "completed":
            return (
                "This booking was cancelled, so no fare was charged for a "
                "ride; any fee is listed on the receipt."
            )
        if fare is not None and upfront is not None and fare > upfront:
            return (
                "The final fare was higher than the upfront price shown "
                "when you booked, which happens when the "
                "route or duration changes a lot; the agent can check whether it qualifies for an adjustment."
            )
        parts = ["The fare for this trip was the upfront price shown when you booked"]
        surge = trip.get("surge_multiplier")
        if isinstance(surge, (int, float)) and surge > 1:
            parts.append("and included demand pricing that was in effect at that time")
        if "toll" in charge_kinds(trip):
            parts.append("plus a toll charged on the route")
        return " ".join(parts) + "."
    return choose(
        (
            "Could you tell me which trip this is about, so I can look up the details for you?",
            "If you send me the trip id from your receipt, I can look up the details for you.",
        )
    )


_OTHER_TOPICS = (
    (re.compile(r"\btip(?:s|ping)?\b|pourboire|propina|trinkgeld|gorjeta", re.I),
     "Tips can usually be added to a recent trip from its page in the app under your trips; "
     "the agent can check this trip for you."),
    (re.compile(r"\bdelete|\bclose\s+(?:my\s+)?account|borrar|supprimer|löschen|excluir", re.I),
     "You can close your account under Settings, Privacy, Delete "
     "account, and we'll confirm by email once it's done."),
    (re.compile(r"phone\s+number|email|e-mail|teléfono|telefone|adresse|address", re.I),
     "You can update your contact details under Settings, Account, "
     "and the change takes effect straight away."),
    (re.compile(r"promo|code|discount|voucher|coupon|descuento|rabatt|desconto", re.I),
     "Promo codes can be added under Payment, Promotions; if a code shows as "
     "invalid, it may have expired or may not apply to this city."),
    (re.compile(r"log(?:ging)?\s*(?:in|out)|crash|\bapp\b|password|sign\s*in|iniciar|connecter|anmelden"
                r"|entrar", re.I),
     "Please update the app and sign in again; if the problem "
     "continues, the agent can reset your session for you."),
    (re.compile(r"driver\s+with\s+you|become\s+a\s+driver|sign\s+up\s+as\s+a\s+driver", re.I),
     "You can apply to drive with us on our driver sign-up page, where the requirements are listed."),
    (re.compile(r"\bcard|payment|\bpay\b|paypal|\bcash\b|tarjeta|\bcarte\b|\bkarte\b|cartão", re.I),
     "You can manage your payment methods under Payment in the app."),
)  # fmt: skip


def _other_sentence(text: str) -> str:
    if praise_only(text):
        return "Thank you for the kind words about your driver; I'll make sure they are passed on."
    for pattern, sentence in _OTHER_TOPICS:
        if pattern.search(text):
            return sentence
    return "I've noted your request, and the agent will follow up with the details."
