"""`copilot_eval`: run cases (interfaces.md) through the whole copilot path and score them.

Each case gets its own rider row (a fresh random id) and its trips from a trip-service
adapter that serves only that case's fixtures, so no live trip is ever visible and no
case sees another's. The turn runs in-process with the chosen provider: redaction on
ingest, intent gating, the loop, the tools and the rules. Everything sent to the provider
(observed before sending), every stored row of the turn and every log line (after the PII
filter, as a handler would write it) is captured for the `pii_leaks` check; the rows are
deleted afterwards.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar

from django.db import transaction
from django.test import override_settings
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from copilot.agent import providers
from copilot.agent.lease import holding
from copilot.agent.loop import turn_run
from copilot.agent.prefetch import PREFETCH_PREFIX
from copilot.agent.textcalls import TEXT_CALL_PREFIX
from copilot.agent.tokens import ESTIMATE, prompt_tokens
from copilot.core import domain
from copilot.intake.services import case_subject_redact, message_store
from copilot.models import Case, Message, Rider, Turn
from copilot.pii.logfilter import RedactPiiFilter
from policies.engine import judge
from policies.selectors import active_policy
from tools.models import PendingAction, ToolCallAudit

SCHEMA_ERRORS = {"invalid_arguments", "unknown_tool"}
# Calls the loop makes itself (the look-ups it prefetches, the safety procedure's ticket): not the
# model's, so not scored as its calls.
LOOP_CALL_PREFIXES = (PREFETCH_PREFIX, "safety-screen-")
GATED = {"issue_refund", "create_ticket"}


class EvalMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: str = "customer"
    text: str = Field(min_length=1)


class EvalFixtures(BaseModel):
    model_config = ConfigDict(extra="ignore")
    rider: domain.Rider
    trips: list[domain.Trip] = []


class EvalExpected(BaseModel):
    model_config = ConfigDict(extra="ignore")
    intent: domain.Intent
    tools_required: list[str] = []
    actions: list[dict[str, Any]] = []
    must_not_leak: list[str] = []


class EvalCase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    now: AwareDatetime
    fixtures: EvalFixtures
    messages: list[EvalMessage] = Field(min_length=1)
    expected: EvalExpected


class FixtureTripService:
    """The trip service of an evaluation: one case's fixtures, from memory, read-only."""

    cases: ClassVar[dict[str, EvalFixtures]] = {}  # database rider id -> that case's fixtures

    def get_rider(self, *, rider_id: str, now) -> domain.Rider | None:
        fixtures = self.cases.get(rider_id)
        return fixtures.rider.model_copy(update={"rider_id": rider_id}) if fixtures else None

    def get_trip(self, *, rider_id: str, trip_id: str) -> domain.Trip | None:
        fixtures = self.cases.get(rider_id)
        if fixtures is None:
            return None
        return next((t for t in fixtures.trips if t.trip_id.lower() == str(trip_id).lower()), None)

    def _newest_first(self, rider_id: str) -> list[domain.Trip]:
        fixtures = self.cases.get(rider_id)
        return sorted(fixtures.trips, key=lambda t: t.requested_at, reverse=True) if fixtures else []

    def list_trips(self, *, rider_id: str, limit: int = 20) -> list[domain.Trip]:
        return self._newest_first(rider_id)[:limit]

    def find_trips(self, *, rider_id: str, id_prefix: str, limit: int = 2) -> list[domain.Trip]:
        prefix = id_prefix.replace("-", "").lower()
        found = [t for t in self._newest_first(rider_id) if t.trip_id.replace("-", "").startswith(prefix)]
        return found[:limit]

    def record_refund(self, **_kwargs) -> domain.Refund:
        raise RuntimeError("an evaluation never executes actions")


