"""The configuration a turn runs under is kept in memory, and every kind of edit is seen at once."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from copilot.agent.config import turn_config
from copilot.models import CopilotSettings
from policies.models import PolicyVersion
from policies.selectors import active_policy
from policies.services import policy_version_activate, policy_version_create
from tests.factories import CaseFactory
from tools.models import ToolPermission

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def case():
    return CaseFactory()


def _generation() -> int | None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT generation FROM copilot_config_generation WHERE id = 1")
        row = cursor.fetchone()
    return row[0] if row else None


def test_an_unchanged_configuration_costs_the_turn_one_query(case):
    turn_config(case.pk)  # creates the default rows, which is a change
    turn_config(case.pk)
    with CaptureQueriesContext(connection) as queries:
        config, used = turn_config(case.pk)
    assert len(queries) == 1
    assert (used, config.policy.label) == (0, active_policy().label)


def test_a_policy_activated_by_an_admin_is_used_by_the_next_turn(case, admin_user):
    before, _ = turn_config(case.pk)
    draft = policy_version_create(author=admin_user, params={"goodwill_cap": "12.00"}, note="lower cap")
    assert turn_config(case.pk)[0].policy.label == before.policy.label  # a draft changes nothing
    policy_version_activate(version=draft, actor=admin_user)
    after, _ = turn_config(case.pk)
    assert after.policy.label == draft.label != before.policy.label
    assert str(after.policy.params.goodwill_cap) == "12.00"


def test_a_queryset_update_that_bypasses_signals_is_seen_too(case):
    turn_config(case.pk)
    ToolPermission.objects.filter(tool="issue_refund").update(enabled=False)
    CopilotSettings.objects.update_or_create(
        pk=1, defaults={"offline_only": True, "case_model_call_budget": 7}
    )
    config, _ = turn_config(case.pk)
    assert config.permissions["issue_refund"].enabled is False
    assert (config.offline_only, config.case_model_call_budget) == (True, 7)


def test_the_permission_fingerprint_follows_the_permissions(case):
    first = turn_config(case.pk)[0].permission_label
    ToolPermission.objects.filter(tool="create_ticket").update(timeout_ms=4321)
    assert turn_config(case.pk)[0].permission_label != first


def test_the_generation_never_repeats_even_after_its_row_is_truncated(case):
    turn_config(case.pk)
    seen = _generation()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM copilot_config_generation")
    # No number: nothing is kept, every turn reads the tables.
    with CaptureQueriesContext(connection) as queries:
        turn_config(case.pk)
        turn_config(case.pk)
    assert len(queries) > 2
    PolicyVersion.objects.filter(is_active=True).update(note="touched")
    assert _generation() > seen


def test_the_configuration_cannot_be_changed_through_the_shared_copy(case):
    config, _ = turn_config(case.pk)
    with pytest.raises(TypeError):
        config.permissions["issue_refund"] = None  # type: ignore[index]
