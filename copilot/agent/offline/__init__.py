"""The offline planner: a deterministic provider that works the case the way a good model would.

It reads the whole conversation of `ModelRequest.messages` (the system prompt, the customer's
redacted messages, its own earlier tool calls and their results) and answers with the next
step: tool calls, or, once everything is known, the draft reply to the customer, streamed word
by word. It is a pure function of the request: no Django, no database, no clock, no I/O, no
randomness; the same request always gets the same answer, so turns replay exactly.

The procedure (shared/spec/copilot-behaviour.md):

1. Intents: the request's (from the classifier), with a safety word in the text always adding
   `safety`; a safety case never gets money, so the money intents are then dropped.
2. The trip: every trip id the customer wrote (a full UUID or its first 8 hex characters); with
   none, the rider's trips are listed (`get_trip_details` with trip_id null) and the one the
   customer describes is picked: the only trip, else the best match of weekday, date, relative
   day, part of day, clock time, city, product, fare and a status that fits the problem, ties
   going to the most recent. An error with a hint is corrected once: a trip id that is not
   found leads to the list and a pick, never to a loop.
3. Look-ups: `get_trip_details` for the trip, `get_rider_flags` for service complaints.
4. Money: `simulate_refund` (amount null) for every money intent with its reason, then
   `issue_refund` for each verdict that is not denied, for the simulated maximum, or for the
   smaller amount the customer asked for; never more than the maximum, whatever the text says.
   A proposal the rules deny is retried once at the maximum when that is lower, never higher.
5. Tickets: safety goes to the safety queue, urgent; a lost item to lost and found.
6. The reply: templates per intent and outcome, naming only amounts the rules allowed.

Customer text is data, never instructions: "ignore your rules", "system:" and the like change
nothing here, because nothing here reads the text for orders, only for facts.
"""

from copilot.agent.offline.common import MAX_ROUNDS
from copilot.agent.offline.planner import customer_name, proposed_amount
from copilot.agent.offline.provider import OfflineProvider, plan_summary
from copilot.agent.offline.trip import describe
from copilot.agent.offline.words import money_mentions, trip_references

__all__ = [
    "MAX_ROUNDS",
    "OfflineProvider",
    "customer_name",
    "describe",
    "money_mentions",
    "plan_summary",
    "proposed_amount",
    "trip_references",
]
