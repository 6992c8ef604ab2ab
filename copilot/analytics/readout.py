"""An experiment's readout: per arm, the figures of the cases its agents handled, the difference
between the arms with a 95 % interval, and a CSV of each arm's cases. Definitions in
docs/experiments.md; the statistics in copilot/analytics/stats.py.

A case belongs to the arm of its agent: the first agent assigned in the experiment who took it
(a `taken` event, or a hand-over to them), whoever handled it later, so a hand-over to the other
arm does not move it; a case no event says was taken (data written straight to the tables) belongs
to its assignee. It counts when it was opened while the experiment ran. Outcomes are read as of
`now`: a case resolved less than 7 days before `now` cannot yet be judged for first-contact
resolution and is left out of that figure (and only that one). Handle time is the sum of the spans
the case was open (`metrics.handle_duration`), as on the metrics page and in its export.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.contrib.auth.models import Group
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from copilot.analytics import stats
from copilot.analytics.metrics import DECIDED, EXECUTED, _overridden, handle_duration
from copilot.core.access import Role
from copilot.models import Case, CaseEvent, Experiment, ExperimentAssignment, Message, Ticket
from policies.experiments import ARMS, CONTROL, COPILOT
from tools.models import PendingAction

FCR_WINDOW = timedelta(days=7)
# Below this many agents in an arm, an interval from resampling agents is too unsure to lean on.
FEW_AGENTS = 10

ARM_COLUMNS = [
    "case_id",
    "arm",
    "agent",
    "opened_at",
    "first_response_at",
    "resolved_at",
    "handle_seconds",
    "first_response_seconds",
    "fcr",
    "reopened",
    "second_contact_7d",
    "escalated",
    "decided_actions",
    "accepted_actions",
    "overridden_actions",
    "shared_with_other_arm",
]


@dataclass(frozen=True)
class Metric:
    """One figure of the readout: Σnum / Σden per arm."""

    key: str
    label: str
    kind: str  # "duration" (seconds) or "rate" (a share)
    better: str  # "lower" or "higher": which way is an improvement
    per: str  # what the denominator counts, for the page


METRICS = (
    Metric("aht", "Average handle time", "duration", "lower", "resolved cases"),
    Metric("first_response", "First-response time", "duration", "lower", "answered cases"),
    Metric("fcr", "First-contact resolution", "rate", "higher", "resolved cases past 7 days"),
    Metric("escalation", "Escalation rate", "rate", "lower", "cases"),
    Metric("acceptance", "Acceptance rate", "rate", "higher", "decided proposals"),
    Metric("override", "Override rate", "rate", "lower", "decided proposals"),
)


def _count(rows: QuerySet, **filters: Any) -> Coalesce:
    """How many of `rows` belong to the outer case (a correlated subquery: no join fan-out)."""
    counted = (
        rows.filter(case=OuterRef("pk"), **filters)
        .order_by()
        .values("case")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _escalated() -> Q:
    """Sent to a supervisor or a supervisor queue, at any point of the case's life:
    an action a person sent to a supervisor (waiting for one, approved needing one, or decided by
    one; not a proposal nobody acted on: turns run on control cases too),
    a ticket in the supervisor queue, a hand-over to a supervisor, or the case waiting for one."""
    supervisors = Group.objects.filter(name=Role.SUPERVISOR.value).values("user")
    actions = PendingAction.objects.filter(case=OuterRef("pk")).filter(
        Q(status=PendingAction.Status.WAITING_SUPERVISOR)
        | Q(approval_verdict__verdict="needs_supervisor")
        | Q(decided_by__in=supervisors)
    )
    tickets = Ticket.objects.filter(case=OuterRef("pk"), queue=Ticket.Queue.SUPERVISOR)
    handed = CaseEvent.objects.filter(
        case=OuterRef("pk"), kind=CaseEvent.Kind.HANDED_OVER, handed_to__in=supervisors
    )
    return Q(status=Case.Status.WAITING_SUPERVISOR) | Exists(actions) | Exists(tickets) | Exists(handed)


def _first_agent(experiment: Experiment) -> Coalesce:
    """The first agent of the experiment who took the outer case: by a `taken` event or by a
    hand-over to them; the assignee when no event names one (the filter keeps only members)."""
    everyone = ExperimentAssignment.objects.filter(experiment=experiment).values("user")
    took = (
        CaseEvent.objects.filter(case=OuterRef("pk"))
        .filter(
            Q(kind=CaseEvent.Kind.TAKEN, actor__in=everyone)
            | Q(kind=CaseEvent.Kind.HANDED_OVER, handed_to__in=everyone)
        )
        .order_by("created_at", "pk")
        .annotate(agent=Coalesce("handed_to", "actor"))
        .values("agent")[:1]
    )
    return Coalesce(Subquery(took), F("assignee"), output_field=IntegerField())


def arm_cases(experiment: Experiment, arm: str, *, now: datetime) -> QuerySet[Case]:
    """The cases of one arm, with each case's agent (`x_agent`) and outcomes annotated (see the
    module's docstring)."""
    if arm not in ARMS:
        raise ValueError(f"unknown arm {arm!r}")
    until = min(experiment.stopped_at, now)
    members = ExperimentAssignment.objects.filter(experiment=experiment, arm=arm).values("user")
    others = ExperimentAssignment.objects.filter(experiment=experiment).exclude(arm=arm).values("user")
    later_contact = Case.objects.filter(
        rider=OuterRef("rider"),
        opened_at__gt=OuterRef("opened_at"),
        opened_at__lte=OuterRef("resolved_at") + FCR_WINDOW,
    ).exclude(pk=OuterRef("pk"))
    return (
        Case.objects.filter(opened_at__gte=experiment.starts_at, opened_at__lt=until)
        .annotate(x_agent=_first_agent(experiment))
        .filter(x_agent__in=members)
        .annotate(
            x_handle=handle_duration(),
            x_reopened=Exists(CaseEvent.objects.filter(case=OuterRef("pk"), kind=CaseEvent.Kind.REOPENED)),
            x_recontact=Exists(later_contact),
            x_escalated=_escalated(),
            x_decided=_count(PendingAction.objects.all(), status__in=DECIDED),
            x_accepted=_count(PendingAction.objects.all(), status=EXECUTED),
            x_overridden=_count(PendingAction.objects.filter(_overridden())),
            x_shared=Exists(
                Message.objects.filter(case=OuterRef("pk"), role=Message.Role.AGENT, author__in=others)
            ),
        )
        .order_by("opened_at", "pk")
    )


