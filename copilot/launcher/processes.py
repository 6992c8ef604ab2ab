"""The app's processes as `./dev run` starts them: one place for their command lines, which the
launcher and the fault benchmark (scripts/bench_faults.py) both run."""

from __future__ import annotations

import os
import sys
from pathlib import Path

VENV_BIN = Path(sys.executable).parent


def app_processes(*, host: str, port: int, beat_schedule: Path) -> dict[str, list[str]]:
    """Each process's command line, by role: the web server, the turns worker, the ingest worker, beat."""
    celery = [str(VENV_BIN / "celery"), "-A", "copilot"]
    return {
        "web": [
            str(VENV_BIN / "daphne"),
            "-b",
            host,
            "-p",
            str(port),
            "--proxy-headers",
            "copilot.asgi:application",
        ],
        # Turns wait on the model, not the CPU: threads, many of them.
        "turns-worker": [
            *celery,
            *("worker", "-l", "info", "-n", "worker@%h", "-Q", "celery,turns", "-P", "threads"),
            *("-c", os.environ.get("COPILOT_WORKER_CONCURRENCY", "64")),
        ],
        # Redaction is CPU-bound: it gets processes of its own, so turns never wait on it.
        "ingest-worker": [
            *celery,
            *("worker", "-l", "info", "-n", "ingest@%h", "-Q", "ingest", "-P", "prefork"),
            *("-c", os.environ.get("COPILOT_INGEST_CONCURRENCY", "2")),
        ],
        "beat": [*celery, "beat", "-l", "info", "-s", str(beat_schedule)],
    }
