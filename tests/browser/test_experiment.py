"""An A/B experiment in a real Chromium: an admin starts one at 50 %, each agent is put in an arm the
first time they are seen and works with or without the copilot panel accordingly, and the analyst's
readout shows both arms with intervals equal to a computation from the database.

Needs the rollout selector to consult the experiment: `policies.rollout.copilot_enabled` asks
`policies.experiments.experiment_arm` for agents while an experiment runs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from copilot import models as m
from copilot.analytics import readout
from tests.browser.conftest import login, screenshot
from tests.browser.test_accessibility import check
from tests.factories import NOW, CaseFactory, make_user

pytestmark = [pytest.mark.browser, pytest.mark.worker, pytest.mark.django_db(transaction=True)]

AGENTS = 12  # the chance that twelve fair coins all land in one arm is 1 in 2048
ROWS = """() => [...document.querySelectorAll("#readout tbody tr")].map((tr) => ({
  key: tr.id.replace("metric-", ""), copilot: tr.dataset.copilot, control: tr.dataset.control,
  estimate: tr.dataset.estimate, low: tr.dataset.low, high: tr.dataset.high,
  interval: tr.children[4].innerText.trim(),
}))"""


def _number(text: str) -> float | None:
    return float(text) if text else None


def _admin_starts_an_experiment(browser, live_url: str) -> m.Experiment:
    admin = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    login(admin, live_url, "ada")
    admin.goto(f"{live_url}/experiments/")
    admin.fill("#id_name", "Floor pilot")
    admin.fill("#id_copilot_percent", "50")
    admin.fill("#id_ends_at", (NOW + timedelta(days=28)).strftime("%Y-%m-%dT%H:%M"))
    admin.get_by_role("button", name="Start the experiment").click()
    admin.get_by_text("Experiment started.").wait_for()
    assert "running" in admin.locator("#experiments").inner_text()
    screenshot(admin, "experiment-admin")
    admin.context.close()
    return m.Experiment.objects.get(name="Floor pilot")


def _agent_opens_a_case(browser, live_url: str, agent: User) -> tuple[str | None, bool]:
    """The agent's first visit (which assigns them), and whether their case page has the panel."""
    case = CaseFactory(assignee=agent, subject="Question about my trip")
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    try:
        login(page, live_url, agent.username)
        page.goto(f"{live_url}/cases/{case.pk}/")
        page.wait_for_load_state("networkidle")
        has_panel = page.locator("#copilot-panel").count() == 1
        # Every agent can reply: into the copilot's draft, or into a plain reply box without it.
        assert page.locator("#draft" if has_panel else "#reply-text").count() == 1
    finally:
        page.context.close()
    arm = (
        m.ExperimentAssignment.objects.filter(user=agent, experiment__name="Floor pilot")
        .values_list("arm", flat=True)
        .first()
    )
    return arm, has_panel


def _cases_handled_in_the_experiment(experiment: m.Experiment, agents: list[User]) -> None:
    """Resolved cases for each assigned agent, of different lengths, a few escalated."""
    supervisor = User.objects.get(username="sam")
    for i, agent in enumerate(agents):
        for j in range(3):
            # Within the experiment's first second: the agents' visits above took longer than that.
            opened = experiment.starts_at + timedelta(milliseconds=1 + 30 * i + 10 * j)
            case = CaseFactory(
                assignee=agent,
                opened_at=opened,
                first_response_at=opened + timedelta(minutes=2 + i + j),
                resolved_at=opened + timedelta(minutes=20 + 7 * i + 11 * j),
                status=m.Case.Status.RESOLVED,
            )
            if (i + j) % 4 == 0:
                m.CaseEvent.objects.create(
                    case=case, kind=m.CaseEvent.Kind.HANDED_OVER, actor=agent, handed_to=supervisor
                )


def _straight_from_the_database(experiment: m.Experiment, arm: str) -> dict[str, float | None]:
    members = m.ExperimentAssignment.objects.filter(experiment=experiment, arm=arm).values("user")
    cases = list(m.Case.objects.filter(assignee__in=members, opened_at__gte=experiment.starts_at))
    handled = [(c.resolved_at - c.opened_at).total_seconds() for c in cases if c.resolved_at]
    answered = [(c.first_response_at - c.opened_at).total_seconds() for c in cases if c.first_response_at]
    escalated = [
        m.CaseEvent.objects.filter(case=c, kind="handed_over", handed_to__username="sam").exists()
        for c in cases
    ]
    return {
        "aht": sum(handled) / len(handled) if handled else None,
        "first_response": sum(answered) / len(answered) if answered else None,
        "escalation": sum(escalated) / len(escalated) if escalated else None,
    }


