"""The ingest step: deferred customer messages are redacted in batches, each with its case's placeholders."""

from __future__ import annotations

import pytest
from django.db import connection

from copilot.crypto import decrypt
from copilot.models import Case, Message, Turn
from copilot.services import case_receive_message, message_ingest, messages_awaiting_redaction
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


def test_waiting_messages_are_found_through_their_partial_index_not_a_table_scan(two_cases):
    message = waiting(two_cases[0], "Still waiting for my refund")
    query = messages_awaiting_redaction().exclude(pk=message.pk).order_by("id").values_list("pk", "case_id")
    with connection.cursor() as cursor:
        # A test table is small enough that a scan would win; forbid it to see the index can serve.
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = query[:8].explain()
    assert "message_awaiting_redaction" in plan, plan
