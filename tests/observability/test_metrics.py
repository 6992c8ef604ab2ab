"""/metrics: off without a token, refused without the right one; its figures move with real turns."""

from __future__ import annotations

import json
import logging

import pytest
from prometheus_client import REGISTRY

from copilot.agent.loop import turn_run
from copilot.analytics.metrics import _overridden
from copilot.desk.selectors import OVERRIDE_REASONS
from copilot.models import Case, Turn
from copilot.observability import metrics
from copilot.observability.leaks import check_model_request, check_model_request_later, wait_for_checks
from copilot.pii import find_pii
from tests.agent.conftest import new_turn
from tests.agent.scripted_server import final, tools
from tests.factories import CaseFactory
from tests.tools.conftest import call, make_ctx
from tools.approvals import action_approve, action_reject
from tools.executor import execute_tool_calls
from tools.models import PendingAction

TOKEN = "metrics-token-for-the-test"


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def metrics_token(settings):
    settings.COPILOT_METRICS_TOKEN = TOKEN
    return TOKEN


@pytest.mark.django_db
def test_the_metrics_page_does_not_exist_until_a_token_is_configured(client, settings):
    settings.COPILOT_METRICS_TOKEN = ""

    assert client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("authorization", ["", "Bearer wrong-token", f"Basic {TOKEN}", "Bearer"])
def test_the_metrics_page_refuses_a_request_without_the_token(client, metrics_token, authorization):
    response = client.get("/metrics", HTTP_AUTHORIZATION=authorization)

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert b"copilot_" not in response.content


@pytest.mark.django_db
def test_the_metrics_page_answers_the_token_with_prometheus_text_and_the_queue_depths(client, metrics_token):
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "# TYPE copilot_turn_overhead_seconds histogram" in text
    for queue in ("celery", "ingest", "turns"):
        assert f'copilot_celery_queue_depth{{queue="{queue}"}}' in text
    assert "copilot_broker_up 1.0" in text


@pytest.mark.django_db
def test_the_metrics_page_is_not_for_posting(client, metrics_token):
    assert client.post("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").status_code == 405


def test_every_metric_of_the_app_is_named_copilot_something():
    names = {
        collector._name
        for collector in vars(metrics).values()
        if hasattr(collector, "_name") and hasattr(collector, "_type")
    }

    assert len(names) >= 18
    assert all(name.startswith("copilot_") for name in names)


@pytest.mark.django_db(transaction=True)
def test_a_real_turn_moves_the_turn_histograms_the_tool_counters_and_the_verdicts(
    client, metrics_token, rider, long_trip
):
    before = {
        "turns": value("copilot_turn_seconds_count", provider="offline"),
        "overhead": value("copilot_turn_overhead_seconds_count", provider="offline"),
        "model": value("copilot_turn_model_seconds_count", provider="offline"),
        "done": value("copilot_turns_total", outcome="done", provider="offline"),
        "calls": value("copilot_model_calls_total", provider="offline"),
        "tool_ok": value("copilot_tool_calls_total", tool="get_trip_details", outcome="ok"),
        "refunds": sum(
            value("copilot_proposed_actions_total", tool="issue_refund", verdict=v)
            for v in ("allowed", "needs_supervisor", "denied")
        ),
    }
    turn = new_turn(
        rider,
        f"My driver took a long detour on trip {str(long_trip.trip_id)[:8]} and I paid 48 instead of 30.",
    )

    turn_run(str(turn.pk))

    turn.refresh_from_db()
    assert turn.status == Turn.Status.DONE
    assert value("copilot_turn_seconds_count", provider="offline") == before["turns"] + 1
    assert value("copilot_turn_overhead_seconds_count", provider="offline") == before["overhead"] + 1
    assert value("copilot_turn_model_seconds_count", provider="offline") == before["model"] + 1
    assert value("copilot_turns_total", outcome="done", provider="offline") == before["done"] + 1
    assert value("copilot_model_calls_total", provider="offline") == before["calls"] + turn.model_calls
    assert value("copilot_tool_calls_total", tool="get_trip_details", outcome="ok") > before["tool_ok"]
    refunds = sum(
        value("copilot_proposed_actions_total", tool="issue_refund", verdict=v)
        for v in ("allowed", "needs_supervisor", "denied")
    )
    assert refunds == before["refunds"] + 1
    scraped = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {TOKEN}").content.decode()
    count = before["turns"] + 1
    assert f'copilot_turn_seconds_count{{provider="offline"}} {count}' in scraped


def test_personal_data_in_a_model_request_is_counted_by_type_and_each_message_checked_once(caplog):
    before = value("copilot_pii_escapes_total", where="model_request", entity_type="EMAIL")
    leaking = {"role": "tool", "content": '{"note": "write to maria.lopez@example.com"}'}
    clean = {"role": "user", "content": "My driver took a detour on trip 5afe7e11."}
    scanned: set[int] = set()

    with caplog.at_level(logging.WARNING):
        found = check_model_request([clean, leaking], scanned=scanned, find=find_pii)
        again = check_model_request([clean, leaking], scanned=scanned, find=find_pii)

    assert found == ["EMAIL"]
    assert again == []
    assert value("copilot_pii_escapes_total", where="model_request", entity_type="EMAIL") == before + 1
    assert "maria.lopez" not in caplog.text


def test_a_log_line_that_held_personal_data_is_counted_by_type():
    from copilot.pii.logfilter import RedactPiiFilter

    before = value("copilot_pii_escapes_total", where="log_line", entity_type="EMAIL")
    record = logging.LogRecord(
        "t", logging.INFO, __file__, 1, "mail from %s", ("maria.lopez@example.com",), None
    )

    RedactPiiFilter().filter(record)

    assert "maria.lopez" not in record.getMessage()
    assert value("copilot_pii_escapes_total", where="log_line", entity_type="EMAIL") == before + 1