def _seconds(start: datetime, end: datetime | None) -> float | None:
    return (end - start).total_seconds() if end is not None else None


def case_outcomes(case: Case, *, now: datetime) -> dict[str, Any]:
    """What one annotated case contributes to each figure: {metric: (numerator, denominator)}."""
    handle = case.x_handle.total_seconds() if case.x_handle is not None else None
    first = _seconds(case.opened_at, case.first_response_at)
    judgeable = case.resolved_at is not None and case.resolved_at + FCR_WINDOW <= now
    fcr = judgeable and not case.x_reopened and not case.x_recontact
    return {
        "aht": (handle or 0.0, 1 if handle is not None else 0),
        "first_response": (first or 0.0, 1 if first is not None else 0),
        "fcr": (1 if fcr else 0, 1 if judgeable else 0),
        "escalation": (1 if case.x_escalated else 0, 1),
        "acceptance": (case.x_accepted, case.x_decided),
        "override": (case.x_overridden, case.x_decided),
    }


def _by_agent(experiment: Experiment, arm: str, *, now: datetime) -> tuple[dict[int, dict], int, int]:
    """Per agent of the arm, each metric's (Σnum, Σden); also the arm's case and shared-case counts."""
    agents = ExperimentAssignment.objects.filter(experiment=experiment, arm=arm).values_list(
        "user_id", flat=True
    )
    sums: dict[int, dict[str, list[float]]] = {
        user_id: {metric.key: [0.0, 0.0] for metric in METRICS} for user_id in agents
    }
    cases = shared = 0
    for case in arm_cases(experiment, arm, now=now).iterator(chunk_size=2000):
        cases += 1
        shared += bool(case.x_shared)
        for key, (num, den) in case_outcomes(case, now=now).items():
            cell = sums[case.x_agent][key]
            cell[0] += num
            cell[1] += den
    return sums, cases, shared


