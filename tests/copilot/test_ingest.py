"""The ingest step: deferred customer messages are redacted in batches, each with its case's placeholders."""

from __future__ import annotations

import pytest
from django.db import connection

from copilot.core.crypto import decrypt
from copilot.intake.services import (
    case_receive_message,
    message_ingest,
    messages_awaiting_redaction,
)
from copilot.intake.sql import WAITING_OF_OTHER_CASES
from copilot.models import Case, Message, Turn
from tests.factories import CaseFactory, RiderFactory

pytestmark = pytest.mark.django_db


def waiting(case: Case, text: str) -> Message:
    return case_receive_message(case=case, text=text, defer_redaction=True)


@pytest.fixture
def two_cases():
    return CaseFactory(rider=RiderFactory()), CaseFactory(rider=RiderFactory())


def test_messages_of_other_cases_waiting_are_redacted_in_the_same_batch(two_cases):
    first, second = two_cases
    a1 = waiting(first, "I'm Maria Lopez, charged twice.")
    a2 = waiting(first, "Maria Lopez again: call me on +44 7700 900123.")
    b1 = waiting(second, "Jonas Becker here, my driver was rude.")

    assert message_ingest(message_id=a1.pk).pk == a1.pk

    texts = {m.pk: m.text for m in Message.objects.filter(pk__in=[a1.pk, a2.pk, b1.pk])}
    assert texts[a1.pk] == "I'm <PERSON_1>, charged twice."
    assert texts[b1.pk] == "<PERSON_1> here, my driver was rude."
    assert texts[a2.pk] == ""  # the same case waits for its own task, so numbering continues in order
    assert Turn.objects.filter(message_id__in=[a1.pk, b1.pk]).count() == 2
    assert message_ingest(message_id=b1.pk) is None  # its own task finds it done


def test_a_later_message_of_the_case_continues_its_placeholders(two_cases):
    first, _ = two_cases
    a1 = waiting(first, "I'm Maria Lopez, charged twice.")
    a2 = waiting(first, "Maria Lopez again: call me on +44 7700 900123.")
    message_ingest(message_id=a1.pk)
    message_ingest(message_id=a2.pk)
    a2.refresh_from_db()
    assert a2.text == "<PERSON_1> again: call me on <PHONE_1>."
    assert decrypt(a2.raw_text).startswith("Maria Lopez")  # the original stays, encrypted


def test_a_message_that_cannot_be_read_holds_up_no_other(two_cases, caplog):
    first, second = two_cases
    good = waiting(first, "I'm Maria Lopez, charged twice.")
    bad = waiting(second, "Jonas Becker here.")
    Message.objects.filter(pk=bad.pk).update(raw_text="not-a-token-we-wrote")

    assert message_ingest(message_id=good.pk).pk == good.pk

    good.refresh_from_db()
    assert good.text == "I'm <PERSON_1>, charged twice."
    assert "trying that message alone" in caplog.text
    with pytest.raises(ValueError, match="configured keys"):
        message_ingest(message_id=bad.pk)  # its own task fails visibly and is retried by the sweeper
    assert Message.objects.get(pk=bad.pk).text == ""


def test_a_batch_of_one_takes_only_the_tasks_own_message(two_cases, settings):
    settings.COPILOT_INGEST_BATCH = 1
    first, second = two_cases
    a1 = waiting(first, "I'm Maria Lopez.")
    b1 = waiting(second, "Jonas Becker here.")
    message_ingest(message_id=a1.pk)
    assert Message.objects.get(pk=b1.pk).text == ""


def test_a_message_already_redacted_or_gone_is_skipped(two_cases):
    first, _ = two_cases
    a1 = waiting(first, "I'm Maria Lopez.")
    assert message_ingest(message_id=a1.pk) is not None
    assert message_ingest(message_id=a1.pk) is None
    assert message_ingest(message_id=10**9) is None


def _plan(sql: str, params: list) -> str:
    with connection.cursor() as cursor:
        # A test table is small enough that a scan would win; forbid it to see the index can serve.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_ingest_and_the_sweeper_find_waiting_messages_through_their_partial_index(two_cases):
    message = waiting(two_cases[0], "Still waiting for my refund")
    # The statement the ingest runs for every message, as written out in copilot.intake.services.
    assert "message_awaiting_redaction" in _plan(WAITING_OF_OTHER_CASES, [message.pk, 8])
    swept = messages_awaiting_redaction().order_by("id").values_list("pk", flat=True)[:500]
    sql, params = swept.query.sql_with_params()
    assert "message_awaiting_redaction" in _plan(sql, list(params))


@pytest.mark.django_db(transaction=True)
def test_a_message_whose_ingest_task_was_lost_is_redacted_after_the_sweeper_runs(celery_worker_process):
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from copilot.intake.services import messages_sweep
    from tests.conftest import wait_until

    case = CaseFactory(rider=RiderFactory())
    with transaction.atomic():
        message = waiting(case, "My name is Maria Lopez and I was charged twice")
        # The enqueue after commit is what gets lost (Redis down at that moment).
        transaction.get_connection().run_on_commit.clear()
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(minutes=2))
    messages_sweep()
    redacted = wait_until(lambda: Message.objects.filter(pk=message.pk).exclude(text="").first(), timeout=30)
    assert "Maria Lopez" not in redacted.text and "<PERSON_1>" in redacted.text
    assert wait_until(lambda: Turn.objects.filter(message=message).exists(), timeout=10)
