"""(The security suite's browser part: it needs tests/browser/'s Chromium and live server.)

Script in anything a customer, an agent or a model writes is shown as text, never run: the case page
and the queue are rendered in Chromium with payloads in the message, the subject, a note and the
model's draft; a detector in the page (a global the payloads would set) and the pages'
Content-Security-Policy reports (the `page` fixture fails on any) must both stay quiet."""

from __future__ import annotations

import pytest

from copilot import models as m
from copilot.desk.services import case_note_add
from copilot.intake.services import case_open
from tests.browser.conftest import login
from tests.conftest import wait_until
from tests.factories import RiderFactory

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    "<script>window.__xss = 'script'</script>",
    "<img src=x onerror=\"window.__xss = 'img'\">",
    '"><svg onload="window.__xss = \'svg\'">',
    "<a href=\"javascript:window.__xss='href'\">click</a>",
]


def test_payloads_in_every_field_are_shown_as_text_and_never_run(page, live_url, agent):
    text = "My trip was awful. " + " ".join(PAYLOADS)
    case = case_open(rider=RiderFactory(), text=text, subject=PAYLOADS[1])
    m.Case.objects.filter(pk=case.pk).update(assignee=agent)
    case.refresh_from_db()
    wait_until(lambda: m.Turn.objects.filter(case=case, status="done").exists(), timeout=60)
    m.Turn.objects.filter(case=case).update(draft="Dear customer " + PAYLOADS[2])
    case_note_add(case=case, user=agent, text="Note: " + PAYLOADS[0])

    login(page, live_url, "ava")
    page.add_init_script("window.__xss = null")
    for path in (f"/cases/{case.pk}/", "/cases/"):
        page.goto(f"{live_url}{path}")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("() => window.__xss") is None, path
    page.goto(f"{live_url}/cases/{case.pk}/")
    page.wait_for_load_state("networkidle")
    page.locator("#messages", has_text="<script>window.__xss").wait_for()  # shown, as text
    assert "<svg onload" in page.locator("#draft").input_value()
