"""Policy versions: validated edits, one active version, activation history and rollback."""

from __future__ import annotations

import pytest
from django.db import IntegrityError

from policies.models import PolicyVersion
from policies.selectors import active_policy
from policies.services import (
    PolicyError,
    policy_version_activate,
    policy_version_create,
    policy_version_rollback,
)

pytestmark = pytest.mark.django_db


def test_a_fresh_database_has_the_shipped_defaults_active():
    policy = active_policy()
    assert policy.label == "ride-refunds@1"
    assert str(policy.params.agent_approval_limit) == "50.00"
    assert "30 days" in policy.text("P1")


def test_an_edit_is_a_new_inactive_version_with_its_author(admin_user):
    version = policy_version_create(author=admin_user, params={"agent_approval_limit": "75.00"}, note="raise")
    assert version.number == 2
    assert version.author == admin_user
    assert not version.is_active
    assert active_policy().label == "ride-refunds@1"


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"window_days": -1}, "window_days"),
        ({"goodwill_percent": "150"}, "goodwill_percent"),
        ({"route_distance_factor": "0.5"}, "route_distance_factor"),
        ({"no_such_parameter": 1}, "no_such_parameter"),
        ({"agent_approval_limit": "lots"}, "agent_approval_limit"),
    ],
)
def test_invalid_parameters_are_refused_naming_the_field(admin_user, params, field):
    with pytest.raises(PolicyError, match=field):
        policy_version_create(author=admin_user, params=params)
    assert PolicyVersion.objects.count() == 1


def test_only_one_version_can_be_active_at_once():
    with pytest.raises(IntegrityError):
        PolicyVersion.objects.create(number=9, params={}, texts={}, is_active=True)


def test_rollback_returns_to_the_previously_active_version(admin_user):
    v2 = policy_version_create(author=admin_user, params={"window_days": 45})
    policy_version_activate(version=v2, actor=admin_user)
    assert active_policy().params.window_days == 45
    back = policy_version_rollback(actor=admin_user)
    assert back.number == 1
    assert active_policy().label == "ride-refunds@1"


def test_rollback_with_no_history_is_refused(admin_user):
    with pytest.raises(PolicyError, match="no earlier version"):
        policy_version_rollback(actor=admin_user)


def test_policy_texts_are_versioned_with_the_parameters(admin_user):
    v2 = policy_version_create(author=admin_user, params={}, texts={"P6": "Cleaning fees: see photos."})
    policy_version_activate(version=v2, actor=admin_user)
    assert active_policy().text("P6") == "Cleaning fees: see photos."
    assert "30 days" in active_policy().text("P1")
    with pytest.raises(PolicyError, match="unknown rule ids: P99"):
        policy_version_create(author=admin_user, params={}, texts={"P99": "x"})
