"""Each process keeps what it read of the rollout and the experiments while the version token in
Valkey stands still; a change committed anywhere moves it, and every process sees the change at
its next question. These tests commit for real (transactional), as pages and workers do."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
import redis
import time_machine
from django.db import transaction

from copilot.models import Experiment, ExperimentAssignment
from policies import rollout as r
from policies.models import CopilotRollout
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db(transaction=True)
NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False):
        yield NOW


def _set(**fields) -> None:
    row = CopilotRollout.current()
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()


def test_a_warm_process_answers_the_rollout_and_the_arm_without_a_query(
    agent, clock, django_assert_num_queries
):
    now = clock
    Experiment.objects.create(
        name="Pilot", copilot_percent=50, starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=9)
    )
    first = r.copilot_enabled(user=agent)  # reads the tables and draws the agent's arm

    with django_assert_num_queries(0):
        assert r.copilot_enabled(user=agent) == first
        assert r.current_rollout().mode == CopilotRollout.Mode.EVERYONE
    arm = ExperimentAssignment.objects.get(user=agent).arm
    assert first == (arm == "copilot")


def test_a_change_committed_by_another_process_is_seen_at_the_next_question(agent, test_database_url):
    assert r.copilot_enabled(user=agent)  # this process's snapshot: on for everyone

    # Another process switches the copilot off with a plain save, as a shell or the admin would.
    code = (
        "import django; django.setup()\n"
        "from policies.models import CopilotRollout\n"
        "row = CopilotRollout.current(); row.mode = 'nobody'; row.save()\n"
    )
    env = dict(os.environ, DATABASE_URL=test_database_url, DJANGO_SETTINGS_MODULE="copilot.settings.test")
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True, timeout=120)

    assert not r.copilot_enabled(user=agent)  # no wait: the token moved when it committed


def test_an_experiment_started_after_the_snapshot_decides_at_the_next_question(agent, clock):
    assert r.copilot_enabled(user=agent)
    now = clock
    Experiment.objects.create(
        name="Control only", copilot_percent=1, starts_at=now, ends_at=now + timedelta(days=9)
    )
    ExperimentAssignment.objects.create(
        experiment=Experiment.objects.get(), user=agent, arm="control", assigned_at=now
    )

    assert not r.copilot_enabled(user=agent)


def test_a_change_rolled_back_is_never_kept_and_one_inside_a_transaction_is_seen_there(agent):
    assert r.copilot_enabled(user=agent)

    with pytest.raises(RuntimeError), transaction.atomic():
        _set(mode=CopilotRollout.Mode.NOBODY)
        assert not r.copilot_enabled(user=agent)  # its own change, read from the table
        raise RuntimeError("the admin's change fails later on")

    assert r.copilot_enabled(user=agent)
    assert CopilotRollout.current().mode == CopilotRollout.Mode.EVERYONE


def test_with_valkey_unreachable_every_question_reads_the_tables(agent, monkeypatch):
    assert r.copilot_enabled(user=agent)
    down = redis.Redis(host="127.0.0.1", port=1, socket_timeout=0.3, socket_connect_timeout=0.3)
    monkeypatch.setattr(r, "_redis", lambda: down)

    # A change no signal reports (a bulk update) is seen all the same: nothing cached is trusted.
    CopilotRollout.objects.filter(pk=1).update(mode=CopilotRollout.Mode.NOBODY)

    assert not r.copilot_enabled(user=agent)


def test_a_snapshot_older_than_its_maximum_age_is_read_again(agent, monkeypatch):
    assert r.copilot_enabled(user=agent)
    CopilotRollout.objects.filter(pk=1).update(mode=CopilotRollout.Mode.NOBODY)  # no token moved
    assert r.copilot_enabled(user=agent)  # the snapshot still stands

    monkeypatch.setattr(r._snapshot, "expires", 0.0)

    assert not r.copilot_enabled(user=agent)


def test_a_flushed_database_leaves_no_snapshot_behind(agent):
    _set(mode=CopilotRollout.Mode.NOBODY)
    assert not r.copilot_enabled(user=agent)
    before = r._redis().get(r.VERSION_KEY)

    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)

    assert r._redis().get(r.VERSION_KEY) != before
    assert r._snapshot is None
