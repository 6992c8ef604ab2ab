"""A finished A/B experiment in the demo world, so the analyst's readout has something to show.

Twenty-four floor agents (no logins: their passwords are unusable) worked four weeks that ended twelve
days before the world's instant, half of them with the copilot. Their cases are history: resolved,
with a customer message and the agent's reply, some reopened or followed by a second contact from
the same rider, some sent to the supervisor queue, and in the copilot arm the proposals the agents
accepted, rejected or approved with an override reason. Each agent has a pace of their own, so the
readout's intervals (which resample agents) are honest about how few agents there are.

Everything is drawn from its own `random.Random`, seeded from the world's seed, after the rest of the
world is built: the same seed gives the same experiment, and the rest of the world is unchanged.
Every instant is a DateTimeField of the copilot or tools apps, so `copilot/demo/today.py` moves it.
"""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group, User
from django.db import transaction

from copilot import models as m
from copilot.core.crypto import encrypt
from tools.models import PendingAction

FLOOR_PREFIX = "floor"
FLOOR_AGENTS = (
    "Aiko", "Bram", "Chloe", "Dev", "Elena", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luca",
    "Maya", "Nils", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Vera", "Wim", "Yara",
)  # fmt: skip
NAME = "Copilot pilot (demo)"
WEEKS = 4
ENDED_DAYS_AGO = 12
CASES_PER_AGENT = (14, 22)
AGENT_SPREAD = 0.15  # log-sd of the agents' paces: the slowest is about 1.5 times the fastest

# Each arm's typical case: minutes to the first reply and to resolution, and the chances of a
# reopen, a second contact within a week and an escalation. The copilot arm's are the issue's
# figures: handle time −18 %, first-contact resolution about +9 points, escalations −12 %.
ARM_PROFILE = {
    "copilot": {"first": 4.0, "handle": 31.0, "reopen": 0.06, "recontact": 0.07, "escalate": 0.106},
    "control": {"first": 5.5, "handle": 38.0, "reopen": 0.11, "recontact": 0.11, "escalate": 0.12},
}
# Of the copilot arm's proposals: accepted as they were, approved naming an override reason, rejected.
PROPOSAL_ODDS = (0.78, 0.06, 0.16)
OVERRIDE_REASONS = ("Amount is wrong", "Wrong trip", "Policy exception", "Customer withdrew")

CUSTOMER_TEXTS = (
    "I was charged a cleaning fee but I left the car spotless.",
    "The driver never showed up and I still paid a cancellation fee.",
    "I think I was charged twice for the same ride.",
    "The ride took much longer than the app said and cost more than the quote.",
    "Can you send me a receipt for my last trip?",
    "I left my umbrella in the car, can you help me get it back?",
    "The driver was rude and the car smelled of smoke.",
    "Why was the price higher than usual this evening?",
)
SUBJECTS = ("Question about my trip", "Charge on my card", "Help with a ride", "Refund request")
REPLY = (
    "Thanks for writing. I have looked into it and sorted it out; you will see the change on your account."
)
PROPOSALS = (
    {
        "queue": "billing",
        "priority": "normal",
        "summary": "Check the charge the rider disputes.",
        "trip_id": None,
    },
    {"queue": "lost_and_found", "priority": "normal", "summary": "Item left in the car.", "trip_id": None},
    {"queue": "driver_ops", "priority": "low", "summary": "Feedback on the driver.", "trip_id": None},
)


def _minutes(rng: random.Random, median: float, pace: float, spread: float = 0.35) -> timedelta:
    """A log-normal duration: most cases near the median, a long tail of hard ones."""
    return timedelta(minutes=median * pace * math.exp(rng.gauss(0, spread)))