def experiment_readout(
    experiment: Experiment, *, now: datetime, resamples: int = stats.RESAMPLES, seed: int = stats.SEED
) -> dict[str, Any]:
    """Everything the readout page shows: per arm the agents, cases and each figure; per figure the
    difference copilot − control and its interval (agents resampled: they are the unit)."""
    arms: dict[str, dict[str, Any]] = {}
    per_agent: dict[str, dict[int, dict]] = {}
    for arm in ARMS:
        sums, cases, shared = _by_agent(experiment, arm, now=now)
        per_agent[arm] = sums
        arms[arm] = {"agents": len(sums), "cases": cases, "shared": shared}
    rows = []
    for metric in METRICS:
        row: dict[str, Any] = {"metric": metric}
        columns = {}
        for arm in ARMS:
            nums = [agent[metric.key][0] for agent in per_agent[arm].values()]
            dens = [agent[metric.key][1] for agent in per_agent[arm].values()]
            row[arm] = {"value": stats.ratio(nums, dens), "n": int(sum(dens)), "num": sum(nums)}
            columns[arm] = (nums, dens)
        interval = stats.cluster_bootstrap_difference(
            *columns[COPILOT], *columns[CONTROL], resamples=resamples, seed=seed
        )
        row["difference"] = interval
        row["verdict"] = _verdict(metric, interval)
        control = row[CONTROL]["value"]
        row["relative"] = (interval.estimate / control) if interval is not None and control else None
        rows.append(row)
    return {
        "experiment": experiment,
        "arms": arms,
        "rows": rows,
        "few_agents": any(arms[arm]["agents"] < FEW_AGENTS for arm in ARMS),
        "resamples": resamples,
        "seed": seed,
        "now": now,
    }


def _verdict(metric: Metric, interval: stats.Interval | None) -> str:
    if interval is None:
        return "no data in an arm"
    if not interval.excludes_zero:
        return "no clear difference"
    improved = (interval.estimate < 0) == (metric.better == "lower")
    return "better with the copilot" if improved else "worse with the copilot"


def _iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).isoformat() if moment else ""


def _whole(value: float | None) -> int | str:
    return round(value) if value is not None else ""


def export_arm(experiment: Experiment, arm: str, *, now: datetime) -> Iterator[list[Any]]:
    """One row per case of the arm (ARM_COLUMNS); fcr is yes, no, or "not yet" within 7 days.
    The agent is the one the case counts for, handle seconds those the readout averages."""
    usernames = dict(
        ExperimentAssignment.objects.filter(experiment=experiment, arm=arm).values_list(
            "user_id", "user__username"
        )
    )
    for case in arm_cases(experiment, arm, now=now).iterator(chunk_size=2000):
        outcome = case_outcomes(case, now=now)
        fcr_num, fcr_den = outcome["fcr"]
        handle_sum, handled = outcome["aht"]
        yield [
            case.pk,
            arm,
            usernames.get(case.x_agent, ""),
            _iso(case.opened_at),
            _iso(case.first_response_at),
            _iso(case.resolved_at),
            _whole(handle_sum if handled else None),
            _whole(_seconds(case.opened_at, case.first_response_at)),
            ("yes" if fcr_num else "no") if fcr_den else ("not yet" if case.resolved_at else ""),
            "yes" if case.x_reopened else "no",
            "yes" if case.x_recontact else "no",
            "yes" if case.x_escalated else "no",
            case.x_decided,
            case.x_accepted,
            case.x_overridden,
            "yes" if case.x_shared else "no",
        ]
