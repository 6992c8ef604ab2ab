"""The admin console: policy versions, what-if, tool permissions, copilot settings, history, access."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from copilot.models import CopilotSettings
from policies.engine import PolicyParams
from policies.models import AdminChange, PolicyVersion
from policies.selectors import active_policy
from policies.services import policy_version_activate, policy_version_create
from policies.texts import DEFAULT_TEXTS
from tests.factories import CaseFactory, RiderFactory, TripFactory
from tools.models import PendingAction, ToolPermission
from tools.permissions import tool_permissions
from tools.proposals import params_hash

pytestmark = pytest.mark.django_db


def _policy_post(**overrides) -> dict[str, str]:
    """The form as the admin sees it (active version's values), with some inputs changed."""
    data = {name: str(value) for name, value in active_policy().version.params.items()}
    data |= {f"text_{rule}": text for rule, text in active_policy().version.texts.items()}
    data["note"] = ""
    data |= {k: str(v) for k, v in overrides.items()}
    return data


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


# --- policy versions -------------------------------------------------------------------


def test_the_form_is_built_from_the_policy_parameters_and_texts(admin_client):
    page = admin_client.get(reverse("admin-policy-new")).content.decode()
    for name, field in PolicyParams.model_fields.items():
        assert f'name="{name}"' in page
        assert field.description.split(",")[0] in page
    for rule in DEFAULT_TEXTS:
        assert f'name="text_{rule}"' in page
    assert 'value="50.00"' in page  # prefilled from the latest version


def test_editing_a_parameter_makes_a_new_version_with_its_author(admin_client, admin_user):
    response = admin_client.post(
        reverse("admin-policy-new"), _policy_post(agent_approval_limit="75.00", note="raise the limit")
    )
    version = PolicyVersion.objects.get(number=2)
    assert response.status_code == 302
    assert response["Location"] == reverse("admin-policy-detail", args=[2])
    assert version.author == admin_user
    assert version.params["agent_approval_limit"] == "75.00"
    assert version.note == "raise the limit"
    assert not version.is_active
    change = AdminChange.objects.get(area="policy")
    assert change.actor == admin_user
    assert change.summary["action"] == "create"
    assert change.summary["params_changed"] == {"agent_approval_limit": ["50.00", "75.00"]}


def test_an_invalid_parameter_is_shown_next_to_the_form_and_makes_no_version(admin_client):
    response = admin_client.post(reverse("admin-policy-new"), _policy_post(window_days="-1"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "The version was not saved." in page
    assert "greater than or equal to 0" in page
    assert 'value="-1"' in page  # the admin's input is kept
    assert PolicyVersion.objects.count() == 1
    assert not AdminChange.objects.exists()


def test_an_empty_text_or_an_unknown_placeholder_is_refused(admin_client):
    response = admin_client.post(reverse("admin-policy-new"), _policy_post(text_P3="  "))
    assert response.status_code == 400
    assert "A policy text cannot be empty." in response.content.decode()
    response = admin_client.post(
        reverse("admin-policy-new"), _policy_post(text_P1="Within {windw_days} days.")
    )
    assert response.status_code == 400
    assert "{windw_days} is not a parameter" in response.content.decode()
    assert PolicyVersion.objects.count() == 1


def test_saving_without_a_change_is_refused(admin_client):
    response = admin_client.post(reverse("admin-policy-new"), _policy_post())
    assert response.status_code == 400
    assert "nothing changed from ride-refunds@1" in response.content.decode()
    assert PolicyVersion.objects.count() == 1


def test_a_new_version_starts_from_the_latest_texts(admin_client):
    admin_client.post(
        reverse("admin-policy-new"), _policy_post(text_P6="Cleaning fees come back without photos.")
    )
    page = admin_client.get(reverse("admin-policy-new")).content.decode()
    assert "Cleaning fees come back without photos." in page


def test_the_detail_shows_what_differs_from_the_active_version(admin_client, admin_user):
    version = policy_version_create(
        author=admin_user,
        params={**active_policy().version.params, "window_days": 45},
        texts={"P6": "A cleaning fee is refunded unless photos show the mess."},
    )
    page = admin_client.get(reverse("admin-policy-detail", args=[version.number])).content.decode()
    assert 'id="param-diff"' in page
    assert "Window days" in page and "<td>30</td>" in page and "<strong>45</strong>" in page
    assert "Route distance factor" not in page.split('id="param-diff"')[1].split("</table>")[0]
    assert 'id="text-diff"' in page and "P6 · Cleaning fee" in page
    assert "<del>driver&#x27;s cleaning report carries photo evidence.</del>" in page
    assert "<ins>photos show</ins> the <ins>mess.</ins>" in page


@pytest.fixture
def refund_proposal(agent):
    """A route-deviation refund of 15.00 the copilot proposed and the active rules allowed."""
    now = timezone.now()
    rider = RiderFactory()
    trip = TripFactory(
        rider=rider,
        requested_at=now - timedelta(days=2, minutes=40),
        pickup_eta_at=now - timedelta(days=2, minutes=35),
        driver_arrived_at=now - timedelta(days=2, minutes=34),
        started_at=now - timedelta(days=2, minutes=33),
        completed_at=now - timedelta(days=2),
        upfront_fare=Decimal("30.00"),
        fare="45.00",
        estimated_distance_km=10.0,
        actual_distance_km=20.0,
    )
    case = CaseFactory(rider=rider, assignee=agent, opened_at=now - timedelta(hours=1))
    params = {"trip_id": str(trip.trip_id), "kind": "refund", "reason": "route_deviation", "amount": "15.00"}
    return PendingAction.objects.create(
        case=case,
        turn_id="t-1",
        tool="issue_refund",
        params=params,
        params_hash=params_hash(params),
        idempotency_key=f"case-{case.pk}:turn-t-1:call-1",
        verdict={
            "verdict": "allowed",
            "max_amount": "15.00",
            "rules": ["P3"],
            "policy_version": "ride-refunds@1",
        },
    )


def test_the_whatif_shows_the_verdicts_a_draft_would_change(admin_client, admin_user, refund_proposal):
    draft = policy_version_create(
        author=admin_user, params={**active_policy().version.params, "agent_approval_limit": "10.00"}
    )
    url = reverse("admin-policy-detail", args=[draft.number])
    response = admin_client.get(url, {"whatif": "1", "cases": "50"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<div id="whatif">')  # only the fragment, for htmx to swap
    assert "1 proposal judged" in fragment
    assert "<strong>1</strong> verdict changed" in fragment
    assert f"#{refund_proposal.case_id}" in fragment
    assert "allowed" in fragment and "<strong>needs_supervisor</strong>" in fragment
    assert "P3 → P3, P10" in fragment
    assert "total max amount 15.00 → 15.00 (0.00)" in fragment
    # Without htmx the whole page comes back with the report in it.
    page = admin_client.get(url, {"whatif": "1"}).content.decode()
    assert 'id="policy-diff"' in page and "<strong>needs_supervisor</strong>" in page
    assert not PolicyVersion.objects.get(pk=draft.pk).is_active


def test_activating_makes_the_version_active_and_records_who(admin_client, admin_user):
    version = policy_version_create(author=admin_user, params={"window_days": 45})
    response = admin_client.post(reverse("admin-policy-activate", args=[version.number]))
    assert response.status_code == 302
    assert active_policy().version == version
    activation = version.activations.get()
    assert activation.actor == admin_user and not activation.rollback
    change = AdminChange.objects.get(summary__action="activate")
    assert change.actor == admin_user and change.area == "policy"
    assert change.summary == {"action": "activate", "version": "ride-refunds@2", "previous": "ride-refunds@1"}
    page = admin_client.get(reverse("admin-policies")).content.decode()
    assert "activated by ada" in page
    home = admin_client.get(reverse("admin-home")).content.decode()
    assert "activated ride-refunds@2 (was ride-refunds@1)" in home


def test_activating_the_active_version_again_is_refused(admin_client):
    response = admin_client.post(reverse("admin-policy-activate", args=[1]), follow=True)
    assert "ride-refunds@1 is already active" in response.content.decode()
    assert not AdminChange.objects.exists()


def test_rollback_returns_to_the_previous_version(admin_client, admin_user):
    version = policy_version_create(author=admin_user, params={"window_days": 45})
    policy_version_activate(version=version, actor=admin_user)
    response = admin_client.post(reverse("admin-policy-rollback"), follow=True)
    assert "Rolled back: ride-refunds@1 is the active policy again." in response.content.decode()
    assert active_policy().label == "ride-refunds@1"
    assert PolicyVersion.objects.get(number=1).activations.filter(rollback=True, actor=admin_user).exists()
    change = AdminChange.objects.get(summary__action="rollback")
    assert change.summary["previous"] == "ride-refunds@2"
    assert "rolled back to this version by ada" in response.content.decode()


def test_rollback_with_no_earlier_version_says_so(admin_client):
    response = admin_client.post(reverse("admin-policy-rollback"), follow=True)
    assert "there is no earlier version to roll back to" in response.content.decode()
    assert active_policy().label == "ride-refunds@1"


def test_changes_are_post_only(admin_client):
    assert admin_client.get(reverse("admin-policy-activate", args=[1])).status_code == 405
    assert admin_client.get(reverse("admin-policy-rollback")).status_code == 405


def test_changes_need_the_csrf_token(admin_user):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(admin_user)
    version = policy_version_create(author=admin_user, params={"window_days": 45})
    assert strict.post(reverse("admin-policy-activate", args=[version.number])).status_code == 403
    assert active_policy().label == "ride-refunds@1"


# --- tool permissions ------------------------------------------------------------------


def _tool_post(tool: str, **overrides) -> dict:
    p = tool_permissions()[tool]
    data = {
        "tool": tool,
        "intents": list(p.intents),
        "approver_roles": list(p.approver_roles),
        "timeout_ms": str(p.timeout_ms),
    }
    if p.enabled:
        data["enabled"] = "on"
    data.update(overrides)
    return data


def test_the_tools_page_lists_the_six_tools_with_every_intent_and_role(admin_client):
    page = admin_client.get(reverse("admin-tools")).content.decode()
    for tool in tool_permissions():
        assert f'id="tool-{tool}"' in page
    assert page.count('name="intents" value="lost_item"') == 6
    assert page.count('name="approver_roles" value="analyst"') == 6


def test_an_admin_edits_a_tool_permission(admin_client, admin_user):
    response = admin_client.post(
        reverse("admin-tools"),
        _tool_post(
            "issue_refund", approver_roles=["supervisor"], timeout_ms="1500", intents=["fare_dispute"]
        ),
    )
    assert response.status_code == 302
    row = ToolPermission.objects.get(tool="issue_refund")
    assert row.approver_roles == ["supervisor"]
    assert row.intents == ["fare_dispute"]
    assert row.timeout_ms == 1500
    assert row.updated_by == admin_user
    change = AdminChange.objects.get(area="tools")
    assert change.summary["tool"] == "issue_refund"
    assert change.summary["changes"]["timeout_ms"][1] == 1500
    page = admin_client.get(reverse("admin-tools")).content.decode()
    assert "ada" in page.split('id="tool-issue_refund"')[1].split("</tr>")[0]


def test_switching_a_tool_off_through_htmx_returns_its_row(admin_client):
    data = _tool_post("get_rider_flags")
    data.pop("enabled")
    response = admin_client.post(reverse("admin-tools"), data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<tr id="tool-get_rider_flags"')
    assert "Saved." in fragment
    assert not ToolPermission.objects.get(tool="get_rider_flags").enabled


def test_an_invalid_tool_permission_is_refused_in_its_row(admin_client):
    before = ToolPermission.objects.get(tool="issue_refund")
    response = admin_client.post(reverse("admin-tools"), _tool_post("issue_refund", approver_roles=[]))
    assert response.status_code == 400
    row = response.content.decode().split('id="tool-issue_refund"')[1].split("</tr>")[0]
    assert "A gated tool needs at least one role that may approve it." in row
    response = admin_client.post(
        reverse("admin-tools"), _tool_post("issue_refund", timeout_ms="10"), HTTP_HX_REQUEST="true"
    )
    assert "The timeout must be between 50 and 30000 ms." in response.content.decode()
    response = admin_client.post(reverse("admin-tools"), _tool_post("issue_refund", timeout_ms="fast"))
    assert "The timeout must be a whole number of milliseconds." in response.content.decode()
    after = ToolPermission.objects.get(tool="issue_refund")
    assert (after.approver_roles, after.timeout_ms, after.updated_by) == (
        before.approver_roles,
        before.timeout_ms,
        None,
    )
    assert not AdminChange.objects.exists()


# --- copilot settings ------------------------------------------------------------------


def test_an_admin_edits_the_copilot_settings(admin_client, admin_user):
    response = admin_client.post(
        reverse("admin-settings"),
        {"offline_only": "on", "agent_requests_per_minute": "30", "case_model_call_budget": "40"},
    )
    assert response.status_code == 302
    current = CopilotSettings.current()
    assert current.offline_only is True
    assert current.agent_requests_per_minute == 30
    assert current.updated_by == admin_user
    change = AdminChange.objects.get(area="settings")
    assert change.summary == {
        "action": "update",
        "changes": {"offline_only": [False, True], "agent_requests_per_minute": [20, 30]},
    }
    home = admin_client.get(reverse("admin-home")).content.decode()
    assert "kill switch on" in home
    assert "offline_only False → True" in home


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("agent_requests_per_minute", "0", "Must be between 1 and 600."),
        ("agent_requests_per_minute", "100000", "Must be between 1 and 600."),
        ("case_model_call_budget", "-3", "Must be between 1 and 1000."),
        ("case_model_call_budget", "lots", "Enter a whole number."),
        ("case_model_call_budget", "", "This field is required."),
    ],
)
def test_invalid_copilot_settings_are_refused_with_a_clear_error(admin_client, field, value, message):
    data = {"agent_requests_per_minute": "20", "case_model_call_budget": "40", field: value}
    response = admin_client.post(reverse("admin-settings"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "The settings were not saved" in page and message in page
    current = CopilotSettings.current()
    assert (current.agent_requests_per_minute, current.case_model_call_budget, current.updated_by) == (
        20,
        40,
        None,
    )
    assert not AdminChange.objects.exists()


# --- access ----------------------------------------------------------------------------


def _admin_urls() -> list[tuple[str, str]]:
    """(method, url) for every admin page and change."""
    return [
        ("get", reverse("admin-home")),
        ("get", reverse("admin-policies")),
        ("get", reverse("admin-policy-new")),
        ("post", reverse("admin-policy-new")),
        ("get", reverse("admin-policy-detail", args=[1])),
        ("get", reverse("admin-policy-detail", args=[1]) + "?whatif=1"),
        ("get", reverse("admin-policy-activate", args=[1])),
        ("post", reverse("admin-policy-activate", args=[1])),
        ("get", reverse("admin-policy-rollback")),
        ("post", reverse("admin-policy-rollback")),
        ("get", reverse("admin-tools")),
        ("post", reverse("admin-tools")),
        ("get", reverse("admin-settings")),
        ("post", reverse("admin-settings")),
    ]


@pytest.mark.parametrize("persona", ["agent", "supervisor", "analyst", "outsider"])
def test_only_admins_may_use_the_admin_console(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    for method, url in _admin_urls():
        response = getattr(client, method)(
            url, {"agent_requests_per_minute": "1"} if method == "post" else None
        )
        assert response.status_code == 403, (persona, method, url)
    assert PolicyVersion.objects.count() == 1
    assert not AdminChange.objects.exists()


def test_an_anonymous_visitor_is_sent_to_log_in(client):
    for method, url in _admin_urls():
        response = getattr(client, method)(url)
        assert response.status_code == 302, (method, url)
        assert response["Location"].startswith(reverse("login"))


def test_an_admin_opens_every_page(admin_client):
    for method, url in _admin_urls():
        if method == "get" and "activate" not in url and "rollback" not in url:
            assert admin_client.get(url).status_code == 200, url


def test_the_settings_page_shows_the_model_endpoint_but_never_its_key(admin_client, settings):
    settings.COPILOT_PROVIDER = "openai"
    settings.COPILOT_MODEL = "gpt-test"
    settings.OPENAI_BASE_URL = "http://llm.internal:8000/v1"
    settings.OPENAI_API_KEY = "sk-secret-value"
    page = admin_client.get(reverse("admin-settings")).content.decode()
    assert "gpt-test" in page and "http://llm.internal:8000/v1" in page
    assert "sk-secret-value" not in page
