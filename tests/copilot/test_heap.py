"""Long-running processes freeze what they loaded, so full collections never walk it again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from copilot.runtime import heap

ROOT = Path(__file__).resolve().parents[2]

REPORT = (
    "import gc, json; print(json.dumps([gc.get_freeze_count(), len(gc.get_objects()), gc.get_threshold()]))"
)


def _in_a_fresh_process(code: str) -> tuple[int, int, list[int]]:
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="copilot.settings.base", SECRET_KEY="heap-" + "x" * 60)
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\n{REPORT}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    frozen, live, thresholds = json.loads(out.stdout.strip().splitlines()[-1])
    return frozen, live, thresholds


@pytest.mark.parametrize(
    "start",
    [
        pytest.param("import copilot.asgi", id="daphne"),
        pytest.param(
            "import django; django.setup(); from copilot.celery import _warm_up; _warm_up()", id="worker"
        ),
    ],
)
def test_a_process_ready_to_serve_has_frozen_its_loaded_heap_redactor_included(start):
    frozen, live, thresholds = _in_a_fresh_process(start)
    assert frozen > 100_000  # Django, the NER model's Python side, the SDKs
    assert live < 1_000  # what a full collection still walks
    assert tuple(thresholds) == heap.THRESHOLDS


def test_settling_twice_keeps_what_was_frozen_and_freezes_what_came_since():
    _, live, _ = _in_a_fresh_process(
        "from copilot.runtime import heap; heap.settle(); import gc; before = gc.get_freeze_count(); "
        "kept = [[n] for n in range(5000)]; heap.settle(); assert gc.get_freeze_count() >= before + 5000"
    )
    assert live < 1_000
