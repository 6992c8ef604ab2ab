"""What a turn runs under: the active policy, the tool permissions and the copilot settings.

They change when an admin edits them, a few times a day, while a turn starts many times a
second; a turn worker keeps them in memory and checks one generation number per turn. The
number is bumped by database triggers on the three tables (migration 0007), so no edit path
can forget it. The check rides on the query a turn makes anyway: the model calls its case
has used.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from django.db import connection

from copilot.agent import sql
from copilot.models import CopilotSettings
from policies.selectors import ActivePolicy, active_policy
from tools.models import ToolPermission
from tools.permissions import permission_set_label, tool_permissions


@dataclass(frozen=True)
class TurnConfig:
    """Shared by the worker's threads: read it, never change it."""

    policy: ActivePolicy
    permissions: Mapping[str, ToolPermission]
    permission_label: str
    offline_only: bool
    case_model_call_budget: int
    generation: int | None


_cached: TurnConfig | None = None


def turn_config(case_id: int) -> tuple[TurnConfig, int]:
    """(the configuration in force, the model calls the case has used so far)."""
    global _cached
    with connection.cursor() as cursor:
        cursor.execute(sql.CONFIG_GENERATION_AND_MODEL_CALLS, [case_id])
        generation, used = cursor.fetchone()
    cached = _cached
    if cached is not None and generation is not None and cached.generation == generation:
        return cached, used
    # Read after the number: anything committed before it is in what is read now, and a
    # later change bumps the number past it, so a stale copy is never kept.
    permissions = tool_permissions()
    switches = CopilotSettings.current()
    config = TurnConfig(
        policy=active_policy(),
        permissions=MappingProxyType(permissions),
        permission_label=permission_set_label(permissions),
        offline_only=switches.offline_only,
        case_model_call_budget=switches.case_model_call_budget,
        generation=generation,
    )
    if generation is not None:
        _cached = config
    return config, used
