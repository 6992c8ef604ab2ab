"""The demo world's finished A/B experiment: the analyst's readout has both arms, every figure, and
intervals; the experiment moves to today with the rest of the world and reads the same after."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import User

from copilot import models as m
from copilot.analytics import readout
from copilot.demo.experiment import ENDED_DAYS_AGO, FLOOR_AGENTS, NAME, WEEKS
from copilot.demo.today import demo_move_to_today
from copilot.demo.world import build_demo_world
from policies import experiments

NOW = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)


def _figures(experiment, now):
    result = readout.experiment_readout(experiment, now=now, resamples=1000)
    return result["arms"], {
        row["metric"].key: (row["copilot"]["value"], row["control"]["value"], row["difference"])
        for row in result["rows"]
    }


@pytest.fixture
def experiment(db):
    build_demo_world(now=NOW)
    return m.Experiment.objects.get(name=NAME)


def test_the_demo_seeds_a_finished_experiment_with_both_arms_and_every_figure(experiment):
    assert experiments.experiment_status(experiment, now=NOW) == "finished"
    assert experiment.ends_at == experiment.starts_at + timedelta(weeks=WEEKS)
    assert NOW - experiment.ends_at >= timedelta(days=ENDED_DAYS_AGO - 1)
    assert experiments.running_experiment(now=NOW) is None  # the demo logins work as the rollout says

    arms, figures = _figures(experiment, NOW)

    assert arms["copilot"]["agents"] == arms["control"]["agents"] == len(FLOOR_AGENTS) // 2
    assert min(arms["copilot"]["cases"], arms["control"]["cases"]) >= 80
    for key, (copilot, control, interval) in figures.items():
        assert copilot is not None, key
        if key in ("acceptance", "override"):
            assert control is None and interval is None  # the control arm saw no proposals
        else:
            assert control is not None and interval is not None and interval.low < interval.high, key
    # The story the demo tells: faster with the copilot, clearly.
    copilot, control, interval = figures["aht"]
    assert copilot < control and interval.high < 0


def test_the_floor_agents_cannot_log_in_and_the_demo_logins_are_in_no_arm(experiment):
    floor = User.objects.filter(pk__in=experiment.assignments.values("user"))

    assert floor.count() == len(FLOOR_AGENTS)
    assert not any(user.has_usable_password() for user in floor)
    assert not floor.filter(username__in=("agent", "agent2")).exists()


def test_moved_to_today_the_experiment_reads_the_same(experiment):
    before = _figures(experiment, NOW)

    demo_move_to_today(now=NOW + timedelta(days=60, hours=3))

    experiment.refresh_from_db()
    assert experiment.starts_at.date() == (NOW - timedelta(days=ENDED_DAYS_AGO + 7 * WEEKS - 60)).date()
    assert _figures(experiment, NOW + timedelta(days=60)) == before
