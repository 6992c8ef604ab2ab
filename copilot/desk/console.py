"""The agent console's actions: approve or reject a proposed action, reply, resolve, ask the copilot.

Each returns the page's right column (the copilot panel, for people the copilot is rolled out to,
and the reply form; htmx swaps it in place), with any error shown above it. The copilot's own
actions (approve, reject, ask, clear a safety alarm) are refused to people outside the rollout.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from copilot.agent.services import RateLimited, turn_request
from copilot.core.access import CASE_WORKERS, roles_required
from copilot.desk import selectors, services
from copilot.safety.services import case_safety_clear
from policies.rollout import copilot_enabled_for_case
from tools.approvals import action_approve, action_reject
from tools.base import ActionError
from tools.models import PendingAction

REASON_CODES = dict(selectors.OVERRIDE_REASONS)
NOT_ROLLED_OUT = (
    "The copilot is not turned on for you on this case, so its proposals are not yours to act on."
)


def _panel(
    request: HttpRequest, case, *, error: str = "", notice: str = "", status: int = 200
) -> HttpResponse:
    context = {"case": case, "error": error, "notice": notice, **selectors.copilot_panel(case, request.user)}
    return render(request, "case.html#console", context, status=status)


def _case(request: HttpRequest, case_id: int):
    return get_object_or_404(selectors.cases_visible_to(request.user), pk=case_id)


def _refusal(request: HttpRequest, case, *, verb: str = "act on it") -> HttpResponse | None:
    """The answer to a copilot action by someone who may not take it, or None when they may."""
    if not selectors.may_act(request.user, case):
        return _panel(request, case, error=f"Take the case first to {verb}.", status=403)
    if not copilot_enabled_for_case(user=request.user, case_id=case.pk):
        return _panel(request, case, error=NOT_ROLLED_OUT, status=403)
    return None


def _override_reason(request: HttpRequest) -> str:
    code = request.POST.get("reason_code", "").strip()
    text = request.POST.get("reason_text", "").strip()[:500]
    if code and code not in REASON_CODES:
        raise ValueError("Pick a reason from the list.")
    return f"{REASON_CODES[code]}: {text}".strip(": ") if code else text


@roles_required(*CASE_WORKERS)
@require_GET
def panel(request: HttpRequest, case_id: int) -> HttpResponse:
    return _panel(request, _case(request, case_id))


@roles_required(*CASE_WORKERS)
@require_POST
def approve(request: HttpRequest, action_id: int) -> HttpResponse:
    action = get_object_or_404(PendingAction.objects.select_related("case"), pk=action_id)
    case = _case(request, action.case_id)
    if refused := _refusal(request, case):
        return refused
    try:
        done = action_approve(action_id=action.pk, user=request.user, reason=_override_reason(request))
    except (ActionError, ValueError) as exc:
        return _panel(request, case, error=str(exc), status=409)
    return _changed(_panel(request, case, notice=f"{done.get_status_display()}."))


@roles_required(*CASE_WORKERS)
@require_POST
def reject(request: HttpRequest, action_id: int) -> HttpResponse:
    action = get_object_or_404(PendingAction.objects.select_related("case"), pk=action_id)
    case = _case(request, action.case_id)
    if refused := _refusal(request, case):
        return refused
    try:
        action_reject(action_id=action.pk, user=request.user, reason=_override_reason(request))
    except (ActionError, ValueError) as exc:
        return _panel(request, case, error=str(exc), status=400)
    return _changed(_panel(request, case, notice="Rejected."))


@roles_required(*CASE_WORKERS)
@require_POST
def reply(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case(request, case_id)
    try:
        services.case_reply(
            case=case,
            user=request.user,
            text=request.POST.get("text", ""),
            override_reason=_override_reason(request),
            # Outside the rollout the agent never saw the copilot's draft: theirs is no override.
            draft_shown=copilot_enabled_for_case(user=request.user, case_id=case.pk),
        )
    except ValueError as exc:
        return _panel(request, case, error=str(exc), status=400)
    return _changed(_panel(request, case, notice="Reply sent."))


@roles_required(*CASE_WORKERS)
@require_POST
def resolve(request: HttpRequest, case_id: int) -> HttpResponse:
    case = _case(request, case_id)
    try:
        case = services.case_resolve(case=case, user=request.user)
    except ValueError as exc:
        return _panel(request, case, error=str(exc), status=400)
    return _changed(_panel(request, case, notice="Case resolved."))


@roles_required(*CASE_WORKERS)
@require_POST
def ask(request: HttpRequest, case_id: int) -> HttpResponse:
    """Regenerate the proposal, or ask a follow-up question (the `question` field)."""
    case = _case(request, case_id)
    if refused := _refusal(request, case, verb="ask the copilot"):
        return refused
    try:
        turn_request(case=case, user=request.user, question=request.POST.get("question", ""))
    except RateLimited as exc:
        return _panel(request, case, error=str(exc), status=429)
    except ValueError as exc:
        return _panel(request, case, error=str(exc), status=400)
    return _panel(request, case, notice="The copilot is on it.")


@roles_required(*CASE_WORKERS)
@require_POST
def safety_clear(request: HttpRequest, case_id: int) -> HttpResponse:
    """The agent records that the safety screen fired on no safety matter (field `reason`)."""
    case = _case(request, case_id)
    if not copilot_enabled_for_case(user=request.user, case_id=case.pk):
        return _panel(request, case, error=NOT_ROLLED_OUT, status=403)
    try:
        case = case_safety_clear(case=case, user=request.user, reason=request.POST.get("reason", ""))
    except ValueError as exc:
        return _panel(request, case, error=str(exc), status=400)
    return _changed(
        _panel(request, case, notice="Recorded as a false alarm; ask the copilot again to judge money.")
    )


@roles_required("supervisor")
@require_GET
def supervisor_queue(request: HttpRequest) -> HttpResponse:
    """Actions that need a supervisor: waiting after an agent's approval, or flagged by the rules."""
    template = "supervisor.html#supervisor-rows" if request.htmx else "supervisor.html"
    return render(request, template, {"actions": selectors.supervisor_actions(), **_reasons()})


@roles_required("supervisor")
@require_POST
def supervisor_decide(request: HttpRequest, action_id: int, decision: str) -> HttpResponse:
    action = get_object_or_404(PendingAction, pk=action_id)
    error = ""
    try:
        if decision == "approve":
            action_approve(action_id=action.pk, user=request.user, reason=_override_reason(request))
        else:
            action_reject(action_id=action.pk, user=request.user, reason=_override_reason(request))
    except (ActionError, ValueError) as exc:
        error = str(exc)
    context = {"actions": selectors.supervisor_actions(), "error": error, **_reasons()}
    return render(request, "supervisor.html#supervisor-rows", context, status=400 if error else 200)


def _changed(response: HttpResponse) -> HttpResponse:
    """The page re-reads its conversation column too (the websocket says so as well, later)."""
    response["HX-Trigger"] = "case-changed"
    return response


def _reasons() -> dict:
    return {"override_reasons": selectors.OVERRIDE_REASONS}
