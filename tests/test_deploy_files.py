"""docker-compose.yml parses and describes the whole app; .ci/run is the README's test command."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_compose_file_defines_every_part_with_healthchecks_and_volumes():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"web", "worker", "beat", "postgres", "redis"} <= set(services)
    for name in ("web", "worker", "postgres", "redis"):
        assert "healthcheck" in services[name], name
    assert set(compose["volumes"]) == {"postgres-data", "redis-data"}
    assert services["web"]["environment"]["DJANGO_SETTINGS_MODULE"] == "copilot.settings.production"


@pytest.mark.skipif(not shutil.which("docker-compose"), reason="docker-compose is not installed here")
def test_compose_file_passes_docker_compose_config():
    result = subprocess.run(
        ["docker-compose", "config", "-q"],
        cwd=ROOT,
        env=dict(os.environ, SECRET_KEY="x" * 60),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_ci_runs_the_readme_test_command_then_the_same_on_a_clock_a_year_ahead():
    readme = (ROOT / "README.md").read_text()
    assert "./dev test    # the same set-up" in readme
    assert "`.ci/run` runs `./dev test`, then `./dev test --clock +365d`." in readme
    commands = [
        line for line in (ROOT / ".ci/run").read_text().splitlines() if line and not line.startswith("#")
    ]
    assert commands[-2:] == ["./dev test", "exec ./dev test --clock +365d"]
