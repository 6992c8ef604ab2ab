"""Reads of cases for the pages and consumers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.db.models import Case as DbCase
from django.db.models import Exists, F, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce, Substr
from django.utils import timezone

from copilot.core.access import Role, user_roles, works_on_case
from copilot.core.crypto import decrypt
from copilot.core.domain import INTENTS
from copilot.core.text import storable
from copilot.models import Case, CaseEvent, CaseRead, CaseVault, Message, Turn
from copilot.pii import restore
from copilot.safety.screen import Screen
from copilot.trips.service import get_trip_service
from policies.rollout import copilot_enabled, copilot_enabled_for_case
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


# --- the queue page: search, views, intent, sort, pages ------------------------------------------

QUEUE_VIEWS = {
    "open": "Open",
    "mine": "Mine",
    "unassigned": "Unassigned",
    "supervisor": "Waiting on a supervisor",
    "resolved": "Resolved",
    "all": "All",
}
QUEUE_SORTS = {
    "activity": "Newest activity first",
    "waiting": "Waiting longest first",
    "opened": "Oldest first",
    "newest": "Newest first",
}
QUEUE_PAGE_SIZE = 50
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PREVIEW_CHARS = 140


@dataclass(frozen=True)
class QueueQuery:
    q: str = ""
    view: str = "open"
    intent: str = ""
    sort: str = "activity"
    page: int = 1

    @property
    def filters(self) -> str:
        """The search, view, intent and sort as URL parameters (defaults left out), for page links."""
        defaults = QueueQuery()
        return urlencode(
            {k: v for k, v in self.__dict__.items() if k != "page" and v != getattr(defaults, k)}
        )


def parse_queue_query(params: Mapping[str, str]) -> tuple[QueueQuery, list[str]]:
    """The queue's filters from the URL; anything not understood falls back to its default and is
    named in an error the page shows (never a 500)."""
    errors: list[str] = []
    q = storable(params.get("q", "")).strip()[:200]
    view = params.get("view", "open") or "open"
    if view not in QUEUE_VIEWS:
        errors.append(f"There is no view “{view[:40]}”; showing open cases.")
        view = "open"
    intent = params.get("intent", "") or ""
    if intent and intent not in INTENTS:
        errors.append(f"There is no intent “{intent[:40]}”; showing every intent.")
        intent = ""
    sort = params.get("sort", "activity") or "activity"
    if sort not in QUEUE_SORTS:
        errors.append(f"The queue cannot be sorted by “{sort[:40]}”; showing newest activity first.")
        sort = "activity"
    raw_page = params.get("page", "1") or "1"
    try:
        page = int(raw_page)
        if not 1 <= page <= 1_000_000:
            raise ValueError
    except ValueError:
        errors.append(f"The page “{raw_page[:20]}” is not a page number; showing the first page.")
        page = 1
    return QueueQuery(q=q, view=view, intent=intent, sort=sort, page=page), errors


def parse_id(text: str) -> int | None:
    """A database id a person typed: ASCII digits that fit PostgreSQL's bigint, else None."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() and 0 < len(text) < 19 else None


def _latest(messages: QuerySet[Message], field: str) -> Subquery:
    return Subquery(messages.filter(case=OuterRef("pk")).order_by("-created_at", "-id").values(field)[:1])


def queue_cases(user, query: QueueQuery) -> QuerySet[Case]:
    """The cases of one queue view, searched and sorted, with what each row shows annotated."""
    cases = cases_visible_to(user)
    if query.view == "open":
        cases = cases.exclude(status=Case.Status.RESOLVED)
    elif query.view == "mine":
        cases = cases.filter(assignee=user).exclude(status=Case.Status.RESOLVED)
    elif query.view == "unassigned":
        cases = cases.filter(assignee__isnull=True).exclude(status=Case.Status.RESOLVED)
    elif query.view == "supervisor":
        waiting = PendingAction.objects.filter(case=OuterRef("pk")).filter(
            Q(status=PendingAction.Status.WAITING_SUPERVISOR)
            | Q(status=PendingAction.Status.PENDING, verdict__verdict="needs_supervisor")
        )
        cases = cases.filter(Exists(waiting))
    elif query.view == "resolved":
        cases = cases.filter(status=Case.Status.RESOLVED)
    if query.q:
        cases = cases.filter(_search(query.q))
    messages = Message.objects.all()
    cases = cases.annotate(
        last_activity=Coalesce(_latest(messages, "created_at"), F("opened_at")),
        last_customer_at=_latest(messages.filter(role=Message.Role.CUSTOMER), "created_at"),
        last_agent_at=_latest(messages.filter(role=Message.Role.AGENT), "created_at"),
        preview=Substr(_latest(messages.exclude(text=""), "text"), 1, PREVIEW_CHARS),
        intent=Subquery(
            Turn.objects.filter(case=OuterRef("pk"))
            .exclude(intent="")
            .order_by("-created_at")
            .values("intent")[:1]
        ),
        seen_at=Subquery(CaseRead.objects.filter(case=OuterRef("pk"), user=user).values("seen_at")[:1]),
    )
    # Waiting: the customer wrote last (no reply since); answered and resolved cases wait for no one.
    cases = cases.annotate(
        waiting_since=DbCase(
            When(
                Q(last_customer_at__gt=Coalesce(F("last_agent_at"), Value(EPOCH)))
                & ~Q(status=Case.Status.RESOLVED),
                then=F("last_customer_at"),
            ),
            default=None,
        )
    )
    if query.intent:
        cases = cases.filter(intent=query.intent)
    order = {
        "activity": ["-last_activity", "-pk"],
        "waiting": [F("waiting_since").asc(nulls_last=True), "pk"],
        "opened": ["opened_at", "pk"],
        "newest": ["-opened_at", "-pk"],
    }[query.sort]
    return cases.order_by(*order)


