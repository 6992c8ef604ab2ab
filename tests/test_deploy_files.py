"""docker-compose.yml parses and describes the whole app; .ci/run is the README's test command."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import REGISTRY

from copilot.observability import metrics  # noqa: F401  (registers every metric of the app)
from copilot.observability.views import QueueDepthCollector

ROOT = Path(__file__).resolve().parent.parent


def test_compose_file_defines_every_part_with_healthchecks_and_volumes():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"web", "worker", "beat", "postgres", "redis"} <= set(services)
    for name in ("web", "worker", "postgres", "redis"):
        assert "healthcheck" in services[name], name
    assert set(compose["volumes"]) == {
        "postgres-data",
        "redis-data",
        "metrics-data",
        "prometheus-data",
        "grafana-data",
    }
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


# --- observability (docs/observability.md) ------------------------------------------------------

DEPLOY = ROOT / "deploy"
METRIC = re.compile(r"\bcopilot_[a-z_]+\b")


def _app_series() -> set[str]:
    """Every series name the app can expose: its registry's families and the scrape-time collector's."""
    names: set[str] = set()
    families = [f for f in REGISTRY.collect() if f.name.startswith("copilot_")]
    families += QueueDepthCollector("redis://127.0.0.1:1/0", ["celery"]).describe()
    for family in families:
        if family.type == "counter":
            names.add(f"{family.name}_total")
        elif family.type == "histogram":
            names |= {f"{family.name}_bucket", f"{family.name}_sum", f"{family.name}_count"}
        else:
            names.add(family.name)
    return names


def _dashboard_exprs() -> list[str]:
    dashboard = json.loads((DEPLOY / "grafana" / "dashboards" / "copilot.json").read_text())
    panels = [p for p in dashboard["panels"] if p["type"] != "row"]
    return [target["expr"] for panel in panels for target in panel["targets"]]


def _alert_rules() -> list[dict]:
    rules = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    return [rule for group in rules["groups"] for rule in group["rules"]]


def test_every_metric_the_dashboard_and_the_alerts_read_exists_in_the_app():
    exprs = _dashboard_exprs() + [rule["expr"] for rule in _alert_rules()]
    used = {name for expr in exprs for name in METRIC.findall(expr)}
    series = _app_series()

    assert len(used) >= 15
    assert sorted(used - series) == []


def test_the_alerts_cover_each_slo_and_every_rule_says_what_it_means():
    rules = _alert_rules()
    slos = {rule["labels"].get("slo") for rule in rules}

    assert {"turn-overhead", "tool-errors", "pii"} <= slos
    exprs = " ".join(rule["expr"] for rule in rules)
    assert "copilot_turn_overhead_seconds_bucket" in exprs
    assert 'copilot_pii_escapes_total{where="model_request"}' in exprs
    assert 'copilot_pii_escapes_total{where="log_line"}' in exprs
    for rule in rules:
        assert rule["alert"].startswith("Copilot")
        assert rule["labels"]["severity"] in {"page", "ticket"}
        assert rule["annotations"]["summary"]


def test_the_dashboard_is_a_grafana_dashboard_with_a_stable_uid_on_the_provisioned_datasource():
    dashboard = json.loads((DEPLOY / "grafana" / "dashboards" / "copilot.json").read_text())
    datasource = yaml.safe_load(
        (DEPLOY / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )
    provider = yaml.safe_load(
        (DEPLOY / "grafana" / "provisioning" / "dashboards" / "copilot.yml").read_text()
    )

    assert dashboard["uid"] == "support-copilot"
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    [source] = datasource["datasources"]
    assert all(p["datasource"]["uid"] == source["uid"] for p in dashboard["panels"] if p["type"] != "row")
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"


def test_prometheus_scrapes_the_web_process_with_the_metrics_token_and_loads_the_alerts():
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    [job] = config["scrape_configs"]

    assert job["metrics_path"] == "/metrics"
    assert job["authorization"]["type"] == "Bearer"
    assert job["authorization"]["credentials_file"] == "/etc/prometheus/metrics_token"
    assert job["static_configs"][0]["targets"] == ["web:8000"]
    assert config["rule_files"] == ["/etc/prometheus/alerts.yml"]


def test_the_observability_profile_starts_prometheus_and_grafana_with_the_dashboard_provisioned():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]

    assert services["prometheus"]["profiles"] == ["observability"]
    assert services["grafana"]["profiles"] == ["observability"]
    mounts = " ".join(services["prometheus"]["volumes"] + services["grafana"]["volumes"])
    for path in (
        "prometheus/prometheus.yml",
        "prometheus/alerts.yml",
        "grafana/provisioning",
        "grafana/dashboards",
    ):
        assert f"./deploy/{path}" in mounts
        assert (DEPLOY / path).exists()
    # The app's containers write their metric files to folders of their own under the folder web reads.
    for name in ("web", "worker", "ingest", "beat"):
        env = services[name]["environment"]
        assert env["PROMETHEUS_MULTIPROC_DIR"] == f"/var/lib/copilot-metrics/{name}"
        assert env["COPILOT_METRICS_DIR"] == "/var/lib/copilot-metrics"
        assert "metrics-dir" in services[name]["depends_on"]
    assert "web" in services["web"]["environment"]["ALLOWED_HOSTS"]
