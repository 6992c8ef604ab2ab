"""Login throttling (django-axes): too many wrong passwords lock the login out for that address, the
page says when to try again, and an admin sees and lifts the lockout (recorded like other changes)."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from policies.models import AdminChange

pytestmark = pytest.mark.django_db

PASSWORD = "pw-for-tests"


def log_in(client: Client, username: str, password: str):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_thirty_wrong_passwords_then_the_right_one_is_refused_and_told_when_to_try_again(agent, settings):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(30):
        log_in(client, "ava", "wrong")
    answer = log_in(client, "ava", PASSWORD)
    assert answer.status_code == 429
    assert f"Try again in {settings.AXES_COOLOFF_MINUTES} minutes" in answer.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_same_login_from_another_address_still_works(agent):
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(10):
        log_in(attacker, "ava", "wrong")
    owner = Client(REMOTE_ADDR="198.51.100.20")
    assert log_in(owner, "ava", PASSWORD).status_code == 302


def test_an_admin_sees_the_lockout_and_lifts_it(agent, admin_user):
    locked = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(6):
        log_in(locked, "ava", "wrong")
    admin = Client()
    admin.force_login(admin_user)
    page = admin.get(reverse("admin-settings")).content.decode()
    assert "Unlock ava" in page and "203.0.113.7" in page

    admin.post(reverse("admin-login-unlock"), {"username": "ava"})

    assert log_in(locked, "ava", PASSWORD).status_code == 302
    assert AdminChange.objects.filter(summary__action="unlock").exists()
    assert "Unlock ava" not in admin.get(reverse("admin-settings")).content.decode()
