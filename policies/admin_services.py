"""The admin console's writes and reads: policy versions, tool permissions, copilot settings, history.

Every write goes through the owning service (`policies.services`, `tools.permissions`) or is
validated here (`CopilotSettings`), and leaves one `AdminChange` row with who, when and what
changed, in the same transaction as the change itself.
"""

from __future__ import annotations

import difflib
import re
import string
from dataclasses import dataclass
from typing import Any

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction

from copilot.core.access import Role, user_roles
from copilot.core.domain import INTENTS
from copilot.models import CopilotSettings
from copilot.realtime.publisher import announce_rollout_changed
from policies.engine import PolicyParams
from policies.models import AdminChange, CopilotRollout, PolicyVersion
from policies.rollout import rollout_describe
from policies.selectors import active_policy
from policies.services import (
    PolicyError,
    policy_version_activate,
    policy_version_create,
    policy_version_rollback,
)
from policies.texts import DEFAULT_TEXTS
from tools.models import ToolPermission
from tools.permissions import tool_permission_update, tool_permissions

PARAM_NAMES: tuple[str, ...] = tuple(PolicyParams.model_fields)
RULE_IDS: tuple[str, ...] = tuple(DEFAULT_TEXTS)

# Sane bounds for the copilot switches: (minimum, maximum), both inclusive.
SETTINGS_BOUNDS: dict[str, tuple[int, int]] = {
    "agent_requests_per_minute": (1, 600),
    "case_model_call_budget": (1, 1000),
}


class SettingsError(ValueError):
    """A copilot settings edit that cannot be saved; `field` names the offending input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# --- login lockouts (django-axes) ------------------------------------------------------


def login_lockouts(*, username: str | None = None) -> list[AccessAttempt]:
    """Logins locked out now: too many failures for a username from an address."""
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    if username is not None:
        attempts = attempts.filter(username=username)
    return list(attempts.order_by("-attempt_time"))


def login_unlock(*, actor, username: str) -> None:
    axes_reset(username=username)
    admin_change_record(
        actor=actor,
        area=AdminChange.Area.SETTINGS,
        summary={"action": "unlock", "changes": {f"login {username}": ["locked out", "unlocked"]}},
    )


# --- history ---------------------------------------------------------------------------


def admin_change_record(*, actor, area: str, summary: dict[str, Any]) -> AdminChange:
    return AdminChange.objects.create(actor=actor, area=area, summary=summary)


def admin_changes(limit: int = 50) -> list[AdminChange]:
    return list(AdminChange.objects.select_related("actor")[:limit])


# --- policy versions -------------------------------------------------------------------


def _placeholders(text: str) -> set[str] | None:
    """The {names} a text refers to; None when the braces do not parse (shown as written then)."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return None


def _check_placeholders(texts: dict[str, str]) -> None:
    for rule, text in texts.items():
        names = _placeholders(text) or set()
        unknown = sorted(n for n in names if re.fullmatch(r"[A-Za-z_]\w*", n) and n not in PARAM_NAMES)
        if unknown:
            raise PolicyError(
                f"text_{rule}: {{{unknown[0]}}} is not a parameter; use one of "
                + ", ".join(f"{{{n}}}" for n in PARAM_NAMES)
            )


def _param_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {n: [before.get(n), after.get(n)] for n in PARAM_NAMES if before.get(n) != after.get(n)}


def _text_changes(before: dict[str, str], after: dict[str, str]) -> list[str]:
    return [rule for rule in RULE_IDS if before.get(rule) != after.get(rule)]


def latest_version() -> PolicyVersion | None:
    return PolicyVersion.objects.order_by("-number").first()


def admin_policy_create(
    *, actor, params: dict[str, Any], texts: dict[str, str], note: str = ""
) -> PolicyVersion:
    """A new inactive version (validated by `policy_version_create`); refused when nothing changed."""
    _check_placeholders(texts)
    with transaction.atomic():
        latest = latest_version()
        version = policy_version_create(author=actor, params=params, texts=texts, note=note.strip())
        if latest and latest.params == version.params and latest.texts == version.texts:
            # Raising inside the atomic block undoes the version just made: a copy is only noise.
            raise PolicyError(
                f"nothing changed from {latest.label}; change a parameter or a text before saving"
            )
        active = active_policy().version
        admin_change_record(
            actor=actor,
            area=AdminChange.Area.POLICY,
            summary={
                "action": "create",
                "version": version.label,
                "note": version.note,
                "compared_with": active.label,
                "params_changed": _param_changes(active.params, version.params),
                "texts_changed": _text_changes(active.texts, version.texts),
            },
        )
    return version


