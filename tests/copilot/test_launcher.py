"""The launcher stops on bad configuration with one sentence, never a traceback."""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import psycopg
import pytest
import redis
from django.conf import settings

from copilot.demo.accounts import DEMO_INBOUND, DEMO_PASSWORD
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


# --- first steps, as the README prints them ------------------------------------------------


def _readme_curl() -> str:
    with open(os.path.join(ROOT, "README.md")) as file:
        readme = file.read()
    block = readme.split("A customer message, as the help desk's channel would post it", 1)[1]
    return block.split("```sh\n", 1)[1].split("```", 1)[0]


def _scratch_database(server_url: str, name: str, *, drop: bool = False) -> str:
    with psycopg.connect(server_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if not drop:
            conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + f"/{name}"


def _logged_in_page(base: str, path: str, username: str, password: str) -> str:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    login = opener.open(f"{base}login/", timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "username": username, "password": password})
    request = urllib.request.Request(
        f"{base}login/", data=form.encode(), headers={"Referer": f"{base}login/"}
    )
    opener.open(request)
    return opener.open(f"{base}{path}", timeout=10).read().decode()


def test_the_readmes_curl_against_a_fresh_dev_run_creates_a_case_in_the_agents_queue(tmp_path):
    database_url = _scratch_database(os.environ["DATABASE_URL"], f"devrun_{os.getpid()}")
    redis_url = settings.REDIS_URL.rsplit("/", 1)[0] + "/9"
    redis.Redis.from_url(redis_url).flushdb()
    port = free_port()
    env = {
        k: v for k, v in os.environ.items() if k not in ("COPILOT_INBOUND_TOKEN", "DJANGO_SETTINGS_MODULE")
    }
    env.update(DATABASE_URL=database_url, REDIS_URL=redis_url, PORT=str(port), COPILOT_WORKER_CONCURRENCY="4")
    log = (tmp_path / "run.log").open("w+")
    run = subprocess.Popen(
        [sys.executable, "-m", "copilot.launcher", "run"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 150
        while "the copilot is running at" not in (tmp_path / "run.log").read_text():
            assert run.poll() is None and time.monotonic() < deadline, (tmp_path / "run.log").read_text()
            time.sleep(0.5)
        printed = (tmp_path / "run.log").read_text()
        assert "inbound API token: " in printed and json.dumps(DEMO_INBOUND) in printed
        assert json.dumps(DEMO_INBOUND) in _readme_curl()

        curl = _readme_curl().replace("http://127.0.0.1:8000/", base)
        answer = subprocess.run(["bash", "-c", curl], cwd=ROOT, capture_output=True, text=True, timeout=30)
        assert '"case_id"' in answer.stdout, (answer.stdout, answer.stderr)
        case_id = json.loads(answer.stdout)["case_id"]

        # The queue shows a case once its message is redacted (the ingest worker, seconds).
        deadline = time.monotonic() + 60
        while f"/cases/{case_id}/" not in _logged_in_page(base, "cases/", "agent", DEMO_PASSWORD):
            assert time.monotonic() < deadline, "the new case never appeared in the agent's queue"
            time.sleep(1)
    finally:
        run.send_signal(signal.SIGINT)
        try:
            run.wait(timeout=30)
        except subprocess.TimeoutExpired:
            run.kill()
        redis.Redis.from_url(redis_url).flushdb()
        _scratch_database(os.environ["DATABASE_URL"], f"devrun_{os.getpid()}", drop=True)
