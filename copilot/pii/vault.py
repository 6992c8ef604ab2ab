"""Redaction with a case's own placeholders: every text written about a case (the customer's
subject, the agent's question, reasons for a decision) shares its vault, so <PERSON_1> means the
same person everywhere, and the case's agent sees the real values restored."""

from __future__ import annotations

from django.db import transaction

from copilot.models import Case, CaseVault
from copilot.pii.recognizers import EMAIL, PERSON, PHONE
from copilot.pii.redactor import redact


def redact_for_case(case_id: int, text: str) -> str:
    """The text redacted with the case's placeholders; new values join the case's vault."""
    if not text.strip():
        return text
    with transaction.atomic():
        vault, _ = CaseVault.objects.select_for_update().get_or_create(case_id=case_id)
        redaction = redact(text, known=vault.load(), watch=riders_on_record([case_id]).get(case_id, ()))
        vault.store(redaction.mapping)
        vault.save()
    return redaction.text


def riders_on_record(case_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Each case's rider as the trip service knows them (name, email, phone): text about the case
    never keeps them, even where no recognizer would have seen them (a bare name in a subject)."""
    rows = Case.objects.filter(pk__in=case_ids).values_list(
        "pk", "rider__name", "rider__email", "rider__phone"
    )
    return {
        pk: [(kind, value) for kind, value in ((PERSON, name), (EMAIL, email), (PHONE, phone)) if value]
        for pk, name, email, phone in rows
    }
