"""Redaction with a case's own placeholders: every text written about a case (the customer's
subject, the agent's question, reasons for a decision) shares its vault, so <PERSON_1> means the
same person everywhere, and the case's agent sees the real values restored."""

from __future__ import annotations

from django.db import transaction

from copilot.models import CaseVault
from copilot.pii.redactor import redact


def redact_for_case(case_id: int, text: str) -> str:
    """The text redacted with the case's placeholders; new values join the case's vault."""
    if not text.strip():
        return text
    with transaction.atomic():
        vault, _ = CaseVault.objects.select_for_update().get_or_create(case_id=case_id)
        redaction = redact(text, known=vault.load())
        vault.store(redaction.mapping)
        vault.save()
    return redaction.text
