"""Customer text is stored redacted; originals are encrypted, shown only to the case's agents, purged later."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from copilot.desk.services import purge_expired_pii
from copilot.intake.services import case_open, case_receive_message, message_store
from copilot.models import Case, CaseVault, Message
from tests.factories import CaseFactory, RiderFactory

PII_MESSAGE = (
    "Hi, this is Maria Lopez (maria.lopez@example.com, +1 415 555 0142). My card 5425 2334 3010 9903 was "
    "charged twice for trip 0b6f1c2e; I live at 742 Evergreen Terrace, Springfield."
)
PII_VALUES = [
    "Maria Lopez",
    "maria.lopez@example.com",
    "415 555 0142",
    "5425 2334 3010 9903",
    "742 Evergreen Terrace",
]

pytestmark = pytest.mark.django_db


def test_a_customer_message_is_stored_redacted_with_ids_and_amounts_kept():
    case = case_open(rider=RiderFactory(), text=PII_MESSAGE)
    text = case.messages.get().text
    for value in PII_VALUES:
        assert value not in text
    assert "<PERSON_1>" in text and "<EMAIL_1>" in text and "0b6f1c2e" in text


def test_no_column_of_the_database_holds_the_original_in_clear():
    case_open(rider=RiderFactory(), text=PII_MESSAGE)
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM copilot_message")
        message_rows = repr(cursor.fetchall())
        cursor.execute("SELECT * FROM copilot_casevault")
        vault_rows = repr(cursor.fetchall())
    for value in PII_VALUES:
        assert value not in message_rows
        assert value not in vault_rows


def test_placeholders_stay_the_same_across_a_cases_messages():
    case = case_open(rider=RiderFactory(), text="I'm Maria Lopez and I was overcharged.")
    second = case_receive_message(case=case, text="Maria Lopez again; also Tom Baker was rude.")
    assert "<PERSON_1> again" in second.text
    assert "<PERSON_2>" in second.text
    assert CaseVault.objects.get(case=case).load()["<PERSON_1>"] == "Maria Lopez"


def test_a_message_over_the_size_cap_is_refused_with_the_limit(settings):
    settings.COPILOT_MAX_MESSAGE_CHARS = 100
    case = CaseFactory()
    with pytest.raises(ValueError, match="at most 100 characters; this one has 150"):
        message_store(case=case, role="customer", text="x" * 150)
    assert not Message.objects.exists()


def test_the_assigned_agent_and_supervisors_see_real_values_and_others_placeholders(
    client, agent, agent2, supervisor
):
    case = case_open(rider=RiderFactory(), text=PII_MESSAGE)
    case.assignee = agent
    case.save()
    url = reverse("case", args=[case.pk])
    for user, sees_real in ((agent, True), (supervisor, True), (agent2, False)):
        client.force_login(user)
        page = client.get(url).content.decode()
        assert ("Maria Lopez" in page) is sees_real, user.username
        assert ("&lt;PERSON_1&gt;" in page) is not sees_real, user.username


def test_resolved_cases_past_retention_lose_their_originals_but_keep_the_redacted_text(settings):
    settings.COPILOT_PII_RETENTION_DAYS = 30
    old = case_open(rider=RiderFactory(), text=PII_MESSAGE)
    recent = case_open(rider=RiderFactory(), text=PII_MESSAGE)
    now = timezone.now()
    Case.objects.filter(pk=old.pk).update(status="resolved", resolved_at=now - timedelta(days=31))
    Case.objects.filter(pk=recent.pk).update(status="resolved", resolved_at=now - timedelta(days=29))
    assert purge_expired_pii(now=now) == 1
    old_message = old.messages.get()
    assert old_message.raw_text == "" and "<PERSON_1>" in old_message.text
    assert not CaseVault.objects.filter(case=old).exists()
    assert recent.messages.get().raw_text != ""
    assert purge_expired_pii(now=now) == 0


def test_application_logs_are_redacted_by_the_logging_filter():
    code = (
        "import logging; log = logging.getLogger('copilot.anything');"
        f"log.warning('refund asked by %s', {PII_MESSAGE!r});"
        "\ntry:\n    raise ValueError('card 5425 2334 3010 9903 declined')\n"
        "except ValueError:\n    log.exception('payment failed for maria.lopez@example.com')"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=os.getcwd(),
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    output = result.stdout + result.stderr
    assert "refund asked by" in output and "payment failed for <EMAIL_1>" in output
    for value in PII_VALUES:
        assert value not in output
