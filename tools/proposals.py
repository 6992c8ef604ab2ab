"""A gated tool's proposal: recorded once per call, judged, waiting for a person (tools/approvals.py)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tools.base import ToolContext, ToolError
from tools.models import PendingAction


def params_hash(params: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(params, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def action_decided(
    *, ctx: ToolContext, tool: str, problem: dict[str, Any], statuses: tuple[str, ...]
) -> PendingAction | None:
    """The latest action of this case for the same problem that a person already decided."""
    return (
        PendingAction.objects.filter(
            case_id=ctx.case_id,
            tool=tool,
            status__in=statuses,
            decided_by__isnull=False,
            params__contains=problem,
        )
        .order_by("-decided_at", "-id")
        .first()
    )


def action_propose(
    *,
    ctx: ToolContext,
    tool: str,
    params: dict[str, Any],
    verdict: dict[str, Any] | None,
    call_id: str = "",
    problem: dict[str, Any] | None = None,
    decided_statuses: tuple[str, ...] = (),
) -> PendingAction:
    """Record a proposal once; a repeat of the same call returns the first record.

    When a person already decided the same problem in this case (`problem`: the params that
    name it, e.g. trip and reason), that decision is returned instead of a new proposal: the
    copilot never re-offers what an agent rejected, or pays what was already paid.
    """
    if problem is not None and decided_statuses:
        decided = action_decided(ctx=ctx, tool=tool, problem=problem, statuses=decided_statuses)
        if decided is not None:
            return decided
    digest = params_hash(params)
    run = f"a{ctx.attempt}:" if ctx.attempt > 1 else ""
    key = f"case-{ctx.case_id}:turn-{ctx.turn_id}:{run}{call_id or digest[:16]}"
    status = PendingAction.Status.PENDING
    if verdict is not None and verdict["verdict"] == "denied":
        status = PendingAction.Status.DENIED
    action, created = PendingAction.objects.get_or_create(
        idempotency_key=key,
        defaults={
            "case_id": ctx.case_id,
            "turn_id": ctx.turn_id,
            "attempt": ctx.attempt,
            "tool": tool,
            "params": params,
            "params_hash": digest,
            "verdict": verdict,
            "status": status,
        },
    )
    if not created and action.params_hash != digest:
        raise ToolError(
            "conflict",
            "This proposal was already recorded with other parameters.",
            hint="Do not repeat a tool call id with new arguments; make a new call.",
        )
    return action
