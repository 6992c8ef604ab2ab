"""Deny by default: every view declares its roles, and the personas get exactly those."""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from copilot.core.access import PUBLIC, _declared_roles
from tests.factories import CaseFactory


def _all_patterns(resolver=None):
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            yield from _all_patterns(entry)
        elif isinstance(entry, URLPattern):
            yield entry


def test_every_url_declares_who_may_use_it():
    undeclared = [str(p.pattern) for p in _all_patterns() if _declared_roles(p.callback) is None]
    assert undeclared == []


def test_only_login_logout_health_and_the_token_guarded_apis_are_public():
    public = sorted(p.name for p in _all_patterns() if _declared_roles(p.callback) == PUBLIC)
    assert public == ["health", "inbound-message", "login", "logout", "metrics"]


@pytest.fixture
def case(db):
    return CaseFactory()


def _case_pages(case):
    return [reverse("queue"), reverse("case", args=[case.pk])]


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, case):
    for url in [reverse("home"), *_case_pages(case)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_an_outsider_is_refused_everywhere(client, outsider, case):
    client.force_login(outsider)
    for url in [reverse("home"), *_case_pages(case)]:
        assert client.get(url).status_code == 403, url
    assert client.post(reverse("case-take", args=[case.pk])).status_code == 403


def test_an_analyst_cannot_open_cases(client, analyst, case):
    client.force_login(analyst)
    for url in _case_pages(case):
        assert client.get(url).status_code == 403


def test_an_agent_sees_the_queue_and_can_take_a_case(client, agent, case):
    client.force_login(agent)
    response = client.get(reverse("queue"))
    assert response.status_code == 200
    assert f"#{case.pk}" in response.content.decode()
    response = client.post(reverse("case-take", args=[case.pk]))
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.assignee == agent


def test_an_agent_cannot_take_a_case_another_agent_holds(client, agent, agent2, case):
    case.assignee = agent2
    case.save()
    client.force_login(agent)
    response = client.post(reverse("case-take", args=[case.pk]), follow=True)
    assert "Another agent has taken this case." in response.content.decode()
    case.refresh_from_db()
    assert case.assignee == agent2


def test_the_home_page_sends_case_workers_to_the_queue(client, supervisor):
    client.force_login(supervisor)
    assert client.get(reverse("home"))["Location"] == reverse("queue")


@pytest.mark.parametrize(("persona", "landing"), [("admin_user", "admin-home"), ("analyst", "metrics")])
def test_the_home_page_sends_admins_and_analysts_to_their_work(client, request, persona, landing):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("home"))["Location"] == reverse(landing)


def test_the_login_page_logs_a_persona_in(client, agent):
    page = client.get(reverse("login"))
    assert page.status_code == 200
    response = client.post(reverse("login"), {"username": "ava", "password": "pw-for-tests"})
    assert response.status_code == 302
    assert client.get(reverse("queue")).status_code == 200
