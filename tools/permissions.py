"""Tool permissions: the admin-edited rows, created with the registry's defaults when missing."""

from __future__ import annotations

import hashlib
import json

from django.conf import settings

from copilot.core.access import Role
from copilot.core.domain import INTENTS
from tools.models import ToolPermission
from tools.registry import TOOLS


def ensure_default_permissions(**_kwargs) -> None:
    """Create a row for every registered tool that has none (after migrate, and lazily)."""
    existing = set(ToolPermission.objects.values_list("tool", flat=True))
    ToolPermission.objects.bulk_create(
        [
            ToolPermission(
                tool=tool.name,
                enabled=True,
                intents=list(tool.default_intents),
                approver_roles=list(tool.default_approver_roles),
                timeout_ms=settings.COPILOT_TOOL_TIMEOUT_MS,
            )
            for tool in TOOLS.values()
            if tool.name not in existing
        ],
        ignore_conflicts=True,
    )


def tool_permissions() -> dict[str, ToolPermission]:
    rows = {p.tool: p for p in ToolPermission.objects.all()}
    if set(TOOLS) - set(rows):
        ensure_default_permissions()
        rows = {p.tool: p for p in ToolPermission.objects.all()}
    return rows


def tools_offered(permissions: dict[str, ToolPermission], intent: str) -> list[str]:
    """The tools the model is shown for an intent: enabled and allowed for it."""
    return [name for name in TOOLS if (p := permissions.get(name)) and p.enabled and intent in p.intents]


def permission_set_label(permissions: dict[str, ToolPermission]) -> str:
    """A compact fingerprint of the permissions in force, for the turn's audit row."""
    blob = json.dumps(
        {
            n: [p.enabled, sorted(p.intents), sorted(p.approver_roles), p.timeout_ms]
            for n, p in sorted(permissions.items())
        },
        sort_keys=True,
    )
    return "perms-" + hashlib.sha256(blob.encode()).hexdigest()[:12]


class ToolPermissionError(ValueError):
    """An admin's edit that cannot be saved, with the reason."""


def tool_permission_update(
    *, tool: str, actor, enabled: bool, intents: list[str], approver_roles: list[str], timeout_ms: int
) -> ToolPermission:
    """Validated edit of one tool's permission; who and when are recorded on the row."""
    if tool not in TOOLS:
        raise ToolPermissionError(f"unknown tool {tool!r}")
    unknown_intents = sorted(set(intents) - set(INTENTS))
    if unknown_intents:
        raise ToolPermissionError(f"unknown intents: {', '.join(unknown_intents)}")
    unknown_roles = sorted(set(approver_roles) - {r.value for r in Role})
    if unknown_roles:
        raise ToolPermissionError(f"unknown roles: {', '.join(unknown_roles)}")
    if TOOLS[tool].gated and enabled and not approver_roles:
        raise ToolPermissionError("a gated tool needs at least one role that may approve it")
    if not 50 <= timeout_ms <= 30_000:
        raise ToolPermissionError("the timeout must be between 50 and 30000 ms")
    permission = tool_permissions()[tool]
    permission.enabled = enabled
    permission.intents = sorted(set(intents))
    permission.approver_roles = sorted(set(approver_roles))
    permission.timeout_ms = timeout_ms
    permission.updated_by = actor
    permission.save()
    return permission
