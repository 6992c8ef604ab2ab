"""The main flows in a real Chromium against Daphne, a Celery worker, PostgreSQL and Redis."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.utils import timezone

from copilot import models as m
from copilot.services import case_open
from tests.browser.conftest import login, screenshot
from tests.conftest import wait_until
from tests.factories import RiderFactory, TripFactory
from tools.actions import action_approve
from tools.models import PendingAction

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def detour_case(*, fare: str = "48.00", quote: str = "30.00", km: float = 14.2) -> m.Case:
    rider = RiderFactory(name="Maria Lopez")
    trip = TripFactory(rider=rider, upfront_fare=Decimal(quote), fare=fare, actual_distance_km=km)
    case = case_open(
        rider=rider,
        text=f"Hi, Maria Lopez here. The driver took a huge detour on trip "
        f"{str(trip.trip_id)[:8]}, quoted {quote} and I paid {fare}!",
    )
    wait_until(lambda: m.Turn.objects.filter(case=case, status="done").exists(), timeout=60)
    return case


def test_an_agent_takes_a_case_watches_the_copilot_approves_replies_and_resolves(page, live_url, agent):
    case = detour_case()
    login(page, live_url, "ava")
    page.goto(f"{live_url}/cases/")
    screenshot(page, "queue")
    row = page.locator("tr", has_text=f"#{case.pk}")
    row.get_by_role("button", name="Take").click()
    page.wait_for_url(f"**/cases/{case.pk}/")
    assert page.get_by_text("Maria Lopez here").is_visible()  # real values, for the case's agent
    # Ask the copilot again and watch the new draft stream into the page over the websocket.
    page.fill("input[name=question]", "")
    page.get_by_role("button", name="Ask").click()
    page.wait_for_function(
        "document.getElementById('copilot-status') && "
        "document.getElementById('copilot-status').textContent.includes('Proposal ready')"
    )
    card = page.locator(".action-card", has_text="Refund 18.00")
    card.wait_for()
    assert "allowed" in card.inner_text() and "P3" in card.inner_text()
    screenshot(page, "case")
    card.get_by_role("button", name="Approve").click()
    page.locator(".action-card", has_text="Done").wait_for()
    card = page.locator(".action-card", has_text="Refund 18.00").first
    assert m.Refund.objects.filter(trip__rider=case.rider, reason="route_deviation").count() == 1
    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Reply sent.").wait_for()
    page.get_by_role("button", name="Resolve case").click()
    page.get_by_text("Case resolved.").wait_for()
    case.refresh_from_db()
    assert case.status == "resolved" and case.first_response_at is not None
    assert m.Refund.objects.filter(trip__rider=case.rider).count() == 1


def test_a_supervisor_approves_an_over_limit_refund(page, live_url, agent, supervisor):
    case = detour_case(fare="120.00", quote="40.00", km=20.0)
    action = PendingAction.objects.get(case=case)
    assert action.verdict["verdict"] == "needs_supervisor"
    case.assignee = agent
    case.save()
    assert action_approve(action_id=action.pk, user=agent).status == "waiting_supervisor"
    login(page, live_url, "sam")
    page.goto(f"{live_url}/supervisor/")
    item = page.locator(f"#sv-action-{action.pk}")
    item.wait_for()
    assert "P10" in item.inner_text()
    screenshot(page, "supervisor")
    item.get_by_role("button", name="Approve").click()
    item.wait_for(state="detached")
    action.refresh_from_db()
    assert action.status == "executed"
    assert m.Refund.objects.filter(refund_id=f"rf_act{action.pk}", amount=Decimal("80.00")).count() == 1


def test_an_outsider_is_refused_everywhere(page, live_url, outsider):
    case = m.Case.objects.create(rider=RiderFactory(), opened_at=timezone.now())
    login(page, live_url, "olly")
    for path in ("/", "/cases/", f"/cases/{case.pk}/", "/supervisor/", f"/cases/{case.pk}/copilot"):
        response = page.goto(f"{live_url}{path}")
        assert response.status == 403, path
        assert page.get_by_text("Not allowed").is_visible()


def test_an_admin_changes_a_parameter_and_the_next_verdict_uses_the_new_version(page, live_url, admin_user):
    login(page, live_url, "ada")
    page.goto(f"{live_url}/admin-console/policies/new")
    page.fill("#id_agent_approval_limit", "10.00")
    page.fill("#id_note", "Lower the agent limit while we review detours")
    page.get_by_role("button", name="Save as a new version").click()
    page.wait_for_url("**/admin-console/policies/2/")
    assert "agent_approval_limit" in page.content()
    screenshot(page, "admin-policy-diff")
    page.goto(f"{live_url}/admin-console/policies/")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator("#version-2").get_by_role("button", name="Activate").click()
    page.locator("#version-2 .badge", has_text="active").wait_for()
    case = detour_case()  # judged by the worker under the new version
    action = PendingAction.objects.get(case=case)
    assert (action.verdict["verdict"], action.verdict["policy_version"]) == (
        "needs_supervisor",
        "ride-refunds@2",
    )
    assert "P10" in action.verdict["rules"]
