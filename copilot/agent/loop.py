"""The copilot turn: a function-calling loop that ends in a checked proposal.

`turn_run` is what the Celery task calls. It claims the turn (so no two workers run it at
once), gates tools by intent, loops model → tools → model until the model answers in
words, sends a rules-denied proposal back once to be revised, and saves the proposal.
A failing model endpoint hands the turn to the offline planner; every step is streamed.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import time
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils import timezone

from copilot.agent import intent as intent_model
from copilot.agent import sql
from copilot.agent.config import TurnConfig, turn_config
from copilot.agent.messages import ChatMessage, ModelRequest, ModelResponse
from copilot.agent.prefetch import prefetch
from copilot.agent.promises import backed_amounts, moves_money, withdraw_unbacked
from copilot.agent.prompts import PROMPT_VERSION, SYSTEM_PROMPT
from copilot.agent.proposal import (
    AMOUNT,
    Proposal,
    ProposedAction,
    actions_of_turn,
    draft_warnings,
    rationale_for,
    scrub_draft,
)
from copilot.agent.providers import (
    ProviderError,
    estimate_cost,
    notify_observers,
    offline_provider,
    openai_provider,
)
from copilot.agent.stream import TurnStream
from copilot.agent.textcalls import (
    TEXT_CALL_PREFIX,
    DraftGuard,
    looks_like_call,
    read_text_calls,
    strip_think,
)
from copilot.core.sql import update_row
from copilot.models import Case, CaseVault, Message, Rider, Turn
from copilot.observability import metrics, tracing
from copilot.observability.leaks import check_model_request_later
from copilot.pii import find_pii
from copilot.realtime import events
from copilot.runtime.faults import is_transient
from copilot.safety.screen import screen as safety_screen
from copilot.safety.services import case_safety_record, standing_report
from tools.base import ToolContext
from tools.executor import ToolCall, execute_tool_calls
from tools.models import PendingAction
from tools.permissions import tools_offered
from tools.registry import TOOLS, openai_tools, schema_version

log = logging.getLogger(__name__)


def _tool_status(name: str, *, default: str = "") -> str:
    """What the page says while a tool runs; a name the model invented gets a plain line."""
    tool = TOOLS.get(name)
    return tool.status if tool is not None and tool.status else (default or f"Calling {name}")


MAX_FAILED_CALLS_PER_TOOL = 3  # the first try and at most two corrections


def _turn_update(turn: Turn, **fields: Any) -> int:
    """UPDATE the turn's columns while this attempt still holds it; rows changed (0: it does not).

    A turn is saved several times as it runs. The write is fenced by the attempt number: a run the
    sweeper thought dead (a frozen process) may wake up after the turn was claimed again, and must
    not write its status, draft or proposal over the new attempt's.
    """
    return update_row(Turn, turn.pk, {"attempts": turn.attempts}, **fields)


class LeaseLost(Exception):
    """Another attempt holds the turn now: this one stops, and leaves no proposal behind."""


def _instance(model, values: dict[str, Any]):
    """A model instance from some of its columns (by attname); the others load when first read."""
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(connection.alias, names, [values[name] for name in names])


def turn_claim(turn_id: str) -> Turn | None:
    """Take the turn if it is queued, or running but abandoned; None if another worker has it.

    The turn, case, rider and message come back as instances holding only the columns the
    loop reads; any other field loads on first use, as a deferred field does.
    """
    now = timezone.now()
    stale = now - timedelta(seconds=settings.COPILOT_TURN_STALE_SECONDS)
    # One statement decides, so two workers given the same turn cannot both take it.
    with connection.cursor() as cursor:
        cursor.execute(
            sql.CLAIM,
            [
                Turn.Status.RUNNING,
                now,
                now,
                Turn._meta.pk.get_db_prep_value(turn_id, connection),
                Turn.Status.QUEUED,
                Turn.Status.RUNNING,
                stale,
            ],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    turn = _instance(Turn, dict(zip(sql.CLAIMED_TURN_FIELDS, row[:7], strict=True)))
    rider = _instance(Rider, {"id": row[8], "rider_id": row[9]})
    safety_signals = Case._meta.get_field("safety_signals").from_db_value(row[12], None, connection)
    case = _instance(
        Case,
        {
            "id": turn.case_id,
            "status": row[7],
            "rider_id": row[8],
            "safety_signals": safety_signals or [],
            "safety_cleared_at": row[13],
        },
    )
    Case.rider.field.set_cached_value(case, rider)
    Turn.case.field.set_cached_value(turn, case)
    message = None
    if turn.message_id is not None:
        message = _instance(Message, {"id": turn.message_id, "text": row[10], "created_at": row[11]})
    Turn.message.field.set_cached_value(turn, message)
    if turn.attempts > 1:
        # An earlier attempt died mid-turn; its proposals were never shown, so they go.
        PendingAction.objects.filter(turn_id=str(turn.pk), decided_by__isnull=True).delete()
    return turn


def _conversation(turn: Turn, now) -> tuple[list[ChatMessage], str]:
    """(the messages the model reads, all the customer's text in the case), from one query."""
    # The time lets "yesterday" or "this morning" pick a trip.
    clock = f"\nCurrent time: {now.isoformat(timespec='minutes')}"
    messages: list[ChatMessage] = [{"role": "system", "content": SYSTEM_PROMPT + clock}]
    upto = turn.message.created_at if turn.message else turn.created_at
    customer: list[str] = []
    with connection.cursor() as cursor:
        cursor.execute(sql.CONVERSATION, [turn.case_id])
        rows = cursor.fetchall()
    for role, text, created_at in rows:
        if role == Message.Role.CUSTOMER:
            customer.append(text)
        if created_at <= upto:
            messages.append(
                {"role": "user" if role == Message.Role.CUSTOMER else "assistant", "content": text}
            )
    if turn.question:
        messages.append({"role": "user", "content": f"[The support agent asks you] {turn.question}"})
    return messages, "\n".join(customer)


def _choose_provider(config: TurnConfig, used: int) -> tuple[Any, str]:
    """(provider, why the offline planner was chosen or ''); `used`: the case's model calls so far."""
    if settings.COPILOT_PROVIDER == "offline":
        return offline_provider(), ""
    if config.offline_only:
        return offline_provider(), "an admin switched the model off"
    if used >= config.case_model_call_budget:
        return (
            offline_provider(),
            f"this case used its budget of {config.case_model_call_budget} model calls",
        )
    return openai_provider(), ""


class _Run:
    """The mutable state of one attempt at a turn."""

    def __init__(self, turn: Turn) -> None:
        self.turn = turn
        self.outputs: list[dict[str, Any]] = []
        self.timings = {"model": 0.0, "tools": 0.0, "rules": 0.0, "redaction": 0.0}
        self.tokens_in = self.tokens_out = self.model_calls = self.tool_calls = 0
        self.cost = Decimal("0")
        self.facts: list[str] = []
        self.actions: list[ProposedAction] | None = None  # as read at the model's final answer
        self.gated_calls = 0  # calls of tools that record a PendingAction (issue_refund, create_ticket)
        # Audit columns known mid-turn (intent, provider, versions) ride on the turn's next
        # UPDATE (a heartbeat, the proposal or the failure) instead of costing one of their own.
        self.unsaved: dict[str, Any] = {}
        self.fallback_reason = ""  # why the model's answers could not be used, when that was the reason
        self.scanned: set[int] = set()  # messages already checked for PII before a model call

    def take_unsaved(self) -> dict[str, Any]:
        fields, self.unsaved = self.unsaved, {}
        return fields

    def record(
        self,
        provider,
        response: ModelResponse,
        seconds: float,
        *,
        raw: str | None = None,
        protocol_error: str = "",
    ) -> None:
        self.model_calls += 1
        self.tokens_in += response.prompt_tokens
        self.tokens_out += response.completion_tokens
        if provider.name != "offline":
            self.cost += estimate_cost(response.prompt_tokens, response.completion_tokens)
        self.timings["model"] += seconds * 1000
        output = {
            "provider": provider.name,
            "content": response.content if raw is None else raw,
            "tool_calls": [c.as_message_part() for c in response.tool_calls],
            "prompt_tokens": response.prompt_tokens,
            "completion_tokens": response.completion_tokens,
            "ms": round(seconds * 1000, 1),
        }
        if protocol_error:
            # Recovered or not, the operator sees that this model does not speak the protocol.
            output["protocol_error"] = protocol_error
        if getattr(response, "usage_estimated", False):
            output["usage_estimated"] = True
        self.outputs.append(output)


def _heartbeat(run: _Run, draft: str | None = None, seq: int | None = None) -> None:
    fields: dict[str, Any] = {**run.take_unsaved(), "heartbeat_at": timezone.now()}
    if draft is not None:
        fields["draft"] = draft
    if seq is not None:
        fields["seq"] = seq
    if _turn_update(run.turn, **fields) == 0:
        raise LeaseLost(f"turn {run.turn.pk} was claimed again (attempt {run.turn.attempts} is over)")


class TurnInterrupted(Exception):
    """The infrastructure failed under the turn (see copilot.runtime.faults); it runs again."""


def turn_run(turn_id: str, *, now: datetime | None = None, retry_infrastructure: bool = False) -> None:
    """Run a turn to its proposal. `now` is the decision time (the evaluation sets it).

    With `retry_infrastructure`, a database or Redis failure puts the turn back in the queue and
    raises TurnInterrupted for the task to retry, instead of failing the turn for the agent.
    """
    turn = turn_claim(turn_id)
    if turn is None:
        return
    with tracing.span("turn.run", case_id=turn.case_id, turn_id=str(turn.pk), attempt=turn.attempts):
        _turn_run(turn, now=now, retry_infrastructure=retry_infrastructure)


def _turn_run(turn: Turn, *, now: datetime | None, retry_infrastructure: bool) -> None:
    turn_id = str(turn.pk)
    started = time.perf_counter()
    run = _Run(turn)
    stream = TurnStream(
        case_id=turn.case_id,
        turn_id=str(turn.pk),
        seq=turn.seq,
        save=lambda draft, seq: _heartbeat(run, draft, seq),
        drafting=not turn.question,
        fence_seconds=settings.COPILOT_TURN_STALE_SECONDS / 2,
    )
    try:
        if turn.case.status == Case.Status.RESOLVED:
            _finish_skipped(turn, stream, "The case was resolved before the copilot ran.")
            return
        _run(run, stream, started, now or timezone.now())
    except LeaseLost as exc:
        _abandon(turn, str(exc))
    except Exception as exc:  # the turn fails visibly; the worker lives on
        if retry_infrastructure and is_transient(exc):
            log.warning("turn %s interrupted (%s: %s); it runs again", turn_id, type(exc).__name__, exc)
            _requeue_quietly(turn)
            metrics.TURNS.labels("interrupted", run.unsaved.get("provider", "")).inc()
            raise TurnInterrupted(str(exc)) from exc
        log.exception("turn %s failed", turn_id)
        metrics.TURNS.labels("failed", run.unsaved.get("provider", "")).inc()
        stream.flush()
        taken = not _turn_update(
            turn,
            **run.take_unsaved(),
            status=Turn.Status.FAILED,
            status_text="The copilot could not finish; regenerate to try again.",
            error=f"{type(exc).__name__}: {exc}"[:2000],
            finished_at=timezone.now(),
            seq=stream.seq + 1,
        )
        if taken:
            _abandon(turn, "it failed after another attempt took it")
            return
        stream.event(events.TURN_FAILED, {"status": "The copilot could not finish; regenerate to try again."})


def _abandon(turn: Turn, why: str) -> None:
    """A superseded attempt withdraws the proposals it recorded that nobody decided; the attempt
    that holds the turn announces its own outcome."""
    log.warning("turn %s: attempt %s stops: %s", turn.pk, turn.attempts, why)
    PendingAction.objects.filter(
        turn_id=str(turn.pk), attempt=turn.attempts, decided_by__isnull=True
    ).delete()


def _requeue_quietly(turn: Turn) -> None:
    """Back to the queue when the database answers; when it does not, the turn's lease goes stale
    (nobody beats for it now) and the sweeper sends it again."""
    try:
        requeued = Turn.objects.filter(pk=turn.pk, status=Turn.Status.RUNNING, attempts=turn.attempts).update(
            status=Turn.Status.QUEUED, heartbeat_at=timezone.now()
        )
        if not requeued:
            _abandon(turn, "another run took it while it was interrupted")
    except Exception as exc:
        log.warning("turn %s stays running until its lease goes stale: %s", turn.pk, exc)


def _finish_skipped(turn: Turn, stream: TurnStream, why: str) -> None:
    if _turn_update(turn, status=Turn.Status.DONE, status_text=why, finished_at=timezone.now()):
        stream.event(events.TURN_DONE, {"status": why})


def _run(run: _Run, stream: TurnStream, started: float, now: datetime) -> None:
    turn = run.turn
    claimed_at = timezone.now()
    stream.status("Reading the conversation")  # leaves with "Thinking" at the flush before the model call
    base, customer_text = _conversation(turn, now)
    last_customer = turn.message.text if turn.message else customer_text.rsplit("\n", 1)[-1]
    classified = intent_model.classify(last_customer + (f"\n{turn.question}" if turn.question else ""))
    # The safety screen reads the customer's own words, whatever the classifier made of them: while
    # its finding stands, the case is a safety case (a ticket, the safety reply, no money: P8).
    with tracing.span("turn.safety_screen") as traced:
        found = safety_screen(last_customer)
        report = (
            case_safety_record(case_id=turn.case_id, screen=found)
            if found.fired
            else standing_report(turn.case)
        )
        traced.set(
            safety_fired=found.fired, safety_categories=sorted({s["category"] for s in found.as_json()})
        )
    classified = _as_the_screen_says(classified, safe_case=not report)
    config, used = turn_config(turn.case_id)
    policy, permissions = config.policy, config.permissions
    offered = sorted(
        {name for i in classified.intents for name in tools_offered(permissions, i)}, key=list(TOOLS).index
    )
    provider, fallback = _choose_provider(config, used)
    tracing.annotate(intent=classified.primary, intents=list(classified.intents), provider=provider.name)
    run.unsaved.update(
        intent=classified.primary,
        intents=list(classified.intents),
        provider=provider.name,
        model=provider.model,
        prompt_version=PROMPT_VERSION,
        schema_version=schema_version(),
        policy_version=policy.label,
        permission_set=config.permission_label,
    )
    # Tools are gated by the message's intents; the executor re-checks each call against them.
    ctx = ToolContext(
        case_id=turn.case_id,
        rider_id=turn.case.rider.rider_id,
        turn_id=str(turn.pk),
        attempt=turn.attempts,
        intent=classified.primary,
        intents=frozenset(classified.intents),
        now=now,
        policy=policy,
        permissions=permissions,
        safety_report=report,
    )
    if report:
        base = [*base, {"role": "user", "content": SAFETY_NOTE.format(report=report)}]
    # The trip and the simulation, given once, instead of a round trip of the whole prompt for each.
    base += prefetch(
        base,
        openai_tools(offered),
        intent=classified.primary,
        intents=classified.intents,
        run_calls=lambda calls: _execute(run, stream, ctx, calls, {}),
    )
    messages, draft = _loop(run, stream, ctx, provider, base, offered, classified)
    if draft is None:
        # The model endpoint failed, or its answers could not be used: start again with the offline planner.
        fallback = fallback or run.fallback_reason or "the model endpoint failed"
        stream.status(f"The offline planner takes over: {fallback}.")
        stream.reset_draft()
        PendingAction.objects.filter(
            turn_id=str(turn.pk), attempt=turn.attempts, decided_by__isnull=True
        ).delete()
        provider = offline_provider()
        messages, draft = _loop(run, stream, ctx, provider, base, offered, classified)
        run.unsaved.update(provider=provider.name, model=provider.model)
    stream.status("Checking the draft")
    scrub_started = time.perf_counter()
    draft, removed = draft or "", 0
    answer = ""
    if turn.question:
        # The model answered the agent; the customer's draft stays the one the turn was given.
        answer, draft = draft, Turn.objects.filter(pk=turn.pk).values_list("draft", flat=True).get()
    if provider.name != "offline":
        # A model may write anything; the offline planner writes fixed templates filled only
        # with placeholders and tool results that carry no PII, so only models are scanned.

        def known_values() -> set[str]:
            vault = CaseVault.objects.filter(case=turn.case).first()
            return set(vault.load().values()) if vault else set()

        if answer:
            answer, removed = scrub_draft(answer, known_values=known_values)
        else:
            draft, removed = scrub_draft(draft, known_values=known_values)
    run.timings["redaction"] += (time.perf_counter() - scrub_started) * 1000
    # The loop read the actions when the model gave its final answer; no tool ran since.
    actions = run.actions if run.actions is not None else _actions_so_far(run, str(turn.pk))
    if report:
        actions, draft = _safety_procedure(run, ctx, actions, draft, report)
    rationale, rule_ids = rationale_for(actions, run.facts)
    withdrawn: list[str] = []
    if not turn.question and moves_money(draft):
        # Refunds made on the case before this turn back a "your refund of 18.00 was issued" too.
        backed = backed_amounts([*actions, *_money_decided_on_case(turn.case_id)])
        draft, withdrawn = withdraw_unbacked(draft, backed=backed)
    warnings = [*withdrawn, *draft_warnings(draft, actions, customer_text)]
    if removed:
        warnings.append(
            f"{removed} personal detail(s) the customer never wrote were removed from the "
            f"{'answer' if answer else 'draft'}."
        )
    proposal = Proposal(
        turn_id=str(turn.pk),
        intent=classified.primary,
        intents=list(classified.intents),
        draft=draft,
        answer=answer,
        actions=actions,
        rationale=rationale,
        rule_ids=rule_ids,
        pii_removed=removed,
        warnings=warnings,
        provider=provider.name,
        fallback=fallback,
    )
    run.timings["total"] = (time.perf_counter() - started) * 1000
    first_token = None
    if stream.first_token_at is not None:
        first_token = timezone.now() - timedelta(seconds=time.monotonic() - stream.first_token_at)
    # The final draft (scrubbed, or the safety reply) is what the row keeps: the stream must not save
    # its streamed text over it when it flushes the last events.
    stream.settle(draft)
    # One UPDATE: the proposal, the audit figures and the status land together.
    landed = _turn_update(
        turn,
        **run.take_unsaved(),
        status=Turn.Status.DONE,
        status_text="Proposal ready",
        draft=draft,
        proposal=proposal.model_dump(mode="json"),
        transcript=messages,
        model_outputs=run.outputs,
        model_calls=run.model_calls,
        tool_calls=run.tool_calls,
        tokens_in=run.tokens_in,
        tokens_out=run.tokens_out,
        cost_usd=run.cost,
        finished_at=timezone.now(),
        latency={k: round(v, 1) for k, v in run.timings.items()},
        first_token_at=first_token,
        seq=stream.seq + 1,
    )
    if not landed:
        raise LeaseLost(f"turn {turn.pk} was claimed again before attempt {turn.attempts} finished")
    with tracing.span("turn.deliver", actions=len(actions)):
        stream.event(events.TURN_DONE, {"status": "Proposal ready", "actions": len(actions)})
    tracing.annotate(
        outcome="done",
        provider=provider.name,
        model_calls=run.model_calls,
        tool_calls=run.tool_calls,
        verdicts=[a.verdict or "none" for a in actions],
        rule_ids=rule_ids,
        **{"gen_ai.usage.input_tokens": run.tokens_in, "gen_ai.usage.output_tokens": run.tokens_out},
    )
    metrics.actions_proposed(actions)
    stored = turn.message.created_at if turn.message is not None and turn.attempts == 1 else None
    metrics.turn_finished(
        provider=provider.name,
        outcome="done",
        total_ms=run.timings["total"],
        model_ms=run.timings["model"],
        tools_ms=run.timings["tools"],
        wait_s=(claimed_at - stored).total_seconds() if stored is not None else None,
    )


SAFETY_NOTE = (
    "[Copilot safety screen] The customer's message reports a safety matter ({report}). Follow the "
    'safety procedure: create_ticket to queue "safety" with priority "urgent", propose no refund or '
    "credit, and reply with care, saying the safety team will contact them."
)
# A draft that names an amount or promises a refund or credit: never the reply in a safety case.
MONEY_WORDS = re.compile(
    AMOUNT.pattern + r"|(?i:\b(?:a|the|your) (?:refund|credit|reimbursement) (?:of|for|has|is|will)\b)"
)
SAFETY_REPLY = (
    "I'm very sorry about what happened on your trip, and thank you for telling us. Your safety comes "
    "first: I have passed your report to our safety team, who will contact you directly and look into "
    "it with priority. If you are in danger right now, please call your local emergency number."
)


def _as_the_screen_says(classified, *, safe_case: bool):
    """Safety is the screen's call, not the intent classifier's: it leads when the screen's finding
    stands, and goes when it does not ("no accident, just a detour" keeps its refund)."""
    rest = tuple(i for i in classified.intents if i != "safety")
    if not safe_case:
        return dataclasses.replace(classified, primary="safety", intents=("safety", *rest))
    if "safety" not in classified.intents:
        return classified
    rest = rest or ("other",)
    return dataclasses.replace(classified, primary=rest[0], intents=rest)


def _money_decided_on_case(case_id: int) -> list[ProposedAction]:
    paid = PendingAction.objects.filter(
        case_id=case_id, tool="issue_refund", status=PendingAction.Status.EXECUTED
    ).values_list("pk", "params")
    return [
        ProposedAction(action_id=pk, tool="issue_refund", params=params, status="executed")
        for pk, params in paid
    ]


# The id of the ticket the loop itself adds in a safety case (not a call the model made).
SAFETY_TICKET_PREFIX = "safety-screen-"


def _safety_procedure(run, ctx, actions, draft: str, report: str):
    """What a safety case always gets, whatever the model or planner proposed: an urgent ticket to the
    safety queue, and a reply that offers no money (the rules already denied any, P8)."""
    if not any(a.tool == "create_ticket" and a.params.get("queue") == "safety" for a in actions):
        trips = [a.params.get("trip_id") for a in actions if a.params.get("trip_id")]
        args = {
            "queue": "safety",
            "priority": "urgent",
            "summary": f"Safety screen: {report}"[:500],
            "trip_id": trips[0] if trips else None,
        }
        call = ToolCall(
            id=f"{SAFETY_TICKET_PREFIX}{run.turn.pk}", name="create_ticket", arguments=json.dumps(args)
        )
        execute_tool_calls(ctx, [call])
        run.tool_calls += 1
        actions = actions_of_turn(str(run.turn.pk), attempt=run.turn.attempts)
    if draft and MONEY_WORDS.search(draft):
        run.facts.append(
            "The draft offered money in a safety case; the safety procedure's reply replaced it."
        )
        draft = SAFETY_REPLY
    return actions, draft or SAFETY_REPLY


def _canonical(call) -> tuple[str, str]:
    try:
        return call.name, json.dumps(json.loads(call.arguments or "{}"), sort_keys=True)
    except json.JSONDecodeError:
        return call.name, call.arguments


def _loop(run, stream, ctx, provider, base, offered, classified) -> tuple[list[ChatMessage], str | None]:
    """Model ⇄ tools until a draft; (transcript, draft), or draft None when the model could not be used."""
    messages = list(base)
    run.actions = None
    run.fallback_reason = ""
    tools = openai_tools(offered)
    seen: set[tuple[str, str]] = set()
    failures: dict[str, int] = {}
    revised = False
    hinted = False
    repeats = 0
    for _ in range(settings.COPILOT_MAX_ITERATIONS):
        stream.status("Thinking")
        request = ModelRequest(
            messages=messages, tools=tools, intent=classified.primary, intents=classified.intents
        )
        try:
            response, guard = _call_model(run, stream, provider, request)
        except ProviderError as exc:
            log.warning("model call failed for turn %s: %s", run.turn.pk, exc)
            stream.status(f"The model endpoint failed: {exc}.")
            return messages, None
        messages.append(response.as_message())
        if not response.tool_calls:
            if guard is not None and looks_like_call(response.content, tool_names=TOOLS):
                # A call the copilot could not read is never a draft: one hint, then the planner.
                if hinted:
                    run.fallback_reason = "the model kept writing tool calls the copilot could not read"
                    stream.status("The model's answer was a tool call the copilot could not read.")
                    return messages, None
                hinted = True
                messages.append({"role": "user", "content": UNREADABLE_CALL_HINT})
                continue
            if not response.content.strip() and provider.name != "offline":
                # Small local models often end their turn at once (an end-of-turn token first): an
                # empty answer is no reply to show, and a hint did not make them write one.
                run.fallback_reason = "the model answered with nothing"
                stream.status("The model's answer was empty.")
                return messages, None
            if guard is not None:
                guard.release(response.content)
            # No save here: the proposal's UPDATE follows at once, or the draft starts over.
            run.actions = _actions_so_far(run, ctx.turn_id)
            denied = [a for a in run.actions if a.tool == "issue_refund" and a.status == "denied"]
            if denied and not revised:
                # Sent back once: the denied proposals were never shown, so they make way
                # for the revision; if the revision is denied too, that one is shown.
                revised = True
                stream.reset_draft()
                PendingAction.objects.filter(pk__in=[a.action_id for a in denied]).delete()
                run.actions = None
                messages.append({"role": "user", "content": _revision_note(denied)})
                continue
            return messages, response.content
        stream.checkpoint()  # the draft so far, for a page that re-reads the turn; or a heartbeat
        remaining = settings.COPILOT_MAX_TOOL_CALLS - run.tool_calls
        calls = response.tool_calls[: max(remaining, 0)]
        keys = [_canonical(c) for c in calls]
        if calls and all(k in seen for k in keys):
            repeats += 1
        seen.update(keys)
        results = _execute(run, stream, ctx, calls, failures)
        for dropped in response.tool_calls[len(calls) :]:
            results.append(
                {
                    "role": "tool",
                    "tool_call_id": dropped.id,
                    "content": json.dumps(
                        {
                            "error": "Too many tool calls in this turn.",
                            "type": "refused",
                            "field": None,
                            "hint": "Answer with the reply now.",
                        }
                    ),
                }
            )
        messages.extend(results)
        if repeats >= 2 or remaining <= len(calls):
            messages.append({"role": "user", "content": "[Copilot] Stop calling tools; write the reply now."})
    # Out of iterations: one last call without tools for the reply.
    request = ModelRequest(
        messages=messages, tools=[], intent=classified.primary, intents=classified.intents, tool_choice="none"
    )
    try:
        response, guard = _call_model(run, stream, provider, request)
    except ProviderError:
        return messages, None
    messages.append(response.as_message())
    if guard is not None:
        # Calls written as text (recovered or not) instead of the reply: not a draft to show.
        if run.outputs[-1].get("protocol_error") or looks_like_call(response.content, tool_names=TOOLS):
            run.fallback_reason = "the model still called tools when asked for the reply"
            return messages, None
        guard.release(response.content)
    return messages, response.content


UNREADABLE_CALL_HINT = (
    "[Copilot] Your last answer looks like a tool call, but the copilot could not read it. Call tools "
    'through tool calls, or write each call as one JSON object {"name": "<tool>", "arguments": {...}} '
    "with one of the offered tools; when you are done with tools, answer with the reply only."
)


def _call_model(run, stream, provider, request: ModelRequest) -> tuple[ModelResponse, DraftGuard | None]:
    """One model call, with tool calls written in its text read as calls; raises ProviderError.

    The guard (models only: the planner writes none) keeps text that may be a call, and any
    reasoning section, off the agent's page until the answer is known to be a reply.
    """
    stream.flush()  # the page shows what the copilot is doing while it waits for the model
    # Back to the pool: a model call may take seconds, and threads outnumber connections.
    connection.close()
    guard = DraftGuard(stream.token, TOOLS) if provider.name != "offline" else None
    if guard is not None:
        # A request that leaves the process must hold no personal data; each message is checked once,
        # on a background thread (it only counts and warns).
        check_model_request_later(request.messages, scanned=run.scanned, find=find_pii)
    call_started = time.perf_counter()
    notify_observers(request)
    with tracing.span("model.call", provider=provider.name, model=provider.model) as traced:
        try:
            response = provider.complete(request, on_token=guard.feed if guard else stream.token)
        except ProviderError as exc:
            metrics.model_failed(provider=provider.name, error=exc)
            raise
        traced.set(
            tool_calls=len(response.tool_calls),
            **{
                "gen_ai.usage.input_tokens": response.prompt_tokens,
                "gen_ai.usage.output_tokens": response.completion_tokens,
            },
        )
    seconds = time.perf_counter() - call_started
    metrics.model_called(
        provider=provider.name, tokens_in=response.prompt_tokens, tokens_out=response.completion_tokens
    )
    if guard is None:
        run.record(provider, response, seconds)
        return response, None
    raw = response.content
    protocol_error = ""
    if response.tool_calls:
        response = dataclasses.replace(response, content=strip_think(raw))
    else:
        found = read_text_calls(raw, tool_names=TOOLS, id_prefix=f"{TEXT_CALL_PREFIX}{run.model_calls + 1}_")
        if found.calls:
            protocol_error = f"{len(found.calls)} tool call(s) written in the message text ({found.form})"
            log.warning("turn %s: the model wrote %s", run.turn.pk, protocol_error)
        response = dataclasses.replace(response, content=found.prose, tool_calls=found.calls)
        if not found.calls and looks_like_call(raw, tool_names=TOOLS):
            protocol_error = "an unreadable tool call written in the message text"
            response = dataclasses.replace(response, content=strip_think(raw))
    run.record(provider, response, seconds, raw=raw, protocol_error=protocol_error)
    return response, guard


def _actions_so_far(run: _Run, turn_id: str) -> list[ProposedAction]:
    """The turn's recorded actions; none to read when this first attempt called no gated tool.

    Only a gated tool records an action, and a re-claimed turn (attempts > 1) may hold an
    earlier attempt's decided ones, so those read the table.
    """
    if run.gated_calls == 0 and run.turn.attempts == 1:
        return []
    return actions_of_turn(turn_id, attempt=run.turn.attempts)


def _execute(run, stream, ctx, calls, failures) -> list[ChatMessage]:
    for call in calls:
        stream.status(_tool_status(call.name), tool=call.name)
    results: list[ChatMessage] = []
    runnable = []
    for call in calls:
        if failures.get(call.name, 0) >= MAX_FAILED_CALLS_PER_TOOL:
            results.append(
                {
                    "role": "tool",
                    "tool_call_id": call.id,
                    "content": json.dumps(
                        {
                            "error": f"{call.name} failed too often in this turn.",
                            "type": "refused",
                            "field": None,
                            "hint": "Do not call it again; continue without it.",
                        }
                    ),
                }
            )
        else:
            runnable.append(ToolCall(id=call.id, name=call.name, arguments=call.arguments))
    if runnable:
        stream.flush()  # "Looking up the trip" is on the page while the tools run
        tool_started = time.perf_counter()
        outcomes = execute_tool_calls(ctx, runnable)
        run.timings["tools"] += (time.perf_counter() - tool_started) * 1000
        run.timings["rules"] += ctx.timings.get("rules_ms", 0.0)
        ctx.timings["rules_ms"] = 0.0
        run.tool_calls += len(outcomes)
        run.gated_calls += sum(TOOLS[o.call.name].gated for o in outcomes if o.call.name in TOOLS)
        for outcome in outcomes:
            if not outcome.ok:
                failures[outcome.call.name] = failures.get(outcome.call.name, 0) + 1
            stream.status(
                f"{_tool_status(outcome.call.name, default=outcome.call.name)}: "
                f"{'done' if outcome.ok else outcome.result.get('error', 'failed')}",
                tool=outcome.call.name,
                ok=outcome.ok,
                ms=outcome.latency_ms,
            )
            _remember_fact(run, outcome)
            results.append(
                {"role": "tool", "tool_call_id": outcome.call.id, "content": outcome.message_content()}
            )
    order = {c.id: i for i, c in enumerate(calls)}
    results.sort(key=lambda m: order.get(m["tool_call_id"], 0))
    return results


def _remember_fact(run: _Run, outcome) -> None:
    if not outcome.ok:
        return
    result = outcome.result
    if "trip" in result:
        trip = result["trip"]
        run.facts.append(
            f"Trip {trip['short_id']} ({trip['status']}, {trip['city']}, {trip['requested_at'][:10]}): "
            f"quoted {trip['upfront_fare']}, charged {trip['charged_total']}, "
            f"refunded {trip['refunded_total']} {trip['currency']}."
        )
    elif "tier" in result:
        run.facts.append(
            f"Rider: {result['tier']}, {result['refunds_last_30d']} refund(s) and "
            f"{result['goodwill_last_30d']} goodwill credit(s) in 30 days"
            f"{', flagged for fraud' if result['fraud_flag'] else ''}."
        )


def _revision_note(denied) -> str:
    lines = ["[Copilot rules check] The refund rules denied part of your proposal:"]
    for action in denied:
        p = action.params
        lines.append(f"- {p['reason']} {p['amount']}: max {action.max_amount}; " + " ".join(action.reasons))
    lines.append(
        "Revise once: propose at most the max_amount where it is above 0.00, and do not promise the rest."
    )
    return "\n".join(lines)
