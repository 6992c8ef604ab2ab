"""Replaying stored turns, and judging past proposals under a draft policy (what-if).

Replay feeds a turn's recorded model outputs, call by call, through today's tools and
rules, and reports how the proposal would differ. It writes under a replay turn id and
removes what it wrote, so nothing it does can be approved or counted.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from copilot.agent.prefetch import PREFETCH_PREFIX
from copilot.models import Turn
from policies.selectors import active_policy
from tools.base import ToolContext
from tools.executor import ToolCall, execute_tool_calls
from tools.models import PendingAction, ToolCallAudit
from tools.permissions import tool_permissions
from tools.registry import TOOLS


def _signature(tool: str, params: dict[str, Any]) -> tuple:
    return (tool, *TOOLS[tool].signature(params))


def _describe(tool: str, params: dict[str, Any]) -> str:
    return TOOLS[tool].describe(params)


@dataclass
class ReplayResult:
    turn_id: str
    changes: list[str] = field(default_factory=list)
    calls: int = 0
    errors: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"turn_id": self.turn_id, "changes": self.changes, "calls": self.calls, "errors": self.errors}


def replay_turn(turn: Turn, *, now: datetime | None = None) -> ReplayResult:
    """Re-run the recorded model outputs of a turn through today's tools and rules."""
    result = ReplayResult(turn_id=str(turn.pk))
    replay_id = f"replay-{uuid.uuid4()}"
    ctx = ToolContext(
        case_id=turn.case_id,
        rider_id=turn.case.rider.rider_id,
        turn_id=replay_id,
        intent=turn.intent,
        intents=frozenset(turn.intents or [turn.intent]),
        now=now or turn.started_at or turn.created_at,
        policy=active_policy(),
        permissions=tool_permissions(),
    )
    # The look-ups the loop made before the first model call, then every call the model made.
    prefetched = [
        {"tool_calls": [c for c in m["tool_calls"] if str(c.get("id", "")).startswith(PREFETCH_PREFIX)]}
        for m in turn.transcript or []
        if m.get("role") == "assistant" and m.get("tool_calls")
    ]
    try:
        for output in [*prefetched, *turn.model_outputs]:
            calls = [
                ToolCall(id=c["id"], name=c["function"]["name"], arguments=c["function"]["arguments"])
                for c in output.get("tool_calls", [])
            ]
            if not calls:
                continue
            for outcome in execute_tool_calls(ctx, calls):
                result.calls += 1
                if not outcome.ok:
                    result.errors += 1
                    result.changes.append(f"{outcome.call.name} now fails: {outcome.result.get('error')}")
        before = {_signature(a.tool, a.params): a for a in PendingAction.objects.filter(turn_id=str(turn.pk))}
        after = {_signature(a.tool, a.params): a for a in PendingAction.objects.filter(turn_id=replay_id)}
        for key, old in before.items():
            new = after.get(key)
            if new is None:
                result.changes.append(f"{_describe(old.tool, old.params)} would no longer be proposed")
                continue
            old_v, new_v = old.verdict or {}, new.verdict or {}
            for name in ("verdict", "max_amount", "rules"):
                if old_v.get(name) != new_v.get(name):
                    result.changes.append(
                        f"{_describe(old.tool, old.params)}: {name} {old_v.get(name)} -> {new_v.get(name)}"
                    )
        for key, new in after.items():
            if key not in before:
                result.changes.append(f"{_describe(new.tool, new.params)} would be proposed")
    finally:
        PendingAction.objects.filter(turn_id=replay_id).delete()
        ToolCallAudit.objects.filter(turn_id=replay_id).delete()
    return result
