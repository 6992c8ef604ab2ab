"""The override rule is defined once (copilot/observability/metrics.py): the analyst's figures, counted
by the database, and the `copilot_overrides_total` counter, counted in Python, agree on every note."""

from __future__ import annotations

import pytest

from copilot.analytics.metrics import NO_REASON_CODE, _has_reason_code, _reason_label
from copilot.desk.selectors import OVERRIDE_REASONS
from copilot.observability.metrics import names_override_reason, override_reason_label
from tests.factories import CaseFactory
from tools.models import PendingAction

LABELS = [label for _, label in OVERRIDE_REASONS]

# (a decision's note, the reason code it names or None)
NOTES = [
    ("Amount is wrong", "Amount is wrong"),  # a code alone, as the desk's picker records it
    ("Amount is wrong: 12 was enough", "Amount is wrong"),
    ("Amount is wrong:", "Amount is wrong"),
    ("Wrong trip: the rider meant Tuesday's", "Wrong trip"),
    ("Policy exception", "Policy exception"),
    ("Customer withdrew: called back", "Customer withdrew"),
    ("Already handled", "Already handled"),
    ("Other: see the ticket", "Other"),
    ("Other", "Other"),
    ("", None),
    ("ok, approved", None),
    ("Note: checked with the driver", None),
    ("amount is wrong", None),  # the codes are matched as written
    ("AMOUNT IS WRONG: 12", None),
    ("Amount is wrong - 12 was enough", None),  # details follow the separator, nothing else
    ("Amount is wrongly computed", None),
    (" Amount is wrong", None),
    ("Others", None),
    ("Other%", None),  # the database's wildcards are literal characters here
    ("Policy_exception", None),
    ("The amount is wrong: 12", None),
]


@pytest.mark.parametrize(("note", "code"), NOTES)
def test_the_rule_names_the_reason_code_a_note_gives(note, code):
    assert override_reason_label(note, LABELS) == code
    assert names_override_reason(note, LABELS) == (code is not None)


@pytest.mark.django_db
def test_the_analysts_figures_and_the_override_counter_agree_on_a_table_of_notes(rider, agent):
    case = CaseFactory(rider=rider)
    for index, (note, _) in enumerate(NOTES):
        PendingAction.objects.create(
            case=case,
            tool="issue_refund",
            params={},
            params_hash="h",
            idempotency_key=f"override-rule-{index}",
            status=PendingAction.Status.EXECUTED,
            decided_by=agent,
            decision_reason=note,
        )
    actions = PendingAction.objects.filter(case=case)
    in_database = dict(actions.annotate(label=_reason_label()).values_list("decision_reason", "label"))
    counted_in_database = set(actions.filter(_has_reason_code()).values_list("decision_reason", flat=True))

    assert in_database == {note: override_reason_label(note, LABELS) or NO_REASON_CODE for note, _ in NOTES}
    assert counted_in_database == {note for note, _ in NOTES if names_override_reason(note, LABELS)}
    assert counted_in_database == {note for note, code in NOTES if code is not None}
