"""The main flows in a real Chromium against Daphne, a Celery worker, PostgreSQL and Redis."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import timezone

from copilot import models as m
from copilot.intake.services import case_open
from tests.browser.conftest import login, screenshot, wait_for_js
from tests.conftest import wait_until
from tests.factories import RiderFactory, TripFactory
from tools.approvals import action_approve
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
    # Ask the copilot again and watch the new proposal arrive in the page over the websocket.
    page.fill("input[name=question]", "")
    page.get_by_role("button", name="Ask").click()
    wait_until(lambda: m.Turn.objects.filter(case=case, status="done").count() == 2, timeout=60)
    latest = m.Turn.objects.filter(case=case).order_by("-created_at").first()
    action = PendingAction.objects.get(turn_id=str(latest.pk))
    card = page.locator(f"#action-{action.pk}")
    card.wait_for()  # no reload: the panel re-read itself when the turn finished
    assert (
        "Refund 18.00" in card.inner_text() and "allowed" in card.inner_text() and "P3" in card.inner_text()
    )
    screenshot(page, "case")
    card.get_by_role("button", name="Approve").click()
    page.locator(f"#action-{action.pk}", has_text="Done").wait_for()
    assert m.Refund.objects.filter(trip__rider=case.rider, reason="route_deviation").count() == 1
    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Reply sent.").wait_for()
    # The reply's own re-reads (and the case.changed event's) replace the panel; a click on a
    # button that is being replaced is lost, so the agent's next click waits for them.
    page.wait_for_load_state("networkidle")
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
    page.wait_for_load_state("networkidle")
    errors = page.locator("#policy-errors")
    assert not errors.count(), errors.inner_text()
    page.wait_for_url(re.compile(r".*/admin-console/policies/\d+/$"))
    number = int(page.url.rstrip("/").rsplit("/", 1)[-1])
    assert "agent_approval_limit" in page.content()
    screenshot(page, "admin-policy-diff")
    page.goto(f"{live_url}/admin-console/policies/")
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator(f"#version-{number}").get_by_role("button", name="Activate").click()
    page.locator(f"#version-{number} .badge", has_text="active").wait_for()
    case = detour_case()  # judged by the worker under the new version
    action = PendingAction.objects.get(case=case)
    assert action.verdict["verdict"] == "needs_supervisor"
    assert action.verdict["policy_version"] == f"ride-refunds@{number}"
    assert "P10" in action.verdict["rules"]


def open_own_case(page, live_url, agent) -> m.Case:
    """Ava's page on a detour case assigned to her, its socket open."""
    case = detour_case()
    case.assignee = agent
    case.save()
    login(page, live_url, "ava")
    page.goto(f"{live_url}/cases/{case.pk}/")
    wait_for_js(page, "window.copilotSocket && window.copilotSocket.readyState === 1")
    return case


