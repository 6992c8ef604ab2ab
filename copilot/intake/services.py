"""The intake's writes: a case opened by its first message, messages stored encrypted and redacted,
the ingest that redacts them in batches and starts their turns, and the sweep of lost ingests."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from copilot.agent.services import turn_for_message, turns_for_messages
from copilot.core.crypto import decrypt, encrypt
from copilot.core.text import storable
from copilot.intake import sql
from copilot.models import Case, CaseEvent, CaseVault, InboundReceipt, Message, Rider
from copilot.observability import metrics, tracing
from copilot.pii import redact, redact_many
from copilot.pii.vault import redact_for_case, riders_on_record
from copilot.realtime import events
from copilot.realtime.publisher import QUEUE_GROUP, announce_case_changed, case_group, publish
from copilot.runtime.faults import is_transient
from copilot.runtime.tasks import INGEST_MESSAGE, enqueue


def case_open(
    *,
    rider: Rider,
    text: str,
    channel: str = Case.Channel.CHAT,
    subject: str = "",
    at: datetime | None = None,
    defer_redaction: bool = False,
) -> Case:
    """A new case with its first customer message."""
    at = at or timezone.now()
    with transaction.atomic():
        # The subject is customer text: stored encrypted, and redacted after the first message
        # (here, or by the ingest with the message), so it shares the case's placeholders.
        subject = storable(subject).strip()[:200]
        raw_subject = encrypt(subject) if subject else ""
        case = Case.objects.create(rider=rider, channel=channel, raw_subject=raw_subject, opened_at=at)
        case_receive_message(case=case, text=text, at=at, defer_redaction=defer_redaction)
        if subject and not defer_redaction:
            case_subject_redact(case=case, subject=subject)
    return case


def case_subject_redact(*, case: Case, subject: str) -> None:
    """Store the customer's subject redacted with the case's placeholders (its original stays encrypted)."""
    subject = storable(subject).strip()[:200]
    case.subject = redact_for_case(case.pk, subject)[:200]
    case.raw_subject = case.raw_subject or encrypt(subject)
    case.save(update_fields=["subject", "raw_subject"])


def _check_text(text: str) -> str:
    text = storable(text).strip()
    if not text:
        raise ValueError("A message cannot be empty.")
    limit = settings.COPILOT_MAX_MESSAGE_CHARS
    if len(text) > limit:
        raise ValueError(f"A message can hold at most {limit} characters; this one has {len(text)}.")
    return text


def message_store(*, case: Case, role: str, text: str, author=None, at: datetime | None = None) -> Message:
    """Store a message redacted, its original encrypted, and grow the case's PII vault.

    Nothing unredacted is written in clear: the redacted text is what every later reader
    (the copilot, logs, transcripts) sees.
    """
    text = _check_text(text)
    with transaction.atomic():
        return Message.objects.create(
            case=case,
            role=role,
            text=redact_for_case(case.pk, text),
            raw_text=encrypt(text),
            author=author,
            created_at=at or timezone.now(),
        )


def case_receive_message(
    *, case: Case, text: str, at: datetime | None = None, defer_redaction: bool = False
) -> Message:
    """Store a customer's message and, once committed, hand it to a worker.

    With `defer_redaction` (the inbound API) only the encrypted original is stored here and
    an ingest worker process redacts it, so the web process never spends its time on NER;
    until then the message has no text and nothing reads it.
    """
    if defer_redaction:
        # The inbound API's statement: inside a caller's transaction (`case_open`) the ingest
        # task still waits for that transaction's commit.
        message_id = message_receive_for_case(case_id=case.pk, rider_id=case.rider.rider_id, text=text, at=at)
        return Message.objects.get(pk=message_id)
    with transaction.atomic():
        message = message_store(case=case, role=Message.Role.CUSTOMER, text=text, at=at)
        if case.status == Case.Status.RESOLVED:
            cases_reopen(case_ids=[case.pk], at=message.created_at)
            case.status, case.resolved_at = Case.Status.OPEN, None
        turn_for_message(message=message)
        transaction.on_commit(lambda: message_announce(message=message))
    return message


def message_receive_for_case(
    *, case_id: int, rider_id: str, text: str, at: datetime | None = None
) -> int | None:
    """Store a customer's message encrypted only, for the ingest to redact once committed (see
    `case_receive_message`), checking in the same statement that the case is the rider's.

    The new message's id, or None when the case is not this rider's; ValueError for an empty
    or oversized text.
    """
    raw_text = encrypt(_check_text(text))
    with connection.cursor() as cursor:
        cursor.execute(
            sql.RECEIVE_FOR_CASE, [Message.Role.CUSTOMER, raw_text, at or timezone.now(), case_id, rider_id]
        )
        row = cursor.fetchone()
    if row is None:
        return None
    message_id = row[0]
    transaction.on_commit(lambda: _enqueue_ingest(message_id))
    return message_id


def cases_reopen(*, case_ids: list[int], at: datetime) -> None:
    """Resolved cases the customer wrote to again: open, back in the queue (with their agent)."""
    if not case_ids:
        return
    reopened = list(
        Case.objects.filter(pk__in=case_ids, status=Case.Status.RESOLVED).values_list("pk", flat=True)
    )
    Case.objects.filter(pk__in=reopened).update(status=Case.Status.OPEN, resolved_at=None, updated_at=at)
    CaseEvent.objects.bulk_create(
        [CaseEvent(case_id=pk, kind=CaseEvent.Kind.REOPENED, created_at=at) for pk in reopened]
    )

    def announce() -> None:
        for pk in reopened:
            announce_case_changed(pk, "reopened")

    transaction.on_commit(announce)


def message_announce(*, message: Message) -> None:
    """Tell the case's open pages and the queue pages that a message arrived (after commit)."""
    payload = {"case_id": message.case_id, "message_id": message.pk}
    publish(case_group(message.case_id), events.MESSAGE_CREATED, payload)
    publish(QUEUE_GROUP, events.QUEUE_CHANGED, payload)


