"""Pages of the support desk. Thin: they read with selectors and write with services."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from copilot.core.access import ALL_ROLES, CASE_WORKERS, Role, public, roles_required, user_roles
from copilot.core.domain import INTENTS
from copilot.desk import selectors, services
from copilot.realtime.presence import viewers


@public
class LoginView(auth_views.LoginView):
    template_name = "login.html"
    redirect_authenticated_user = True


@public
class LogoutView(auth_views.LogoutView):
    pass


def locked_out(request: HttpRequest, credentials: dict | None = None, *args, **kwargs) -> HttpResponse:
    """django-axes' answer after too many wrong passwords: the login page, saying when to try again."""
    minutes = settings.AXES_COOLOFF_MINUTES
    form = auth_views.AuthenticationForm(request)
    message = (
        f"Too many failed logins for this account from your address. Try again in {minutes} minutes, "
        "or ask an admin to unlock it."
    )
    return render(request, "login.html", {"form": form, "locked_out": message}, status=429)


@roles_required(*ALL_ROLES)
def home(request: HttpRequest) -> HttpResponse:
    """Each role lands where its work is: the queue, the admin console, the metrics."""
    roles = user_roles(request.user)
    if roles & CASE_WORKERS:
        return redirect("queue")
    if Role.ADMIN in roles:
        return redirect("admin-home")
    if Role.ANALYST in roles:
        return redirect("metrics")
    return render(request, "home.html", {"roles": sorted(roles)})


@roles_required(*CASE_WORKERS)
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    query, errors = selectors.parse_queue_query(request.GET)
    context = {
        "query": query,
        "errors": errors,
        "views": selectors.QUEUE_VIEWS,
        "sorts": selectors.QUEUE_SORTS,
        "intents": INTENTS,
        "now": timezone.now(),
        **selectors.queue_page(request.user, query),
    }
    template = "queue.html#queue-table" if request.htmx else "queue.html"
    return render(request, template, context)


def _facts(request: HttpRequest, case) -> dict:
    """The top of the case page's left column: the case, its rider and recent trips."""
    reveal = selectors.may_read_pii(request.user, case)
    return {
        "case": case,
        "subject": selectors.subject_for_display(case, reveal=reveal),
        "revealed": reveal,
        "may_reassign": reveal and case.status != case.Status.RESOLVED,
        "case_workers": selectors.case_workers() if reveal else [],
        "next_case": selectors.next_case(request.user, after=case),
        **selectors.at_a_glance(case),
    }


def _timeline(request: HttpRequest, case, **extra) -> dict:
    """The case's messages and activity, with the note form: the rest of the left column."""
    reveal = selectors.may_read_pii(request.user, case)
    return {
        "case": case,
        "timeline": selectors.case_timeline(case, reveal=reveal, viewer=request.user),
        "may_note": reveal,  # the case's agent and supervisors, resolved or not
        "note_max": services.NOTE_MAX_CHARS,
        **extra,
    }


@roles_required(*CASE_WORKERS)
@require_GET
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_object_or_404(selectors.cases_visible_to(request.user), pk=case_id)
    services.case_mark_read(case=case, user=request.user)
    context = {
        **_facts(request, case),
        **_timeline(request, case),
        **selectors.copilot_panel(case, request.user),
        "others_viewing": [v for v in viewers(case.pk) if v["user_id"] != request.user.pk],
    }
    return render(request, "case.html", context)


# The left column is re-read in two parts: a message or a proposal changes only the timeline,
# which is cheaper to render than the facts (the trip service, the next case).
@roles_required(*CASE_WORKERS)
@require_GET
def case_facts(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_object_or_404(selectors.cases_visible_to(request.user), pk=case_id)
    return render(request, "case.html#case-facts", _facts(request, case))


@roles_required(*CASE_WORKERS)
@require_GET
def case_timeline(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_object_or_404(selectors.cases_visible_to(request.user), pk=case_id)
    return render(request, "case.html#case-timeline", _timeline(request, case))


@roles_required(*CASE_WORKERS)
@require_POST
def case_note(request: HttpRequest, case_id: int) -> HttpResponse:
    """Add an internal note; answers with the timeline (the note in it)."""
    case = get_object_or_404(selectors.cases_visible_to(request.user), pk=case_id)
    try:
        services.case_note_add(case=case, user=request.user, text=request.POST.get("text", ""))
    except ValueError as exc:
        context = _timeline(request, case, note_error=str(exc), note_text=request.POST.get("text", ""))
        return render(request, "case.html#case-timeline", context, status=400)
    return render(request, "case.html#case-timeline", _timeline(request, case))


@roles_required(*CASE_WORKERS)
@require_POST
def case_assign(request: HttpRequest, case_id: int) -> HttpResponse:
    """Hand the case to another agent (field `to`, a user id), or back to the queue (empty)."""
    case = get_object_or_404(selectors.cases_visible_to(request.user), pk=case_id)
    raw = request.POST.get("to", "").strip()
    to = None
    if raw:
        worker_id = selectors.parse_id(raw)
        to = selectors.case_workers().filter(pk=worker_id).first() if worker_id is not None else None
        if to is None:
            messages.error(request, "Choose an agent from the list to hand the case to.")
            return redirect("case", case_id=case.pk)
    try:
        services.case_hand_over(case=case, by=request.user, to=to)
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect("case", case_id=case.pk)
    name = to.get_full_name() or to.username if to else "the queue"
    messages.success(request, f"Case #{case.pk} handed to {name}.")
    return redirect("queue")


@roles_required(*CASE_WORKERS)
@require_POST
def case_take(request: HttpRequest, case_id: int) -> HttpResponse:
    case = get_object_or_404(selectors.cases_visible_to(request.user), pk=case_id)
    try:
        services.case_assign(case=case, user=request.user)
    except ValueError as exc:
        messages.error(request, str(exc))
        return redirect("queue")
    return redirect("case", case_id=case.pk)
