from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from copilot.models import Ticket
from tools.base import StrictArgs, ToolContext
from tools.models import PendingAction
from tools.proposals import action_propose
from tools.sanitize import clean_text
from tools.trips import resolve_trip


class CreateTicketArgs(StrictArgs):
    """Propose a ticket for a specialist team; the agent approves it before it is filed. safety for
    every safety report (always urgent), lost_and_found for items left in a car; billing,
    driver_ops or supervisor when a specialist must act. It contacts nobody.
    """

    queue: Literal["safety", "lost_and_found", "billing", "supervisor", "driver_ops"] = Field(
        description="The specialist team that handles it."
    )
    summary: str = Field(
        description="One to three sentences for the team: what happened, what the customer asks.",
        min_length=10,
        max_length=600,
    )
    trip_id: str | None = Field(
        description="The trip's full UUID or its first 8 hex characters, or null.",
        max_length=64,
    )
    priority: Literal["low", "normal", "high", "urgent"] = Field(
        description="How soon; safety reports are always urgent."
    )


def create_ticket(ctx: ToolContext, args: CreateTicketArgs, *, call_id: str = "") -> dict[str, Any]:
    trip = resolve_trip(ctx, args.trip_id) if args.trip_id else None
    params = {
        "queue": args.queue,
        "summary": clean_text(args.summary, max_length=600),
        "trip_id": trip.trip_id if trip else None,
        "priority": "urgent" if args.queue == "safety" else args.priority,
    }
    # A ticket already filed for the same queue and trip is not filed twice; a rejected one may be
    # proposed again (a new safety report must always reach the safety team).
    action = action_propose(
        ctx=ctx,
        tool="create_ticket",
        params=params,
        verdict=None,
        call_id=call_id,
        problem={"queue": params["queue"], "trip_id": params["trip_id"]},
        decided_statuses=(PendingAction.Status.EXECUTED,),
    )
    filed = action.status == PendingAction.Status.EXECUTED
    return {
        "action_id": action.pk,
        "status": action.status,
        "queue": params["queue"],
        "priority": params["priority"],
        "hint": "Already filed in this case; tell the customer the team is on it."
        if filed
        else "Proposed. The agent files it on approval; tell the customer the team will follow up.",
    }


def execute_ticket(
    action: PendingAction, *, ctx: ToolContext, approver_role: str, user, now: datetime, reason: str
) -> None:
    """Approved: the ticket is filed."""
    params = action.params
    ticket = Ticket.objects.create(
        case=action.case,
        trip_id=params.get("trip_id"),
        queue=params["queue"],
        priority=params["priority"],
        summary=params["summary"],
        created_by=user,
        created_at=now,
    )
    action.decided_by, action.decided_at, action.decision_reason = user, now, reason
    action.status = PendingAction.Status.EXECUTED
    action.executed_at = now
    action.result = {"ticket_id": ticket.pk, "queue": ticket.queue, "priority": ticket.priority}


def describe_ticket(params: dict[str, Any]) -> str:
    """A proposal in a few words, for replay reports."""
    return f"ticket to {params['queue']}"


def ticket_signature(params: dict[str, Any]) -> tuple:
    """What makes two proposals the same proposal (replay compares them)."""
    return (params.get("queue"), params.get("trip_id"))


def describe_ticket_result(result: dict[str, Any]) -> str:
    """What an executed ticket did, for the agent's card."""
    return f"Ticket #{result.get('ticket_id')} filed to {result.get('queue')} ({result.get('priority')})"
