"""Replay of stored turns through today's tools and rules, and the policy what-if."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from copilot.agent.loop import turn_run
from copilot.models import Turn
from policies.services import policy_version_activate, policy_version_create
from tests.agent.conftest import new_turn
from tools.models import PendingAction

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def finished_turn(rider, long_trip):
    turn = new_turn(rider, f"The driver took a long detour on trip {str(long_trip.trip_id)[:8]}.")
    turn_run(str(turn.pk))
    turn = Turn.objects.get(pk=turn.pk)
    assert turn.proposal["actions"][0]["verdict"] == "allowed"
    return turn


def command(name, *args) -> dict:
    out = StringIO()
    call_command(name, *args, "--json", stdout=out)
    return json.loads(out.getvalue().splitlines()[-1])


def test_replay_with_unchanged_rules_reports_no_change(finished_turn):
    summary = command("copilot_replay", "--turn", str(finished_turn.pk))
    assert (summary["turns"], summary["turns_changed"]) == (1, 0)
    assert summary["tool_calls"] >= 3


def test_replay_reports_what_a_new_policy_changes_and_leaves_nothing_behind(finished_turn, admin_user):
    before = PendingAction.objects.count()
    stricter = policy_version_create(author=admin_user, params={"agent_approval_limit": "10.00"})
    policy_version_activate(version=stricter, actor=admin_user)
    summary = command("copilot_replay", "--last", "5")
    [changed] = summary["changes"]
    assert any("verdict allowed -> needs_supervisor" in c for c in changed["changes"])
    assert PendingAction.objects.count() == before


def test_policy_what_if_counts_changed_verdicts_and_amounts(finished_turn, admin_user):
    draft = policy_version_create(author=admin_user, params={"route_distance_factor": "1.5"})
    report = command("policy_whatif", "--draft", str(draft.number))
    assert (report["proposals_judged"], report["verdicts_changed"]) == (1, 1)
    assert (report["total_max_before"], report["total_max_after"], report["total_delta"]) == (
        "18.00",
        "0.00",
        "-18.00",
    )
    assert report["draft_version"] == "ride-refunds@2" and report["active_version"] == "ride-refunds@1"
