"""Tool permissions (admin-editable), the audit of every tool call, and gated actions."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ToolPermission(models.Model):
    """Whether a tool is offered, for which intents, who may approve it, how long it may take."""

    tool = models.CharField(max_length=64, unique=True)
    enabled = models.BooleanField(default=True)
    intents = models.JSONField(default=list, help_text="Intents for which the model is offered this tool.")
    approver_roles = models.JSONField(
        default=list, help_text="Roles that may approve this gated tool's actions."
    )
    timeout_ms = models.PositiveIntegerField(default=800)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["tool"]

    def __str__(self) -> str:
        return self.tool


class ToolCallAudit(models.Model):
    """One row per tool call the model made, valid or not. Arguments are stored redacted."""

    class Outcome(models.TextChoices):
        OK = "ok"
        INVALID = "invalid"
        REFUSED = "refused"
        NOT_FOUND = "not_found"
        TIMEOUT = "timeout"
        UNAVAILABLE = "unavailable"
        ERROR = "error"

    case = models.ForeignKey("copilot.Case", null=True, on_delete=models.SET_NULL, related_name="tool_calls")
    turn_id = models.CharField(max_length=64, blank=True, db_index=True)
    call_id = models.CharField(max_length=128, blank=True)
    tool = models.CharField(max_length=64)
    arguments = models.JSONField(default=dict)
    valid = models.BooleanField()
    error_type = models.CharField(max_length=32, blank=True)
    error = models.TextField(blank=True)
    error_field = models.CharField(max_length=64, blank=True)
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    latency_ms = models.FloatField()
    attempts = models.PositiveSmallIntegerField(default=1)
    cache_hit = models.BooleanField(default=False)
    schema_version = models.CharField(max_length=32)
    policy_version = models.CharField(max_length=32, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["tool", "created_at"])]


class PendingAction(models.Model):
    """A gated action the copilot proposed. Nothing happens until a person approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting approval"
        WAITING_SUPERVISOR = "waiting_supervisor", "Awaiting a supervisor"
        EXECUTED = "executed", "Done"
        REJECTED = "rejected", "Rejected"
        DENIED = "denied", "Denied by the rules"
        FAILED = "failed", "Failed"

    OPEN_STATUSES = (Status.PENDING, Status.WAITING_SUPERVISOR)

    case = models.ForeignKey("copilot.Case", on_delete=models.CASCADE, related_name="actions")
    turn_id = models.CharField(max_length=64, blank=True, db_index=True)
    # The run of the turn that proposed it (Turn.attempts then); a later run supersedes it.
    attempt = models.PositiveSmallIntegerField(default=1)
    tool = models.CharField(max_length=64)
    params = models.JSONField()
    params_hash = models.CharField(max_length=64)
    idempotency_key = models.CharField(max_length=200, unique=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    verdict = models.JSONField(null=True, blank=True, help_text="The rules' decision when proposed.")
    approval_verdict = models.JSONField(null=True, blank=True, help_text="The rules' decision at approval.")
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    executed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["status", "created_at"])]
