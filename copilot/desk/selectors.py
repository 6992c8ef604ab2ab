"""Reads of cases for the pages and consumers."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from copilot.core.access import Role, user_roles, works_on_case
from copilot.core.crypto import decrypt
from copilot.models import Case, CaseVault, Message, Turn
from copilot.pii import restore
from copilot.trips.service import get_trip_service
from policies.selectors import active_policy
from tools.models import PendingAction, ToolCallAudit
from tools.registry import TOOLS


def cases_visible_to(user) -> QuerySet[Case]:
    """Agents and supervisors see every case of the desk; other roles see none."""
    if not user_roles(user) & {Role.AGENT, Role.SUPERVISOR}:
        return Case.objects.none()
    return Case.objects.select_related("rider", "assignee")


def case_queue(user) -> QuerySet[Case]:
    return cases_visible_to(user).exclude(status=Case.Status.RESOLVED).order_by("opened_at")


def may_read_pii(user, case: Case) -> bool:
    """Real values are for the case's own agent and for supervisors; everyone else sees placeholders."""
    return works_on_case(user, case)


def may_act(user, case: Case) -> bool:
    """Approve, reject, reply, ask: the case's own agent or a supervisor, while the case is open."""
    return works_on_case(user, case) and case.status != Case.Status.RESOLVED


def message_for_display(message, *, reveal: bool) -> str:
    """The original text when the reader may see it and it is still kept; else the redacted text."""
    if reveal and message.raw_text:
        try:
            return decrypt(message.raw_text)
        except ValueError:
            return message.text
    return message.text


OVERRIDE_REASONS = [
    ("amount", "Amount is wrong"),
    ("trip", "Wrong trip"),
    ("policy_exception", "Policy exception"),
    ("customer_withdrew", "Customer withdrew"),
    ("duplicate", "Already handled"),
    ("other", "Other"),
]


def copilot_panel(case: Case, user) -> dict:
    """What the copilot panel of a case shows: the latest turn, its actions (live status), its tool calls."""
    turn = Turn.objects.filter(case=case).order_by("-created_at").first()
    reveal = may_read_pii(user, case)
    mapping = {}
    if reveal:
        vault = CaseVault.objects.filter(case=case).first()
        mapping = vault.load() if vault else {}
    actions, calls, draft, replied_at, question = [], [], "", None, ""
    if turn is not None:
        actions = list(
            PendingAction.objects.filter(turn_id=str(turn.pk))
            .select_related("decided_by")
            .order_by("created_at", "id")
        )
        calls = list(ToolCallAudit.objects.filter(turn_id=str(turn.pk)).order_by("id"))
        # A reply sent after this proposal used its draft: the box starts empty, not with the
        # copilot's words again (which may name what the agent just rejected).
        replied_at = (
            Message.objects.filter(case=case, role=Message.Role.AGENT, created_at__gte=turn.created_at)
            .order_by("-created_at")
            .values_list("created_at", flat=True)
            .first()
        )
        if replied_at is None:
            draft = restore(turn.draft, mapping) if mapping else turn.draft
        question = restore(turn.question, mapping) if mapping else turn.question
    can_act = may_act(user, case)
    supervisor = Role.SUPERVISOR in user_roles(user)
    # Decided actions never vanish: the case's earlier proposals stay in view, read-only.
    earlier = list(
        PendingAction.objects.filter(case=case)
        .exclude(turn_id=str(turn.pk) if turn else "")
        .select_related("decided_by")
        .order_by("created_at", "id")
    )
    for action in earlier:
        tool = TOOLS.get(action.tool)
        action.done_text = (
            tool.describe_result(action.result) if tool and tool.describe_result and action.result else ""
        )
        action.can_decide = False
    for action in actions:
        tool = TOOLS.get(action.tool)
        action.done_text = (
            tool.describe_result(action.result) if tool and tool.describe_result and action.result else ""
        )
        # An agent has done their part once a card waits for a supervisor: only a supervisor decides it.
        action.can_decide = can_act and (
            action.status == PendingAction.Status.PENDING
            or (action.status == PendingAction.Status.WAITING_SUPERVISOR and supervisor)
        )
    proposal = (turn.proposal or {}) if turn else {}
    policy = active_policy()
    rules = [(rule, policy.text(rule)) for rule in proposal.get("rule_ids", [])]
    return {
        "rules": rules,
        "turn": turn,
        "proposal": proposal,
        "draft": draft,
        "actions": actions,
        "calls": calls,
        "override_reasons": OVERRIDE_REASONS,
        "can_act": can_act,
        "earlier_actions": earlier,
        "replied_at": replied_at,
        "question": question,
    }


def supervisor_actions():
    """Open actions a supervisor must decide: waiting, or proposed with a needs_supervisor verdict."""
    return (
        PendingAction.objects.filter(
            Q(status=PendingAction.Status.WAITING_SUPERVISOR)
            | Q(status=PendingAction.Status.PENDING, verdict__verdict="needs_supervisor")
        )
        .select_related("case__rider")
        .order_by("created_at")
    )


def next_case(user, *, after: Case) -> Case | None:
    """The next case to work: mine first, then unassigned, oldest first."""
    queue = case_queue(user).exclude(pk=after.pk).filter(Q(assignee=user) | Q(assignee__isnull=True))
    return queue.order_by("assignee_id", "opened_at").first()


def at_a_glance(case: Case) -> dict:
    """The rider's flags and recent trips, as the agent needs them next to the conversation."""
    service = get_trip_service()
    rider = service.get_rider(rider_id=case.rider.rider_id, now=timezone.now())
    trips = service.list_trips(rider_id=case.rider.rider_id, limit=3)
    return {"rider_flags": rider, "recent_trips": trips}
