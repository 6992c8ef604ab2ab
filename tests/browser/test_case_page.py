"""The case page tells the truth while it stays open: after each change, the open page shows
what a fresh load of the same page shows, without a reload (issue 19's defects, each of which
these tests saw before the fix)."""

from __future__ import annotations

import pytest

from copilot import models as m
from copilot.intake.services import message_receive_for_case
from tests.browser.conftest import login, same_as_a_fresh_load, wait_for_js
from tests.browser.test_flows import detour_case, open_own_case
from tests.conftest import wait_until
from tools.models import PendingAction

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

REGIONS = """() => {
  const text = (selector) => { const el = document.querySelector(selector); return el ? el.innerText.trim() : null; };
  const draft = document.getElementById("draft");
  return {
    status: text("#case-status"),
    messages: text("#messages"),
    trips: text("#recent-trips"),
    draft: draft ? draft.value : null,
    cards: [...document.querySelectorAll(".action-card")].map((card) => [
      card.id, card.innerText.replace(/\\s+/g, " ").trim(), !!card.querySelector("button.approve"),
    ]),
  };
}"""


def regions(page) -> dict:
    return page.evaluate(REGIONS)


def assert_same_as_a_fresh_load(page, *, timeout: float = 20.0) -> dict:
    """The open page's regions are those of a fresh load (tests/browser/conftest.py)."""
    return same_as_a_fresh_load(page, regions, timeout=timeout)


def first_card(page, case: m.Case):
    action = PendingAction.objects.filter(case=case).order_by("created_at").first()
    return action, page.locator(f"#action-{action.pk}")


