"""What every tool shares: the call context, the structured error, the registration record."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from copilot.trips.service import get_trip_service

ErrorType = Literal[
    "unknown_tool",
    "refused",
    "invalid_arguments",
    "invalid_request",
    "not_found",
    "conflict",
    "timeout",
    "unavailable",
    "internal",
]


class ToolError(Exception):
    """A failure the model can act on: what went wrong, in which field, and what to do instead."""

    def __init__(self, type: ErrorType, error: str, *, field: str | None = None, hint: str = "") -> None:
        super().__init__(error)
        self.type = type
        self.error = error
        self.field = field
        self.hint = hint

    def as_result(self) -> dict[str, Any]:
        return {"error": self.error, "type": self.type, "field": self.field, "hint": self.hint}


class ActionError(Exception):
    """An approval or rejection that cannot be done, in words for the person who tried."""


class TransientToolError(Exception):
    """A failure worth retrying (a dropped connection, a busy service); never a bad request."""


class StrictArgs(BaseModel):
    """Base of every tool's arguments: no extra fields, no type coercion."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


@dataclass
class ToolContext:
    """Everything a tool may know about the call: the case, never more.

    `rider_id` comes from the case, never from the model, so a tool can only ever
    read or act for this case's rider.
    """

    case_id: int
    rider_id: str
    turn_id: str
    intent: str
    now: datetime
    policy: Any  # policies.selectors.ActivePolicy
    permissions: Mapping[str, Any] = field(default_factory=dict)  # tool name -> ToolPermission (read-only)
    trip_service: Any = None
    # Every intent found in the message: a tool allowed for any of them may run.
    intents: frozenset[str] = frozenset()
    # The safety screen's finding on the case ("" when it did not fire or was a false alarm):
    # the rules deny money while it stands (P8).
    safety_report: str = ""
    # Which run of the turn proposes (a turn re-run after its worker died is attempt 2...): a
    # superseded run's proposals are told apart from, and never replace, the current one's.
    attempt: int = 1
    # Time spent in the refund rules, summed across the pool threads that ran tools.
    timings: dict[str, float] = field(default_factory=dict)
    _timing_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if self.intent and not self.intents:
            self.intents = frozenset({self.intent})
        if self.trip_service is None:
            self.trip_service = get_trip_service()

    def add_time(self, name: str, ms: float) -> None:
        with self._timing_lock:
            self.timings[name] = self.timings.get(name, 0.0) + ms


@dataclass(frozen=True)
class Tool:
    name: str
    args: type[StrictArgs]
    run: Callable[[ToolContext, Any], dict[str, Any]]
    # What the agent's page says while the copilot calls it.
    status: str = ""
    gated: bool = False
    default_intents: tuple[str, ...] = ()
    default_approver_roles: tuple[str, ...] = ()
    # A gated tool's approved action: (action, *, ctx, approver_role, user, now, reason) -> None,
    # setting the action's status and result (tools/approvals.py calls it inside the row lock).
    execute: Callable[..., None] | None = None
    # A gated tool's proposal in a few words, and what makes two proposals the same one.
    describe: Callable[[dict[str, Any]], str] | None = None
    signature: Callable[[dict[str, Any]], tuple] | None = None
    # What an executed action did, in words for the agent's card.
    describe_result: Callable[[dict[str, Any]], str] | None = None

    @property
    def read_only(self) -> bool:
        return not self.gated