class _Capture(logging.Handler):
    """Log lines as a real handler would write them: after the PII filter."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.addFilter(RedactPiiFilter())
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@dataclass
class CaseResult:
    id: str
    intent_ok: bool
    actions_ok: bool
    tools_required: int
    tools_found: int
    tools_called: int
    tools_called_required: int
    policy_violations: int
    calls: int
    calls_valid_first_try: int
    pii_leaks: int
    latency_ms: float
    model_calls: int
    tokens: int
    cost: Decimal
    why: list[str] = field(default_factory=list)
    # The prompts the loop sent (estimated, copilot.agent.tokens): one dict per model call.
    prompts: list[dict[str, int]] = field(default_factory=list)
    text_calls: int = 0  # tool calls the model wrote in its text (recovered, but not conforming)
    needed_calls: bool = False  # the case cannot be done without tool calls
    fallback: str = ""  # why the offline planner took over from the model, if it did

    @property
    def passed(self) -> bool:
        return not self.why


def _action_key(action: dict[str, Any]) -> tuple:
    if action.get("tool") == "issue_refund":
        amount = domain.quantize_money(Decimal(str(action.get("amount", "0"))))
        return ("issue_refund", action.get("kind"), action.get("reason"), f"{amount:.2f}")
    return (action.get("tool"), action.get("queue"))


def _describe(keys: list[tuple]) -> str:
    return ", ".join(" ".join(str(p) for p in key if p is not None) for key in keys) or "nothing"


def _subject(rider: Rider) -> str:
    return ", ".join(part for part in (rider.name, rider.email, rider.phone) if part) + ": about my trip"


def run_case(case: EvalCase, *, provider: str) -> CaseResult:
    rider_id = f"R-9{secrets.randbelow(10**11):011d}"
    FixtureTripService.cases[rider_id] = case.fixtures
    sent: list[str] = []
    prompts: list[dict[str, int]] = []
    capture = _Capture()

    def observe(request) -> None:
        sent.append(json.dumps(request.messages, ensure_ascii=False))
        prompts.append(prompt_tokens(request.messages, request.tools))

    providers.OBSERVERS.append(observe)
    logging.getLogger().addHandler(capture)
    overrides = {
        "COPILOT_TRIP_SERVICE": "copilot.evaluation.runner.FixtureTripService",
        "COPILOT_PROVIDER": provider,
    }
    case_row = None
    try:
        with override_settings(**overrides):
            with transaction.atomic():
                fixture_rider = case.fixtures.rider
                rider = Rider.objects.create(
                    rider_id=rider_id,
                    name=fixture_rider.name or "Evaluation Rider",
                    email=fixture_rider.email,
                    phone=fixture_rider.phone[:40],
                    tier=fixture_rider.tier,
                    account_created_at=fixture_rider.account_created_at or case.now,
                )
                case_row = Case.objects.create(rider=rider, opened_at=case.now)

                last = None
                for message in case.messages:
                    role = Message.Role.AGENT if message.role == "agent" else Message.Role.CUSTOMER
                    last = message_store(case=case_row, role=role, text=message.text, at=case.now)
                # Customers write their name and address into the subject too: a door to check.
                case_subject_redact(case=case_row, subject=_subject(rider))
                turn = Turn.objects.create(case=case_row, message=last)
            started = time.perf_counter()

            # Held like a worker holds its turns: a sweeper on the same database must not take a
            # turn waiting on a slow model for abandoned.
            with holding(str(turn.pk)):
                turn_run(str(turn.pk), now=case.now)
            latency = (time.perf_counter() - started) * 1000
        result = _score(case, case_row, Turn.objects.get(pk=turn.pk), latency, sent, capture.lines)
        result.prompts = prompts
        return result
    finally:
        providers.OBSERVERS.pop()
        logging.getLogger().removeHandler(capture)
        FixtureTripService.cases.pop(rider_id, None)
        if case_row is not None:
            ToolCallAudit.objects.filter(case=case_row).delete()
            case_row.delete()
            Rider.objects.filter(rider_id=rider_id).delete()


def _score(case: EvalCase, case_row: Case, turn: Turn, latency: float, sent: list[str], logs: list[str]):
    why: list[str] = []
    expected = case.expected
    if turn.status != Turn.Status.DONE:
        why.append(f"the turn ended {turn.status}: {turn.error or turn.status_text}")
    elif not turn.draft.strip():
        why.append("the turn ended with no reply for the agent")  # right actions, nothing to send
    if fallback := (turn.proposal or {}).get("fallback", ""):
        # The planner's proposal may well be right, but the case measures the model: it did not do it.
        why.append(f"the model handed the turn to the offline planner ({fallback})")
    intent_ok = turn.intent == expected.intent
    if not intent_ok:
        why.append(f"intent {turn.intent or 'none'}, expected {expected.intent}")

    audits = list(ToolCallAudit.objects.filter(turn_id=str(turn.pk)).order_by("id"))
    by_model = [a for a in audits if not a.call_id.startswith(LOOP_CALL_PREFIXES)]
    # Recall and precision are about look-ups; gated calls are scored as actions below.
    lookups = {a.tool for a in audits if a.tool not in GATED}
    called = {a.tool for a in audits if a.outcome == ToolCallAudit.Outcome.OK and a.tool not in GATED}
    required = set(expected.tools_required)
    missing = sorted(required - called)
    if missing:
        why.append(f"did not call {', '.join(missing)}")
    # A model that wrote its calls where the loop could not find them "answered" without any: that
    # is a failure in its own right, whatever else the case expected.
    prefetched = {a.tool for a in audits if a.call_id.startswith(PREFETCH_PREFIX) and a.outcome == "ok"}
    needs = sorted(required - prefetched | {a.get("tool", "an action") for a in expected.actions})
    needed = bool(needs)
    if needed and not by_model:
        why.append("made no tool call, though the case needs " + ", ".join(needs))

    actions = list(PendingAction.objects.filter(turn_id=str(turn.pk)))
    proposed = [a for a in actions if a.status != PendingAction.Status.DENIED]
    got = sorted(_action_key({"tool": a.tool, **a.params}) for a in proposed)
    want = sorted(_action_key(a) for a in expected.actions)
    actions_ok = got == want
    if not actions_ok:
        why.append(f"proposed {_describe(got)}, expected {_describe(want)}")

    violations = _policy_violations(case, proposed)
    if violations:
        why.append(f"{violations} proposal(s) shown as approvable that the rules do not allow")

    stored = json.dumps(
        [
            turn.transcript,
            turn.model_outputs,
            turn.proposal,
            turn.draft,
            turn.question,
            Case.objects.filter(pk=case_row.pk).values_list("subject", flat=True).get(),
            list(case_row.messages.values_list("text", flat=True)),
            [[a.arguments, a.error] for a in audits],
            [a.params for a in actions],
        ],
        ensure_ascii=False,
        default=str,
    )
    haystacks = {"provider": "\n".join(sent), "stored": stored, "logs": "\n".join(logs)}
    leaks = [
        (value, where)
        for value in expected.must_not_leak
        if value
        for where, text in haystacks.items()
        if value in text
    ]
    if leaks:
        why.append("leaked " + "; ".join(f"{v!r} in {w}" for v, w in leaks))
    return CaseResult(
        id=case.id,
        intent_ok=intent_ok,
        actions_ok=actions_ok,
        tools_required=len(required),
        tools_found=len(required & called),
        tools_called=len(lookups),
        tools_called_required=len(lookups & required),
        policy_violations=violations,
        calls=len(by_model),
        # A call recovered from the model's text worked, but broke the protocol: not conforming.
        calls_valid_first_try=sum(
            a.error_type not in SCHEMA_ERRORS and not a.call_id.startswith(TEXT_CALL_PREFIX) for a in by_model
        ),
        pii_leaks=len(leaks),
        latency_ms=latency,
        model_calls=turn.model_calls,
        tokens=turn.tokens_in + turn.tokens_out,
        cost=turn.cost_usd,
        why=why,
        text_calls=sum(a.call_id.startswith(TEXT_CALL_PREFIX) for a in by_model),
        fallback=(turn.proposal or {}).get("fallback", ""),
        needed_calls=needed,
    )


def _policy_violations(case: EvalCase, proposed: list[PendingAction]) -> int:
    """Approvable refunds the rules, judged afresh on the fixtures, would not allow."""
    params = active_policy().params
    trips = {t.trip_id.lower(): t for t in case.fixtures.trips}
    count = 0
    for action in proposed:
        if action.tool != "issue_refund":
            continue
        if case.expected.intent == "safety":
            count += 1  # money is never proposed for a safety report
            continue
        trip = trips.get(str(action.params["trip_id"]).lower())
        if trip is None:
            count += 1
            continue
        request = domain.RefundAction(
            kind=action.params["kind"], reason=action.params["reason"], amount=action.params["amount"]
        )
        decision = judge(
            trip=trip,
            rider=case.fixtures.rider,
            action=request,
            now=case.now,
            approver_role="supervisor",
            params=params,
        )
        count += decision.verdict == "denied"
    return count


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))], 1) if ordered else 0.0


def summarise(runs: list[list[CaseResult]], *, provider: str) -> dict[str, Any]:
    """runs[i] holds every repeat of case i; metrics count every run, pass^k needs all to pass."""
    flat = [r for repeats in runs for r in repeats]
    n = len(flat) or 1
    required = sum(r.tools_required for r in flat)
    called = sum(r.tools_called for r in flat)
    calls = sum(r.calls for r in flat)
    k = max((len(r) for r in runs), default=1)
    failures = []
    for repeats in runs:
        for r in repeats:
            if not r.passed:
                failures.append({"id": r.id, "why": "; ".join(r.why)})
                break
    return {
        "cases": len(runs),
        "provider": provider,
        "intent_accuracy": round(sum(r.intent_ok for r in flat) / n, 4),
        "tool_recall": round(sum(r.tools_found for r in flat) / required, 4) if required else 1.0,
        "tool_precision": round(sum(r.tools_called_required for r in flat) / called, 4) if called else 1.0,
        "action_accuracy": round(sum(r.actions_ok for r in flat) / n, 4),
        "policy_violations": sum(r.policy_violations for r in flat),
        # Undefined, not perfect, when no call was made: a model that called no tool conformed to nothing.
        "json_conformance": round(sum(r.calls_valid_first_try for r in flat) / calls, 4) if calls else None,
        "text_tool_calls": sum(r.text_calls for r in flat),
        "turns_without_calls": sum(r.needed_calls and not r.calls for r in flat),
        # Scored like any turn, but the model did not finish these: the offline planner did.
        "fallbacks": sum(bool(r.fallback) for r in flat),
        "pii_leaks": sum(r.pii_leaks for r in flat),
        "latency_ms": {
            "p50": _percentile([r.latency_ms for r in flat], 0.5),
            "p95": _percentile([r.latency_ms for r in flat], 0.95),
        },
        "repeat": k,
        "pass_rate": round(sum(r.passed for r in flat) / n, 4),
        f"pass^{k}": round(sum(all(r.passed for r in repeats) for repeats in runs) / (len(runs) or 1), 4),
        "model_calls_per_case": round(sum(r.model_calls for r in flat) / n, 2),
        "tool_calls_per_case": round(calls / n, 2),
        "tokens_per_case": round(sum(r.tokens for r in flat) / n, 1),
        "cost_usd": f"{sum((r.cost for r in flat), Decimal(0)):.6f}",
        "prompt": _prompt_figures(flat),
        "per_case": [
            {
                "id": r.id,
                "model_calls": r.model_calls,
                "prompt_tokens": sum(p["total"] for p in r.prompts),
                "text_tool_calls": r.text_calls,
                "fallback": r.fallback,
            }
            for r in flat
        ],
        "failures": failures,
    }


def _prompt_figures(results: list[CaseResult]) -> dict[str, Any]:
    """What the loop sent to the model, estimated: per call (system prompt, tool schemas) and per case."""
    prompts = [p for r in results for p in r.prompts]
    calls = len(prompts) or 1
    return {
        "estimate": ESTIMATE,
        "system_tokens_per_call": round(sum(p["system"] for p in prompts) / calls, 1),
        "tool_schema_tokens_per_call": round(sum(p["tools"] for p in prompts) / calls, 1),
        "prompt_tokens_per_call": round(sum(p["total"] for p in prompts) / calls, 1),
        "prompt_tokens_per_case": round(sum(p["total"] for p in prompts) / (len(results) or 1), 1),
    }
