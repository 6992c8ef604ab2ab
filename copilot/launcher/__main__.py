"""`./dev run | test | manage ...`: one process that owns the services and the app's processes.

It resolves DATABASE_URL and REDIS_URL (starting embedded servers for whichever is not
set), then runs the app, the tests or a management command with those URLs in the
environment, and stops what it started on exit or Ctrl-C. Configuration problems end it
with one sentence on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import psutil

from copilot.demo.accounts import DEMO_INBOUND, DEMO_LOGINS, DEMO_PASSWORD
from copilot.launcher.processes import VENV_BIN, app_processes
from copilot.launcher.services import (
    EmbeddedPostgres,
    EmbeddedValkey,
    LaunchError,
    check_database_url,
    check_redis_url,
    port_is_free,
)
from copilot.observability.files import fresh_metrics_dir

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / ".data"
PROCESS_LABELS = {
    "web": "web (daphne)",
    "turns-worker": "worker (celery)",
    "ingest-worker": "ingest worker (celery)",
    "beat": "beat (celery)",
}


def say(message: str) -> None:
    print(f"dev: {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def services(data_dir: Path, *, template: Path | None = None) -> Iterator[dict[str, str]]:
    """Environment with DATABASE_URL and REDIS_URL that work, for as long as the block runs."""
    started: list[EmbeddedPostgres | EmbeddedValkey] = []
    env: dict[str, str] = {}
    try:
        database_url = os.environ.get("DATABASE_URL", "").strip()
        if database_url:
            check_database_url(database_url)
        else:
            postgres = EmbeddedPostgres(data_dir / "postgres", template=template)
            database_url = postgres.start()
            started.append(postgres)
            say(f"PostgreSQL (embedded) on {database_url}")
        env["DATABASE_URL"] = database_url

        redis_url = os.environ.get("REDIS_URL", "").strip()
        if redis_url:
            check_redis_url(redis_url)
        else:
            valkey = EmbeddedValkey(data_dir / "valkey")
            redis_url = valkey.start()
            started.append(valkey)
            say(f"Valkey (embedded, Redis protocol) on {redis_url}")
        env["REDIS_URL"] = redis_url
        yield env
    finally:
        for service in reversed(started):
            service.stop()


def kept_secret(variable: str, filename: str) -> str:
    """The configured value, or one made once for this checkout and kept in .data/ (owner-only),
    so sessions and the inbound sender's token survive restarts without configuration."""
    if os.environ.get(variable):
        return os.environ[variable]
    path = DATA / filename
    if not path.exists():
        DATA.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(64 if variable == "SECRET_KEY" else 32))
        path.chmod(0o600)
    return path.read_text().strip()


def secret_key() -> str:
    return kept_secret("SECRET_KEY", "secret_key")


def inbound_token() -> str:
    return kept_secret("COPILOT_INBOUND_TOKEN", "inbound_token")


def child_env(extra: dict[str, str], settings: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra)
    env.setdefault("DJANGO_SETTINGS_MODULE", settings)
    env.setdefault("SECRET_KEY", secret_key())
    env.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def manage(args: list[str], env: dict[str, str]) -> int:
    return subprocess.call([str(VENV_BIN / "python"), str(ROOT / "manage.py"), *args], env=env, cwd=ROOT)


def must(code: int, what: str) -> None:
    if code != 0:
        raise LaunchError(f"{what} failed (exit status {code}); see the output above.")


def wait_http(url: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - our own loopback URL
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.3)
    return False