def test_an_open_circuit_breaker_shows_until_the_tool_answers_again():
    from tools.breaker import CircuitBreaker

    breaker = CircuitBreaker(threshold=2, cooldown_seconds=30)
    breaker.record("get_trip_details", ok=False)
    breaker.record("get_trip_details", ok=False)
    assert value("copilot_tool_circuit_open", tool="get_trip_details") == 1

    breaker.record("get_trip_details", ok=True)
    assert value("copilot_tool_circuit_open", tool="get_trip_details") == 0


def test_ids_and_times_in_a_tool_result_are_not_taken_for_personal_data():
    trip = {
        "trip_id": "63569246-b528-4c5c-8e5d-1ecc83101c89",
        "short_id": "63569246",
        "requested_at": "2026-12-02T22:38:16+00:00",
        "driver_id": "D-20394857",
        "city": "Chicago",
        "charged_total": "48.00",
    }
    result = {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"trip": trip})}

    assert check_model_request([result], scanned=set(), find=find_pii) == []


def test_a_name_in_a_tool_results_text_is_found():
    result = {
        "role": "tool",
        "content": json.dumps({"trip": {"short_id": "63569246", "note": "Ask Maria Lopez"}}),
    }

    assert check_model_request([result], scanned=set(), find=find_pii) == ["PERSON"]


def test_the_loop_checks_its_requests_on_a_background_thread_and_counts_what_it_finds():
    before = value("copilot_pii_escapes_total", where="model_request", entity_type="EMAIL")
    leaking = {"role": "user", "content": "write to maria.lopez@example.com"}
    scanned: set[int] = set()

    check_model_request_later([leaking], scanned=scanned, find=find_pii)
    check_model_request_later([leaking], scanned=scanned, find=find_pii)  # already queued: not again
    wait_for_checks()

    assert value("copilot_pii_escapes_total", where="model_request", entity_type="EMAIL") == before + 1


@pytest.mark.django_db(transaction=True)
def test_an_ordinary_turn_on_a_model_sends_it_no_personal_data(use_model, rider, long_trip):
    def escapes() -> float:
        return sum(
            value("copilot_pii_escapes_total", where="model_request", entity_type=kind)
            for kind in ("PERSON", "EMAIL", "PHONE", "ADDRESS", "CARD", "IBAN", "IP")
        )

    before = escapes()
    trip = str(long_trip.trip_id)[:8]
    use_model.script(tools(("get_trip_details", {"trip_id": trip})), final("Sorry about the detour."))
    turn = new_turn(rider, f"Hi, I'm Maria Lopez. My driver took a long detour on trip {trip}.")

    turn_run(str(turn.pk))
    wait_for_checks()

    assert Turn.objects.get(pk=turn.pk).status == Turn.Status.DONE
    assert value("copilot_model_calls_total", provider="openai") >= 2
    assert escapes() == before


@pytest.mark.parametrize("label", [label for _, label in OVERRIDE_REASONS])
def test_every_override_reason_of_the_desk_names_an_override_alone_or_with_details(label):
    labels = [label for _, label in OVERRIDE_REASONS]

    assert metrics.names_override_reason(label, labels)
    assert metrics.names_override_reason(f"{label}: the rider called back", labels)


@pytest.mark.parametrize("reason", ["", "ok, approved", "Note: checked with the driver", "amount is wrong"])
def test_a_note_that_names_no_override_reason_is_not_an_override(reason):
    assert not metrics.names_override_reason(reason, [label for _, label in OVERRIDE_REASONS])


def _refund_proposed(rider, trip) -> PendingAction:
    case = CaseFactory(rider=rider, status=Case.Status.OPEN)
    arguments = {
        "trip_id": str(trip.trip_id),
        "kind": "refund",
        "reason": "route_deviation",
        "amount": "18.00",
    }
    [outcome] = execute_tool_calls(make_ctx(case), [call("issue_refund", json.dumps(arguments))])
    return PendingAction.objects.get(pk=outcome.result["action_id"])


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("reason", "override"),
    [
        ("Amount is wrong: 12 was enough", True),
        ("Policy exception", True),  # a reason code alone, as the desk's picker records it
        ("Note: checked with the driver", False),  # a capitalised note is not a reason code
        ("", False),
    ],
)
def test_an_approval_counts_on_metrics_as_an_override_exactly_when_the_analysts_figures_do(
    rider, long_trip, agent, reason, override
):
    action = _refund_proposed(rider, long_trip)
    before = value("copilot_overrides_total", tool="issue_refund")

    action_approve(action_id=action.pk, user=agent, reason=reason)

    counted = value("copilot_overrides_total", tool="issue_refund") - before
    assert PendingAction.objects.get(pk=action.pk).status == PendingAction.Status.EXECUTED
    assert counted == (1 if override else 0)
    assert PendingAction.objects.filter(_overridden(), pk=action.pk).count() == counted


@pytest.mark.django_db(transaction=True)
def test_a_rejection_is_always_an_override(rider, long_trip, agent):
    action = _refund_proposed(rider, long_trip)
    before = value("copilot_overrides_total", tool="issue_refund")

    action_reject(action_id=action.pk, user=agent, reason="the rider withdrew the complaint")

    assert value("copilot_overrides_total", tool="issue_refund") == before + 1
    assert PendingAction.objects.filter(_overridden(), pk=action.pk).exists()