def test_the_case_page_recovers_what_it_missed_while_its_connection_was_down(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    # Drop the socket, then let the copilot produce a new proposal while the page is deaf.
    page.evaluate("window.copilotSocket.onclose = null; window.copilotSocket.close()")
    m.Turn.objects.filter(case=case).update(status_text="(stale)")
    from copilot.agent.services import turn_request

    turn = turn_request(case=case, user=agent, question="Please double-check the amount.")
    wait_until(lambda: m.Turn.objects.filter(pk=turn.pk, status="done").exists(), timeout=60)
    page.evaluate("window.location.hash = 'reconnect'")
    page.evaluate(
        "(() => { const s = document.createElement('script'); s.src = '/static/js/case.js'; "
        "document.body.appendChild(s); })()"
    )
    # Reconnecting re-reads the panel from the database: the new proposal is there.
    page.locator("#copilot-status", has_text="Proposal ready").wait_for()
    assert page.locator(".action-card", has_text="Refund 18.00").count() >= 1


def test_a_turns_batched_events_stream_the_status_and_the_draft_into_the_page_in_order(page, live_url, agent):
    from copilot.realtime.publisher import case_group, publisher

    case = open_own_case(page, live_url, agent)
    # An open socket re-reads the panel; its answer would replace what the events below write.
    page.wait_for_load_state("networkidle")
    seq = m.Turn.objects.filter(case=case).order_by("-created_at").first().seq
    # One frame carrying three events, as a turn's stream sends them; then a single event.
    publisher.send(
        case_group(case.pk),
        [
            ("turn.status", {"seq": seq + 1, "status": "Writing the reply"}),
            ("turn.delta", {"seq": seq + 2, "offset": 0, "text": "Hello Maria,"}),
            ("turn.delta", {"seq": seq + 3, "offset": 12, "text": " sorry about the detour."}),
        ],
    )
    page.locator("#copilot-status", has_text="Writing the reply").wait_for()
    wait_for_js(page, "document.getElementById('draft').value === 'Hello Maria, sorry about the detour.'")
    publisher.send(case_group(case.pk), [("turn.delta", {"seq": seq + 4, "offset": 5, "text": " again"})])
    wait_for_js(page, "document.getElementById('draft').value === 'Hello again'")


def test_events_that_arrive_while_the_panel_is_re_read_survive_the_older_answer(page, live_url, agent):
    from copilot.realtime.publisher import case_group, publisher

    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    turn = m.Turn.objects.filter(case=case).order_by("-created_at").first()
    saved = turn.draft
    events = [
        ("turn.reset", {"turn_id": str(turn.pk), "seq": turn.seq + 1}),
        ("turn.status", {"turn_id": str(turn.pk), "seq": turn.seq + 2, "status": "Writing again"}),
        ("turn.delta", {"turn_id": str(turn.pk), "seq": turn.seq + 3, "offset": 0, "text": "Hello Maria"}),
    ]

    def answer_late(route):
        # The server answers with the turn as saved; the events leave before that answer lands.
        response = route.fetch()
        publisher.send(case_group(case.pk), events)
        wait_for_js(page, "document.getElementById('draft').value === 'Hello Maria'")
        route.fulfill(response=response)

    page.evaluate(
        "document.body.addEventListener('htmx:afterSwap', () => { window.swaps = (window.swaps || 0) + 1; })"
    )
    page.route(f"**/cases/{case.pk}/copilot", answer_late)
    page.evaluate("htmx.trigger('#copilot', 'copilot-refresh')")
    wait_for_js(page, "window.swaps === 1")  # the older answer is in the page
    page.unroute(f"**/cases/{case.pk}/copilot")
    assert saved and saved != "Hello Maria"
    assert page.locator("#draft").input_value() == "Hello Maria"
    assert page.locator("#copilot-status").inner_text() == "Writing again"
    # The next delta continues the replayed draft, not the stale one.
    publisher.send(
        case_group(case.pk),
        [("turn.delta", {"turn_id": str(turn.pk), "seq": turn.seq + 4, "offset": 11, "text": ", sorry."})],
    )
    wait_for_js(page, "document.getElementById('draft').value === 'Hello Maria, sorry.'")


def test_a_draft_the_agent_is_editing_survives_a_re_read_of_the_panel(page, live_url, agent):
    from copilot.realtime.publisher import case_group, publisher

    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    page.fill("#draft", "My own words for Maria.")
    with page.expect_response(f"**/cases/{case.pk}/copilot"):
        publisher.send(case_group(case.pk), [("action.changed", {"case_id": case.pk})])  # re-read
    page.wait_for_load_state("networkidle")
    assert page.locator("#draft").input_value() == "My own words for Maria."


def test_the_queue_shows_a_new_case_without_a_reload(page, live_url, agent):
    login(page, live_url, "ava")
    page.goto(f"{live_url}/cases/")
    page.wait_for_load_state("networkidle")
    rider = RiderFactory()
    case = case_open(rider=rider, text="Where is my receipt for yesterday's ride?")
    page.locator("tr", has_text=f"#{case.pk}").wait_for()


def test_an_analyst_downloads_the_cases_csv_and_its_rows_match_the_database(page, live_url, analyst, agent):
    import csv
    import io

    case = detour_case()
    case.assignee = agent
    case.save()
    from copilot.desk.services import case_reply, case_resolve

    case_reply(case=case, user=agent, text="We are on it.", override_reason="Other: shorter")
    case_resolve(case=case, user=agent)
    login(page, live_url, "ana")
    page.goto(f"{live_url}/metrics/")
    screenshot(page, "metrics")
    with page.expect_download() as download:
        page.locator("a[href*='export/cases.csv']").first.click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text())))
    [row] = [r for r in rows if r["case_id"] == str(case.pk)]
    case.refresh_from_db()
    assert row["rider_id"] == case.rider.rider_id
    assert row["status"] == "resolved" and row["assignee"] == "ava"
    # The export rounds to whole seconds; a flow this quick can take 0.6 s.
    assert int(row["aht_seconds"]) == round((case.resolved_at - case.opened_at).total_seconds())
    assert {r["case_id"] for r in rows} == {str(pk) for pk in m.Case.objects.values_list("pk", flat=True)}
