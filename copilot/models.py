"""Cases, messages and tickets (the support desk), and the built-in trip service's data.

Riders, trips, charges, refunds and incidents mirror domain.md. They are the built-in
implementation behind `copilot.trips.service.TripService`; tools never query them directly,
so a company can point the adapter at its own systems.
"""

from __future__ import annotations

import json
import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from copilot.core.crypto import decrypt, encrypt

MONEY = {"max_digits": 12, "decimal_places": 2}


class Rider(models.Model):
    class Tier(models.TextChoices):
        STANDARD = "standard"
        GOLD = "gold"
        PLATINUM = "platinum"

    rider_id = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    tier = models.CharField(max_length=16, choices=Tier.choices, default=Tier.STANDARD)
    account_created_at = models.DateTimeField()
    fraud_flag = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(rider_id__regex=r"^R-[0-9]+$"), name="rider_id_format"),
        ]

    def __str__(self) -> str:
        return self.rider_id


class Trip(models.Model):
    class Product(models.TextChoices):
        STANDARD = "standard"
        XL = "xl"
        PREMIUM = "premium"
        POOL = "pool"

    class Status(models.TextChoices):
        COMPLETED = "completed"
        RIDER_CANCELLED = "rider_cancelled"
        DRIVER_CANCELLED = "driver_cancelled"
        NO_SHOW = "no_show"

    trip_id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    rider = models.ForeignKey(Rider, on_delete=models.PROTECT, related_name="trips")
    driver_id = models.CharField(max_length=32)
    driver_name = models.CharField(max_length=200)
    product = models.CharField(max_length=16, choices=Product.choices, default=Product.STANDARD)
    status = models.CharField(max_length=20, choices=Status.choices)
    city = models.CharField(max_length=100)
    currency = models.CharField(max_length=3, choices=[(c, c) for c in ("USD", "EUR", "GBP")], default="USD")
    requested_at = models.DateTimeField()
    pickup_eta_at = models.DateTimeField(null=True, blank=True)
    driver_arrived_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    pickup_address = models.CharField(max_length=300, blank=True)
    dropoff_address = models.CharField(max_length=300, blank=True)
    upfront_fare = models.DecimalField(**MONEY)
    estimated_distance_km = models.FloatField(null=True, blank=True)
    actual_distance_km = models.FloatField(null=True, blank=True)
    estimated_duration_min = models.FloatField(null=True, blank=True)
    actual_duration_min = models.FloatField(null=True, blank=True)
    surge_multiplier = models.FloatField(default=1.0)

    class Meta:
        indexes = [models.Index(fields=["rider", "-requested_at"])]

    def __str__(self) -> str:
        return str(self.trip_id)


class Charge(models.Model):
    class Kind(models.TextChoices):
        FARE = "fare"
        CANCELLATION_FEE = "cancellation_fee"
        CLEANING_FEE = "cleaning_fee"
        TOLL = "toll"
        TIP = "tip"

    charge_id = models.CharField(max_length=40, unique=True)
    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="charges")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    amount = models.DecimalField(**MONEY)
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "id"]


class Refund(models.Model):
    class Kind(models.TextChoices):
        REFUND = "refund"
        CREDIT = "credit"

    class Reason(models.TextChoices):
        ROUTE_DEVIATION = "route_deviation"
        CANCELLATION_FEE = "cancellation_fee"
        DUPLICATE_CHARGE = "duplicate_charge"
        CLEANING_FEE = "cleaning_fee"
        SERVICE_QUALITY = "service_quality"
        SAFETY = "safety"

    refund_id = models.CharField(max_length=40, unique=True)
    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="refunds")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    amount = models.DecimalField(**MONEY)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "id"]
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="refund_amount_positive")]


class Incident(models.Model):
    class Kind(models.TextChoices):
        SAFETY = "safety"
        CLEANING = "cleaning"
        LOST_ITEM = "lost_item"

    trip = models.ForeignKey(Trip, on_delete=models.CASCADE, related_name="incidents")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    reported_at = models.DateTimeField()
    evidence_photos = models.PositiveIntegerField(default=0)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["reported_at", "id"]


