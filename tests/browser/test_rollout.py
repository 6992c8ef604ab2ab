"""The rollout in a real Chromium: an agent's open case page loses the copilot panel the moment an
admin takes them out of the rollout, and gains it back, showing what a fresh load shows."""

from __future__ import annotations

import pytest

from policies.models import CopilotRollout
from tests.browser.conftest import axe_violations, login, same_as_a_fresh_load, screenshot, wait_for_js
from tests.browser.test_flows import detour_case
from tools.approvals import action_reject
from tools.models import PendingAction

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

COLUMN = """() => {
  const text = (selector) => { const el = document.querySelector(selector); return el ? el.innerText.trim() : null; };
  return {
    panel: !!document.getElementById("copilot-panel"),
    draft: !!document.getElementById("draft"),
    reply: !!document.getElementById("reply-text"),
    cards: document.querySelectorAll(".action-card").length,
    column: text("#copilot"),
    messages: text("#messages"),
  };
}"""


def column(page) -> dict:
    return page.evaluate(COLUMN)


def set_rollout_as_admin(admin_page, live_url: str, *, agents: str) -> None:
    admin_page.goto(f"{live_url}/admin-console/settings/")
    admin_page.check("input[name=mode][value=allow_list]")
    admin_page.fill("#id_agents", agents)
    admin_page.get_by_role("button", name="Save rollout").click()
    admin_page.get_by_text("Rollout saved").wait_for()


def test_an_open_case_page_loses_and_regains_the_panel_as_the_admin_changes_the_rollout(
    browser, page, live_url, agent, agent2, admin_user, supervisor
):
    case = detour_case()
    case.assignee = agent
    case.save()
    row = CopilotRollout.current()
    row.mode, row.agent_ids = CopilotRollout.Mode.ALLOW_LIST, [agent.pk, agent2.pk]
    row.save()

    login(page, live_url, "ava")
    page.goto(f"{live_url}/cases/{case.pk}/")
    page.wait_for_load_state("networkidle")
    wait_for_js(page, "window.copilotSocket && window.copilotSocket.readyState === 1")
    before = column(page)
    assert before["panel"] and before["draft"] and before["cards"] == 1

    admin = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    login(admin, live_url, "ada")
    set_rollout_as_admin(admin, live_url, agents="ben")

    # No reload: the rollout.changed event made the page re-read its right column.
    page.locator("#copilot-panel").wait_for(state="detached")
    # A supervisor decides the proposal meanwhile: the page hears nothing of it (action.changed is
    # the copilot's), and a fresh load of the case shows no decision in the timeline either.
    action_reject(action_id=PendingAction.objects.get(case=case).pk, user=supervisor, reason="other")
    without = same_as_a_fresh_load(page, column)
    assert "Rejected" not in without["messages"]
    assert not without["panel"] and not without["draft"] and without["reply"] and without["cards"] == 0
    assert "Refund" not in without["column"] and "Maria Lopez here" in without["messages"]
    screenshot(page, "case-without-copilot")

    set_rollout_as_admin(admin, live_url, agents="ben, ava")
    page.locator("#copilot-panel").wait_for()
    again = same_as_a_fresh_load(page, column)
    assert again["panel"] and again["draft"] and again["cards"] == 1
    assert "Rejected: Refund" in again["messages"]
    admin.context.close()


def test_the_case_page_without_the_panel_passes_axe(browser, live_url, agent):
    case = detour_case()
    case.assignee = agent
    case.save()
    CopilotRollout.objects.update_or_create(pk=1, defaults={"mode": CopilotRollout.Mode.NOBODY})
    problems = {}
    for width in (1280, 390):
        # axe-core goes in as an inline script, which the pages' Content-Security-Policy rightly blocks.
        context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
        page = context.new_page()
        try:
            login(page, live_url, "ava")
            page.goto(f"{live_url}/cases/{case.pk}/")
            page.wait_for_load_state("networkidle")
            assert page.locator("#reply-text").count() == 1 and page.locator("#copilot-panel").count() == 0
            found = axe_violations(page)
            if page.evaluate("document.documentElement.scrollWidth") > width:
                found.append(f"wider than {width} px")
            if found:
                problems[width] = found
        finally:
            context.close()
    assert problems == {}
