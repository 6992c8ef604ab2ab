"""The admin console: policy versions, tool permissions, copilot settings and the change history.

Thin: forms parse the input, `policies.admin_services` validates and writes (recording an
`AdminChange` for every change), the templates show the result. Admins only.
"""

from __future__ import annotations

import re

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from copilot.core.access import Role, roles_required
from copilot.core.domain import INTENTS
from copilot.models import CopilotSettings
from policies import admin_services as svc
from policies.engine import PolicyParams
from policies.models import CopilotRollout, PolicyVersion
from policies.rollout import current_rollout, rollout_describe
from policies.selectors import active_policy
from policies.services import PolicyError
from policies.texts import DEFAULT_TEXTS
from policies.whatif import policy_whatif
from tools.permissions import ToolPermissionError, tool_permissions
from tools.registry import TOOLS

ROLES = tuple(r.value for r in Role)
WHATIF_DEFAULT_CASES = 200
WHATIF_MAX_CASES = 2000


# --- forms -----------------------------------------------------------------------------


class PolicyForm(forms.Form):
    """One input per `PolicyParams` field and one text per rule, prefilled from a base version."""

    note = forms.CharField(
        max_length=300,
        required=False,
        label="Note",
        help_text="What changed and why, for the version list and the history.",
    )

    def __init__(self, *args, base: PolicyVersion | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        params = base.params if base else PolicyParams().model_dump(mode="json")
        texts = base.texts if base else {rule: spec["text"] for rule, spec in DEFAULT_TEXTS.items()}
        defaults = PolicyParams().model_dump(mode="json")
        placeholders = ", ".join(f"{{{name}}}" for name in svc.PARAM_NAMES)
        for name, field in PolicyParams.model_fields.items():
            self.fields[name] = forms.CharField(
                max_length=40,
                label=svc.param_label(name),
                help_text=f"{field.description} (shipped default: {defaults[name]})",
                initial=params.get(name, defaults[name]),
                widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
            )
        for rule, spec in DEFAULT_TEXTS.items():
            self.fields[f"text_{rule}"] = forms.CharField(
                required=False,
                strip=True,
                label=f"{rule} · {spec['title']}",
                help_text=f"Parameters can be quoted as {placeholders}.",
                initial=texts.get(rule, spec["text"]),
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def param_fields(self):
        return [self[name] for name in svc.PARAM_NAMES]

    def text_fields(self):
        return [self[f"text_{rule}"] for rule in svc.RULE_IDS]

    def params(self) -> dict[str, str]:
        return {name: self.cleaned_data[name].strip() for name in svc.PARAM_NAMES}

    def texts(self) -> dict[str, str]:
        return {rule: self.cleaned_data[f"text_{rule}"] for rule in svc.RULE_IDS}

    def add_policy_error(self, message: str) -> None:
        """Put the service's error next to the input it is about, or above the form."""
        empty = re.fullmatch(r"policy text cannot be empty: (.+)", message)
        if empty:
            for rule in empty.group(1).split(", "):
                self.add_error(f"text_{rule}", "A policy text cannot be empty.")
            return
        named = re.fullmatch(r"(\w+): (.+)", message, flags=re.DOTALL)
        if named and named.group(1) in self.fields:
            self.add_error(named.group(1), named.group(2))
            return
        self.add_error(None, message)


class SettingsForm(forms.Form):
    offline_only = forms.BooleanField(
        required=False,
        label="Kill switch: offline planner only",
        help_text="When on, the copilot never calls the model endpoint: the built-in offline planner "
        "answers every turn.",
    )
    agent_requests_per_minute = forms.IntegerField(
        label="Agent requests per minute",
        help_text="How many copilot requests one agent may make per minute.",
    )
    case_model_call_budget = forms.IntegerField(
        label="Case model-call budget",
        help_text="How many model calls one case may use in total; past it the offline planner answers.",
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, (low, high) in svc.SETTINGS_BOUNDS.items():
            self.fields[name].widget.attrs.update({"min": low, "max": high})
            self.fields[name].help_text += f" Between {low} and {high}."


class RolloutForm(forms.Form):
    mode = forms.ChoiceField(
        choices=CopilotRollout.Mode.choices,
        widget=forms.RadioSelect,
        label="Who works with the copilot",
        error_messages={"invalid_choice": "Choose who works with the copilot from the list."},
    )
    agents = forms.CharField(
        required=False,
        max_length=4000,
        label="Allow-list",
        help_text="Usernames of agents, separated by commas or spaces (used when the allow-list is chosen).",
        widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "off"}),
    )
    percentage = forms.IntegerField(
        required=False,
        label="Percentage of agents",
        help_text="Between 0 and 100. An agent stays in when the share grows: raising 10 to 20 keeps "
        "the first 10% and adds as many again.",
        error_messages={"invalid": "Enter a whole number of percent, between 0 and 100."},
        widget=forms.NumberInput(attrs={"min": 0, "max": 100}),
    )
    intents = forms.MultipleChoiceField(
        required=False,
        choices=[(i, i.replace("_", " ")) for i in INTENTS],
        widget=forms.CheckboxSelectMultiple,
        label="Only for these intents",
        help_text="None ticked: every intent.",
        error_messages={"invalid_choice": "%(value)s is not an intent."},
    )


def _rollout_form_initial(rollout: CopilotRollout) -> dict:
    return {
        "mode": rollout.mode,
        "agents": ", ".join(svc.rollout_usernames(rollout)),
        "percentage": rollout.percentage,
        "intents": list(rollout.intents),
    }


def _settings_context(*, form: SettingsForm, rollout_form: RolloutForm, current) -> dict:
    rollout = current_rollout()
    return {
        "form": form,
        "rollout_form": rollout_form,
        "current": current,
        "rollout": rollout,
        "rollout_now": rollout_describe(rollout, usernames=svc.rollout_usernames(rollout)),
        "lockouts": svc.login_lockouts(),
        **_endpoint(),
    }


# --- home ------------------------------------------------------------------------------


@roles_required(Role.ADMIN)
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    active = active_policy().version
    permissions = tool_permissions()
    context = {
        "active": active,
        "drafts": PolicyVersion.objects.filter(number__gt=active.number).count(),
        "settings": CopilotSettings.current(),
        "tools_enabled": sum(p.enabled for p in permissions.values()),
        "tools_total": len(permissions),
        "changes": svc.admin_changes(50),
        **_endpoint(),
    }
    return render(request, "admin/home.html", context)


# --- policy versions -------------------------------------------------------------------


@roles_required(Role.ADMIN)
@require_GET
def policies(request: HttpRequest) -> HttpResponse:
    versions = svc.policy_versions()
    return render(
        request,
        "admin/policies.html",
        {"versions": versions, "active": next((v for v in versions if v.is_active), None)},
    )


@roles_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def policy_new(request: HttpRequest) -> HttpResponse:
    base = svc.latest_version()
    if request.method == "GET" and request.GET.get("base", "").isdigit():
        base = get_object_or_404(PolicyVersion, number=int(request.GET["base"]))
    if request.method == "GET":
        return render(request, "admin/policy_form.html", {"form": PolicyForm(base=base), "base": base})
    form = PolicyForm(request.POST, base=base)
    if form.is_valid():
        try:
            version = svc.admin_policy_create(
                actor=request.user, params=form.params(), texts=form.texts(), note=form.cleaned_data["note"]
            )
        except PolicyError as exc:
            form.add_policy_error(str(exc))
        else:
            messages.success(
                request,
                f"{version.label} saved (not active). Check the difference and the what-if, then activate.",
            )
            return redirect("admin-policy-detail", number=version.number)
    return render(request, "admin/policy_form.html", {"form": form, "base": base}, status=400)


def _whatif_cases(request: HttpRequest) -> int:
    raw = request.GET.get("cases", "")
    cases = int(raw) if raw.isdigit() else WHATIF_DEFAULT_CASES
    return max(1, min(cases, WHATIF_MAX_CASES))


@roles_required(Role.ADMIN)
@require_GET
def policy_detail(request: HttpRequest, number: int) -> HttpResponse:
    version = get_object_or_404(
        PolicyVersion.objects.select_related("author").prefetch_related("activations__actor"), number=number
    )
    active = active_policy().version
    context = {
        "version": version,
        "active": active,
        "diff": svc.policy_diff(version, against=active),
        "cases": _whatif_cases(request),
        "whatif": None,
    }
    if "whatif" in request.GET:
        context["whatif"] = policy_whatif(draft=version, last_cases=context["cases"])
        if request.htmx:
            return render(request, "admin/policy_detail.html#whatif", context)
    return render(request, "admin/policy_detail.html", context)


@roles_required(Role.ADMIN)
@require_POST
def policy_activate(request: HttpRequest, number: int) -> HttpResponse:
    version = get_object_or_404(PolicyVersion, number=number)
    try:
        svc.admin_policy_activate(actor=request.user, version=version)
    except PolicyError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{version.label} is now the active policy.")
    return redirect("admin-policies")


@roles_required(Role.ADMIN)
@require_POST
def policy_rollback(request: HttpRequest) -> HttpResponse:
    try:
        version = svc.admin_policy_rollback(actor=request.user)
    except PolicyError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Rolled back: {version.label} is the active policy again.")
    return redirect("admin-policies")


# --- tool permissions ------------------------------------------------------------------


def _tool_row(permission, *, error: str = "", notice: str = "", posted: dict | None = None) -> dict:
    values = posted or {
        "enabled": permission.enabled,
        "intents": list(permission.intents),
        "approver_roles": list(permission.approver_roles),
        "timeout_ms": permission.timeout_ms,
    }
    return {
        "tool": permission.tool,
        "gated": TOOLS[permission.tool].gated,
        "permission": permission,
        "error": error,
        "notice": notice,
        **values,
    }


@roles_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def tools(request: HttpRequest) -> HttpResponse:
    permissions = tool_permissions()
    rows = [_tool_row(permissions[name]) for name in TOOLS if name in permissions]
    if request.method == "GET":
        return render(request, "admin/tools.html", {"rows": rows, "intents": INTENTS, "roles": ROLES})

    tool = request.POST.get("tool", "")
    if tool not in permissions:
        raise Http404("no such tool")
    posted = {
        "enabled": request.POST.get("enabled") == "on",
        "intents": request.POST.getlist("intents"),
        "approver_roles": request.POST.getlist("approver_roles"),
        "timeout_ms": request.POST.get("timeout_ms", "").strip(),
    }
    error, notice = "", ""
    try:
        timeout_ms = int(posted["timeout_ms"])
    except ValueError:
        error = "The timeout must be a whole number of milliseconds."
    else:
        try:
            permission, changes = svc.admin_tool_permission_update(
                actor=request.user,
                tool=tool,
                enabled=posted["enabled"],
                intents=posted["intents"],
                approver_roles=posted["approver_roles"],
                timeout_ms=timeout_ms,
            )
        except ToolPermissionError as exc:
            error = str(exc).capitalize() + "."
        else:
            permissions[tool] = permission
            notice = "Saved." if changes else "Nothing changed."
    row = _tool_row(permissions[tool], error=error, notice=notice, posted=posted if error else None)
    if request.htmx:
        # The row is swapped in place, with its error or notice; 200 so that htmx swaps it.
        return render(request, "admin/tools.html#tool-row", {"row": row, "intents": INTENTS, "roles": ROLES})
    if error:
        rows = [row if r["tool"] == tool else r for r in rows]
        context = {"rows": rows, "intents": INTENTS, "roles": ROLES}
        return render(request, "admin/tools.html", context, status=400)
    messages.success(request, f"{tool}: {notice}")
    return redirect("admin-tools")


# --- copilot settings ------------------------------------------------------------------


def _settings_form_initial(current: CopilotSettings) -> dict:
    return {
        "offline_only": current.offline_only,
        "agent_requests_per_minute": current.agent_requests_per_minute,
        "case_model_call_budget": current.case_model_call_budget,
    }


@roles_required(Role.ADMIN)
@require_http_methods(["GET", "POST"])
def settings_view(request: HttpRequest) -> HttpResponse:
    current = CopilotSettings.current()
    rollout_form = RolloutForm(initial=_rollout_form_initial(current_rollout()))
    if request.method == "GET":
        form = SettingsForm(initial=_settings_form_initial(current))
        context = _settings_context(form=form, rollout_form=rollout_form, current=current)
        return render(request, "admin/settings.html", context)
    form = SettingsForm(request.POST)
    if form.is_valid():
        try:
            _, changes = svc.copilot_settings_update(actor=request.user, **form.cleaned_data)
        except svc.SettingsError as exc:
            form.add_error(exc.field, str(exc))
        else:
            messages.success(request, "Copilot settings saved." if changes else "Nothing changed.")
            return redirect("admin-settings")
    context = _settings_context(form=form, rollout_form=rollout_form, current=current)
    return render(request, "admin/settings.html", context, status=400)


@roles_required(Role.ADMIN)
@require_POST
def rollout_update(request: HttpRequest) -> HttpResponse:
    """Who works with the copilot; open case pages gain or lose the panel at once."""
    current = CopilotSettings.current()
    rollout_form = RolloutForm(request.POST)
    if rollout_form.is_valid():
        data = rollout_form.cleaned_data
        percentage = data["percentage"]
        if percentage is None:  # only the percentage mode needs one; the others keep the last
            percentage = (
                current_rollout().percentage if data["mode"] != CopilotRollout.Mode.PERCENTAGE else None
            )
        try:
            rollout, changes = svc.copilot_rollout_update(
                actor=request.user,
                mode=data["mode"],
                usernames=svc.parse_usernames(data["agents"]),
                percentage=percentage,
                intents=data["intents"],
            )
        except svc.SettingsError as exc:
            rollout_form.add_error(exc.field if exc.field in rollout_form.fields else None, str(exc))
        else:
            if changes:
                described = rollout_describe(rollout, usernames=svc.rollout_usernames(rollout))
                messages.success(request, f"Rollout saved: the copilot is on for {described}.")
            else:
                messages.success(request, "Nothing changed.")
            return redirect("admin-settings")
    form = SettingsForm(initial=_settings_form_initial(current))
    context = _settings_context(form=form, rollout_form=rollout_form, current=current)
    return render(request, "admin/settings.html", context, status=400)


@roles_required(Role.ADMIN)
@require_POST
def login_unlock(request: HttpRequest) -> HttpResponse:
    """Lift a login lockout (django-axes) for a username, recorded like any admin change."""
    username = request.POST.get("username", "").strip()
    if not username or not svc.login_lockouts(username=username):
        messages.error(request, "Choose a locked-out login from the list to unlock.")
        return redirect("admin-settings")
    svc.login_unlock(actor=request.user, username=username)
    messages.success(request, f"Unlocked the login {username}.")
    return redirect("admin-settings")


def _endpoint() -> dict:
    """The model endpoint in force: set in the environment, shown here, never the key."""
    from django.conf import settings

    return {
        "endpoint": {
            "provider": settings.COPILOT_PROVIDER,
            "model": settings.COPILOT_MODEL if settings.COPILOT_PROVIDER == "openai" else "offline-planner-1",
            "base_url": settings.OPENAI_BASE_URL or ("default OpenAI" if settings.OPENAI_API_KEY else "none"),
        }
    }
