"""Every page, for every role, at a desk's width and a phone's: axe-core finds no serious or
critical violation, and no page is wider than the window."""

from __future__ import annotations

import pytest

from copilot import models as m
from tests.browser.conftest import axe_violations, login
from tests.browser.test_flows import detour_case
from tools.models import PendingAction

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

WIDTHS = [1280, 390]


def check(browser, live_url: str, username: str, paths: list[str]) -> None:
    problems: dict[str, list[str]] = {}
    for width in WIDTHS:
        # axe-core goes in as an inline script, which the pages' Content-Security-Policy rightly blocks.
        context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
        page = context.new_page()
        try:
            if username:
                login(page, live_url, username)
            for path in paths:
                page.goto(f"{live_url}{path}")
                page.wait_for_load_state("networkidle")
                found = axe_violations(page)
                scroll = page.evaluate("document.documentElement.scrollWidth")
                if scroll > width:
                    wide = page.evaluate(
                        "w => [...document.querySelectorAll('main *')]"
                        ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.scroll'))"
                        ".slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                        " + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''))",
                        width,
                    )
                    found.append(f"the page is {scroll} px wide in a {width} px window: {wide}")
                if found:
                    problems[f"{path} at {width} px"] = found
        finally:
            context.close()
    assert problems == {}


def test_the_login_page(browser, live_url):
    check(browser, live_url, "", ["/login/"])


def test_the_agents_pages(browser, live_url, agent):
    case = detour_case()
    case.assignee = agent
    case.save()
    check(browser, live_url, "ava", ["/cases/", "/cases/?view=all&q=detour", f"/cases/{case.pk}/"])


def test_the_supervisors_pages(browser, live_url, agent, supervisor):
    case = detour_case(fare="120.00", quote="40.00", km=20.0)
    assert PendingAction.objects.filter(case=case, verdict__verdict="needs_supervisor").exists()
    check(browser, live_url, "sam", ["/supervisor/", f"/cases/{case.pk}/"])


def test_the_admins_pages(browser, live_url, admin_user):
    check(
        browser,
        live_url,
        "ada",
        [
            "/",
            "/admin-console/",
            "/admin-console/policies/",
            "/admin-console/policies/1/",
            "/admin-console/policies/new",
            "/admin-console/tools/",
            "/admin-console/settings/",
        ],
    )


def test_the_analysts_pages(browser, live_url, analyst):
    assert m.Case.objects.count() == 0  # an empty range draws empty charts, which must still be readable
    check(browser, live_url, "ana", ["/", "/metrics/"])
