"""Pages for a signed-in person are never kept by a browser or a proxy (a shared computer after logout)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import CaseFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("persona", ["agent", "analyst"])
def test_every_page_of_a_signed_in_person_is_private_and_not_stored(client, request, persona):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    case = CaseFactory()
    urls = (
        [reverse("queue"), reverse("case", args=[case.pk])]
        if persona == "agent"
        else [reverse("metrics"), reverse("metrics-export-cases")]
    )
    for url in urls:
        answer = client.get(url)
        assert answer.status_code == 200, url
        cache = answer["Cache-Control"]
        assert "no-store" in cache and "private" in cache, (url, cache)


def test_every_page_sends_a_strict_content_security_policy(client, agent):
    client.force_login(agent)
    for url in (reverse("login"), reverse("queue")):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "style-src 'self'" in policy, policy
        assert "'unsafe-inline'" not in policy and "frame-ancestors 'none'" in policy