def test_a_sent_reply_shows_in_the_conversation_and_the_old_draft_does_not_come_back(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    copilot_draft = page.locator("#draft").input_value()
    page.fill("#draft", "My own words for Maria.")
    page.select_option(f"form[hx-post='/cases/{case.pk}/reply'] select[name=reason_code]", "other")
    page.get_by_role("button", name="Send reply").click()
    page.get_by_text("Reply sent.").wait_for()

    page.locator("#messages", has_text="My own words for Maria.").wait_for()
    assert copilot_draft and page.locator("#draft").input_value() == ""
    assert_same_as_a_fresh_load(page)


def test_a_customer_message_to_the_open_case_shows_without_a_reload(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")

    message_receive_for_case(
        case_id=case.pk, rider_id=case.rider.rider_id, text="Also, the driver was rude to me."
    )

    page.locator("#messages", has_text="the driver was rude to me").wait_for()
    assert_same_as_a_fresh_load(page)


def test_the_conversation_column_follows_an_approved_refund_and_a_resolved_case(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    assert "18.00" not in page.locator("#recent-trips").inner_text().split("Refunded", 1)[1]
    _, card = first_card(page, case)

    card.get_by_role("button", name="Approve").click()
    card.filter(has_text="Done").wait_for()
    page.locator("#recent-trips", has_text="18.00").wait_for()
    assert_same_as_a_fresh_load(page)
    page.get_by_role("button", name="Resolve case").click()
    page.locator("#case-status", has_text="Resolved").wait_for()
    assert_same_as_a_fresh_load(page)


def test_an_approved_card_says_what_was_done_and_by_whom(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    action, card = first_card(page, case)

    card.get_by_role("button", name="Approve").click()
    card.filter(has_text="Done").wait_for()

    text = card.inner_text()
    assert f"Refund of 18.00 paid (refund rf_act{action.pk})" in text
    assert "by Ava" in text and "kind, amount" not in text


def test_a_rejected_card_says_who_rejected_it_and_why(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    _, card = first_card(page, case)

    card.locator("select[name=reason_code]").select_option("amount")
    card.locator("input[name=reason_text]").fill("the customer asked for less")
    card.get_by_role("button", name="Reject").click()
    card.filter(has_text="Rejected · by Ava").wait_for()

    assert "Amount is wrong: the customer asked for less" in card.inner_text()
    assert_same_as_a_fresh_load(page)


def test_the_page_that_decided_does_not_re_read_its_panel_but_another_open_page_of_the_case_does(
    page, live_url, agent
):
    """A re-read just after the decision's own answer would swap the buttons under the next click."""
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    other = page.context.new_page()
    other.goto(page.url)
    other.wait_for_load_state("networkidle")
    _, card = first_card(page, case)
    panel_reads = {"this": 0, "other": 0}
    page.on(
        "request",
        lambda r: r.url.endswith("/copilot") and panel_reads.__setitem__("this", panel_reads["this"] + 1),
    )
    other.on(
        "request",
        lambda r: r.url.endswith("/copilot") and panel_reads.__setitem__("other", panel_reads["other"] + 1),
    )

    card.locator("select[name=reason_code]").select_option("policy_exception")
    card.get_by_role("button", name="Reject").click()
    card.filter(has_text="Rejected · by Ava").wait_for()
    other.locator(f"#{card.get_attribute('id')}", has_text="Rejected · by Ava").wait_for()
    page.wait_for_timeout(1500)  # the event reached both pages (the other one re-read on it)

    assert panel_reads == {"this": 0, "other": 1}
    assert_same_as_a_fresh_load(page)
    other.close()


def test_notices_and_errors_are_set_apart_from_the_page(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    page.fill("#draft", "Changed without saying why.")
    page.get_by_role("button", name="Send reply").click()
    error = page.locator("#copilot-flash .error")
    error.wait_for()

    style = error.evaluate(
        "e => { const s = getComputedStyle(e); return [s.backgroundColor, s.paddingLeft]; }"
    )
    assert style[0] not in ("rgba(0, 0, 0, 0)", "transparent") and style[1] != "0px"
    assert m.Message.objects.filter(case=case, role="agent").count() == 0


def test_alt_a_on_a_card_that_needs_a_supervisor_hands_it_over_and_moves_on(page, live_url, agent):
    case = detour_case(fare="120.00", quote="40.00", km=20.0)
    case.assignee = agent
    case.save()
    action = PendingAction.objects.get(case=case)
    assert action.verdict["verdict"] == "needs_supervisor"
    login(page, live_url, "ava")
    page.goto(f"{live_url}/cases/{case.pk}/")
    wait_for_js(page, "window.copilotSocket && window.copilotSocket.readyState === 1")
    page.wait_for_load_state("networkidle")

    page.keyboard.press("Alt+a")
    card = page.locator(f"#action-{action.pk}")
    card.filter(has_text="Awaiting a supervisor").wait_for()

    assert card.get_by_role("button", name="Approve").count() == 0
    assert page.locator("[data-key=a]").count() == 0  # the next Alt+A cannot land on it again
    assert_same_as_a_fresh_load(page)


def test_the_admin_home_names_the_provider_that_is_in_use(page, live_url, admin_user):
    login(page, live_url, "ada")
    page.goto(f"{live_url}/admin-console/")

    line = page.locator("#copilot-provider").inner_text()
    assert "offline planner (no model endpoint configured)" in line
    assert "model endpoint in use" not in line


@pytest.mark.parametrize("path", ["queue", "case"])
def test_the_queue_and_the_case_page_fit_a_phone(browser, live_url, agent, path):
    case = detour_case()
    case.assignee = agent
    case.save()
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        login(page, live_url, "ava")
        page.goto(f"{live_url}/cases/" if path == "queue" else f"{live_url}/cases/{case.pk}/")
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        wide = page.evaluate(
            "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)"
            ".slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))"
        )
    finally:
        context.close()
    assert width <= 390, wide


def test_a_rejected_refund_stays_in_view_and_is_not_offered_again_after_a_follow_up(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    action, card = first_card(page, case)
    card.locator("select[name=reason_code]").select_option("policy_exception")
    card.get_by_role("button", name="Reject").click()
    card.filter(has_text="Rejected · by Ava").wait_for()
    page.wait_for_load_state("networkidle")  # the rejection's re-reads replace the panel first
    draft = page.locator("#draft").input_value()

    page.fill("input[name=question]", "Could you check the refund again?")
    page.get_by_role("button", name="Ask").click()
    wait_until(lambda: m.Turn.objects.filter(case=case, status="done").count() == 2, timeout=60)

    page.locator("#copilot-question", has_text="Could you check the refund again?").wait_for()
    # Answered as an answer, to the agent; the customer's draft is not rewritten.
    page.locator("#copilot-answer", has_text="a person already rejected this for this trip").wait_for()
    assert page.locator("#draft").input_value() == draft
    page.locator(".earlier").locator(f"#action-{action.pk}", has_text="Rejected").wait_for()
    assert not PendingAction.objects.filter(case=case, status="pending").exists()
    assert page.locator("button.approve").count() == 0
    assert_same_as_a_fresh_load(page)


def test_one_case_through_every_kind_of_change_stays_true_without_a_reload(
    page, browser, live_url, agent, supervisor
):
    case = detour_case(fare="120.00", quote="40.00", km=20.0)
    case.assignee = agent
    case.save()
    login(page, live_url, "ava")
    page.goto(f"{live_url}/cases/{case.pk}/")
    wait_for_js(page, "window.copilotSocket && window.copilotSocket.readyState === 1")
    page.wait_for_load_state("networkidle")
    assert_same_as_a_fresh_load(page)

    # The agent approves an over-limit refund: it waits for a supervisor.
    refund, card = first_card(page, case)
    card.get_by_role("button", name="Approve").click()
    card.filter(has_text="Awaiting a supervisor").wait_for()
    assert_same_as_a_fresh_load(page)

    # A supervisor approves it in another browser; the agent's page follows.
    other = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        boss = other.new_page()
        login(boss, live_url, "sam")
        boss.goto(f"{live_url}/supervisor/")
        item = boss.locator(f"#sv-action-{refund.pk}")
        item.get_by_role("button", name="Approve").click()
        item.wait_for(state="detached")
    finally:
        other.close()
    card.filter(has_text="Done").wait_for()
    assert_same_as_a_fresh_load(page)

    # The customer writes again: the message and the new proposal appear.
    message_receive_for_case(
        case_id=case.pk, rider_id=case.rider.rider_id, text="Thanks. Also the driver was very rude to me."
    )
    page.locator("#messages", has_text="very rude to me").wait_for()
    wait_until(lambda: m.Turn.objects.filter(case=case, status="done").count() == 2, timeout=60)
    assert_same_as_a_fresh_load(page)

    # Reject what the copilot proposed now, reply, ask a follow-up, resolve.
    for action in PendingAction.objects.filter(case=case, status="pending"):
        new_card = page.locator(f"#action-{action.pk}")
        new_card.locator("select[name=reason_code]").select_option("policy_exception")
        new_card.get_by_role("button", name="Reject").click()
        new_card.filter(has_text="Rejected · by Ava").wait_for()
        assert_same_as_a_fresh_load(page)
    page.fill("#draft", "We have refunded 80.00 and passed your feedback on.")
    page.select_option(f"form[hx-post='/cases/{case.pk}/reply'] select[name=reason_code]", "other")
    page.get_by_role("button", name="Send reply").click()
    page.locator("#messages", has_text="passed your feedback on").wait_for()
    assert_same_as_a_fresh_load(page)
    page.fill("input[name=question]", "Is there anything else we owe this rider?")
    page.get_by_role("button", name="Ask").click()
    wait_until(lambda: m.Turn.objects.filter(case=case, status="done").count() == 3, timeout=60)
    page.locator("#copilot-question", has_text="anything else we owe").wait_for()
    assert not PendingAction.objects.filter(case=case, status="pending").exists()
    assert_same_as_a_fresh_load(page)
    page.get_by_role("button", name="Resolve case").click()
    page.locator("#case-status", has_text="Resolved").wait_for()
    assert_same_as_a_fresh_load(page)
    assert m.Refund.objects.filter(trip__rider=case.rider).count() == 1


def test_a_question_and_a_reason_being_typed_survive_a_re_read_of_the_panel(page, live_url, agent):
    from copilot.realtime.publisher import case_group, publisher

    case = open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    _, card = first_card(page, case)
    page.fill("input[name=question]", "Was the detour really the driver's choice?")
    card.locator("input[name=reason_text]").fill("half typed")
    with page.expect_response(f"**/cases/{case.pk}/copilot"):
        publisher.send(case_group(case.pk), [("action.changed", {"case_id": case.pk})])  # re-read
    page.wait_for_load_state("networkidle")

    assert page.locator("input[name=question]").input_value() == "Was the detour really the driver's choice?"
    assert card.locator("input[name=reason_text]").input_value() == "half typed"


def test_a_supervisor_opening_the_case_is_named_on_the_agents_page_until_they_leave(
    page, browser, live_url, agent, supervisor
):
    open_own_case(page, live_url, agent)
    assert page.locator("#presence").inner_text() == ""
    context = browser.new_context()
    try:
        other = context.new_page()
        login(other, live_url, "sam")
        other.goto(page.url)
        other.locator("#presence", has_text="Also open by Ava").wait_for()  # rendered with the page
        page.locator("#presence", has_text="Also open by Sam").wait_for()
    finally:
        context.close()
    wait_for_js(page, "document.getElementById('presence').textContent === ''")


def test_an_internal_note_shows_on_every_open_page_of_the_case_in_the_timeline(page, live_url, agent):
    open_own_case(page, live_url, agent)
    page.wait_for_load_state("networkidle")
    other = page.context.new_page()
    other.goto(page.url)
    other.wait_for_load_state("networkidle")

    page.fill("#note-text", "Maria Lopez called too; promised an answer today.")
    page.get_by_role("button", name="Add note").click()

    page.locator("#messages .activity.note", has_text="promised an answer today").wait_for()
    assert page.locator("#note-text").input_value() == ""
    other.locator("#messages .activity.note", has_text="Maria Lopez called too").wait_for()
    assert_same_as_a_fresh_load(page)
    other.close()


def test_times_show_in_the_agents_own_time_zone_and_the_trip_in_its_citys(browser, live_url, agent):
    case = detour_case()
    case.assignee = agent
    case.save()
    context = browser.new_context(timezone_id="Asia/Tokyo")
    try:
        page = context.new_page()
        login(page, live_url, "ava")
        page.goto(f"{live_url}/cases/{case.pk}/")
        page.wait_for_load_state("networkidle")
        opened = page.locator("#conversation time").first.inner_text()
        trip_cell = page.locator("#recent-trips td").nth(1).inner_text()
    finally:
        context.close()
    assert "GMT+9" in opened or "JST" in opened, opened
    assert "Chicago · " in trip_cell and ("CST" in trip_cell or "CDT" in trip_cell), (
        trip_cell
    )  # the factory's city


def test_a_supervisors_optional_note_on_an_approval_is_an_acceptance_not_an_override(
    page, browser, live_url, agent, supervisor, analyst
):
    case = detour_case(fare="120.00", quote="40.00", km=20.0)  # over the agent's limit
    m.Case.objects.filter(pk=case.pk).update(assignee=agent)
    login(page, live_url, "ava")
    page.goto(f"{live_url}/cases/{case.pk}/")
    page.wait_for_load_state("networkidle")
    action, card = first_card(page, case)
    card.get_by_role("button", name="Approve").click()
    card.filter(has_text="Awaiting a supervisor").wait_for()
    context = browser.new_context()
    try:
        boss = context.new_page()
        login(boss, live_url, "sam")
        boss.goto(f"{live_url}/supervisor/")
        item = boss.locator(f"#sv-action-{action.pk}")
        item.get_by_placeholder("Note (optional)").fill("Fine, the detour was long.")
        item.get_by_role("button", name="Approve").click()
        wait_until(lambda: PendingAction.objects.get(pk=action.pk).status == "executed", timeout=30)
    finally:
        context.close()
    context = browser.new_context()
    try:
        reader = context.new_page()
        login(reader, live_url, "ana")
        reader.goto(f"{live_url}/metrics/")
        row = reader.locator("table.numbers tr", has_text="route_deviation").first
        cells = row.locator("td").all_inner_texts()
    finally:
        context.close()
    # Reason, decided, accepted, overridden, acceptance, override.
    assert cells[1:] == ["1", "1", "0", "100.0%", "0.0%"], cells


def test_on_a_wide_screen_the_conversation_and_the_copilot_sit_side_by_side(page, live_url, agent):
    open_own_case(page, live_url, agent)
    page.set_viewport_size({"width": 1280, "height": 900})
    left = page.locator("#conversation").bounding_box()
    right = page.locator("#copilot").bounding_box()
    assert left["x"] < right["x"] and left["x"] + left["width"] <= right["x"] + 1, (left, right)
    assert abs(left["y"] - right["y"]) < 80, (left, right)  # the flash area sits above the panel


def test_an_open_page_learns_a_turns_outcome_even_when_its_last_event_never_came(page, live_url, agent):
    case = open_own_case(page, live_url, agent)
    earlier = m.Turn.objects.filter(case=case, status="done").latest("created_at")
    # A turn is running (the page shows it), then finishes without any event reaching the page:
    # what a Redis restart does to the events it was relaying.
    turn = m.Turn.objects.create(
        case=case, kind=m.Turn.Kind.REGENERATE, status=m.Turn.Status.RUNNING, status_text="Thinking", seq=3
    )
    page.reload()
    wait_for_js(page, "document.getElementById('copilot-turn').dataset.status === 'running'")
    proposal = {
        **earlier.proposal,
        "turn_id": str(turn.pk),
        "draft": "Hello, the detour refund is on its way.",
    }
    m.Turn.objects.filter(pk=turn.pk).update(
        status=m.Turn.Status.DONE,
        status_text="Proposal ready",
        draft=proposal["draft"],
        proposal=proposal,
        seq=9,
    )
    wait_for_js(page, "document.getElementById('copilot-turn').dataset.status === 'done'", timeout=20)
    assert regions(page)["draft"] == "Hello, the detour refund is on its way."
    assert_same_as_a_fresh_load(page)