class Processes:
    """Children that run until Ctrl-C; stopped politely, then firmly."""

    def __init__(self) -> None:
        self.children: list[tuple[str, subprocess.Popen]] = []

    def start(self, name: str, args: list[str], env: dict[str, str]) -> None:
        # Own session: Ctrl-C reaches the launcher only, which stops children in order.
        process = subprocess.Popen(args, env=env, cwd=ROOT, start_new_session=True)
        self.children.append((name, process))

    def dead(self) -> str | None:
        for name, process in self.children:
            if process.poll() is not None:
                return name
        return None

    def stop(self) -> None:
        for _, process in reversed(self.children):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 15
        for _, process in reversed(self.children):
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def command_run(args: list[str]) -> int:
    port = int(os.environ.get("PORT", "8000"))
    host = os.environ.get("HOST", "127.0.0.1")
    if not port_is_free(port, host):
        raise LaunchError(
            f"Port {port} on {host} is already in use; stop what uses it or set PORT=<free port>."
        )
    with services(DATA) as service_env:
        env = child_env(service_env, "copilot.settings.base")
        env.setdefault("COPILOT_INBOUND_TOKEN", inbound_token())
        must(manage(["migrate", "--noinput", "-v", "0"], env), "migrate")
        must(manage(["collectstatic", "--noinput", "-v", "0"], env), "collectstatic")
        # Seeded once, then brought to today on every start: the demo's cases were written
        # relative to the day they were seeded, and the refund rules judge them against today.
        must(manage(["seed_demo", "--if-empty", "--to-today"], env), "seed_demo")
        processes = Processes()
        stopping = False

        def on_signal(signum: int, _frame: object) -> None:
            nonlocal stopping
            stopping = True

        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        try:
            # Every process writes its metrics to files there; /metrics adds them up (copilot/observability/).
            env["PROMETHEUS_MULTIPROC_DIR"] = str(fresh_metrics_dir(DATA / "metrics"))
            commands = app_processes(host=host, port=port, beat_schedule=DATA / "celerybeat-schedule")
            for role, label in PROCESS_LABELS.items():
                processes.start(label, commands[role], env)
            url = f"http://{host}:{port}/"
            if not wait_http(f"{url}login/", timeout=60) and not stopping:
                raise LaunchError(f"The web server did not answer at {url}login/ within 60 seconds.")
            if not stopping:
                say(f"the copilot is running at {url}  (Ctrl-C stops everything)")
                say(f"demo logins (password for all: {DEMO_PASSWORD}):")
                for username, role in DEMO_LOGINS:
                    say(f"  {username:<11} {role}")
                say(f"inbound API token: {env['COPILOT_INBOUND_TOKEN']}  (a customer message:)")
                say(f"  {inbound_curl(url, env['COPILOT_INBOUND_TOKEN'])}")
            while not stopping:
                died = processes.dead()
                if died:
                    raise LaunchError(f"The {died} process stopped unexpectedly; see its output above.")
                time.sleep(0.5)
            say("stopping")
        finally:
            processes.stop()
    say("stopped")
    return 0


def inbound_curl(url: str, token: str) -> str:
    """The README's example, with this run's URL and token filled in."""
    body = json.dumps(DEMO_INBOUND)
    return (
        f"curl -sS -X POST {url}api/inbound/messages -H 'Authorization: Bearer {token}'"
        f" -H 'Content-Type: application/json' -d '{body}'"
    )


def _remove_stale_test_runs(test_dir: Path) -> None:
    """Stop and delete the servers of earlier test runs whose launcher died without cleaning up."""
    for run_dir in test_dir.glob("run-*"):
        try:
            pid = int(run_dir.name.removeprefix("run-"))
        except ValueError:
            continue
        if psutil.pid_exists(pid):
            continue
        with contextlib.suppress(OSError, ValueError, IndexError, psutil.Error):
            postmaster = run_dir / "postgres/pgdata/postmaster.pid"
            psutil.Process(int(postmaster.read_text().splitlines()[0])).kill()
        with contextlib.suppress(OSError, ValueError, KeyError, psutil.Error):
            psutil.Process(json.loads((run_dir / "valkey/launcher.json").read_text())["pid"]).kill()
        shutil.rmtree(run_dir, ignore_errors=True)


def ensure_chromium() -> None:
    """The browser tests drive Debian's Chromium; as root on Debian, install it when missing."""
    if shutil.which("chromium") or os.environ.get("COPILOT_SKIP_BROWSER_INSTALL"):
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        say("Chromium is not installed and cannot be installed here; the browser tests will be skipped")
        return
    say("installing Debian's chromium for the browser tests (once)")
    log = DATA / "apt-chromium.log"
    DATA.mkdir(exist_ok=True)
    with log.open("w") as out:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for step in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
            if subprocess.call(step, stdout=out, stderr=subprocess.STDOUT, env=env) != 0:
                say(f"installing chromium failed; see {log}; the browser tests will be skipped")
                return


