"""A/B experiments of the copilot: start, end early, and which arm an agent is in.

The unit is the agent, not the case: an agent who saw the copilot on some cases would carry what
it taught them to the others (and the floor would not know which screen to expect). An agent is
assigned at random the first time they are seen while an experiment runs (`experiment_arm`, which
the rollout selector asks on every page), and stays in that arm: agents hired or back from leave
mid-experiment get an arm too, and nobody is assigned who never worked during it. The draw is an
independent coin per agent with P(copilot) = the split, so arm sizes vary around the split.

Reads and writes are here; the figures of a readout are in `copilot/analytics/readout.py`. This
module stays light (models and roles at import) because the rollout selector imports it.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet

from copilot.core.access import Role, has_role
from copilot.core.text import storable
from copilot.models import Experiment, ExperimentAssignment
from copilot.realtime.publisher import announce_rollout_changed
from policies.models import AdminChange, CopilotRollout

COPILOT = Experiment.Arm.COPILOT.value
CONTROL = Experiment.Arm.CONTROL.value
ARMS = (COPILOT, CONTROL)
NAME_MAX = 120
MAX_DAYS = 366
# A start typed to the minute lies up to a minute behind the clock by the time it is sent.
START_GRACE = timedelta(minutes=5)
DATETIME_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")

_coin = random.SystemRandom()


class ExperimentError(ValueError):
    """An experiment that cannot be started or ended, in words for the admin; `field` names the input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ExperimentPlan:
    """A validated request to start an experiment."""

    name: str
    copilot_percent: int
    starts_at: datetime
    ends_at: datetime