def _search(q: str) -> Q:
    """A case number ("123", "#123"), a rider id, or words of the subject or the (redacted) messages."""
    number = parse_id(q.removeprefix("#"))
    found = Q(rider__rider_id__iexact=q) | Q(subject__icontains=q)
    if number is not None:
        found |= Q(pk=number)
    words = Message.objects.filter(case=OuterRef("pk"), text__icontains=q)
    return found | Q(Exists(words))


def queue_page(user, query: QueueQuery) -> dict[str, Any]:
    cases = queue_cases(user, query)
    paginator = Paginator(cases, QUEUE_PAGE_SIZE)
    page = paginator.get_page(query.page)
    for case in page.object_list:
        case.unread = bool(case.last_customer_at and case.last_customer_at > (case.seen_at or EPOCH))
    return {"page": page, "total": paginator.count}


def may_read_pii(user, case: Case) -> bool:
    """Real values are for the case's own agent and for supervisors; everyone else sees placeholders."""
    return works_on_case(user, case)


def case_workers():
    """Active agents a case can be handed to, by name."""
    return User.objects.filter(is_active=True, groups__name=Role.AGENT).order_by("first_name", "username")


def subject_for_display(case: Case, *, reveal: bool) -> str:
    """The subject as the customer wrote it for the case's agent and supervisors; else redacted."""
    if not reveal or not case.subject:
        return case.subject
    vault = CaseVault.objects.filter(case=case).first()
    return restore(case.subject, vault.load()) if vault else case.subject


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


def _name(user) -> str:
    return (user.get_full_name() or user.username) if user else "someone"


def _action_title(tool: str, params: Mapping[str, Any]) -> str:
    if tool == "issue_refund":
        kind = str(params.get("kind", "refund")).title()
        return f"{kind} {params.get('amount', '')} ({params.get('reason', '')})"
    return f"Ticket to {params.get('queue', '')} ({params.get('priority', '')})"


DECIDED_TITLES = {
    PendingAction.Status.EXECUTED: "Approved and done",
    PendingAction.Status.REJECTED: "Rejected",
    PendingAction.Status.WAITING_SUPERVISOR: "Sent to a supervisor",
    PendingAction.Status.FAILED: "Approved; it failed",
    PendingAction.Status.DENIED: "Denied by the rules at approval",
}


@dataclass(frozen=True)
class TimelineItem:
    """One line of a case's activity: a message, a decision, a note, an assignment."""

    at: datetime
    kind: str  # "message", "decision" or a CaseEvent kind
    title: str
    who: str = ""
    text: str = ""
    message: Message | None = None