class Case(models.Model):
    """One customer contact (a chat or an email thread) and its handling."""

    class Channel(models.TextChoices):
        CHAT = "chat"
        EMAIL = "email"

    class Status(models.TextChoices):
        OPEN = "open"
        WAITING_SUPERVISOR = "waiting_supervisor"
        RESOLVED = "resolved"

    rider = models.ForeignKey(Rider, on_delete=models.PROTECT, related_name="cases")
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.CHAT)
    subject = models.CharField(
        max_length=200,
        blank=True,
        help_text="Redacted with the case's placeholders (customer text).",
    )
    raw_subject = models.TextField(blank=True, help_text="Fernet token of the customer's subject.")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="cases"
    )
    opened_at = models.DateTimeField()
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    pii_purged_at = models.DateTimeField(null=True, blank=True)
    # The safety screen (copilot/safety/): what fired on the customer's words, and a false alarm
    # an agent recorded (the rules then judge money as usual).
    safety_signals = models.JSONField(default=list, blank=True)
    safety_flagged_at = models.DateTimeField(null=True, blank=True)
    safety_cleared_at = models.DateTimeField(null=True, blank=True)
    safety_cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    safety_clear_reason = models.TextField(
        blank=True, help_text="Why the agent called it a false alarm, redacted with the case's placeholders."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["status", "opened_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(resolved_at__isnull=True) | Q(status="resolved"),
                name="resolved_at_only_when_resolved",
            ),
        ]

    def __str__(self) -> str:
        return f"Case {self.pk}"


class Message(models.Model):
    """A message in a case.

    `text` is redacted (placeholders such as <PERSON_1>): the only form the copilot, logs
    and transcripts ever see. `raw_text` is the original, encrypted at rest, shown only to
    the agents of the case and purged after the retention period.
    """

    class Role(models.TextChoices):
        CUSTOMER = "customer"
        AGENT = "agent"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=10, choices=Role.choices)
    text = models.TextField()
    raw_text = models.TextField(blank=True, help_text="Fernet token of the original text.")
    override_reason = models.CharField(
        max_length=600, blank=True, help_text="Why the agent's reply differs from the copilot's draft."
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            # The ingest looks for customer messages still waiting for redaction on every
            # message it redacts; without this it would read the whole table each time.
            models.Index(
                fields=["id"],
                condition=models.Q(role="customer", text=""),
                name="message_awaiting_redaction",
            ),
        ]


class CaseVault(models.Model):
    """The case's placeholder → value mapping, encrypted: what makes redaction reversible."""

    case = models.OneToOneField(Case, on_delete=models.CASCADE, related_name="vault")
    mapping = models.TextField(blank=True, help_text="Fernet token of the JSON mapping.")
    updated_at = models.DateTimeField(auto_now=True)

    def load(self) -> dict[str, str]:
        return json.loads(decrypt(self.mapping)) if self.mapping else {}

    def store(self, mapping: dict[str, str]) -> None:
        self.mapping = encrypt(json.dumps(mapping, ensure_ascii=False))


class Ticket(models.Model):
    class Queue(models.TextChoices):
        SAFETY = "safety"
        LOST_AND_FOUND = "lost_and_found"
        BILLING = "billing"
        SUPERVISOR = "supervisor"
        DRIVER_OPS = "driver_ops"

    class Priority(models.TextChoices):
        LOW = "low"
        NORMAL = "normal"
        HIGH = "high"
        URGENT = "urgent"

    case = models.ForeignKey(Case, null=True, blank=True, on_delete=models.SET_NULL, related_name="tickets")
    trip = models.ForeignKey(Trip, null=True, blank=True, on_delete=models.SET_NULL, related_name="tickets")
    queue = models.CharField(max_length=20, choices=Queue.choices)
    priority = models.CharField(max_length=10, choices=Priority.choices, default=Priority.NORMAL)
    summary = models.TextField()
    status = models.CharField(max_length=10, default="open")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)


class Turn(models.Model):
    """One run of the copilot for a case: what it was asked, what it did, what it proposed.

    The row is the source of truth for the agent's page: status, the draft so far, the
    proposal, and the sequence number of the last event sent. It is also the audit of the
    turn (versions, tokens, cost, latency split) and the record `copilot_replay` replays.
    """

    class Kind(models.TextChoices):
        MESSAGE = "message", "New customer message"
        REGENERATE = "regenerate", "Regenerated by the agent"
        FOLLOWUP = "followup", "Agent's follow-up question"

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="turns")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.MESSAGE)
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="turns"
    )
    question = models.TextField(blank=True, help_text="The agent's follow-up question, redacted.")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    status_text = models.CharField(max_length=200, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    seq = models.PositiveIntegerField(default=0)
    # What ran
    provider = models.CharField(max_length=32, blank=True)
    model = models.CharField(max_length=100, blank=True)
    prompt_version = models.CharField(max_length=32, blank=True)
    schema_version = models.CharField(max_length=32, blank=True)
    policy_version = models.CharField(max_length=32, blank=True)
    permission_set = models.CharField(max_length=32, blank=True)
    intent = models.CharField(max_length=32, blank=True)
    intents = models.JSONField(default=list, blank=True)
    # What came out
    draft = models.TextField(blank=True, help_text="Redacted; placeholders are filled only for the agent.")
    proposal = models.JSONField(null=True, blank=True)
    transcript = models.JSONField(
        default=list, blank=True, help_text="Redacted messages exchanged with the model."
    )
    model_outputs = models.JSONField(default=list, blank=True, help_text="Each model response, for replay.")
    error = models.TextField(blank=True)
    # Cost and time
    model_calls = models.PositiveSmallIntegerField(default=0)
    tool_calls = models.PositiveSmallIntegerField(default=0)
    tokens_in = models.PositiveIntegerField(default=0)
    tokens_out = models.PositiveIntegerField(default=0)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=0)
    latency = models.JSONField(
        default=dict, blank=True, help_text="ms: redaction, model, tools, rules, total."
    )
    first_token_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [
            models.Index(fields=["status", "heartbeat_at"]),
            models.Index(fields=["case", "created_at"]),
        ]


