"""Tool permissions: defaults for every tool, validated admin edits, who changed what."""

from __future__ import annotations

import pytest

from tools.permissions import ToolPermissionError, tool_permission_update, tool_permissions, tools_offered

pytestmark = pytest.mark.django_db


def test_every_tool_has_a_permission_with_the_default_timeout():
    permissions = tool_permissions()
    assert len(permissions) == 6
    assert {p.timeout_ms for p in permissions.values()} == {800}


def test_safety_cases_are_never_offered_the_refund_tool():
    offered = tools_offered(tool_permissions(), "safety")
    assert "issue_refund" not in offered
    assert "create_ticket" in offered


def test_an_admin_edit_is_saved_with_its_author(admin_user):
    permission = tool_permission_update(
        tool="simulate_refund",
        actor=admin_user,
        enabled=False,
        intents=["fare_dispute"],
        approver_roles=[],
        timeout_ms=1200,
    )
    assert (permission.enabled, permission.timeout_ms, permission.updated_by) == (False, 1200, admin_user)
    assert "simulate_refund" not in tools_offered(tool_permissions(), "fare_dispute")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"tool": "fly"}, "unknown tool"),
        ({"intents": ["weather"]}, "unknown intents: weather"),
        ({"approver_roles": ["janitor"]}, "unknown roles: janitor"),
        ({"approver_roles": []}, "needs at least one role"),
        ({"timeout_ms": 10}, "between 50 and 30000"),
    ],
)
def test_invalid_edits_are_refused_with_the_reason(admin_user, changes, message):
    edit = {
        "tool": "issue_refund",
        "actor": admin_user,
        "enabled": True,
        "intents": ["fare_dispute"],
        "approver_roles": ["agent"],
        "timeout_ms": 800,
        **changes,
    }
    with pytest.raises(ToolPermissionError, match=message):
        tool_permission_update(**edit)