def clock_moved(offset: str) -> None:
    """Re-run this command with every process on a clock moved by `offset` (libfaketime's
    syntax: "+365d", "-30d", "@2027-03-28 01:59:00"): the launcher, the servers it starts,
    the Celery workers, the browser. The library comes from the pinned `libfaketime` package;
    monotonic clocks are left alone, so timeouts still measure real time."""
    import libfaketime  # only `--clock` needs it; the app never does

    if not offset or offset[0] not in "+-@":
        raise LaunchError(
            "--clock takes an offset such as +365d or -30d, or a start such as"
            f' "@2027-01-01 00:00:00", not {offset!r}.'
        )
    _, additions = libfaketime.get_reload_information()
    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = additions["LD_LIBRARY_PATH"]
    env["LD_PRELOAD"] = additions["LD_PRELOAD"]
    env["FAKETIME"] = offset
    env["DONT_FAKE_MONOTONIC"] = "1"
    env["COPILOT_CLOCK"] = offset
    say(f"every process of this run sees the clock moved: {offset}")
    os.execve(sys.executable, [sys.executable, "-m", "copilot.launcher", *sys.argv[1:]], env)  # noqa: S606


AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"


def ensure_axe() -> None:
    """The browser tests check every page with axe-core, pinned in tests/browser/package.json."""
    if AXE.exists() or os.environ.get("COPILOT_SKIP_BROWSER_INSTALL"):
        return
    if not shutil.which("npm"):
        say("npm is not installed; the accessibility checks of the browser tests will be skipped")
        return
    say("installing axe-core for the browser tests' accessibility checks (once)")
    DATA.mkdir(exist_ok=True)
    with (DATA / "npm-axe.log").open("w") as out:
        folder = str(AXE.parents[2])
        step = ["npm", "install", "--no-audit", "--no-fund", "--no-package-lock", "--prefix", folder]
        if subprocess.call(step, stdout=out, stderr=subprocess.STDOUT) != 0:
            say(f"installing axe-core failed (see {out.name}); the accessibility checks will be skipped")


def command_test(args: list[str]) -> int:
    # Each test run gets its own servers and data (PostgreSQL copied from an initialised
    # template), so runs never disturb `./dev run` or each other, and leave nothing behind.
    if args and (args[0] == "--clock" or args[0].startswith("--clock=")):
        offset = args[0].partition("=")[2] if "=" in args[0] else (args[1] if len(args) > 1 else "")
        rest = args[1:] if "=" in args[0] else args[2:]
        if os.environ.get("COPILOT_CLOCK") != offset:
            clock_moved(offset)
        args = rest
    ensure_chromium()
    ensure_axe()
    test_dir = DATA / "test"
    _remove_stale_test_runs(test_dir)
    run_dir = test_dir / f"run-{os.getpid()}"
    try:
        with services(run_dir, template=test_dir / "pg-template") as service_env:
            env = child_env(service_env, "copilot.settings.test")
            env["DJANGO_SETTINGS_MODULE"] = "copilot.settings.test"
            return subprocess.call([str(VENV_BIN / "python"), "-m", "pytest", *args], env=env, cwd=ROOT)
    finally:
        shutil.rmtree(run_dir, ignore_errors=True)


def command_manage(args: list[str]) -> int:
    with services(DATA) as service_env:
        env = child_env(service_env, "copilot.settings.base")
        # Any command works on a fresh checkout, before the first `./dev run`.
        if args[:1] != ["migrate"]:
            must(manage(["migrate", "--noinput", "-v", "0"], env), "migrate")
        return manage(args, env)


COMMANDS = {"run": command_run, "test": command_test, "manage": command_manage}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(
            "usage: ./dev run | ./dev test [--clock +365d] [pytest args] | ./dev manage <command> [args]",
            file=sys.stderr,
        )
        return 2
    # SIGTERM ends `test` and `manage` like Ctrl-C, so the servers they started are stopped.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        return COMMANDS[argv[0]](argv[1:])
    except LaunchError as exc:
        print(f"dev: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
