"""`manage.py check` lints every tool schema: a schema the model cannot use well fails CI."""

from __future__ import annotations

from typing import Any

from django.core import checks
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from tools.registry import TOOLS, openai_schema

MIN_TOOL_DESCRIPTION = 200
MIN_PROPERTY_DESCRIPTION = 25
# Keywords OpenAI's strict mode accepts in function parameters.
STRICT_KEYWORDS = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "description",
    "enum",
    "const",
    "anyOf",
    "items",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "$defs",
    "$ref",
    "title",
    "format",
    "minItems",
    "maxItems",
}


def lint_tool_schema(schema: dict[str, Any]) -> list[str]:
    """Problems with one `tools` entry, in words; empty when it is fit to send."""
    problems: list[str] = []
    function = schema.get("function", {})
    name = function.get("name", "?")
    if not function.get("strict"):
        problems.append(f"{name}: strict mode is off")
    if len(function.get("description", "")) < MIN_TOOL_DESCRIPTION:
        problems.append(f"{name}: the description is shorter than {MIN_TOOL_DESCRIPTION} characters")
    parameters = function.get("parameters", {})
    try:
        Draft202012Validator.check_schema(parameters)
    except SchemaError as exc:
        problems.append(f"{name}: not a valid JSON Schema ({exc.message})")
    _lint_object(name, parameters, "", problems)
    return problems


def _lint_object(name: str, node: dict[str, Any], path: str, problems: list[str]) -> None:
    unknown = set(node) - STRICT_KEYWORDS
    if unknown:
        problems.append(f"{name}{path}: keywords strict mode rejects: {', '.join(sorted(unknown))}")
    if node.get("type") == "object" or "properties" in node:
        if node.get("additionalProperties") is not False:
            problems.append(f"{name}{path}: additionalProperties must be false")
        properties = node.get("properties", {})
        if set(node.get("required", [])) != set(properties):
            problems.append(f"{name}{path}: every property must be required (use null for optional)")
        for prop, spec in properties.items():
            if len(spec.get("description", "")) < MIN_PROPERTY_DESCRIPTION:
                problems.append(
                    f"{name}{path}.{prop}: needs a description of {MIN_PROPERTY_DESCRIPTION}+ characters"
                )
            _lint_object(name, spec, f"{path}.{prop}", problems)
    for branch in node.get("anyOf", []):
        _lint_object(name, branch, path, problems)
    if isinstance(node.get("items"), dict):
        _lint_object(name, node["items"], f"{path}[]", problems)


@checks.register("copilot")
def check_tool_schemas(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    errors = []
    for tool in TOOLS.values():
        for problem in lint_tool_schema(openai_schema(tool)):
            errors.append(checks.Error(problem, id="tools.E001", obj=tool.name))
    return errors
