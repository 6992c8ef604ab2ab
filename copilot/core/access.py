"""Roles and deny-by-default access for views and websockets.

Every view declares who may use it with `@roles_required(...)` or `@public`. The
middleware refuses any view that declares nothing, so a new page is closed until
someone decides who may open it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import resolve_url
from django.template.response import TemplateResponse

log = logging.getLogger(__name__)


class Role(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    ANALYST = "analyst"


ALL_ROLES = frozenset(Role)
CASE_WORKERS = frozenset({Role.AGENT, Role.SUPERVISOR})
PUBLIC = "__public__"


def user_roles(user: Any) -> frozenset[str]:
    """The roles of a user; cached on the user object for the request."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached = getattr(user, "_copilot_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = frozenset(r for r in Role if r.value in names)
        user._copilot_roles = cached
    return cached


def has_role(user: Any, roles: Iterable[str]) -> bool:
    return bool(user_roles(user) & {Role(r) for r in roles})


def roles_required(*roles: Role | str) -> Callable:
    wanted = frozenset(Role(r) for r in roles)
    if not wanted:
        raise ValueError("roles_required needs at least one role")

    def mark(view: Callable) -> Callable:
        view.allowed_roles = wanted  # type: ignore[attr-defined]
        return view

    return mark


def public(view: Callable) -> Callable:
    view.allowed_roles = PUBLIC  # type: ignore[attr-defined]
    return view


def _declared_roles(view_func: Callable) -> frozenset[Role] | str | None:
    declared = getattr(view_func, "allowed_roles", None)
    if declared is None:
        view_class = getattr(view_func, "view_class", None)
        declared = getattr(view_class, "allowed_roles", None)
    return declared


def _wants_json(request: HttpRequest) -> bool:
    return request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", "")


def forbidden(request: HttpRequest, why: str) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"error": why}, status=403)
    return TemplateResponse(request, "errors/403.html", {"why": why}, status=403)


def works_on_case(user: Any, case: Any) -> bool:
    """The case's own agent, or a supervisor: who may see its real values and act on it."""
    roles = user_roles(user)
    return Role.SUPERVISOR in roles or (Role.AGENT in roles and case.assignee_id == user.pk)


class RoleRequiredMiddleware:
    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func: Callable, args: tuple, kwargs: dict) -> Any:
        declared = _declared_roles(view_func)
        if declared == PUBLIC:
            return None
        if declared is None:
            log.error("view %s declares no roles; refused", getattr(view_func, "__qualname__", view_func))
            return forbidden(request, "This page is not open to any role.")
        if not request.user.is_authenticated:
            if _wants_json(request):
                return JsonResponse({"error": "Log in first."}, status=401)
            if request.htmx:
                response = HttpResponse(status=401)
                response["HX-Redirect"] = resolve_url(settings.LOGIN_URL)
                return response
            return redirect_to_login(request.get_full_path())
        if not user_roles(request.user) & declared:
            return forbidden(request, "Your role does not give access to this page.")
        return None


def roles_context(request: HttpRequest) -> dict[str, Any]:
    roles = user_roles(getattr(request, "user", None))
    return {"user_roles": sorted(roles), "is_case_worker": bool(roles & CASE_WORKERS)}