def test_an_admin_starts_an_experiment_agents_work_in_their_arm_and_the_analyst_reads_it(
    browser, page, live_url, admin_user, analyst, supervisor
):
    agents = [make_user(f"floor{i:02d}", roles=["agent"]) for i in range(AGENTS)]
    experiment = _admin_starts_an_experiment(browser, live_url)
    assert experiment.copilot_percent == 50 and experiment.running_at(experiment.starts_at)

    seen: dict[str, list[User]] = {"copilot": [], "control": []}
    for agent in agents:
        arm, has_panel = _agent_opens_a_case(browser, live_url, agent)
        assert arm in ("copilot", "control"), (
            f"{agent.username} was not assigned on their first visit (does policies.rollout.copilot_enabled "
            "consult policies.experiments.experiment_arm?)"
        )
        assert has_panel == (arm == "copilot"), (
            f"{agent.username} in the {arm} arm {'sees' if has_panel else 'does not see'} the copilot panel "
            "(does policies.rollout.copilot_enabled consult policies.experiments.experiment_arm?)"
        )
        seen[arm].append(agent)
        if all(len(members) >= 2 for members in seen.values()):
            break
    assert all(seen.values()), "twelve agents all landed in one arm"
    # A second visit keeps the arm.
    again, has_panel = _agent_opens_a_case(browser, live_url, seen["control"][0])
    assert again == "control" and not has_panel

    assigned = [a for members in seen.values() for a in members]
    _cases_handled_in_the_experiment(experiment, assigned)
    login(page, live_url, "ana")
    page.goto(f"{live_url}/metrics/")
    page.locator("#experiments-link").click()
    page.get_by_role("link", name="Floor pilot").click()
    page.locator("#readout").wait_for()
    screenshot(page, "experiment-readout")
    shown = {row["key"]: row for row in page.evaluate(ROWS)}
    for arm, members in seen.items():
        assert page.locator(f"#arm-{arm} td").all_inner_texts()[1:3] == [
            str(len(members)),
            str(3 * len(members)),
        ]

    expected = readout.experiment_readout(experiment, now=timezone.now())
    for row in expected["rows"]:
        key, interval = row["metric"].key, row["difference"]
        on_page = shown[key]
        assert _number(on_page["copilot"]) == row["copilot"]["value"], key
        assert _number(on_page["control"]) == row["control"]["value"], key
        if interval is None:
            assert on_page["interval"] == "—", key
        else:
            assert (_number(on_page["estimate"]), _number(on_page["low"]), _number(on_page["high"])) == (
                interval.estimate,
                interval.low,
                interval.high,
            ), key
            assert " to " in on_page["interval"], key
    for arm in ("copilot", "control"):
        for key, value in _straight_from_the_database(experiment, arm).items():
            assert _number(shown[key][arm]) == pytest.approx(value), (arm, key)
    # Both arms handled cases, so handle time has an interval on the page.
    assert shown["aht"]["low"] and shown["aht"]["high"]


def test_the_experiment_pages_pass_axe_at_a_desks_and_a_phones_width(
    browser, live_url, admin_user, analyst, supervisor
):
    experiment = m.Experiment.objects.create(
        name="Pilot", copilot_percent=50, starts_at=NOW - timedelta(days=30), ends_at=NOW - timedelta(days=2)
    )
    agents = [make_user(f"floor{i:02d}", roles=["agent"]) for i in range(4)]
    for i, agent in enumerate(agents):
        m.ExperimentAssignment.objects.create(
            experiment=experiment,
            user=agent,
            arm=("copilot", "control")[i % 2],
            assigned_at=experiment.starts_at,
        )
    _cases_handled_in_the_experiment(experiment, agents)

    check(browser, live_url, "ana", ["/metrics/experiments/", f"/metrics/experiments/{experiment.pk}/"])
    check(browser, live_url, "ada", ["/experiments/"])