def admin_policy_activate(*, actor, version: PolicyVersion) -> PolicyVersion:
    with transaction.atomic():
        previous = active_policy().version
        if previous.pk == version.pk:
            raise PolicyError(f"{version.label} is already active")
        version = policy_version_activate(version=version, actor=actor)
        admin_change_record(
            actor=actor,
            area=AdminChange.Area.POLICY,
            summary={"action": "activate", "version": version.label, "previous": previous.label},
        )
    return version


def admin_policy_rollback(*, actor) -> PolicyVersion:
    with transaction.atomic():
        previous = active_policy().version
        version = policy_version_rollback(actor=actor)
        admin_change_record(
            actor=actor,
            area=AdminChange.Area.POLICY,
            summary={"action": "rollback", "version": version.label, "previous": previous.label},
        )
    return version


def policy_versions() -> list[PolicyVersion]:
    return list(
        PolicyVersion.objects.select_related("author")
        .prefetch_related("activations__actor")
        .order_by("-number")
    )


@dataclass(frozen=True)
class ParamDiff:
    name: str
    label: str
    active: Any
    version: Any


@dataclass(frozen=True)
class TextDiff:
    rule: str
    title: str
    active: list[tuple[str, str]]  # (op, words): op is "same" or "gone" on the active side
    version: list[tuple[str, str]]  # op is "same" or "new" on this version's side


