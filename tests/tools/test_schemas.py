"""Tool schemas: strict, described, valid JSON Schema; `manage.py check` fails on a bad one."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from pydantic import Field

from tools.base import StrictArgs, Tool
from tools.checks import lint_tool_schema
from tools.registry import TOOLS, openai_schema, openai_tools, schema_version


@pytest.mark.parametrize("name", list(TOOLS))
def test_every_registered_tool_schema_passes_the_lint(name):
    assert lint_tool_schema(openai_schema(TOOLS[name])) == []


def test_the_six_tools_of_the_domain_are_registered():
    assert set(TOOLS) == {
        "get_trip_details",
        "get_rider_flags",
        "get_policy_snippet",
        "simulate_refund",
        "issue_refund",
        "create_ticket",
    }
    assert {n for n, t in TOOLS.items() if t.gated} == {"issue_refund", "create_ticket"}


def test_schemas_forbid_extra_properties_and_require_every_field():
    for entry in openai_tools():
        parameters = entry["function"]["parameters"]
        assert parameters["additionalProperties"] is False
        assert set(parameters["required"]) == set(parameters["properties"])


class _Vague(StrictArgs):
    """Does things."""

    x: int = Field(description="x")
    y: str


def test_a_vague_schema_is_reported_with_each_problem():
    problems = lint_tool_schema(openai_schema(Tool("vague", _Vague, lambda ctx, a: {})))
    assert any("description is shorter" in p for p in problems)
    assert any("vague.x: needs a description" in p for p in problems)
    assert any("vague.y: needs a description" in p for p in problems)


def test_manage_py_check_fails_when_a_registered_schema_is_bad(monkeypatch):
    monkeypatch.setitem(TOOLS, "vague", Tool("vague", _Vague, lambda ctx, a: {}))
    with pytest.raises(SystemCheckError, match=r"tools\.E001"):
        call_command("check", stdout=StringIO(), stderr=StringIO())


def test_manage_py_check_passes_with_the_shipped_tools():
    call_command("check", stdout=StringIO())


def test_the_schema_version_is_stable_within_a_process():
    assert schema_version() == schema_version()
    assert schema_version().startswith("tools-")
