"""The launcher stops on bad configuration with one sentence, never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from django.conf import settings

from copilot.launcher.services import free_port

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_launcher(*args: str, **env: str) -> subprocess.CompletedProcess:
    full_env = dict(os.environ)
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "copilot.launcher", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def assert_one_sentence(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_a_malformed_database_url_stops_the_launcher_with_one_sentence():
    result = run_launcher("manage", "check", DATABASE_URL="postgres://user@host:notaport/db")
    assert_one_sentence(result, "DATABASE_URL is malformed")


def test_a_database_url_of_another_engine_is_refused():
    result = run_launcher("manage", "check", DATABASE_URL="mysql://user@localhost/db")
    assert_one_sentence(result, "DATABASE_URL is malformed")


def test_an_unreachable_redis_stops_the_launcher_with_one_sentence():
    dead = f"redis://127.0.0.1:{free_port()}/0"
    result = run_launcher("manage", "check", DATABASE_URL=os.environ["DATABASE_URL"], REDIS_URL=dead)
    assert_one_sentence(result, "Redis server at", "is unreachable")


def test_an_unreachable_postgres_stops_the_launcher_with_one_sentence():
    dead = f"postgres://postgres@127.0.0.1:{free_port()}/copilot"
    result = run_launcher("manage", "check", DATABASE_URL=dead, REDIS_URL=settings.REDIS_URL)
    assert_one_sentence(result, "PostgreSQL server at", "is unreachable")


def test_a_web_port_in_use_stops_the_launcher_with_one_sentence():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_launcher("run", PORT=str(port))
    assert_one_sentence(result, f"Port {port}", "already in use")


def test_an_unknown_command_prints_usage():
    result = run_launcher("fly")
    assert result.returncode == 2
    assert "usage: ./dev run" in result.stderr


@pytest.mark.parametrize("password", ["s3cret"])
def test_urls_in_messages_hide_their_password(password):
    from copilot.launcher.services import redact_url

    assert password not in redact_url(f"redis://user:{password}@db:6379/0")