def _enqueue_ingest(message_id: int) -> None:
    enqueue(INGEST_MESSAGE, message_id, queue=settings.COPILOT_INGEST_QUEUE)


def message_ingest(*, message_id: int) -> Message | None:
    """Redact a deferred customer message, then start its turn (idempotent: a redacted message is skipped).

    Other messages waiting for redaction join it, one per case, up to COPILOT_INGEST_BATCH: in a burst
    the NER then runs over `nlp.pipe` batches, which costs a quarter less per message than one at a
    time; a message alone is a batch of one. Their own tasks find them done and do nothing. Should a
    batch fail, only the task's own message is tried again, so one bad message holds up no other.
    Returns the task's message once redacted, or None (already redacted, gone, or another process's).
    """
    try:
        with tracing.span("ingest.batch", message_id=message_id):
            return _ingest_batch(message_id, settings.COPILOT_INGEST_BATCH)
    except Exception as exc:
        # A database restart is not the batch's fault: the task retries the whole batch later.
        if settings.COPILOT_INGEST_BATCH <= 1 or is_transient(exc):
            raise
        logging.getLogger(__name__).warning(
            "redacting a batch with message %s failed; trying that message alone", message_id, exc_info=True
        )
        return _ingest_batch(message_id, 1)


def _redact_subjects(case_ids: list[int], vaults: dict[int, CaseVault]) -> None:
    """Subjects still waiting (cases opened through the inbound API), after their first message,
    with the vaults this batch holds locked."""
    waiting = list(
        Case.objects.filter(pk__in=case_ids, subject="").exclude(raw_subject="").only("raw_subject")
    )
    riders = riders_on_record([case.pk for case in waiting]) if waiting else {}
    for case in waiting:
        vault = vaults[case.pk]
        redaction = redact(decrypt(case.raw_subject), known=vault.load(), watch=riders.get(case.pk, ()))
        vault.store(redaction.mapping)
        vault.save(update_fields=["mapping", "updated_at"])
        Case.objects.filter(pk=case.pk).update(subject=redaction.text[:200])


def messages_sweep(*, now: datetime | None = None) -> int:
    """Enqueue again customer messages whose redaction never happened (their ingest task was lost)."""
    now = now or timezone.now()
    waited = now - timedelta(seconds=settings.COPILOT_REQUEUE_SECONDS)
    unredacted = messages_awaiting_redaction().filter(created_at__lt=waited)
    ids = list(unredacted.order_by("id").values_list("pk", flat=True)[:500])
    for message_id in ids:
        _enqueue_ingest(message_id)
    return len(ids)


