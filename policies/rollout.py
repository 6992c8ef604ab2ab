"""Who works with the copilot: the one question every page, action and socket asks.

The admin chooses nobody, an allow-list of agents, a percentage of agents, or everyone, and may
limit the copilot to some intents (`CopilotRollout`, edited on the admin settings page). A
percentage is stable per agent: an agent's bucket is a hash of the salt and their user id, so
raising 10% to 20% keeps the first 10% in, and lowering it takes out the last ones added.

Supervisors are not cohort members: while the copilot is on for anyone they see it, since the
proposals they decide (the supervisor queue) are the copilot's. "Nobody" is the switch that
turns it off for everyone, supervisors and experiments included.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone

from copilot.core.access import CASE_WORKERS, Role, user_roles
from copilot.models import Turn
from policies.experiments import experiment_arm
from policies.models import CopilotRollout

BUCKETS = 10_000  # a percentage is compared in hundredths, so the buckets leave room for 12.5%


def agent_bucket(*, user_id: int, salt: str) -> int:
    """The agent's place in 0..BUCKETS-1: the same for the same salt and id, on every process."""
    digest = hashlib.sha256(f"{salt}:{user_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def in_percentage(*, user_id: int, salt: str, percentage: int) -> bool:
    return agent_bucket(user_id=user_id, salt=salt) < percentage * BUCKETS // 100


def current_rollout() -> CopilotRollout:
    return CopilotRollout.current()


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
    arm = experiment_arm(user=user, now=now or timezone.now())
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
