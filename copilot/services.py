"""Writes to cases and messages. Views, consumers and tasks call these; they hold no logic."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from copilot.crypto import decrypt, encrypt
from copilot.models import Case, CaseVault, Message, Rider
from copilot.pii import redact, redact_many, restore
from copilot.realtime import QUEUE_GROUP, case_group, publish
from copilot.text import storable


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
        subject = storable(subject)[:200]
        case = Case.objects.create(rider=rider, channel=channel, subject=subject, opened_at=at)
        case_receive_message(case=case, text=text, at=at, defer_redaction=defer_redaction)
    return case


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
        vault, _ = CaseVault.objects.select_for_update().get_or_create(case=case)
        redaction = redact(text, known=vault.load())
        vault.store(redaction.mapping)
        vault.save()
        return Message.objects.create(
            case=case,
            role=role,
            text=redaction.text,
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
    from copilot.agent.services import turn_for_message

    if defer_redaction:
        # The inbound API's statement: inside a caller's transaction (`case_open`) the ingest
        # task still waits for that transaction's commit.
        message_id = message_receive_for_case(case_id=case.pk, rider_id=case.rider.rider_id, text=text, at=at)
        return Message.objects.get(pk=message_id)
    with transaction.atomic():
        message = message_store(case=case, role=Message.Role.CUSTOMER, text=text, at=at)
        turn_for_message(message=message)
        transaction.on_commit(lambda: message_announce(message=message))
    return message


# The inbound API's common request, a message to an open case: the case is checked to be the
# rider's and the message stored in one statement, without the ORM's compile (Daphne's
# single process pays for every inbound message).
_RECEIVE_FOR_CASE = """
INSERT INTO copilot_message (case_id, role, text, raw_text, override_reason, author_id, created_at)
SELECT c.id, %s, '', %s, '', NULL, %s
FROM copilot_case c JOIN copilot_rider r ON r.id = c.rider_id
WHERE c.id = %s AND r.rider_id = %s
RETURNING id
"""


def message_receive_for_case(
    *, case_id: int, rider_id: str, text: str, at: datetime | None = None
) -> int | None:
    """Store a customer's message encrypted only, for the ingest to redact once committed (see
    `case_receive_message`), checking in the same statement that the case is the rider's.

    The new message's id, or None when the case is not this rider's; ValueError for an empty
    or oversized text.
    """
    from copilot.tasks import ingest_message

    raw_text = encrypt(_check_text(text))
    with connection.cursor() as cursor:
        cursor.execute(
            _RECEIVE_FOR_CASE, [Message.Role.CUSTOMER, raw_text, at or timezone.now(), case_id, rider_id]
        )
        row = cursor.fetchone()
    if row is None:
        return None
    message_id = row[0]
    transaction.on_commit(lambda: _enqueue_ingest(ingest_message, message_id))
    return message_id


def message_announce(*, message: Message) -> None:
    """Tell the case's open pages and the queue pages that a message arrived (after commit)."""
    payload = {"case_id": message.case_id, "message_id": message.pk}
    publish(case_group(message.case_id), "message.created", payload)
    publish(QUEUE_GROUP, "queue.changed", payload)


def _enqueue_ingest(task, message_id: int) -> None:
    try:
        task.apply_async(args=[message_id], queue=settings.COPILOT_INGEST_QUEUE)
    except Exception:  # the broker is down: the sweeper enqueues it when it is back
        logging.getLogger(__name__).warning(
            "could not enqueue message %s; the sweeper will retry", message_id
        )


