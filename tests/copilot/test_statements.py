"""Written-out INSERTs store exactly what the ORM would."""

from __future__ import annotations

import pytest
from django.utils import timezone

from copilot.core.sql import insert_rows
from tests.factories import CaseFactory
from tools.models import ToolCallAudit

pytestmark = pytest.mark.django_db


def _audit(case, **overrides) -> ToolCallAudit:
    values = dict(
        case=case,
        turn_id="turn-1",
        call_id="call_1",
        tool="get_trip_details",
        arguments={"trip_id": "0b6f1c2e", "note": "<PERSON_1>"},
        valid=True,
        outcome=ToolCallAudit.Outcome.OK,
        latency_ms=3.25,
        schema_version="v1",
    )
    return ToolCallAudit(**{**values, **overrides})


def test_rows_inserted_in_one_statement_read_back_as_the_orm_would_have_stored_them():
    case = CaseFactory()
    before = timezone.now()
    insert_rows([_audit(case), _audit(case, call_id="call_2", valid=False, outcome="invalid", error="bad")])
    insert_rows([_audit(case, call_id="call_3")])  # another size, another statement
    ToolCallAudit.objects.bulk_create([_audit(case, call_id="by_orm")])
    ours = ToolCallAudit.objects.get(call_id="call_1")
    orm = ToolCallAudit.objects.get(call_id="by_orm")
    fields = [
        f.attname
        for f in ToolCallAudit._meta.concrete_fields
        if f.attname not in {"id", "call_id", "created_at"}
    ]
    assert {f: getattr(ours, f) for f in fields} == {f: getattr(orm, f) for f in fields}
    assert ours.arguments == {"trip_id": "0b6f1c2e", "note": "<PERSON_1>"}
    assert ours.created_at >= before  # auto_now_add is applied
    second = ToolCallAudit.objects.get(call_id="call_2")
    assert (second.valid, second.outcome, second.error, second.attempts, second.cache_hit) == (
        False,
        "invalid",
        "bad",
        1,
        False,
    )
    assert ToolCallAudit.objects.filter(call_id="call_3").exists()


def test_nothing_to_insert_makes_no_statement(django_assert_num_queries):
    with django_assert_num_queries(0):
        insert_rows([])


def test_a_row_is_updated_by_its_own_fields_even_one_called_model_and_an_unknown_field_is_refused():
    from django.core.exceptions import FieldDoesNotExist

    from copilot.core.sql import update_row
    from copilot.models import Turn

    turn = Turn.objects.create(case=CaseFactory())
    assert update_row(Turn, turn.pk, provider="openai", model="gpt-x", latency={"model": 1.5}) == 1
    turn.refresh_from_db()
    assert (turn.provider, turn.model, turn.latency) == ("openai", "gpt-x", {"model": 1.5})
    with pytest.raises(FieldDoesNotExist):
        update_row(Turn, turn.pk, **{"status; DROP TABLE copilot_turn": "x"})
