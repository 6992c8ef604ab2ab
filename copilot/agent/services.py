"""Starting turns: from a customer message, or from an agent (regenerate, follow-up), and sweeping.

The Turn row is written in the same transaction as what caused it and enqueued on commit;
a turn whose enqueue was lost (Redis down) or whose worker died is found by the sweeper and
enqueued again. Running it twice at once is impossible (`turn_claim`); running it again
after a crash is safe (its proposals are keyed and the earlier attempt's are dropped).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

import redis
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from copilot.core.text import storable
from copilot.models import Case, CopilotSettings, Message, Turn
from copilot.pii.vault import redact_for_case
from copilot.runtime.tasks import RUN_TURN, enqueue

log = logging.getLogger(__name__)


class RateLimited(Exception):
    """An agent asked the copilot too often; the message says when to try again."""


def _enqueue(turn_id) -> None:
    enqueue(RUN_TURN, str(turn_id), queue=settings.COPILOT_TURN_QUEUE)


def turn_for_message(*, message: Message) -> Turn | None:
    """A turn for a new customer message of an open case (inside the caller's transaction)."""
    if message.case.status == Case.Status.RESOLVED:
        return None
    return turns_for_messages(messages=[message])[0]


def turns_for_messages(*, messages: list[Message]) -> list[Turn]:
    """A turn for each new customer message (the caller reopened any resolved case first),
    in one INSERT, enqueued after commit."""
    now = timezone.now()
    turns = Turn.objects.bulk_create(
        Turn(case_id=m.case_id, kind=Turn.Kind.MESSAGE, message=m, heartbeat_at=now) for m in messages
    )

    def enqueue_all() -> None:
        for turn in turns:
            _enqueue(turn.pk)

    if turns:
        transaction.on_commit(enqueue_all)
    return turns


def _rate_limit(user) -> None:
    """A sliding one-minute window per agent, kept in Redis so every web process shares it."""
    limit = CopilotSettings.current().agent_requests_per_minute
    key = f"copilot:rate:{user.pk}"
    now = time.time()
    try:
        client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=0.5)
        pipe = client.pipeline()
        pipe.zremrangebyscore(key, 0, now - 60)
        pipe.zrange(key, 0, 0, withscores=True)
        pipe.zcard(key)
        _, oldest, count = pipe.execute()
        if count >= limit:
            wait = max(1, int(60 - (now - oldest[0][1])) + 1) if oldest else 60
            raise RateLimited(f"You asked the copilot {limit} times this minute; try again in {wait} s.")
        client.zadd(key, {f"{now:.6f}": now})
        client.expire(key, 120)
    except redis.RedisError:
        log.warning("rate limiter unavailable; request allowed")


def turn_request(*, case: Case, user, question: str = "") -> Turn:
    """An agent regenerates the proposal, or asks a follow-up question about the case."""
    question = storable(question).strip()
    if len(question) > settings.COPILOT_MAX_MESSAGE_CHARS:
        raise ValueError(f"A question can hold at most {settings.COPILOT_MAX_MESSAGE_CHARS} characters.")
    if case.status == Case.Status.RESOLVED:
        raise ValueError("This case is resolved.")
    _rate_limit(user)
    last_customer = case.messages.filter(role=Message.Role.CUSTOMER).order_by("-created_at", "-id").first()
    with transaction.atomic():
        turn = Turn.objects.create(
            case=case,
            kind=Turn.Kind.FOLLOWUP if question else Turn.Kind.REGENERATE,
            message=last_customer,
            question=redact_for_case(case.pk, question) if question else "",
            # A question is answered beside the draft, which stays what the agent had.
            draft=_unsent_draft(case) if question else "",
            requested_by=user,
            heartbeat_at=timezone.now(),
        )
        transaction.on_commit(lambda: _enqueue(turn.pk))
    return turn


def _unsent_draft(case: Case) -> str:
    """The latest turn's draft, unless a reply was sent since (the box was empty then)."""
    latest = Turn.objects.filter(case=case).order_by("-created_at").only("draft", "created_at").first()
    if latest is None:
        return ""
    replied = case.messages.filter(role=Message.Role.AGENT, created_at__gte=latest.created_at).exists()
    return "" if replied else latest.draft


def turns_sweep(*, now: datetime | None = None) -> int:
    """Enqueue again turns left queued (lost enqueue) or running without a heartbeat (dead worker)."""
    now = now or timezone.now()
    lost_enqueue = Turn.objects.filter(
        status=Turn.Status.QUEUED, heartbeat_at__lt=now - timedelta(seconds=settings.COPILOT_REQUEUE_SECONDS)
    )
    dead_worker = Turn.objects.filter(
        status=Turn.Status.RUNNING,
        heartbeat_at__lt=now - timedelta(seconds=settings.COPILOT_TURN_STALE_SECONDS),
    )
    ids = list(lost_enqueue.values_list("pk", flat=True)) + list(dead_worker.values_list("pk", flat=True))
    Turn.objects.filter(pk__in=ids, status=Turn.Status.QUEUED).update(heartbeat_at=now)
    for turn_id in ids:
        _enqueue(turn_id)
    return len(ids)
