"""The plan: which tools to call next, and with what, until everything the reply needs is known."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal
from typing import TYPE_CHECKING, Any

from copilot.agent.messages import ModelRequest
from copilot.agent.offline.common import CANCELLED, KNOWN_INTENTS, MAX_ROUNDS, MAX_TRIP_IDS, MONEY
from copilot.agent.offline.transcript import read_transcript
from copilot.agent.offline.trip import FUTURE, PAST_TRIP, TRIP_NOUN, describe, find_now, near_id, pick_trip
from copilot.agent.offline.words import (
    INTENT_WORDS,
    Money,
    money_mentions,
    parse_decimal,
    sentence_bounds,
    trip_references,
)

if TYPE_CHECKING:  # annotations only: the planner does not import the reply
    from copilot.agent.offline.transcript import Call


def effective_intents(request_intent: str, request_intents: Sequence[str], text: str) -> list[str]:
    """The intents to act on: the request's (the loop's safety screen decided safety); safety, no money."""
    intents = [i for i in (request_intent, *request_intents) if i in KNOWN_INTENTS]
    intents = list(dict.fromkeys(intents)) or ["other"]
    if "safety" in intents:
        intents = [i for i in intents if i not in MONEY]
    if len(intents) > 1 and "other" in intents:
        intents.remove("other")
    return intents


def _has_duplicate(trip: dict[str, Any]) -> bool:
    seen = set()
    for charge in trip.get("charges") or []:
        key = (charge.get("kind"), charge.get("amount"))
        if key in seen:
            return True
        seen.add(key)
    return False


def charge_kinds(trip: dict[str, Any]) -> set[str]:
    return {str(c.get("kind")) for c in trip.get("charges") or [] if isinstance(c, dict)}


def _fits_intent(trip: dict[str, Any], intent: str) -> bool:
    kinds = charge_kinds(trip)
    if intent == "cleaning_fee":
        return "cleaning_fee" in kinds
    if intent == "cancellation_fee":
        return "cancellation_fee" in kinds or trip.get("status") in CANCELLED
    if intent == "duplicate_charge":
        return _has_duplicate(trip)
    if intent == "fare_dispute":
        fare, upfront = (
            parse_decimal(str(trip.get("fare_charged", ""))),
            parse_decimal(str(trip.get("upfront_fare", ""))),
        )
        return (
            trip.get("status") == "completed" and fare is not None and upfront is not None and fare > upfront
        )
    return trip.get("status") == "completed"


_ITEM = re.compile(
    r"\b(?:left|forgot|forgotten|lost|dropped)\s+(?:my|our|a|an|the)\s+(?P<item>[a-z][a-z' -]{1,40}?)"
    r"\s+(?:in|on|at|under|behind|inside|during)\b",
    re.I,
)
_MY_ITEM = re.compile(
    r"\bmy\s+(?P<item>[a-z][a-z' -]{1,30}?)\s+(?:is|was|must|might|slipped|went|stayed)\b", re.I
)
_NAME = re.compile(
    r"(?:\bthis\s+is|\bi\s+am|\bi'm|\bmy\s+name\s+is|\bname'?s|\bregards|\bthanks|\bthank\s+you|\bcheers|\bbest"
    r"|\bsincerely|\bgreetings|\bsaludos|\bgracias|\bmerci|\bdanke|\bobrigad[oa]|^\s*[-–—~])"
    r"[,.:!]?\s*(?P<p><PERSON_\d+>)",
    re.I | re.M,
)
_SIGNATURE = re.compile(r"(?:^|\n)\s*[-–—~]?\s*(?P<p><PERSON_\d+>)\s*[.!]?\s*$")


def customer_name(texts: Sequence[str]) -> str | None:
    """The placeholder the customer signed with or introduced themselves as (filled in later), if any."""
    for text in texts:
        m = _NAME.search(text) or _SIGNATURE.search(text)
        if m:
            return m.group("p")
    return None


def lost_item_words(text: str) -> str | None:
    m = _ITEM.search(text) or _MY_ITEM.search(text)
    if not m:
        return None
    words = m.group("item").strip(" -'").split()
    if not words or len(words) > 5 or any(w.lower() in {"way", "patience", "mind", "temper"} for w in words):
        return None
    return " ".join(words)


@dataclass
class Outcome:
    """What happened to one problem of the case, for the reply and the summary."""

    intent: str
    reason: str = ""
    kind: str = ""
    trip: dict[str, Any] | None = None
    simulation: dict[str, Any] | None = None
    proposal: dict[str, Any] | None = None  # issue_refund result that was not denied
    proposed_amount: Decimal | None = None
    denial: dict[str, Any] | None = None  # the rules' denial (simulation or proposal)
    failure: str = ""  # a tool error we could not get past
    named_amount: Decimal | None = None


def proposed_amount(named: Decimal | None, maximum: Decimal) -> Decimal:
    """What to propose: the maximum, or the smaller amount the customer asked for.

    A whole amount just under the maximum ("I want my $18 back" when the difference is 18.40) is
    the customer rounding the difference down, not asking for less, so the maximum is proposed.
    """
    if named is None or named <= 0 or named >= maximum:
        return maximum
    if named == named.to_integral_value() and named == maximum.to_integral_value(rounding=ROUND_FLOOR):
        return maximum
    return named


class Planner:
    """One decision over one request: the next tool calls, or the final reply."""

    def __init__(self, request: ModelRequest) -> None:
        self.request = request
        self.transcript = read_transcript(request.messages)
        self.text = self.transcript.customer[-1] if self.transcript.customer else ""
        self.all_text = "\n".join(self.transcript.customer)
        self.available = {
            (t.get("function") or {}).get("name") or t.get("name")
            for t in request.tools
            if isinstance(t, dict)
        }
        self.intents = effective_intents(request.intent, request.intents, self.text)
        self.money_intents = [i for i in self.intents if i in MONEY]
        self.description = describe(self.text)
        self.now = find_now(self.transcript.system)
        refs = trip_references(self.text)
        if not refs:
            for earlier in reversed(self.transcript.customer[:-1]):
                refs = trip_references(earlier)
                if refs:
                    break
        self.refs = refs[:MAX_TRIP_IDS]
        # Amounts asked for: by the customer in their latest message, or by the agent in their question.
        self.mentions = money_mentions(self.text)
        if self.transcript.agent_question:
            asked = [m for m in money_mentions(self.transcript.agent_question) if m.requested]
            self.mentions += [Money(m.value, -1, -1, True) for m in asked]
        self.calls = self.transcript.calls

    # -- helpers ------------------------------------------------------------------------

    def can(self, tool: str) -> bool:
        return tool in self.available

    def calls_of(self, name: str) -> list[Call]:
        return [c for c in self.calls if c.name == name]

    @property
    def wants_trip(self) -> bool:
        """The case is about a trip: every intent but "other", and "other" when a past trip is mentioned."""
        return any(i != "other" for i in self.intents) or self.mentions_trip

    @property
    def mentions_trip(self) -> bool:
        """The customer speaks of a past trip of theirs (an id, "the ride I took this morning", ...)."""
        if self.refs or self.description.latest or PAST_TRIP.search(self.text):
            return True
        d = self.description
        dated = bool(d.rel_days or d.dates or d.weekdays or d.clocks)
        return dated and bool(TRIP_NOUN.search(self.text)) and not FUTURE.search(self.text)

    @property
    def needs_trip(self) -> bool:
        return self.wants_trip and self.can("get_trip_details")

    def trips(self) -> list[dict[str, Any]]:
        """The trips looked up successfully, in the order they were asked for."""
        found: dict[str, dict[str, Any]] = {}
        for call in self.calls_of("get_trip_details"):
            if not call.failed and call.result and isinstance(call.result.get("trip"), dict):
                trip = call.result["trip"]
                found.setdefault(str(trip.get("trip_id")), trip)
        return list(found.values())

    def listing(self) -> list[dict[str, Any]] | None:
        for call in self.calls_of("get_trip_details"):
            if (
                call.args.get("trip_id") is None
                and call.result
                and isinstance(call.result.get("trips"), list)
            ):
                return call.result["trips"]
        return None

    def unknown_trip_id(self) -> bool:
        """The customer named a trip id that is not one of theirs, and no trip was found instead."""
        named = [c for c in self.calls_of("get_trip_details") if c.args.get("trip_id")]
        return not self.trips() and any(
            c.failed and (c.result or {}).get("type") == "not_found" for c in named
        )

    def trip_for(self, intent: str) -> dict[str, Any] | None:
        trips = self.trips()
        if not trips:
            return None
        return next((t for t in trips if _fits_intent(t, intent)), trips[0])

    def named_amount(self, intent: str) -> Decimal | None:
        """The smallest amount the customer asked for for this problem, if they named one."""
        asked = [m for m in self.mentions if m.requested and m.value > 0]
        if not asked:
            return None
        mine = []
        for mention in asked:
            if len(self.money_intents) == 1:
                owner = self.money_intents[0]
            else:
                if mention.start < 0:  # asked by the agent
                    sentence = self.transcript.agent_question
                else:
                    left, right = sentence_bounds(self.text, mention.start, mention.end)
                    sentence = self.text[left:right]
                owners = [i for i in self.money_intents if INTENT_WORDS[i].search(sentence)]
                owner = owners[0] if len(owners) == 1 else (self.money_intents or [None])[0]
            if owner == intent:
                mine.append(mention.value)
        return min(mine) if mine else None

    # -- the next step -------------------------------------------------------------------

    def next_calls(self) -> list[tuple[str, dict[str, Any]]]:
        if self.transcript.rounds >= MAX_ROUNDS or self.transcript.told_to_stop:
            return []
        if self.request.tool_choice == "none":
            return []
        for step in (self._trip_step, self._money_step, self._gated_step, self._correction_step):
            calls = step()
            if calls:
                return self._with_flags(calls)
        return self._with_flags([])

    def _with_flags(self, calls: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
        """A service complaint always reads the rider's flags: next to a look-up, or on its own at the end."""
        wanted = "service_complaint" in self.money_intents and self.can("get_rider_flags")
        if (
            wanted
            and not self.calls_of("get_rider_flags")
            and not any(n == "get_rider_flags" for n, _ in calls)
        ):
            gated = any(n in ("issue_refund", "create_ticket") for n, _ in calls)
            if not gated:
                return [*calls, ("get_rider_flags", {})]
        return calls

    def _trip_step(self) -> list[tuple[str, dict[str, Any]]]:
        if not self.needs_trip:
            return []
        lookups = self.calls_of("get_trip_details")
        if not lookups:
            if self.refs:
                return [("get_trip_details", {"trip_id": ref}) for ref in self.refs]
            return [("get_trip_details", {"trip_id": None})]
        if self.trips():
            return []
        listing = self.listing()
        listed = any(c.args.get("trip_id") is None for c in lookups)
        if listing is None:
            if listed:
                return []  # the list itself failed: go on without a trip
            return [("get_trip_details", {"trip_id": None})]  # the id was wrong: list and pick (once)
        failed = [c for c in lookups if c.args.get("trip_id") and c.failed]
        # A short id that matches several trips: pick among those by the description.
        prefixes = [
            str(c.args["trip_id"]).lower()
            for c in failed
            if (c.result or {}).get("type") == "invalid_request"
        ]
        unknown = [
            str(c.args["trip_id"]).lower() for c in failed if str(c.args["trip_id"]).lower() not in prefixes
        ]
        if prefixes:
            pool = [t for t in listing if any(str(t.get("trip_id", "")).startswith(p) for p in prefixes)]
            trip, _how, _score = pick_trip(pool or listing, self.intents, self.description, self.now)
        else:
            # An id that is not this rider's: a near miss of one of theirs is a typo; otherwise only a
            # trip the description clearly fits is taken, never just any trip of the rider.
            trip = next((t for t in (near_id(listing, u) for u in unknown) if t is not None), None)
            if trip is None:
                trip, _how, score = pick_trip(
                    listing, self.intents, self.description, self.now, exclude=unknown
                )
                described = self.description.specific or bool(self.description.amounts)
                if unknown and (not described or score <= 0):
                    trip = None
        if trip is None:
            return []
        trip_id = str(trip["trip_id"])
        if any(str(c.args.get("trip_id")) == trip_id for c in lookups):
            return []  # already tried: never loop
        return [("get_trip_details", {"trip_id": trip_id})]

    def _money_step(self) -> list[tuple[str, dict[str, Any]]]:
        if not self.can("simulate_refund"):
            return []
        done = {c.args.get("reason") for c in self.calls_of("simulate_refund")}
        calls = []
        for intent in self.money_intents:
            kind, reason = MONEY[intent]
            trip = self.trip_for(intent)
            if trip is None or reason in done:
                continue
            calls.append(
                (
                    "simulate_refund",
                    {"trip_id": str(trip["trip_id"]), "kind": kind, "reason": reason, "amount": None},
                )
            )
        return calls

    def simulation(self, reason: str) -> Call | None:
        return next((c for c in self.calls_of("simulate_refund") if c.args.get("reason") == reason), None)

    def _gated_step(self) -> list[tuple[str, dict[str, Any]]]:
        calls: list[tuple[str, dict[str, Any]]] = []
        if self.can("issue_refund"):
            proposed = {c.args.get("reason") for c in self.calls_of("issue_refund")}
            for intent in self.money_intents:
                kind, reason = MONEY[intent]
                sim = self.simulation(reason)
                if sim is None or sim.failed or reason in proposed:
                    continue
                maximum = parse_decimal(str(sim.result.get("max_amount", "")))
                if sim.result.get("verdict") == "denied" or maximum is None or maximum <= 0:
                    continue
                amount = proposed_amount(self.named_amount(intent), maximum)
                trip_id = str(sim.result.get("trip_id") or sim.args.get("trip_id"))
                calls.append(
                    (
                        "issue_refund",
                        {"trip_id": trip_id, "kind": kind, "reason": reason, "amount": f"{amount:.2f}"},
                    )
                )
        if self.can("create_ticket"):
            queued = {c.args.get("queue") for c in self.calls_of("create_ticket")}
            if "safety" in self.intents and "safety" not in queued:
                calls.append(("create_ticket", self._ticket("safety")))
            if "lost_item" in self.intents and "lost_and_found" not in queued:
                calls.append(("create_ticket", self._ticket("lost_and_found")))
        return calls

    def _correction_step(self) -> list[tuple[str, dict[str, Any]]]:
        calls: list[tuple[str, dict[str, Any]]] = []
        by_reason: dict[str, list[Call]] = {}
        for call in self.calls_of("issue_refund"):
            by_reason.setdefault(str(call.args.get("reason")), []).append(call)
        for tries in by_reason.values():
            last = tries[-1]
            if len(tries) > 1 or last.result is None or last.result.get("status") != "denied":
                continue
            maximum = parse_decimal(str(last.result.get("max_amount", "")))
            asked = parse_decimal(str(last.args.get("amount", "")))
            if maximum is not None and asked is not None and Decimal("0") < maximum < asked:
                calls.append(("issue_refund", {**last.args, "amount": f"{maximum:.2f}"}))
        by_queue: dict[str, list[Call]] = {}
        for call in self.calls_of("create_ticket"):
            by_queue.setdefault(str(call.args.get("queue")), []).append(call)
        for tries in by_queue.values():
            last = tries[-1]
            if len(tries) == 1 and last.failed and last.result and last.result.get("field") == "trip_id":
                calls.append(("create_ticket", {**last.args, "trip_id": None}))
        return calls

    def _ticket(self, queue: str) -> dict[str, Any]:
        trip = self.trip_for("safety" if queue == "safety" else "lost_item")
        trip_id = str(trip["trip_id"]) if trip else None
        on_trip = f" on trip {trip_id[:8]}" if trip_id else ""
        excerpt = " ".join(self.text.split())
        if len(excerpt) > 280:
            excerpt = excerpt[:277].rstrip() + "..."
        if queue == "safety":
            what = _safety_kinds(self.text)
            summary = (
                f"Safety report{on_trip}: the rider reports {what}. Please contact the rider urgently. "
                f'Rider\'s words (redacted): "{excerpt}"'
            )
            priority = "urgent"
        else:
            item = lost_item_words(self.text)
            thing = f"their {item}" if item else "an item"
            summary = (
                f"The rider left {thing} in the car{on_trip} and asks for help getting it back; "
                f'please contact the driver. Rider\'s words (redacted): "{excerpt}"'
            )
            priority = "normal"
        return {"queue": queue, "summary": summary[:600], "trip_id": trip_id, "priority": priority}

    # -- the outcome -------------------------------------------------------------------------

    def outcomes(self) -> list[Outcome]:
        results = []
        for intent in self.intents:
            outcome = Outcome(intent=intent, trip=self.trip_for(intent))
            if intent in MONEY:
                outcome.kind, outcome.reason = MONEY[intent]
                outcome.named_amount = self.named_amount(intent)
                sim = self.simulation(outcome.reason)
                if sim is not None:
                    if sim.failed:
                        outcome.failure = str((sim.result or {}).get("type") or "error")
                    else:
                        outcome.simulation = sim.result
                        if sim.result.get("verdict") == "denied":
                            outcome.denial = sim.result
                tries = [c for c in self.calls_of("issue_refund") if c.args.get("reason") == outcome.reason]
                # A proposal a person rejected (returned instead of a new one) is no proposal.
                accepted = [
                    c for c in tries if not c.failed and c.result.get("status") not in ("denied", "rejected")
                ]
                if accepted:
                    outcome.proposal = accepted[-1].result
                    outcome.proposed_amount = parse_decimal(str(accepted[-1].args.get("amount", "")))
                    outcome.denial = None
                elif tries:
                    last = tries[-1]
                    if last.failed:
                        outcome.failure = str((last.result or {}).get("type") or "error")
                    else:
                        outcome.denial = last.result
            elif intent in ("safety", "lost_item"):
                queue = "safety" if intent == "safety" else "lost_and_found"
                tickets = [c for c in self.calls_of("create_ticket") if c.args.get("queue") == queue]
                if tickets and not tickets[-1].failed:
                    outcome.proposal = tickets[-1].result
                elif tickets:
                    outcome.failure = str((tickets[-1].result or {}).get("type") or "error")
            results.append(outcome)
        return results

    def summary(self) -> dict[str, Any]:
        outcomes = self.outcomes()
        trips = self.trips()
        rules: list[str] = []
        for o in outcomes:
            for source in (o.simulation, o.proposal, o.denial):
                for rule in (source or {}).get("rules", []) or []:
                    if rule not in rules:
                        rules.append(rule)
        how = (
            "id"
            if self.refs and any(str(t.get("trip_id", "")).startswith(r) for t in trips for r in self.refs)
            else ("listed" if trips else "")
        )
        if how == "listed":
            listing = self.listing() or []
            how = "only" if len(listing) == 1 else "described" if self.description.specific else "latest"
        return {
            "intents": list(self.intents),
            "trip_id": str(trips[0]["trip_id"]) if trips else None,
            "trip_ids": [str(t["trip_id"]) for t in trips],
            "trip_source": how,
            "named_amounts": {
                o.intent: f"{o.named_amount:.2f}" for o in outcomes if o.named_amount is not None
            },
            "outcomes": [
                {
                    "intent": o.intent,
                    "reason": o.reason or None,
                    "trip_id": str(o.trip["trip_id"]) if o.trip else None,
                    "verdict": (o.proposal or o.denial or o.simulation or {}).get("verdict"),
                    "max_amount": (o.simulation or o.denial or {}).get("max_amount"),
                    "proposed_amount": f"{o.proposed_amount:.2f}" if o.proposed_amount is not None else None,
                    "rules": list((o.proposal or o.denial or o.simulation or {}).get("rules", []) or []),
                    "failure": o.failure or None,
                }
                for o in outcomes
            ],
            "rules": rules,
            "rounds": self.transcript.rounds,
        }