def message_ingest(*, message_id: int) -> Message | None:
    """Redact a deferred customer message, then start its turn (idempotent: a redacted message is skipped).

    Other messages waiting for redaction join it, one per case, up to COPILOT_INGEST_BATCH: in a burst
    the NER then runs over `nlp.pipe` batches, which costs a quarter less per message than one at a
    time; a message alone is a batch of one. Their own tasks find them done and do nothing. Should a
    batch fail, only the task's own message is tried again, so one bad message holds up no other.
    Returns the task's message once redacted, or None (already redacted, gone, or another process's).
    """
    try:
        return _ingest_batch(message_id, settings.COPILOT_INGEST_BATCH)
    except Exception:
        if settings.COPILOT_INGEST_BATCH <= 1:
            raise
        logging.getLogger(__name__).warning(
            "redacting a batch with message %s failed; trying that message alone", message_id, exc_info=True
        )
        return _ingest_batch(message_id, 1)


def messages_awaiting_redaction() -> QuerySet[Message]:
    """Customer messages stored but not yet redacted (served by a partial index of just them)."""
    return Message.objects.filter(role=Message.Role.CUSTOMER, text="").exclude(raw_text="")


# The ingest's statements are written out: it runs once per customer message, and the ORM
# spent more CPU compiling its five queries than the NER spent on a short message.
_WAITING_OF_OTHER_CASES = """
    SELECT id, case_id FROM copilot_message
    WHERE role = 'customer' AND text = '' AND raw_text <> '' AND id <> %s
    ORDER BY id LIMIT %s
"""
# Rows another process is redacting right now are skipped, not waited for.
_LOCK_BATCH = """
    SELECT m.*, c.status AS case_status FROM copilot_message m JOIN copilot_case c ON c.id = m.case_id
    WHERE m.id = ANY(%s) AND m.role = 'customer' AND m.text = '' AND m.raw_text <> ''
    ORDER BY m.id FOR UPDATE OF m SKIP LOCKED
"""
_CREATE_VAULTS = """
    INSERT INTO copilot_casevault (case_id, mapping, updated_at) SELECT unnest(%s::bigint[]), '', %s
    ON CONFLICT (case_id) DO NOTHING
"""
_LOCK_VAULTS = "SELECT * FROM copilot_casevault WHERE case_id = ANY(%s) ORDER BY case_id FOR UPDATE"


def _ingest_batch(message_id: int, limit: int) -> Message | None:
    from copilot.agent.services import turns_for_messages

    # In a burst most tasks find their message redacted by another's batch: one query says so.
    with connection.cursor() as cursor:
        cursor.execute("SELECT case_id, text FROM copilot_message WHERE id = %s", [message_id])
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
                cursor.execute(_WAITING_OF_OTHER_CASES, [message_id, limit * 4])
                rows = cursor.fetchall()
            for pk, case_id in rows:
                if len(chosen) < limit and case_id not in cases:
                    cases.add(case_id)
                    chosen.append(pk)
        batch = list(Message.objects.raw(_LOCK_BATCH, [chosen]))
        if not batch:
            return None
        own = next((m for m in batch if m.pk == message_id), None)
        now = timezone.now()
        # One lock order (by case), so two batches never deadlock; a case's first message
        # creates its vault.
        case_ids = sorted({m.case_id for m in batch})
        with connection.cursor() as cursor:
            cursor.execute(_CREATE_VAULTS, [case_ids, now])
        vaults = {v.case_id: v for v in CaseVault.objects.raw(_LOCK_VAULTS, [case_ids])}
        redactions = redact_many(
            [decrypt(m.raw_text) for m in batch], known=[vaults[m.case_id].load() for m in batch]
        )
        for message, redaction in zip(batch, redactions, strict=True):
            vaults[message.case_id].store(redaction.mapping)
            message.text = redaction.text
        # One pipelined statement per table: `bulk_update` builds a CASE expression per row,
        # and compiling it costs more than the redaction of the whole batch.
        with connection.cursor() as cursor:
            cursor.executemany(
                "UPDATE copilot_casevault SET mapping = %s, updated_at = %s WHERE id = %s",
                [(v.mapping, now, v.pk) for v in vaults.values()],
            )
            cursor.executemany(
                "UPDATE copilot_message SET text = %s WHERE id = %s",
                [(m.text, m.pk) for m in batch],
            )
        turns_for_messages(messages=[m for m in batch if m.case_status != Case.Status.RESOLVED])

        def announce_all() -> None:
            for message in batch:
                message_announce(message=message)

        transaction.on_commit(announce_all)
    return own


