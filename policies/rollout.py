"""Who works with the copilot: the one question every page, action and socket asks.

The admin chooses nobody, an allow-list of agents, a percentage of agents, or everyone, and may
limit the copilot to some intents (`CopilotRollout`, edited on the admin settings page). A
percentage is stable per agent: an agent's bucket is a hash of the salt and their user id, so
raising 10% to 20% keeps the first 10% in, and lowering it takes out the last ones added.

Supervisors are not cohort members: while the copilot is on for anyone they see it, since the
proposals they decide (the supervisor queue) are the copilot's. "Nobody" is the switch that
turns it off for everyone, supervisors and experiments included.

Every page load, console action and case socket asks, so each process keeps a snapshot of the
rollout row, the experiments not yet stopped and the arms it has looked up (`_snapshot`), valid
while a version token in Valkey is unchanged: one GET instead of two or three queries. Any save or
delete of those rows (signals, connected in `policies.apps`) replaces the token once committed, so
every process reloads at its next question, promptly and without a message to each process. The
token is a random value, not a counter: a Valkey that lost its data cannot hand back a value an
old snapshot holds. With Valkey unreachable, or inside a transaction (which may hold a change of
its own, or roll one back), the tables are read as before; a snapshot older than
SNAPSHOT_MAX_AGE is reloaded anyway, for a change whose token could not be written.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import secrets
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import redis
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from copilot.core.access import CASE_WORKERS, Role, user_roles
from copilot.models import Experiment, ExperimentAssignment, Turn
from policies.experiments import experiment_arm, experiment_assign, experiments_not_stopped
from policies.models import CopilotRollout

log = logging.getLogger(__name__)

BUCKETS = 10_000  # a percentage is compared in hundredths, so the buckets leave room for 12.5%


def agent_bucket(*, user_id: int, salt: str) -> int:
    """The agent's place in 0..BUCKETS-1: the same for the same salt and id, on every process."""
    digest = hashlib.sha256(f"{salt}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def in_percentage(*, user_id: int, salt: str, percentage: int) -> bool:
    return agent_bucket(user_id=user_id, salt=salt) < percentage * BUCKETS // 100


VERSION_KEY = "copilot:rollout:version"
SNAPSHOT_MAX_AGE = 60.0  # seconds


@dataclass
class _Snapshot:
    """What this process read of the rollout's tables under one version token."""

    version: bytes
    taken_at: datetime
    expires: float  # time.monotonic()
    rollout: CopilotRollout
    experiments: tuple[Experiment, ...]  # running or scheduled at taken_at, by start
    arms: dict[tuple[int, int], str] = field(default_factory=dict)  # (experiment, user): arm


_snapshot: _Snapshot | None = None


@functools.cache
def _redis() -> redis.Redis:
    # Short timeouts: a Valkey that hangs must cost a page a third of a second, then the tables.
    return redis.Redis.from_url(settings.REDIS_URL, socket_timeout=0.3, socket_connect_timeout=0.3)


def _version() -> bytes | None:
    """The current token (made if Valkey has none), or None when Valkey cannot say."""
    try:
        client = _redis()
        version = client.get(VERSION_KEY)
        if version is None:
            client.set(VERSION_KEY, secrets.token_hex(8), nx=True)
            version = client.get(VERSION_KEY)
        return version
    except redis.RedisError as exc:
        log.warning("rollout version unavailable, reading the tables: %s", exc)
        return None


def _current_snapshot() -> _Snapshot | None:
    """This process's snapshot, reloaded if the token moved; None when it must not be used."""
    global _snapshot
    if connection.in_atomic_block:
        return None
    version = _version()
    if version is None:
        _snapshot = None  # whatever changed meanwhile could not move the token
        return None
    snapshot = _snapshot
    if snapshot is not None and snapshot.version == version and time.monotonic() < snapshot.expires:
        return snapshot
    # The token is read before the tables: a change committed in between is read now and
    # reloaded once more at the next question, never missed (the token moves after the commit).
    taken_at = timezone.now()
    snapshot = _Snapshot(
        version=version,
        taken_at=taken_at,
        expires=time.monotonic() + SNAPSHOT_MAX_AGE,
        rollout=CopilotRollout.current(),
        experiments=tuple(experiments_not_stopped(at=taken_at)),
    )
    _snapshot = snapshot
    return snapshot


def rollout_cache_invalidate() -> None:
    """Every process reloads the rollout and experiments at its next question (after a change)."""
    global _snapshot
    _snapshot = None
    try:
        _redis().set(VERSION_KEY, secrets.token_hex(8))
    except redis.RedisError as exc:
        log.warning("rollout version not moved; other processes reload within %ss: %s", SNAPSHOT_MAX_AGE, exc)


def rollout_rows_changed(sender: Any, instance: Any = None, created: bool = False, **kwargs: Any) -> None:
    """A signal receiver (post_save, post_delete) for the rows the snapshot holds: invalidate once
    the change is committed. A new assignment changes nothing cached (arms are cached once found)."""
    if sender is ExperimentAssignment and created:
        return
    transaction.on_commit(rollout_cache_invalidate, using=kwargs.get("using"))


def rollout_tables_reset(sender: Any, **kwargs: Any) -> None:
    """post_migrate (also sent after a flush of the tables): nothing read before still holds."""
    rollout_cache_invalidate()


def current_rollout() -> CopilotRollout:
    """The rollout row (shared by the process while unchanged: read it, do not modify it)."""
    snapshot = _current_snapshot()
    return snapshot.rollout if snapshot is not None else CopilotRollout.current()


def _arm(*, user, now: datetime) -> str | None:
    """`experiments.experiment_arm`, answered from the snapshot when it can be."""
    snapshot = _current_snapshot()
    if snapshot is None or now < snapshot.taken_at:
        return experiment_arm(user=user, now=now)  # a past moment: the snapshot may not know it
    if Role.AGENT not in user_roles(user):
        return None
    experiment = next((e for e in snapshot.experiments if e.running_at(now)), None)
    if experiment is None:
        return None
    key = (experiment.pk, user.pk)
    arm = snapshot.arms.get(key)
    if arm is None:
        arm = snapshot.arms[key] = experiment_assign(experiment=experiment, user=user, now=now)
    return arm


def copilot_enabled(
    *, user, intent: str | None = None, now: datetime | None = None, rollout: CopilotRollout | None = None
) -> bool:
    """Whether `user` works with the copilot (on cases of `intent`, when known).

    `intent=None` (no turn has classified the case yet) asks about the agent alone. Pass `rollout`
    to answer several questions from one read of the settings.
    """
    roles = user_roles(user)
    if not roles & CASE_WORKERS:
        return False
    rollout = rollout or current_rollout()
    if rollout.mode == CopilotRollout.Mode.NOBODY:
        return False
    if rollout.intents and intent not in rollout.intents:
        return False  # an unclassified case too: its first draft must not stream to the page
    if Role.SUPERVISOR in roles:
        return True
    # During a running experiment, the experiment decides for the agents it assigned.
    arm = _arm(user=user, now=now or timezone.now())
    if arm is not None:
        return arm == "copilot"
    if rollout.mode == CopilotRollout.Mode.EVERYONE:
        return True
    if rollout.mode == CopilotRollout.Mode.ALLOW_LIST:
        return user.pk in set(rollout.agent_ids)
    return in_percentage(user_id=user.pk, salt=rollout.salt, percentage=rollout.percentage)


def case_intent(case_id: int) -> str | None:
    """The intent the case's latest classified turn found, or None before any turn has (a turn
    still queued or running has not classified yet)."""
    intent = (
        Turn.objects.filter(case_id=case_id)
        .exclude(intent="")
        .order_by("-created_at")
        .values_list("intent", flat=True)
        .first()
    )
    return intent or None


def copilot_enabled_for_case(*, user, case_id: int, now: datetime | None = None) -> bool:
    """`copilot_enabled` for the intent of this case's latest turn: what its page and actions ask."""
    return copilot_enabled(user=user, intent=case_intent(case_id), now=now)


def rollout_describe(rollout: CopilotRollout, *, usernames: Iterable[str] = ()) -> str:
    """One line for the settings page and the history: "10% of agents, for refund_request only"."""
    mode = CopilotRollout.Mode
    who = {
        mode.NOBODY: "nobody",
        mode.EVERYONE: "every agent",
        mode.PERCENTAGE: f"{rollout.percentage}% of agents",
        mode.ALLOW_LIST: "agents on the allow-list (" + (", ".join(usernames) or "none") + ")",
    }[rollout.mode]
    where = (
        f", for {', '.join(rollout.intents)} only" if rollout.intents and rollout.mode != mode.NOBODY else ""
    )
    return who + where