_SAFETY_KINDS = (
    (
        "an accident",
        re.compile(
            r"accident|crash|collision|collided|rear[- ]ended|\bhit\b|unfall|choque|acidente|percut", re.I
        ),
    ),
    (
        "harassment",
        re.compile(
            r"harass|sexual|touch|kiss|grop|comments|acoso|ass[ée]dio|belästig|harc[eè]le|advances", re.I
        ),
    ),
    (
        "an impaired driver",
        re.compile(r"drunk|alcohol|\bhigh\b|intoxicated|influence|borracho|betrunken|ivre|b[eê]bado", re.I),
    ),
    (
        "threats or violence",
        re.compile(
            r"threat|weapon|knife|gun|grabbed|punch|locked|let\s+me\s+out|assault|amenaz|amea|bedroht|menac",
            re.I,
        ),
    ),
    (
        "dangerous driving",
        re.compile(
            r"speed|swerv|weav|red\s+light|reckless|dangerous|fast|phone|asleep|rage|skid|drift|gef[äa]hrlich|peligros|perigos|dangereu",
            re.I,
        ),
    ),
)


def _safety_kinds(text: str) -> str:
    kinds = [name for name, pattern in _SAFETY_KINDS if pattern.search(text)]
    if not kinds:
        return "feeling unsafe during the trip"
    return ", ".join(kinds[:-1]) + (" and " if len(kinds) > 1 else "") + kinds[-1]