def case_purge_pii(*, case: Case, now: datetime | None = None) -> None:
    """Forget the originals: drop the vault and the encrypted raw texts; redacted text stays."""
    with transaction.atomic():
        CaseVault.objects.filter(case=case).delete()
        case.messages.update(raw_text="")
        Case.objects.filter(pk=case.pk).update(pii_purged_at=now or timezone.now())


def purge_expired_pii(*, now: datetime | None = None) -> int:
    """Purge every resolved case older than the retention period; returns how many."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.COPILOT_PII_RETENTION_DAYS)
    expired = Case.objects.filter(
        status=Case.Status.RESOLVED, resolved_at__lt=cutoff, pii_purged_at__isnull=True
    )
    count = 0
    for case in expired.iterator():
        case_purge_pii(case=case, now=now)
        count += 1
    return count


def case_assign(*, case: Case, user) -> Case:
    """Take a case; only an open, unassigned case (or one already mine) can be taken."""
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status == Case.Status.RESOLVED:
            raise ValueError("This case is resolved.")
        if locked.assignee_id not in (None, user.pk):
            raise ValueError("Another agent has taken this case.")
        locked.assignee = user
        locked.save(update_fields=["assignee", "updated_at"])
        transaction.on_commit(lambda: publish(QUEUE_GROUP, "queue.changed", {"case_id": locked.pk}))
    return locked


def _may_act(case: Case, user) -> None:
    from copilot.access import Role, user_roles

    roles = user_roles(user)
    if Role.SUPERVISOR in roles:
        return
    if Role.AGENT not in roles or case.assignee_id != user.pk:
        raise ValueError("Take the case first: only its agent (or a supervisor) can act on it.")


def case_reply(
    *, case: Case, user, text: str, override_reason: str = "", at: datetime | None = None
) -> Message:
    """The agent's reply to the customer; the first one sets the first-response time.

    A reply that differs from the copilot's latest draft needs a reason: the analysts'
    override rate counts it.
    """
    from copilot.models import Turn

    _may_act(case, user)
    if case.status == Case.Status.RESOLVED:
        raise ValueError("This case is resolved.")
    at = at or timezone.now()
    with transaction.atomic():
        message = message_store(case=case, role=Message.Role.AGENT, text=text, author=user, at=at)
        turn = Turn.objects.filter(case=case, status=Turn.Status.DONE).order_by("-created_at").first()
        changed = False
        if turn is not None and turn.draft:
            # Compared as the agent saw the draft: placeholders filled with the case's values.
            vault = CaseVault.objects.filter(case=case).first()
            shown = restore(turn.draft, vault.load()) if vault else turn.draft
            changed = " ".join(shown.split()) != " ".join(text.split())
        override_reason = storable(override_reason).strip()
        if changed and not override_reason:
            raise ValueError("You changed the copilot's draft: say why (pick a reason).")
        if changed:
            message.override_reason = override_reason[:600]
            message.save(update_fields=["override_reason"])
        Case.objects.filter(pk=case.pk, first_response_at__isnull=True).update(first_response_at=at)
    return message


def case_resolve(*, case: Case, user, at: datetime | None = None) -> Case:
    _may_act(case, user)
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.status != Case.Status.RESOLVED:
            locked.status = Case.Status.RESOLVED
            locked.resolved_at = at or timezone.now()
            locked.save(update_fields=["status", "resolved_at", "updated_at"])
            transaction.on_commit(lambda: publish(QUEUE_GROUP, "queue.changed", {"case_id": locked.pk}))
    return locked
