"""The admin's rollout form: every bad input named, every change recorded and sent to open pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from copilot.realtime import events
from copilot.realtime.publisher import CASE_PAGES_GROUP
from policies.models import AdminChange, CopilotRollout

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def post(client, **fields):
    data = {"mode": "everyone", "agents": "", "percentage": "100", **fields}
    return client.post(reverse("admin-rollout"), data)


def test_the_settings_page_shows_the_rollout_form(admin_client):
    page = admin_client.get(reverse("admin-settings")).content.decode()
    assert 'id="rollout-form"' in page
    assert "The copilot is on for <strong>every agent</strong>" in page
    assert 'value="fare_dispute"' in page and 'value="allow_list"' in page


def test_an_allow_list_is_saved_recorded_and_announced(
    admin_client, admin_user, agent, agent2, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr("copilot.realtime.publisher.publish", lambda *a: sent.append(a))

    with django_capture_on_commit_callbacks(execute=True):
        response = post(admin_client, mode="allow_list", agents="ava, @ben\nava", intents=["fare_dispute"])

    assert response.status_code == 302
    row = CopilotRollout.current()
    assert row.mode == "allow_list" and sorted(row.agent_ids) == sorted([agent.pk, agent2.pk])
    assert row.intents == ["fare_dispute"] and row.updated_by == admin_user
    change = AdminChange.objects.get(area=AdminChange.Area.ROLLOUT)
    assert change.actor == admin_user
    assert change.summary["changes"]["mode"] == ["everyone", "allow_list"]
    assert change.summary["changes"]["agents"] == [[], ["ava", "ben"]]
    assert change.description.startswith(
        "copilot on for agents on the allow-list (ava, ben), for fare_dispute only"
    )
    assert (CASE_PAGES_GROUP, events.ROLLOUT_CHANGED, {}) in sent


def test_saving_the_same_rollout_records_nothing(admin_client):
    post(admin_client, mode="percentage", percentage="10")
    post(admin_client, mode="percentage", percentage="10")
    assert AdminChange.objects.filter(area=AdminChange.Area.ROLLOUT).count() == 1


def test_the_history_on_the_admin_home_names_the_rollout_change(admin_client):
    post(admin_client, mode="percentage", percentage="25")
    page = admin_client.get(reverse("admin-home")).content.decode()
    assert "copilot on for 25% of agents" in page


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"mode": "allow_list", "agents": "ava, nosuchuser, ghost"}, "No user named “nosuchuser”, “ghost”."),
        ({"mode": "allow_list", "agents": "ada"}, "“ada” is not an agent."),
        ({"mode": "allow_list", "agents": "  "}, "Name at least one agent for the allow-list."),
        ({"mode": "percentage", "percentage": "101"}, "Must be between 0 and 100 (101 given)."),
        ({"mode": "percentage", "percentage": "-5"}, "Must be between 0 and 100 (-5 given)."),
        ({"mode": "percentage", "percentage": "ten"}, "Enter a whole number of percent, between 0 and 100."),
        ({"mode": "percentage", "percentage": "12.5"}, "Enter a whole number of percent, between 0 and 100."),
        ({"mode": "percentage", "percentage": ""}, "Enter a whole number of percent."),
        ({"mode": "half"}, "Choose who works with the copilot from the list."),
        ({"mode": "everyone", "intents": ["fare_dispute", "weather"]}, "weather is not an intent."),
    ],
)
def test_each_bad_input_is_named_and_nothing_is_saved(admin_client, agent, fields, message):
    response = post(admin_client, **fields)

    assert response.status_code == 400
    page = response.content.decode()
    assert "The rollout was not saved" in page
    assert message in page.replace("&ldquo;", "“").replace("&rdquo;", "”")
    assert CopilotRollout.current().mode == "everyone"
    assert not AdminChange.objects.filter(area=AdminChange.Area.ROLLOUT).exists()


def test_only_admins_change_the_rollout(client, agent, supervisor, analyst):
    for user in (agent, supervisor, analyst):
        client.force_login(user)
        assert post(client, mode="nobody").status_code == 403
    assert CopilotRollout.current().mode == "everyone"