class CopilotSettings(models.Model):
    """Admin-controlled switches that take effect without a restart (one row)."""

    offline_only = models.BooleanField(
        default=False, help_text="Kill switch: use the built-in offline planner, never the model endpoint."
    )
    agent_requests_per_minute = models.PositiveSmallIntegerField(default=20)
    case_model_call_budget = models.PositiveSmallIntegerField(default=40)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    updated_at = models.DateTimeField(auto_now=True)

    @classmethod
    def current(cls) -> CopilotSettings:
        return cls.objects.get_or_create(pk=1)[0]


class DemoWorld(models.Model):
    """The instant the demo world's story is set at (one row, written by seed_demo).

    Its cases speak of "yesterday evening" and "on Tuesday", and its trips sit at chosen
    distances from that instant (29 days, 31 days, inside the goodwill window), so the
    launcher moves the whole world to today on every start (`copilot/demo/today.py`).
    """

    seed = models.PositiveIntegerField()
    now = models.DateTimeField(help_text="The instant the world is set at, after every move.")
    seeded_at = models.DateTimeField(help_text="When seed_demo built the world.")


class CaseRead(models.Model):
    """When an agent last opened a case: the queue marks cases with customer messages after it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reads")
    seen_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "case"], name="one_read_per_user_and_case")]


class CaseEvent(models.Model):
    """What people did on a case besides messages and decisions, for its activity timeline."""

    class Kind(models.TextChoices):
        NOTE = "note", "Internal note"
        TAKEN = "taken", "Took the case"
        HANDED_OVER = "handed_over", "Handed over"
        RESOLVED = "resolved", "Resolved the case"
        REOPENED = "reopened", "Reopened: the customer wrote again"
        SAFETY_FLAGGED = "safety_flagged", "Safety screen fired"
        SAFETY_CLEARED = "safety_cleared", "Called the safety screen a false alarm"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handed_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(blank=True, help_text="An internal note, redacted with the case's placeholders.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["case", "created_at"], name="case_event_by_case")]


class InboundReceipt(models.Model):
    """A sender's Idempotency-Key and the message it stored: a retry of the same POST (after a
    timeout, say) gets the first answer back instead of storing the message twice. Kept for
    RECEIPT_DAYS, then purged with the other expired data."""

    RECEIPT_DAYS = 7

    key = models.CharField(max_length=128, unique=True)
    # An HMAC of the message's fields under the app's secret: the same key with another body is
    # refused, and the receipt holds nothing of the message itself.
    fingerprint = models.CharField(max_length=64)
    case_id = models.BigIntegerField(null=True)
    message_id = models.BigIntegerField(null=True)
    created_at = models.DateTimeField(db_index=True)


class Experiment(models.Model):
    """An A/B experiment of the copilot: agents are the unit, each assigned at random to an arm
    the first time they are seen while it runs, and kept there (`ExperimentAssignment`).

    Running while `starts_at <= now < ends_at` and not ended early (`ended_at`). At most one
    experiment is running or scheduled at a time (policies/experiments.py checks it).
    """

    class Arm(models.TextChoices):
        COPILOT = "copilot", "Copilot"
        CONTROL = "control", "Control (no copilot)"

    name = models.CharField(max_length=120, unique=True, help_text="Redacted like customer text.")
    copilot_percent = models.PositiveSmallIntegerField(help_text="Share of agents in the copilot arm.")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True, help_text="When an admin ended it early.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-starts_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(copilot_percent__gte=1, copilot_percent__lte=99), name="experiment_split_1_to_99"
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="experiment_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def stopped_at(self):
        """When it stopped or will stop: the early end if there was one, else the planned end."""
        return min(self.ended_at, self.ends_at) if self.ended_at else self.ends_at

    def running_at(self, now) -> bool:
        return self.starts_at <= now < self.stopped_at


class ExperimentAssignment(models.Model):
    """The arm an agent was put in, once, when first seen during the experiment."""

    experiment = models.ForeignKey(Experiment, on_delete=models.CASCADE, related_name="assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    arm = models.CharField(max_length=8, choices=Experiment.Arm.choices)
    assigned_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["experiment", "user"], name="one_arm_per_agent_and_experiment")
        ]
