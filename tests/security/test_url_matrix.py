"""Every URL × every persona and anonymous, generated from the urlconfs (a new URL is covered by
default): who is refused is refused (anonymous to the login page, a role that may not to 403), who
may is let through, nobody ever gets a 500, and every state-changing view wants its CSRF token."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from copilot.core.access import PUBLIC, _declared_roles, user_roles
from tests.factories import CaseFactory
from tools.models import PendingAction

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "agent", "supervisor", "admin_user", "analyst", "outsider"]
# Values for the URLs' arguments; an argument this table does not know fails the test (add it here).
STRING_ARGS = {"decision": "approve", "arm": "copilot"}


def every_url() -> list[tuple[str, URLPattern]]:
    def walk(resolver: URLResolver, prefix: str = ""):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry, prefix + str(entry.pattern))
            else:
                yield prefix + str(entry.pattern), entry

    # Logging out would end the session the rest of the walk needs; test_access covers it.
    return [(route, pattern) for route, pattern in walk(get_resolver()) if pattern.name != "logout"]


def concrete(route: str, ids: dict[str, int]) -> str:
    def value(match: re.Match) -> str:
        converter, name = match.group(1), match.group(2)
        if converter == "int":
            return str(ids.get(name, 1))
        return STRING_ARGS[name]

    return "/" + re.sub(r"<(\w+):(\w+)>", value, route)


@pytest.fixture
def ids(db, admin_user):
    case = CaseFactory()
    action = PendingAction.objects.create(
        case=case, tool="create_ticket", params={"queue": "general", "priority": "normal", "summary": "x"},
        params_hash="h", idempotency_key="matrix", turn_id="",
    )  # fmt: skip
    return {"case_id": case.pk, "action_id": action.pk, "number": 1, "experiment_id": 1}


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_url_refuses_who_may_not_and_never_answers_500(request, persona, ids):
    client = Client(raise_request_exception=False)
    user = None if persona == "anonymous" else request.getfixturevalue(persona)
    if user is not None:
        client.force_login(user)
    roles = user_roles(user) if user else frozenset()
    checked = 0
    for route, pattern in every_url():
        url = concrete(route, ids)
        declared = _declared_roles(pattern.callback)
        for method in ("get", "post"):
            answer = getattr(client, method)(url)
            checked += 1
            if pattern.name != "health":  # its 503 says a dependency is down: that is its answer
                assert answer.status_code < 500, (persona, method, url, answer.status_code)
            if declared == PUBLIC:
                continue
            if user is None:
                assert answer.status_code == 302 and "/login/" in answer["Location"], (method, url)
            elif not roles & declared:
                assert answer.status_code == 403, (persona, method, url, answer.status_code)
            else:
                assert answer.status_code != 403 or method == "post", (persona, method, url)
    assert checked >= 60


def test_every_state_changing_view_wants_its_csrf_token(agent, supervisor, admin_user, analyst, ids):
    refused = 0
    for persona in (agent, supervisor, admin_user, analyst):
        client = Client(enforce_csrf_checks=True)
        client.force_login(persona)
        for route, pattern in every_url():
            if _declared_roles(pattern.callback) == PUBLIC:
                continue
            answer = client.post(concrete(route, ids))
            if answer.status_code == 403 and b"CSRF" in answer.content:
                refused += 1
            else:
                # A view may refuse the role first (403 without CSRF) or not take POST (405): never act.
                assert answer.status_code in (403, 405), (persona.username, route, answer.status_code)
    assert refused >= 20
