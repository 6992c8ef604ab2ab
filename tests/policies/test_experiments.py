"""Experiments: starting one (every bad input named), ending it early, recorded like every admin
change; the arm of an agent, drawn at random when first seen and kept; nobody else has one.

Instants are fixed: these are functions that take `now`."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from copilot.models import Experiment, ExperimentAssignment
from policies import experiments as ex
from policies.models import AdminChange
from tests.factories import NOW as SESSION_NOW
from tests.factories import make_user

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
GOOD = {
    "name": "Copilot pilot, November",
    "copilot_percent": "50",
    "starts_at": "",
    "ends_at": "2026-11-30T09:00",
}


def _plan(**changes):
    return ex.experiment_plan({**GOOD, **changes}, now=NOW)


def _start(actor=None, *, now=NOW, **changes) -> Experiment:
    return ex.experiment_start(actor=actor, plan=ex.experiment_plan({**GOOD, **changes}, now=now), now=now)


def _agents(count: int, prefix: str = "floor") -> list[User]:
    """Many agents at once (no password hashing: they never log in)."""
    users = User.objects.bulk_create([User(username=f"{prefix}{i:04d}") for i in range(count)])
    group = Group.objects.get_or_create(name="agent")[0]
    User.groups.through.objects.bulk_create([User.groups.through(user=u, group=group) for u in users])
    return list(User.objects.filter(username__startswith=prefix).order_by("username"))


# --- the admin's form ---------------------------------------------------------------------------


def test_a_plan_reads_the_form_with_an_empty_start_meaning_now():
    plan = _plan(name="  Copilot   pilot ", copilot_percent="30%")

    assert plan == ex.ExperimentPlan(
        name="Copilot pilot",
        copilot_percent=30,
        starts_at=NOW,
        ends_at=datetime(2026, 11, 30, 9, 0, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": "  "}, "name", "Give the experiment a name"),
        ({"name": "x" * 121}, "name", "121 characters; keep it to 120"),
        ({"copilot_percent": ""}, "copilot_percent", "from 1 to 99"),
        ({"copilot_percent": "half"}, "copilot_percent", "“half” is not a whole number of percent"),
        ({"copilot_percent": "12.5"}, "copilot_percent", "“12.5” is not a whole number"),
        ({"copilot_percent": "-5"}, "copilot_percent", "“-5” is not a whole number"),
        ({"copilot_percent": "0"}, "copilot_percent", "0 % leaves an arm empty"),
        ({"copilot_percent": "100"}, "copilot_percent", "100 % leaves an arm empty"),
        ({"starts_at": "tomorrow"}, "starts_at", "The start “tomorrow” is not a date and time"),
        ({"starts_at": "2026-11-31T09:00"}, "starts_at", "not a date and time"),
        ({"starts_at": "2026-11-01T09:00"}, "starts_at", "is in the past"),
        ({"ends_at": ""}, "ends_at", "Give the end of the experiment"),
        ({"ends_at": "30/11/2026"}, "ends_at", "The end “30/11/2026” is not a date and time"),
        ({"ends_at": "2026-11-02T09:00"}, "ends_at", "is not after the start"),
        ({"starts_at": "2026-11-10T00:00", "ends_at": "2026-11-09T00:00"}, "ends_at", "not after the start"),
        ({"ends_at": "2028-01-01T00:00"}, "ends_at", "over 366 days"),
    ],
)
def test_every_bad_input_is_refused_with_a_sentence_naming_it(changes, field, message):
    with pytest.raises(ex.ExperimentError, match=message) as refused:
        _plan(**changes)

    assert refused.value.field == field


def test_text_postgresql_cannot_store_is_dropped_from_the_name(admin_user):
    assert _start(admin_user, name="Pilot\x00 one\ud800").name.startswith("Pilot one")


def test_a_start_typed_to_the_minute_a_moment_ago_is_still_now_enough():
    assert _plan(starts_at="2026-11-02T08:57").starts_at == NOW - timedelta(minutes=3)


# --- starting and ending ------------------------------------------------------------------------


def test_an_admin_starts_an_experiment_and_the_change_is_recorded(admin_user):
    experiment = _start(admin_user, copilot_percent="40")

    assert (experiment.name, experiment.copilot_percent, experiment.starts_at) == (
        "Copilot pilot, November",
        40,
        NOW,
    )
    assert experiment.created_by == admin_user
    change = AdminChange.objects.get()
    assert (change.actor, change.area) == (admin_user, AdminChange.Area.SETTINGS)
    assert change.description == (
        "experiment “Copilot pilot, November” none → 40% copilot, 2026-11-02 09:00 UTC to 2026-11-30 09:00 UTC"
    )


def test_a_name_holding_someones_details_is_stored_redacted(admin_user):
    experiment = _start(admin_user, name="Pilot for maria.lopez@example.com")

    assert "maria.lopez@example.com" not in experiment.name
    assert "<EMAIL" in experiment.name


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "copilot PILOT, november", "starts_at": "2027-01-01T00:00", "ends_at": "2027-02-01T00:00"},
         "already exists"),
        ({"name": "Overlapping", "starts_at": "2026-11-29T00:00", "ends_at": "2026-12-20T00:00"},
         "Experiment “Copilot pilot, November” runs from 2026-11-02 09:00 UTC to 2026-11-30 09:00 UTC"),
    ],
)  # fmt: skip
def test_a_second_experiment_with_the_same_name_or_time_is_refused(admin_user, changes, message):
    _start(admin_user)

    with pytest.raises(ex.ExperimentError, match=message):
        _start(admin_user, **changes)

    assert Experiment.objects.count() == 1


def test_an_experiment_after_another_ends_or_after_it_was_ended_early_may_start(admin_user):
    first = _start(admin_user)
    _start(admin_user, name="Next", starts_at="2026-11-30T09:00", ends_at="2026-12-20T00:00")
    ex.experiment_end(actor=admin_user, experiment_id=first.pk, now=NOW + DAY)

    third = _start(admin_user, now=NOW + DAY, name="Short one", ends_at="2026-11-20T00:00")

    assert third.starts_at == NOW + DAY


def test_an_admin_ends_a_running_experiment_early_and_it_stops_running(admin_user, agent):
    experiment = _start(admin_user)
    assert ex.experiment_arm(user=agent, now=NOW + DAY) in ex.ARMS

    ended = ex.experiment_end(actor=admin_user, experiment_id=experiment.pk, now=NOW + 2 * DAY)

    assert (ended.ended_at, ended.ended_by, ended.stopped_at) == (NOW + 2 * DAY, admin_user, NOW + 2 * DAY)
    assert ex.experiment_status(ended, now=NOW + 3 * DAY) == "ended early"
    assert ex.experiment_arm(user=agent, now=NOW + 3 * DAY) is None
    assert AdminChange.objects.order_by("at", "id").last().description == (
        "experiment “Copilot pilot, November” running → ended early at 2026-11-04 09:00 UTC"
    )


def test_ending_a_scheduled_experiment_cancels_it(admin_user):
    experiment = _start(admin_user, starts_at="2026-11-10T00:00")

    ex.experiment_end(actor=admin_user, experiment_id=experiment.pk, now=NOW)

    experiment.refresh_from_db()
    assert ex.experiment_status(experiment, now=NOW + 10 * DAY) == "cancelled"
    assert ex.running_experiment(now=NOW + 10 * DAY) is None


@pytest.mark.parametrize(("when", "message"), [(NOW + 40 * DAY, "already ended at 2026-11-30 09:00 UTC")])
def test_an_experiment_that_is_over_cannot_be_ended_again(admin_user, when, message):
    experiment = _start(admin_user)

    with pytest.raises(ex.ExperimentError, match=message):
        ex.experiment_end(actor=admin_user, experiment_id=experiment.pk, now=when)
    with pytest.raises(ex.ExperimentError, match="There is no experiment 999999"):
        ex.experiment_end(actor=admin_user, experiment_id=999999, now=NOW)


@pytest.mark.parametrize(
    ("offset", "status"),
    [(-DAY, "scheduled"), (timedelta(0), "running"), (27 * DAY, "running"), (28 * DAY, "finished")],
)
def test_the_status_follows_the_clock_given(admin_user, offset, status):
    experiment = _start(admin_user)

    assert ex.experiment_status(experiment, now=NOW + offset) == status
    assert (ex.running_experiment(now=NOW + offset) == experiment) == (status == "running")


# --- the arms -------------------------------------------------------------------------------------


def test_an_agent_is_assigned_when_first_seen_and_stays_in_that_arm(admin_user, agent):
    experiment = _start(admin_user)

    first = ex.experiment_arm(user=agent, now=NOW + DAY)
    later = [ex.experiment_arm(user=agent, now=NOW + DAY * days) for days in (2, 5, 20)]

    assert later == [first] * 3
    assignment = ExperimentAssignment.objects.get()
    assert (assignment.experiment, assignment.user, assignment.arm, assignment.assigned_at) == (
        experiment, agent, first, NOW + DAY
    )  # fmt: skip


def test_nobody_has_an_arm_but_agents_while_an_experiment_runs(admin_user, agent, supervisor, analyst):
    assert ex.experiment_arm(user=agent, now=NOW) is None  # no experiment yet
    _start(admin_user, starts_at="2026-11-03T09:00")

    assert ex.experiment_arm(user=agent, now=NOW) is None  # not started
    for user in (supervisor, analyst, admin_user):
        assert ex.experiment_arm(user=user, now=NOW + 2 * DAY) is None
    assert ex.experiment_arm(user=agent, now=NOW + 2 * DAY) in ex.ARMS
    assert ex.experiment_arm(user=agent, now=NOW + 40 * DAY) is None  # over
    assert ExperimentAssignment.objects.count() == 1


def test_an_agent_who_is_also_a_supervisor_is_assigned_as_an_agent(admin_user):
    both = make_user("lead", roles=["agent", "supervisor"])
    _start(admin_user)

    assert ex.experiment_arm(user=both, now=NOW) in ex.ARMS


@pytest.mark.parametrize("percent", [10, 50, 90])
def test_over_many_agents_the_split_is_respected(admin_user, percent):
    experiment = _start(admin_user, copilot_percent=str(percent))
    agents = _agents(1000)
    rng = random.Random(percent)

    arms = [ex.experiment_assign(experiment=experiment, user=a, now=NOW, rng=rng) for a in agents]

    share = arms.count(ex.COPILOT) / len(arms)
    # 3.5 standard deviations of a share of 1000 coin flips: at most ±0.055 (at 50 %).
    tolerance = 3.5 * (percent / 100 * (1 - percent / 100) / len(arms)) ** 0.5
    assert abs(share - percent / 100) <= tolerance


def test_the_draw_is_random_not_a_function_of_the_agent(admin_user):
    agents = _agents(300)
    first = _start(admin_user)
    second = _start(admin_user, name="Second", starts_at="2026-12-01T00:00", ends_at="2026-12-20T00:00")

    arms_first = [ex.experiment_arm(user=a, now=NOW) for a in agents]
    arms_second = [ex.experiment_assign(experiment=second, user=a, now=NOW) for a in agents]

    # With fair coins, the chance of two equal runs of 300 is 2^-300; of a share outside 35–65 %, ~1e-7.
    assert arms_first != arms_second
    for arms in (arms_first, arms_second):
        assert 0.35 <= arms.count(ex.COPILOT) / len(arms) <= 0.65
    assert ExperimentAssignment.objects.filter(experiment=first).count() == 300


# --- the admin's page -----------------------------------------------------------------------------


def _form_time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def test_an_admin_starts_an_experiment_from_the_page_and_ends_it(client, admin_user, agent):
    client.force_login(admin_user)
    ends = _form_time(SESSION_NOW + 28 * DAY)

    response = client.post(
        reverse("experiments-manage"), {"name": "December pilot", "copilot_percent": "50", "ends_at": ends}
    )

    assert response.status_code == 302
    experiment = Experiment.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert "Experiment started." in page and "December pilot" in page and "running" in page
    response = client.post(reverse("experiment-end", args=[experiment.pk]))
    assert response.status_code == 302
    experiment.refresh_from_db()
    assert experiment.ended_by == admin_user
    assert "ended early" in client.get(reverse("experiments-manage")).content.decode()
    # Ending it twice is explained, not a crash.
    again = client.post(reverse("experiment-end", args=[experiment.pk]))
    assert again.status_code == 400 and "already ended" in again.content.decode()


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"name": "", "copilot_percent": "50"}, "Give the experiment a name"),
        ({"name": "Pilot", "copilot_percent": "150"}, "150 % leaves an arm empty"),
        (
            {"name": "Pilot", "copilot_percent": "50", "ends_at": "soon"},
            "The end “soon” is not a date and time",
        ),
        ({"name": "Pilot", "copilot_percent": "50", "starts_at": "2020-01-01T00:00"}, "is in the past"),
    ],
)
def test_a_bad_form_is_shown_again_with_the_problem_named(client, admin_user, form, message):
    client.force_login(admin_user)
    form = {"ends_at": _form_time(SESSION_NOW + 28 * DAY), **form}

    response = client.post(reverse("experiments-manage"), form)

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and "The experiment was not started" in page
    assert f'value="{form["name"]}"' in page  # what the admin typed is kept
    assert not Experiment.objects.exists()


def test_starting_and_ending_a_running_experiment_tells_open_case_pages(
    admin_user, monkeypatch, django_capture_on_commit_callbacks
):
    announced = []
    monkeypatch.setattr(ex, "announce_rollout_changed", lambda: announced.append("rollout.changed"))

    with django_capture_on_commit_callbacks(execute=True):
        experiment = _start(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        _start(admin_user, name="Later", starts_at="2026-12-01T00:00", ends_at="2026-12-20T00:00")
    with django_capture_on_commit_callbacks(execute=True):
        ex.experiment_end(actor=admin_user, experiment_id=experiment.pk, now=NOW + DAY)

    # The scheduled one changes nobody's console yet.
    assert announced == ["rollout.changed", "rollout.changed"]


def test_open_case_pages_hear_when_an_experiment_starts_or_ends_on_its_own(admin_user, monkeypatch):
    told = []
    monkeypatch.setattr(ex, "announce_rollout_changed", lambda: told.append(1))
    plan = ex.ExperimentPlan(
        name="Scheduled",
        copilot_percent=50,
        starts_at=NOW + timedelta(hours=1),
        ends_at=NOW + timedelta(days=7),
    )
    ex.experiment_start(actor=admin_user, plan=plan, now=NOW)
    assert told == []  # scheduled: nothing changes yet
    window = timedelta(seconds=20)
    assert ex.experiments_announce_boundaries(now=NOW + timedelta(minutes=30), window=window) == 0
    assert ex.experiments_announce_boundaries(now=NOW + timedelta(hours=1, seconds=5), window=window) == 1
    assert ex.experiments_announce_boundaries(now=NOW + timedelta(days=7, seconds=5), window=window) == 1
    assert told == [1, 1]
