"""A gated tool's proposal: recorded once per call, judged, waiting for a person (tools/approvals.py)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from tools.base import ToolContext, ToolError
from tools.models import PendingAction


def params_hash(params: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(params, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def action_propose(
    *, ctx: ToolContext, tool: str, params: dict[str, Any], verdict: dict[str, Any] | None, call_id: str = ""
) -> PendingAction:
    """Record a proposal once; a repeat of the same call returns the first record."""
    digest = params_hash(params)
    key = f"case-{ctx.case_id}:turn-{ctx.turn_id}:{call_id or digest[:16]}"
    status = PendingAction.Status.PENDING
    if verdict is not None and verdict["verdict"] == "denied":
        status = PendingAction.Status.DENIED
    action, created = PendingAction.objects.get_or_create(
        idempotency_key=key,
        defaults={
            "case_id": ctx.case_id,
            "turn_id": ctx.turn_id,
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
