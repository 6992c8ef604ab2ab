"""Policy versions: the refund rules' parameters and texts, one active at a time."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

PACK = "ride-refunds"


class PolicyVersion(models.Model):
    """An immutable set of parameters and texts; edits create a new version."""

    number = models.PositiveIntegerField(unique=True)
    params = models.JSONField()
    texts = models.JSONField()
    note = models.CharField(max_length=300, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)
    is_active = models.BooleanField(default=False)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"], condition=Q(is_active=True), name="one_active_policy"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"{PACK}@{self.number}"


class PolicyActivation(models.Model):
    """Who made which version active and when: the history that rollback walks back."""

    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="activations")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)
    rollback = models.BooleanField(default=False)

    class Meta:
        ordering = ["-at", "-id"]


class AdminChange(models.Model):
    """One change an admin made (policy, tool permissions, copilot settings): who, when, what."""

    class Area(models.TextChoices):
        POLICY = "policy", "Policy"
        TOOLS = "tools", "Tool permissions"
        SETTINGS = "settings", "Copilot settings"
        ROLLOUT = "rollout", "Copilot rollout"

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    area = models.CharField(max_length=16, choices=Area.choices)
    summary = models.JSONField(
        default=dict, help_text="What changed: the action and the values before/after."
    )

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.area}: {self.description}"

    @property
    def description(self) -> str:
        """One line for the history list, from the summary the admin services wrote."""
        s = self.summary or {}
        action = s.get("action", "change")
        if self.area == self.Area.POLICY:
            if action == "create":
                changed = ", ".join([*s.get("params_changed", {}), *s.get("texts_changed", [])])
                return f"created {s.get('version')} ({changed or 'no change'})"
            if action in {"activate", "rollback"}:
                verb = "rolled back to" if action == "rollback" else "activated"
                return f"{verb} {s.get('version')} (was {s.get('previous') or 'none'})"
        changes = s.get("changes", {})
        fields = ", ".join(f"{name} {_shown(old)} → {_shown(new)}" for name, (old, new) in changes.items())
        if self.area == self.Area.ROLLOUT and s.get("now"):
            return f"copilot on for {s['now']} ({fields or 'no change'})"
        subject = f"{s['tool']}: " if s.get("tool") else ""
        return f"{subject}{fields or 'no change'}"


def _shown(value) -> str:
    """A value of the history line: a list as its items ("ava, ben"), an empty one as "none"."""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value)


class CopilotRollout(models.Model):
    """Who works with the copilot: nobody, an allow-list of agents, a share of agents, or everyone,
    optionally only for some intents (one row; read by `policies.rollout.copilot_enabled`)."""

    class Mode(models.TextChoices):
        NOBODY = "nobody", "Nobody"
        ALLOW_LIST = "allow_list", "The agents on the allow-list"
        PERCENTAGE = "percentage", "A percentage of agents"
        EVERYONE = "everyone", "Everyone"

    mode = models.CharField(max_length=16, choices=Mode.choices, default=Mode.EVERYONE)
    agent_ids = models.JSONField(default=list, blank=True, help_text="User ids of the allow-list.")
    percentage = models.PositiveSmallIntegerField(default=100)
    salt = models.CharField(
        max_length=64,
        default="copilot-rollout",
        help_text="Hashed with each agent's id: the same salt keeps an agent in as the share grows.",
    )
    intents = models.JSONField(default=list, blank=True, help_text="Intents it works on; empty: every one.")
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(percentage__lte=100), name="rollout_percentage_max_100")
        ]

    @classmethod
    def current(cls) -> CopilotRollout:
        return cls.objects.get_or_create(pk=1)[0]