def _when(value: str, which: str, field: str) -> datetime:
    for pattern in DATETIME_FORMATS:
        try:
            return datetime.strptime(value, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    raise ExperimentError(
        field, f"The {which} “{value}” is not a date and time in the form YYYY-MM-DD HH:MM (UTC)."
    )


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def experiment_plan(data: Mapping[str, str], *, now: datetime) -> ExperimentPlan:
    """The admin's form (name, split, start, end) checked; raises ExperimentError naming the problem.

    An empty start means now. Start and end are read as UTC.
    """
    name = " ".join(storable(data.get("name") or "").split())
    if not name:
        raise ExperimentError("name", "Give the experiment a name, such as “Copilot pilot, December”.")
    if len(name) > NAME_MAX:
        raise ExperimentError("name", f"The name has {len(name)} characters; keep it to {NAME_MAX}.")
    split = (data.get("copilot_percent") or "").strip().removesuffix("%").strip()
    if not split:
        raise ExperimentError(
            "copilot_percent", "Give the share of agents in the copilot arm, from 1 to 99 %."
        )
    if not split.isdecimal() or not split.isascii():
        raise ExperimentError(
            "copilot_percent", f"The split “{split}” is not a whole number of percent, such as 50."
        )
    percent = int(split)
    if not 1 <= percent <= 99:
        raise ExperimentError(
            "copilot_percent", f"The split {percent} % leaves an arm empty; choose from 1 to 99 %."
        )
    start_text, end_text = (data.get("starts_at") or "").strip(), (data.get("ends_at") or "").strip()
    starts_at = _when(start_text, "start", "starts_at") if start_text else now
    if starts_at < now - START_GRACE:
        raise ExperimentError(
            "starts_at",
            f"The start {_stamp(starts_at)} is in the past: cases handled before it could not be "
            "assigned. Leave the start empty to start now.",
        )
    if not end_text:
        raise ExperimentError(
            "ends_at", "Give the end of the experiment (UTC), such as four weeks after the start."
        )
    ends_at = _when(end_text, "end", "ends_at")
    if ends_at <= starts_at:
        raise ExperimentError(
            "ends_at", f"The end {_stamp(ends_at)} is not after the start {_stamp(starts_at)}."
        )
    if ends_at - starts_at > timedelta(days=MAX_DAYS):
        raise ExperimentError("ends_at", f"The experiment would last over {MAX_DAYS} days; end it sooner.")
    return ExperimentPlan(name=name, copilot_percent=percent, starts_at=starts_at, ends_at=ends_at)


def _not_ended_by(moment: datetime) -> Q:
    return Q(ended_at__isnull=True) | Q(ended_at__gt=moment)


def _record(*, actor, name: str, before: str, after: str) -> None:
    AdminChange.objects.create(
        actor=actor,
        area=AdminChange.Area.SETTINGS,
        summary={
            "action": "experiment",
            "experiment": name,
            "changes": {f"experiment “{name}”": [before, after]},
        },
    )


def experiment_start(*, actor, plan: ExperimentPlan, now: datetime) -> Experiment:
    """Create the experiment; refused when another one runs or is scheduled in the same time."""
    # Here, not at the top: the rollout selector imports this module on every page (see the README).
    from copilot.pii import redact

    # Admins type names; like every free text they may hold someone's details.
    name = redact(plan.name).text[:NAME_MAX]
    CopilotRollout.current()
    with transaction.atomic():
        # The rollout's row is the lock: two admins starting overlapping experiments at once are
        # checked one after the other.
        CopilotRollout.objects.select_for_update().get(pk=1)
        if Experiment.objects.filter(name__iexact=name).exists():
            raise ExperimentError(
                "name", f"An experiment named “{name}” already exists; choose another name."
            )
        clash = (
            Experiment.objects.filter(starts_at__lt=plan.ends_at, ends_at__gt=plan.starts_at)
            .filter(_not_ended_by(max(now, plan.starts_at)))
            .first()
        )
        if clash is not None:
            raise ExperimentError(
                "starts_at",
                f"Experiment “{clash.name}” runs from {_stamp(clash.starts_at)} to "
                f"{_stamp(clash.stopped_at)}; end it first or start after it.",
            )
        try:
            with transaction.atomic():
                experiment = Experiment.objects.create(
                    name=name,
                    copilot_percent=plan.copilot_percent,
                    starts_at=plan.starts_at,
                    ends_at=plan.ends_at,
                    created_by=actor,
                    created_at=now,
                )
        except IntegrityError:  # a double click: the same name, a moment apart
            raise ExperimentError("name", f"An experiment called “{name}” already exists.") from None
        _record(
            actor=actor,
            name=name,
            before="none",
            after=f"{plan.copilot_percent}% copilot, {_stamp(plan.starts_at)} to {_stamp(plan.ends_at)}",
        )
        if plan.starts_at <= now:
            # Open case pages re-read their console: a control-arm agent's panel goes at once.
            transaction.on_commit(announce_rollout_changed)
    return experiment


def experiment_end(*, actor, experiment_id: int, now: datetime) -> Experiment:
    """End a running or scheduled experiment now; its agents keep their arm in the readout."""
    with transaction.atomic():
        experiment = Experiment.objects.select_for_update().filter(pk=experiment_id).first()
        if experiment is None:
            raise ExperimentError("experiment", f"There is no experiment {experiment_id}.")
        if experiment.stopped_at <= now:
            raise ExperimentError(
                "experiment",
                f"Experiment “{experiment.name}” already ended at {_stamp(experiment.stopped_at)}.",
            )
        before = "running" if experiment.starts_at <= now else "scheduled"
        experiment.ended_at, experiment.ended_by = now, actor
        experiment.save(update_fields=["ended_at", "ended_by"])
        _record(actor=actor, name=experiment.name, before=before, after=f"ended early at {_stamp(now)}")
        if before == "running":
            transaction.on_commit(announce_rollout_changed)
    return experiment


def experiments() -> QuerySet[Experiment]:
    return Experiment.objects.select_related("created_by", "ended_by")


def running_experiment(*, now: datetime) -> Experiment | None:
    """The experiment running at `now`, if any."""
    return (
        Experiment.objects.filter(starts_at__lte=now, ends_at__gt=now)
        .filter(_not_ended_by(now))
        .order_by("starts_at")
        .first()
    )


def experiments_not_stopped(*, at: datetime) -> QuerySet[Experiment]:
    """Experiments running or scheduled at `at`, by start: every one that can run at or after it."""
    return Experiment.objects.filter(ends_at__gt=at).filter(_not_ended_by(at)).order_by("starts_at", "pk")


def experiment_status(experiment: Experiment, *, now: datetime) -> str:
    """scheduled, running, ended early, finished or cancelled (ended before it started)."""
    if experiment.ended_at is not None and experiment.ended_at <= now:
        return "cancelled" if experiment.ended_at <= experiment.starts_at else "ended early"
    if now < experiment.starts_at:
        return "scheduled"
    return "running" if now < experiment.ends_at else "finished"


def experiment_assign(
    *, experiment: Experiment, user, now: datetime, rng: random.Random | None = None
) -> str:
    """The agent's arm in the experiment: the one drawn when first seen, drawn now if never seen."""
    arm = (
        ExperimentAssignment.objects.filter(experiment=experiment, user=user)
        .values_list("arm", flat=True)
        .first()
    )
    if arm is not None:
        return arm
    drawn = COPILOT if (rng or _coin).random() * 100 < experiment.copilot_percent else CONTROL
    # Two first requests of one agent at once: the unique constraint keeps the first draw.
    assignment, _ = ExperimentAssignment.objects.get_or_create(
        experiment=experiment, user=user, defaults={"arm": drawn, "assigned_at": now}
    )
    return assignment.arm


def experiment_arm(*, user, now: datetime) -> str | None:
    """ "copilot" or "control" for an agent while an experiment runs (assigning them if first seen);
    None when no experiment runs or the user is not an agent (then the rollout decides)."""
    if not has_role(user, [Role.AGENT]):
        return None
    experiment = running_experiment(now=now)
    if experiment is None:
        return None
    return experiment_assign(experiment=experiment, user=user, now=now)


def experiments_announce_boundaries(*, now: datetime, window: timedelta) -> int:
    """Tell every open case page to re-read its console when an experiment started or stopped on
    its own in the `window` before `now` (a scheduled start, its planned end); how many did.

    An admin's own start or early end announces itself; these come from the clock, so beat asks
    every few seconds, with a window a little longer than its period (an announcement twice only
    costs a page a re-read).
    """
    since = now - window
    crossed = Experiment.objects.filter(
        Q(starts_at__gt=since, starts_at__lte=now)
        | Q(ends_at__gt=since, ends_at__lte=now, ended_at__isnull=True)
    ).count()
    if crossed:
        announce_rollout_changed()
    return crossed