def _floor_agents() -> list[User]:
    group = Group.objects.get(name="agent")
    users = User.objects.bulk_create(
        [
            User(
                username=f"{FLOOR_PREFIX}{i + 1:02d}",
                first_name=name,
                last_name="Floor",
                email=f"{FLOOR_PREFIX}{i + 1:02d}@example.com",
                password=make_password(None),  # unusable: floor agents are history, not logins
            )
            for i, name in enumerate(FLOOR_AGENTS)
        ]
    )
    User.groups.through.objects.bulk_create([User.groups.through(user=u, group=group) for u in users])
    return users


def build_demo_experiment(*, now: datetime, seed: int) -> m.Experiment:
    """The finished experiment, its agents and their cases, written around the world's `now`."""
    rng = random.Random(f"demo-experiment-{seed}")
    with transaction.atomic():
        agents = _floor_agents()
        starts = (now - timedelta(days=ENDED_DAYS_AGO + 7 * WEEKS)).replace(
            hour=8, minute=0, second=0, microsecond=0
        )
        ends = starts + timedelta(weeks=WEEKS)
        experiment = m.Experiment.objects.create(
            name=NAME,
            copilot_percent=50,
            starts_at=starts,
            ends_at=ends,
            created_at=starts - timedelta(days=1),
        )
        order = list(agents)
        rng.shuffle(order)
        arms = {agent.pk: ("copilot" if i % 2 == 0 else "control") for i, agent in enumerate(order)}
        m.ExperimentAssignment.objects.bulk_create(
            [
                m.ExperimentAssignment(
                    experiment=experiment,
                    user=agent,
                    arm=arms[agent.pk],
                    assigned_at=starts + timedelta(minutes=rng.randint(5, 600)),
                )
                for agent in agents
            ]
        )
        _cases(rng, experiment, agents, arms)
    return experiment


def _riders_for(rng: random.Random, plans: list[list]) -> None:
    """Give each planned case a rider: a follow-up the rider of the case it follows, any other case a
    rider with no case of the rest of the world and none of theirs resolved within 8 days before it
    (so a "second contact within 7 days" happens only where the plan says so)."""
    riders = list(m.Rider.objects.filter(cases__isnull=True).order_by("rider_id"))
    free_from: dict[int, datetime] = {}
    for plan in plans:  # in order of opening
        opened, follows = plan[0], plan[6]
        if follows is not None:
            plan[3] = follows[3]
        else:
            ready = [r for r in riders if free_from.get(r.pk, opened) <= opened]
            plan[3] = rng.choice(ready) if ready else min(riders, key=lambda r: free_from[r.pk])
        free_from[plan[3].pk] = plan[2] + timedelta(days=8)


