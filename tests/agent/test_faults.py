"""Faults of the model endpoint and limits: the agent sees a clear status and no turn is lost."""

from __future__ import annotations

import pytest

from copilot.agent.loop import turn_run
from copilot.agent.services import RateLimited, turn_request
from copilot.models import CaseVault, CopilotSettings, Turn
from tests.agent.conftest import GroupListener, new_turn
from tests.agent.scripted_server import final

pytestmark = pytest.mark.django_db(transaction=True)

RECEIPT = "Hi, can you send me the receipt for my last ride please?"


def run(turn) -> Turn:
    turn_run(str(turn.pk))
    return Turn.objects.get(pk=turn.pk)


def assert_offline_took_over(turn: Turn, listener: GroupListener, why: str) -> None:
    assert turn.status == "done", turn.error
    assert turn.provider == "offline"
    assert why in turn.proposal["fallback"]
    statuses = [e.get("status", "") for e in listener.drain()]
    assert any("offline planner takes over" in s for s in statuses), statuses


def test_a_model_that_hangs_past_the_timeout_hands_the_turn_to_the_offline_planner(
    use_model, settings, rider, long_trip
):
    settings.COPILOT_MODEL_TIMEOUT_SECONDS = 0.5
    settings.COPILOT_MODEL_RETRIES = 0
    turn = new_turn(rider, RECEIPT)
    listener = GroupListener(turn.case_id)
    use_model.script({"hang": 2})
    assert_offline_took_over(run(turn), listener, "model endpoint failed")


def test_a_stream_cut_mid_answer_is_not_taken_as_the_draft(use_model, rider, long_trip):
    turn = new_turn(rider, RECEIPT)
    listener = GroupListener(turn.case_id)
    use_model.script({"content": "Your receipt is attached and the refund of $500 is do", "cut": True})
    turn = run(turn)
    assert "$500" not in turn.draft
    assert_offline_took_over(turn, listener, "model endpoint failed")


def test_persistent_5xx_after_retries_falls_back(use_model, settings, rider, long_trip):
    settings.COPILOT_MODEL_RETRIES = 1
    turn = new_turn(rider, RECEIPT)
    listener = GroupListener(turn.case_id)
    use_model.script({"status": 500}, {"status": 502})
    assert_offline_took_over(run(turn), listener, "model endpoint failed")
    assert len(use_model.requests) == 2


def test_the_kill_switch_uses_the_offline_planner_without_calling_the_model(use_model, rider, long_trip):
    CopilotSettings.objects.update_or_create(pk=1, defaults={"offline_only": True})
    turn = run(new_turn(rider, RECEIPT))
    assert (turn.status, turn.provider) == ("done", "offline")
    assert "switched the model off" in turn.proposal["fallback"]
    assert use_model.requests == []


def test_a_case_over_its_model_call_budget_uses_the_offline_planner(use_model, rider, long_trip):
    CopilotSettings.objects.update_or_create(pk=1, defaults={"case_model_call_budget": 1})
    first = new_turn(rider, RECEIPT)
    use_model.script(final("Here is your receipt."))
    assert run(first).provider == "openai"
    second = Turn.objects.create(case=first.case, message=first.message)
    second = run(second)
    assert second.provider == "offline"
    assert "budget of 1 model calls" in second.proposal["fallback"]


def test_an_agent_over_the_rate_limit_gets_a_clear_message(rider, agent):
    CopilotSettings.objects.update_or_create(pk=1, defaults={"agent_requests_per_minute": 2})
    case = new_turn(rider, RECEIPT).case
    turn_request(case=case, user=agent)
    turn_request(case=case, user=agent, question="Was the driver late?")
    with pytest.raises(RateLimited, match="asked the copilot 2 times this minute"):
        turn_request(case=case, user=agent)
    assert Turn.objects.filter(case=case).count() == 3  # the first turn and the two allowed requests


def test_an_oversized_follow_up_question_is_refused(rider, agent, settings):
    settings.COPILOT_MAX_MESSAGE_CHARS = 100
    case = new_turn(rider, RECEIPT).case
    with pytest.raises(ValueError, match="at most 100 characters"):
        turn_request(case=case, user=agent, question="why? " * 50)


def test_a_follow_up_question_uses_the_cases_own_placeholders(rider, agent):
    case = new_turn(rider, "Hi, Maria Lopez here, where is my receipt?").case
    turn = turn_request(case=case, user=agent, question="Did Maria Lopez also complain about Tom Baker?")
    assert turn.question == "Did <PERSON_1> also complain about <PERSON_2>?"
    assert CaseVault.objects.get(case=case).load()["<PERSON_2>"] == "Tom Baker"