def case_timeline(case: Case, *, reveal: bool, viewer: User) -> list[TimelineItem]:
    """What people did on the case, oldest first: messages, decisions on the copilot's proposals
    (who, why), tickets filed, notes, taking, hand-overs, resolution. The proposals themselves are
    the copilot panel's (the latest, and every decided one): a finished turn re-reads the panel only.

    The decisions are the copilot's too: a `viewer` it is not rolled out to on this case gets none,
    as their open page hears of none (the case socket holds back `action.changed` from them, asking
    `copilot_enabled_for_case` as this does), so a load and a live page show the same list.

    Free text people typed (notes, reasons) is stored redacted and filled in for readers who
    may see the case's personal details.
    """
    mapping: dict[str, str] | None = None

    def shown(text: str) -> str:
        nonlocal mapping
        if not reveal or "<" not in text:
            return text
        if mapping is None:
            vault = CaseVault.objects.filter(case=case).first()
            mapping = vault.load() if vault else {}
        return restore(text, mapping)

    items = [
        TimelineItem(
            at=m.created_at,
            kind="message",
            title=m.get_role_display(),
            who=_name(m.author) if m.author else "",
            text=message_for_display(m, reveal=reveal),
            message=m,
        )
        for m in case.messages.select_related("author")
    ]
    decided = list(
        PendingAction.objects.filter(case=case, decided_at__isnull=False).select_related("decided_by")
    )
    # Asked only when there is something to hide: a page re-reads its timeline on every message.
    if decided and not copilot_enabled_for_case(user=viewer, case_id=case.pk):
        decided = []
    for action in decided:
        items.append(
            TimelineItem(
                at=action.decided_at,
                kind="decision",
                title=f"{DECIDED_TITLES.get(action.status, action.get_status_display())}: "
                f"{_action_title(action.tool, action.params)}",
                who=_name(action.decided_by),
                text=shown(action.decision_reason),
            )
        )
    for event in CaseEvent.objects.filter(case=case).select_related("actor", "handed_to"):
        title = event.get_kind_display()
        if event.kind == CaseEvent.Kind.HANDED_OVER:
            title = f"Handed over to {_name(event.handed_to) if event.handed_to else 'the queue'}"
        items.append(
            TimelineItem(
                at=event.created_at,
                kind=event.kind,
                title=title,
                who=_name(event.actor),
                text=shown(event.text),
            )
        )
    items.sort(key=lambda item: item.at)
    return items


OVERRIDE_REASONS = [
    ("amount", "Amount is wrong"),
    ("trip", "Wrong trip"),
    ("policy_exception", "Policy exception"),
    ("customer_withdrew", "Customer withdrew"),
    ("duplicate", "Already handled"),
    ("other", "Other"),
]


def _safety(case: Case, mapping: Mapping[str, str]) -> dict | None:
    if not case.safety_signals:
        return None
    return {
        "signals": [
            (s.category.replace("_", " "), s.words) for s in Screen.from_json(case.safety_signals).signals
        ],
        "standing": case.safety_cleared_at is None,
        "cleared_by": case.safety_cleared_by if case.safety_cleared_at else None,
        "cleared_at": case.safety_cleared_at,
        "reason": restore(case.safety_clear_reason, mapping) if mapping else case.safety_clear_reason,
    }


def copilot_panel(case: Case, user) -> dict:
    """What the case page's right column shows: the copilot panel (the latest turn, its actions with
    their live status, its tool calls, the draft) for people the copilot is rolled out to, and the
    reply form for everyone who may act. Outside the rollout it holds nothing of the copilot's.
    """
    turn = Turn.objects.filter(case=case).order_by("-created_at").first()
    can_act = may_act(user, case)
    copilot_on = copilot_enabled(user=user, intent=(turn.intent or None) if turn else None)
    reveal = may_read_pii(user, case)
    mapping = {}
    if reveal and (copilot_on or case.safety_signals):
        vault = CaseVault.objects.filter(case=case).first()
        mapping = vault.load() if vault else {}
    if not copilot_on:
        return {
            "copilot_on": False,
            "can_act": can_act,
            "safety": _safety(case, mapping),
            "turn": None,
            "draft": "",
            "override_reasons": OVERRIDE_REASONS,
        }
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
    supervisor = Role.SUPERVISOR in user_roles(user)
    # Decided actions never vanish: what a person decided on earlier proposals stays in view,
    # read-only. An earlier proposal nobody decided was replaced by the latest one.
    earlier = list(
        PendingAction.objects.filter(case=case, decided_by__isnull=False)
        .exclude(turn_id=str(turn.pk) if turn else "")
        .select_related("decided_by")
        .order_by("created_at", "id")
    )
    cards = [(action, False) for action in earlier] + [(action, True) for action in actions]
    for action, current in cards:
        tool = TOOLS.get(action.tool)
        action.done_text = (
            tool.describe_result(action.result) if tool and tool.describe_result and action.result else ""
        )
        if mapping and action.decision_reason:
            action.decision_reason = restore(action.decision_reason, mapping)
        # Earlier cards are history. An agent has done their part once a card waits for a
        # supervisor: only a supervisor decides it. Nothing is decided while its turn still runs
        # (a turn run again replaces the proposals nobody decided).
        action.can_decide = (
            current
            and can_act
            and turn.status not in (Turn.Status.QUEUED, Turn.Status.RUNNING)
            and (
                action.status == PendingAction.Status.PENDING
                or (action.status == PendingAction.Status.WAITING_SUPERVISOR and supervisor)
            )
        )
    proposal = (turn.proposal or {}) if turn else {}
    answer = proposal.get("answer", "")
    if answer and mapping:
        answer = restore(answer, mapping)
    policy = active_policy()
    rules = [(rule, policy.text(rule)) for rule in proposal.get("rule_ids", [])]
    safety = _safety(case, mapping)
    return {
        "copilot_on": True,
        "safety": safety,
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
        "answer": answer,
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