def messages_awaiting_redaction() -> QuerySet[Message]:
    """Customer messages stored but not yet redacted (served by a partial index of just them)."""
    return Message.objects.filter(role=Message.Role.CUSTOMER, text="").exclude(raw_text="")


def _ingest_batch(message_id: int, limit: int) -> Message | None:
    # In a burst most tasks find their message redacted by another's batch: one query says so.
    with connection.cursor() as cursor:
        cursor.execute(sql.MESSAGE_STATE, [message_id])
        state = cursor.fetchone()
    if state is None or state[1]:
        return None
    own_case = state[0]
    with transaction.atomic():
        chosen = [message_id]
        if limit > 1:
            # The oldest waiting message of other cases (each case's placeholders continue message by
            # message). Only rows this batch will redact are locked: a row locked and left would make
            # its own task skip it.
            cases = {own_case}
            with connection.cursor() as cursor:
                cursor.execute(sql.WAITING_OF_OTHER_CASES, [message_id, limit * 4])
                rows = cursor.fetchall()
            for pk, case_id in rows:
                if len(chosen) < limit and case_id not in cases:
                    cases.add(case_id)
                    chosen.append(pk)
        batch = list(Message.objects.raw(sql.LOCK_BATCH, [chosen]))
        if not batch:
            return None
        own = next((m for m in batch if m.pk == message_id), None)
        now = timezone.now()
        # One lock order (by case), so two batches never deadlock; a case's first message
        # creates its vault.
        case_ids = sorted({m.case_id for m in batch})
        with connection.cursor() as cursor:
            cursor.execute(sql.CREATE_VAULTS, [case_ids, now])
        vaults = {v.case_id: v for v in CaseVault.objects.raw(sql.LOCK_VAULTS, [case_ids])}
        riders = riders_on_record(case_ids)
        with tracing.span("pii.redact", batch_size=len(batch)):
            redactions = redact_many(
                [decrypt(m.raw_text) for m in batch],
                known=[vaults[m.case_id].load() for m in batch],
                watch=[riders.get(m.case_id, ()) for m in batch],
            )
        for message, redaction in zip(batch, redactions, strict=True):
            vaults[message.case_id].store(redaction.mapping)
            message.text = redaction.text
        found = [entity.type for redaction in redactions for entity in redaction.entities]
        metrics.pii_found(found)
        tracing.annotate(batch_size=len(batch), pii_entities=len(found))
        # One pipelined statement per table: `bulk_update` builds a CASE expression per row,
        # and compiling it costs more than the redaction of the whole batch.
        with connection.cursor() as cursor:
            cursor.executemany(
                sql.SAVE_VAULT,
                [(v.mapping, now, v.pk) for v in vaults.values()],
            )
            cursor.executemany(
                sql.SAVE_REDACTED_TEXT,
                [(m.text, m.pk) for m in batch],
            )
        _redact_subjects(case_ids, vaults)
        # A customer who writes to a resolved case is heard: the case opens again, with a turn.
        cases_reopen(
            case_ids=sorted({m.case_id for m in batch if m.case_status == Case.Status.RESOLVED}), at=now
        )
        turns_for_messages(messages=batch)

        def announce_all() -> None:
            for message in batch:
                message_announce(message=message)

        transaction.on_commit(announce_all)
    return own


def receipt_claim(*, key: str, fingerprint: str, at: datetime | None = None) -> InboundReceipt | None:
    """Take a sender's idempotency key for this request: None when it is new (the caller stores the
    message and completes the receipt in the same transaction), else the receipt of the first."""
    with connection.cursor() as cursor:
        cursor.execute(sql.CLAIM_RECEIPT, [key, fingerprint, at or timezone.now()])
        if cursor.fetchone() is not None:
            return None
    return InboundReceipt.objects.get(key=key)


def receipt_complete(*, key: str, case_id: int, message_id: int) -> None:
    InboundReceipt.objects.filter(key=key).update(case_id=case_id, message_id=message_id)


def receipts_purge(*, now: datetime | None = None) -> int:
    """Forget idempotency keys older than InboundReceipt.RECEIPT_DAYS; how many."""
    cutoff = (now or timezone.now()) - timedelta(days=InboundReceipt.RECEIPT_DAYS)
    deleted, _ = InboundReceipt.objects.filter(created_at__lt=cutoff).delete()
    return deleted
