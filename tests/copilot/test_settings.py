"""Production settings pass Django's deployment checks; typed helpers reject bad values."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from copilot.settings import env

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_production_settings_pass_check_deploy_at_warning_level():
    environment = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="copilot.settings.production",
        SECRET_KEY="k" * 20 + "-production-secret-that-is-long-enough-0123456789",
        ALLOWED_HOSTS="copilot.example.com",
        CSRF_TRUSTED_ORIGINS="https://copilot.example.com",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_a_short_secret_key():
    environment = dict(os.environ, DJANGO_SETTINGS_MODULE="copilot.settings.production", SECRET_KEY="short")
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be a random value" in result.stderr


@pytest.mark.parametrize(
    ("helper", "value", "message"),
    [
        (lambda: env.env_bool("X_FLAG"), "perhaps", "X_FLAG must be true or false"),
        (lambda: env.env_int("X_FLAG", 1), "ten", "X_FLAG must be a whole number"),
        (lambda: env.env_int("X_FLAG", 1, minimum=5), "2", "X_FLAG must be at least 5"),
        (lambda: env.env_float("X_FLAG", 1.0), "fast", "X_FLAG must be a number"),
    ],
)
def test_typed_env_helpers_name_the_variable_in_their_error(monkeypatch, helper, value, message):
    monkeypatch.setenv("X_FLAG", value)
    with pytest.raises(ImproperlyConfigured, match=message):
        helper()


def test_env_list_splits_and_trims(monkeypatch):
    monkeypatch.setenv("X_LIST", " a.example , b.example,,")
    assert env.env_list("X_LIST") == ["a.example", "b.example"]