def _cases(rng: random.Random, experiment: m.Experiment, agents: list[User], arms: dict[int, str]) -> None:
    assignments = {a.user_id: a.assigned_at for a in experiment.assignments.all()}
    plans: list[list] = []  # [opened, first reply, resolved, rider, agent, arm, the plan it follows up]
    # Each agent's own pace: the between-agent spread the readout's intervals must account for.
    paces = {agent.pk: math.exp(rng.gauss(0, AGENT_SPREAD)) for agent in agents}
    for agent in agents:
        arm, pace = arms[agent.pk], paces[agent.pk]
        profile = ARM_PROFILE[arm]
        for _ in range(rng.randint(*CASES_PER_AGENT)):
            earliest = assignments[agent.pk]
            span = (experiment.ends_at - timedelta(hours=12) - earliest).total_seconds()
            opened = earliest + timedelta(seconds=rng.uniform(0, span))
            first = opened + _minutes(rng, profile["first"], pace)
            resolved = first + _minutes(rng, profile["handle"] - profile["first"], pace)
            plan = [opened, first, resolved, None, agent, arm, None]
            plans.append(plan)
            if rng.random() < profile["recontact"]:
                # The same rider writes again within the week; another agent of the floor takes it.
                again = resolved + timedelta(hours=rng.uniform(2, 6 * 24))
                if again < experiment.ends_at - timedelta(hours=2):
                    other = rng.choice(agents)
                    other_pace = paces[other.pk]
                    other_profile = ARM_PROFILE[arms[other.pk]]
                    first2 = again + _minutes(rng, other_profile["first"], other_pace)
                    resolved2 = first2 + _minutes(
                        rng, other_profile["handle"] - other_profile["first"], other_pace
                    )
                    plans.append([again, first2, resolved2, None, other, arms[other.pk], plan])
    plans.sort(key=lambda p: p[0])
    _riders_for(rng, plans)
    cases = m.Case.objects.bulk_create(
        [
            m.Case(
                rider=rider,
                channel=rng.choice(("chat", "chat", "email")),
                subject=rng.choice(SUBJECTS),
                status=m.Case.Status.RESOLVED,
                assignee=agent,
                opened_at=opened,
                first_response_at=first,
                resolved_at=resolved,
            )
            for opened, first, resolved, rider, agent, _, _ in plans
        ]
    )
    messages, events, tickets, actions = [], [], [], []
    for case, (opened, first, resolved, _, agent, arm, _) in zip(cases, plans, strict=True):
        text = rng.choice(CUSTOMER_TEXTS)
        messages.append(
            m.Message(case=case, role="customer", text=text, raw_text=encrypt(text), created_at=opened)
        )
        messages.append(m.Message(case=case, role="agent", text=REPLY, author=agent, created_at=first))
        profile = ARM_PROFILE[arm]
        if rng.random() < profile["reopen"]:
            events.append(
                m.CaseEvent(
                    case=case, kind=m.CaseEvent.Kind.REOPENED, created_at=resolved - timedelta(minutes=5)
                )
            )
        if rng.random() < profile["escalate"]:
            tickets.append(
                m.Ticket(
                    case=case,
                    queue=m.Ticket.Queue.SUPERVISOR,
                    summary="The rider asks for a supervisor.",
                    created_by=agent,
                    created_at=first + timedelta(minutes=1),
                )
            )
        if arm == "copilot":
            accepted, overridden, _ = PROPOSAL_ODDS
            draw = rng.random()
            status = "executed" if draw < accepted + overridden else "rejected"
            reason = (
                f"{rng.choice(OVERRIDE_REASONS)}: demo" if accepted <= draw < accepted + overridden else ""
            )
            actions.append(
                (case, agent, rng.choice(PROPOSALS), status, reason, first - timedelta(seconds=30))
            )
    m.Message.objects.bulk_create(messages)
    m.CaseEvent.objects.bulk_create(events)
    m.Ticket.objects.bulk_create(tickets)
    # An accepted proposal filed its ticket, as create_ticket does when approved.
    filed = m.Ticket.objects.bulk_create(
        [
            m.Ticket(
                case=case,
                queue=params["queue"],
                priority=params["priority"],
                summary=params["summary"],
                created_by=agent,
                created_at=decided,
            )
            for case, agent, params, status, _, decided in actions
            if status == "executed"
        ]
    )
    tickets_of = {ticket.case_id: ticket for ticket in filed}
    created = PendingAction.objects.bulk_create(
        [
            PendingAction(
                case=case,
                tool="create_ticket",
                params=params,
                params_hash=f"demo-{case.pk}",
                idempotency_key=f"demo-experiment-{case.pk}",
                status=status,
                decided_by=agent,
                decided_at=decided,
                decision_reason=reason,
                executed_at=decided if status == "executed" else None,
                result=(
                    {
                        "ticket_id": tickets_of[case.pk].pk,
                        "queue": params["queue"],
                        "priority": params["priority"],
                    }
                    if status == "executed"
                    else None
                ),
            )
            for case, agent, params, status, reason, decided in actions
        ]
    )
    # created_at is set on insert (auto_now_add): put each proposal where its case's story has it.
    for action in created:
        action.created_at = action.decided_at - timedelta(minutes=2)
    PendingAction.objects.bulk_update(created, ["created_at"], batch_size=500)