def param_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _word_diff(old: str, new: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    a, b = old.split(" "), new.split(" ")
    left: list[tuple[str, str]] = []
    right: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            left.append(("same", " ".join(a[i1:i2])))
            right.append(("same", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            left.append(("gone", " ".join(a[i1:i2])))
        if j2 > j1:
            right.append(("new", " ".join(b[j1:j2])))
    return left, right


def policy_diff(version: PolicyVersion, against: PolicyVersion) -> dict[str, list]:
    """Parameters and texts of `version` that differ from `against` (the active version)."""
    params = [
        ParamDiff(name, param_label(name), against.params.get(name), version.params.get(name))
        for name in PARAM_NAMES
        if against.params.get(name) != version.params.get(name)
    ]
    texts = []
    for rule in RULE_IDS:
        old, new = against.texts.get(rule, ""), version.texts.get(rule, "")
        if old != new:
            left, right = _word_diff(old, new)
            texts.append(TextDiff(rule, DEFAULT_TEXTS[rule]["title"], left, right))
    return {"params": params, "texts": texts}


# --- tool permissions ------------------------------------------------------------------


def _permission_values(p: ToolPermission) -> dict[str, Any]:
    return {
        "enabled": p.enabled,
        "intents": sorted(p.intents),
        "approver_roles": sorted(p.approver_roles),
        "timeout_ms": p.timeout_ms,
    }


def admin_tool_permission_update(
    *, actor, tool: str, enabled: bool, intents: list[str], approver_roles: list[str], timeout_ms: int
) -> tuple[ToolPermission, dict[str, list[Any]]]:
    """Validated by `tool_permission_update`; returns the row and what changed (nothing saved if nothing)."""
    with transaction.atomic():
        rows = tool_permissions()
        current = rows.get(tool)
        before = (
            _permission_values(ToolPermission.objects.select_for_update().get(pk=current.pk))
            if current
            else {}
        )
        wanted = {
            "enabled": enabled,
            "intents": sorted(set(intents)),
            "approver_roles": sorted(set(approver_roles)),
            "timeout_ms": timeout_ms,
        }
        if current is not None and before == wanted:
            return current, {}
        permission = tool_permission_update(
            tool=tool,
            actor=actor,
            enabled=enabled,
            intents=intents,
            approver_roles=approver_roles,
            timeout_ms=timeout_ms,
        )
        after = _permission_values(permission)
        changes = {k: [before.get(k), after[k]] for k in after if before.get(k) != after[k]}
        admin_change_record(
            actor=actor,
            area=AdminChange.Area.TOOLS,
            summary={"action": "update", "tool": tool, "changes": changes},
        )
    return permission, changes


# --- copilot settings ------------------------------------------------------------------


def _settings_values(s: CopilotSettings) -> dict[str, Any]:
    return {
        "offline_only": s.offline_only,
        "agent_requests_per_minute": s.agent_requests_per_minute,
        "case_model_call_budget": s.case_model_call_budget,
    }


def copilot_settings_update(
    *, actor, offline_only: bool, agent_requests_per_minute: int, case_model_call_budget: int
) -> tuple[CopilotSettings, dict[str, list[Any]]]:
    """Validated edit of the copilot switches; returns the row and what changed."""
    wanted = {
        "offline_only": bool(offline_only),
        "agent_requests_per_minute": agent_requests_per_minute,
        "case_model_call_budget": case_model_call_budget,
    }
    for field, (low, high) in SETTINGS_BOUNDS.items():
        value = wanted[field]
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingsError(field, "Enter a whole number.")
        if not low <= value <= high:
            raise SettingsError(field, f"Must be between {low} and {high}.")
    with transaction.atomic():
        CopilotSettings.current()
        row = CopilotSettings.objects.select_for_update().get(pk=1)
        before = _settings_values(row)
        changes = {k: [before[k], v] for k, v in wanted.items() if before[k] != v}
        if not changes:
            return row, {}
        for k, v in wanted.items():
            setattr(row, k, v)
        row.updated_by = actor
        row.save()
        admin_change_record(
            actor=actor, area=AdminChange.Area.SETTINGS, summary={"action": "update", "changes": changes}
        )
    return row, changes


# --- the copilot's rollout -------------------------------------------------------------

ROLLOUT_MODES: tuple[str, ...] = tuple(CopilotRollout.Mode.values)


def _rollout_values(r: CopilotRollout) -> dict[str, Any]:
    return {
        "mode": r.mode,
        "agents": rollout_usernames(r),
        "percentage": r.percentage,
        "intents": sorted(r.intents),
    }


def rollout_usernames(rollout: CopilotRollout) -> list[str]:
    """The allow-list as usernames (an agent deleted since drops out)."""
    return sorted(User.objects.filter(pk__in=rollout.agent_ids).values_list("username", flat=True))


def parse_usernames(text: str) -> list[str]:
    """Usernames as an admin types them (commas, spaces or lines between; '@' optional), once each,
    in the order typed, so an error names them as the admin wrote them."""
    names = (name.lstrip("@") for name in re.split(r"[\s,;]+", text or ""))
    return list(dict.fromkeys(name for name in names if name))


def copilot_rollout_update(
    *, actor, mode: str, usernames: list[str], percentage: int | None, intents: list[str]
) -> tuple[CopilotRollout, dict[str, list[Any]]]:
    """Validated edit of who works with the copilot; every open case page re-reads its console."""
    if mode not in ROLLOUT_MODES:
        raise SettingsError("mode", f"Choose one of: {', '.join(ROLLOUT_MODES)}.")
    unknown_intents = sorted(set(intents) - set(INTENTS))
    if unknown_intents:
        raise SettingsError("intents", f"Unknown intent: {', '.join(unknown_intents)}.")
    if percentage is None or isinstance(percentage, bool) or not isinstance(percentage, int):
        raise SettingsError("percentage", "Enter a whole number of percent.")
    if not 0 <= percentage <= 100:
        raise SettingsError("percentage", f"Must be between 0 and 100 ({percentage} given).")
    users = {u.username: u for u in User.objects.filter(username__in=usernames).prefetch_related("groups")}
    unknown = [name for name in usernames if name not in users]
    if unknown:
        raise SettingsError("agents", "No user named " + ", ".join(f"“{n[:40]}”" for n in unknown) + ".")
    not_agents = [name for name in usernames if Role.AGENT not in user_roles(users[name])]
    if not_agents:
        raise SettingsError("agents", ", ".join(f"“{n}”" for n in not_agents) + " is not an agent.")
    if mode == CopilotRollout.Mode.ALLOW_LIST and not usernames:
        raise SettingsError("agents", "Name at least one agent for the allow-list.")
    with transaction.atomic():
        CopilotRollout.current()
        row = CopilotRollout.objects.select_for_update().get(pk=1)
        before = _rollout_values(row)
        row.mode = mode
        row.agent_ids = sorted(users[name].pk for name in usernames)
        row.percentage = percentage
        row.intents = sorted(set(intents))
        after = _rollout_values(row)
        changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        if not changes:
            return row, {}
        row.updated_by = actor
        row.save()
        admin_change_record(
            actor=actor,
            area=AdminChange.Area.ROLLOUT,
            summary={
                "action": "update",
                "changes": changes,
                "now": rollout_describe(row, usernames=usernames),
            },
        )
        transaction.on_commit(announce_rollout_changed)
    return row, changes
