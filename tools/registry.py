"""The one place tools are registered, and the OpenAI tool schemas made from them."""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

from openai import pydantic_function_tool

from copilot.core.domain import INTENTS
from tools.base import Tool
from tools.create_ticket import (
    CreateTicketArgs,
    create_ticket,
    describe_ticket,
    describe_ticket_result,
    execute_ticket,
    ticket_signature,
)
from tools.get_policy_snippet import GetPolicySnippetArgs, get_policy_snippet
from tools.get_rider_flags import GetRiderFlagsArgs, get_rider_flags
from tools.get_trip_details import GetTripDetailsArgs, get_trip_details
from tools.issue_refund import (
    IssueRefundArgs,
    describe_refund,
    describe_refund_result,
    execute_refund,
    issue_refund,
    refund_signature,
)
from tools.simulate_refund import SimulateRefundArgs, simulate_refund

MONEY_INTENTS = ("fare_dispute", "cancellation_fee", "duplicate_charge", "cleaning_fee", "service_complaint")
CASE_WORKERS = ("agent", "supervisor")

TOOLS: dict[str, Tool] = {
    tool.name: tool
    for tool in (
        Tool(
            "get_trip_details",
            GetTripDetailsArgs,
            get_trip_details,
            status="Looking up the trip",
            default_intents=INTENTS,
        ),
        Tool(
            "get_rider_flags",
            GetRiderFlagsArgs,
            get_rider_flags,
            status="Checking the rider's history",
            default_intents=INTENTS,
        ),
        Tool(
            "get_policy_snippet",
            GetPolicySnippetArgs,
            get_policy_snippet,
            status="Reading the policy",
            default_intents=INTENTS,
        ),
        Tool(
            "simulate_refund",
            SimulateRefundArgs,
            simulate_refund,
            status="Checking the refund rules",
            default_intents=(*MONEY_INTENTS, "other"),
        ),
        Tool(
            "issue_refund",
            IssueRefundArgs,
            issue_refund,
            status="Proposing a refund for approval",
            gated=True,
            default_intents=MONEY_INTENTS,
            default_approver_roles=CASE_WORKERS,
            execute=execute_refund,
            describe=describe_refund,
            signature=refund_signature,
            describe_result=describe_refund_result,
        ),
        Tool(
            "create_ticket",
            CreateTicketArgs,
            create_ticket,
            status="Preparing a ticket",
            gated=True,
            default_intents=INTENTS,
            default_approver_roles=CASE_WORKERS,
            execute=execute_ticket,
            describe=describe_ticket,
            signature=ticket_signature,
            describe_result=describe_ticket_result,
        ),
    )
}


def openai_schema(tool: Tool) -> dict[str, Any]:
    """The Chat Completions `tools` entry: strict JSON schema from the Args model and its docstring."""
    schema = json.loads(
        json.dumps(pydantic_function_tool(tool.args, name=tool.name, description=_description(tool)))
    )
    # The docstring is already the function's description; titles only cost tokens.
    _strip_titles(schema["function"]["parameters"])
    schema["function"]["parameters"].pop("description", None)
    for spec in schema["function"]["parameters"].get("properties", {}).values():
        _nullable_as_type_list(spec)
    return schema


def _nullable_as_type_list(spec: dict[str, Any]) -> None:
    """`anyOf: [{type: T, ...}, {type: null}]` as `type: [T, null]`: the same schema, fewer tokens
    in every prompt (small local models pay for each one)."""
    branches = spec.get("anyOf")
    if not isinstance(branches, list) or len(branches) != 2 or {"type": "null"} not in branches:
        return
    other = next(b for b in branches if b != {"type": "null"})
    if not isinstance(other.get("type"), str) or set(other) & set(spec) - {"anyOf"}:
        return
    del spec["anyOf"]
    spec.update(other)
    spec["type"] = [other["type"], "null"]


def _strip_titles(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("title", None)
        for key, value in node.items():
            if key != "properties":
                _strip_titles(value)
            else:
                for prop in value.values():
                    _strip_titles(prop)
    elif isinstance(node, list):
        for item in node:
            _strip_titles(item)


def _description(tool: Tool) -> str:
    return " ".join(line.strip() for line in (tool.args.__doc__ or "").strip().splitlines() if line.strip())


@functools.cache
def _registered_schemas() -> dict[str, dict[str, Any]]:
    # The registry is fixed when the process starts, and building a schema costs a pydantic schema
    # generation: once per process, not once per model call.
    return {name: openai_schema(tool) for name, tool in TOOLS.items()}


@functools.cache
def schema_version() -> str:
    """A short hash of every tool schema: audit rows say exactly what the model was shown."""
    blob = json.dumps(list(_registered_schemas().values()), sort_keys=True)
    return "tools-" + hashlib.sha256(blob.encode()).hexdigest()[:12]


def openai_tools(names: list[str] | None = None) -> list[dict[str, Any]]:
    """The schemas of the named tools (all when None), shared: callers must not modify them."""
    return [schema for name, schema in _registered_schemas().items() if names is None or name in names]
