"""The house rules a newcomer relies on: imports run one way (no cycle between modules), an
import inside a function is explained in its wing's README, every websocket event and task
name is declared once, and every hand-written INSERT names every column that needs a value.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("copilot", "tools", "policies")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            found[name] = path
    return found


MODULES = _modules()


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str) -> list[tuple[str, bool]]:
    """(imported project module, inside a function?) for every import of the module."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: list[tuple[str, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            names: list[str] = []
            if isinstance(child, ast.Import):
                names = [alias.name for alias in child.names]
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    base = ".".join([*parts, base] if base else parts)
                names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in child.names]
            for name in names:
                target = _resolve(name) if name.split(".")[0] in PACKAGES else None
                if target and target != module and not target.startswith(f"{module}."):
                    found.append((target, inside))
            visit(child, inside)

    visit(ast.parse(path.read_text()), False)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def _wing_readme(module: str) -> Path | None:
    path = MODULES[module].parent
    while path != ROOT:
        if (path / "README.md").exists():
            return path / "README.md"
        path = path.parent
    return None


def test_imports_run_one_way_with_no_cycle_between_modules():
    graph = {module: {target for target, _ in _imports(module)} for module in MODULES}
    # A package's __init__ importing its own modules is how a package exposes them, not a cycle.
    graph = {m: {t for t in targets if not m or not t.startswith(f"{m}.")} for m, targets in graph.items()}

    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_an_import_inside_a_function_is_explained_in_its_wings_readme():
    unexplained = []
    for module in MODULES:
        for target, inside in _imports(module):
            if not inside:
                continue
            readme = _wing_readme(module)
            text = readme.read_text() if readme else ""
            if f"`{module}` imports `{target}`" not in text:
                unexplained.append(f"{module} -> {target}")
    assert unexplained == []


def test_every_wing_of_copilot_has_a_readme_that_architecture_md_names():
    architecture = (ROOT / "docs" / "architecture.md").read_text()
    wings = [p for p in (ROOT / "copilot").iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    wings = [w for w in wings if w.name not in ("migrations", "management", "settings")]

    assert {w.name for w in wings} >= {"core", "intake", "desk", "agent", "realtime", "pii", "runtime"}
    for wing in wings:
        assert (wing / "README.md").exists(), wing
        assert f"`copilot/{wing.name}/`" in architecture, wing


# --- declarations ------------------------------------------------------------------------------

EVENT_LITERAL = re.compile(r"""["']((?:message|turn|action|queue|case|relay)\.[a-z_.]+)["']""")


def test_every_websocket_event_is_named_only_in_the_event_catalogue():
    from copilot.realtime import events

    declared = set(events.EVENTS)
    for module, path in MODULES.items():
        if module == "copilot.realtime.events":
            continue
        literals = set(EVENT_LITERAL.findall(path.read_text())) & (declared | {"message.created"})
        assert not literals, f"{module} spells event names itself: {sorted(literals)}"
    script = (ROOT / "static" / "js" / "case.js").read_text()
    assert all(
        name in declared
        for name in re.findall(r"""["']((?:turn|action|message|case)\.[a-z_]+)["']""", script)
    )


def test_every_task_name_in_the_settings_is_declared_and_registered():
    from copilot.celery import app
    from copilot.runtime import tasks

    declared = {v for k, v in vars(tasks).items() if k.isupper() and isinstance(v, str)}
    used = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()} | set(
        settings.CELERY_TASK_ROUTES
    )
    app.loader.import_default_modules()

    assert used <= declared
    assert declared <= set(app.tasks)


# --- hand-written SQL ----------------------------------------------------------------------------

INSERT = re.compile(r"INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.IGNORECASE)


def _needs_a_value(field: models.Field) -> bool:
    return (
        field.concrete
        and not field.null
        and not field.has_default()
        and not field.primary_key
        and getattr(field, "db_default", models.NOT_PROVIDED) is models.NOT_PROVIDED
    )


@pytest.mark.parametrize(
    "module", sorted(m for m in MODULES if m.endswith(".sql") or m.endswith("statements"))
)
def test_each_hand_written_insert_names_every_column_that_needs_a_value(module):
    import importlib

    sql_module = importlib.import_module(module)
    tables = {model._meta.db_table: model for model in apps.get_models()}
    statements = [value for value in vars(sql_module).values() if isinstance(value, str)]
    inserts = [(table, columns) for text in statements for table, columns in INSERT.findall(text)]
    for table, columns in inserts:
        named = {c.strip().strip('"') for c in columns.split(",")}
        needed = {f.column for f in tables[table]._meta.concrete_fields if _needs_a_value(f)}
        assert needed <= named, f"{module}: INSERT INTO {table} leaves out {sorted(needed - named)}"


def test_hand_written_sql_lives_only_in_the_sql_modules():
    raw = re.compile(
        r"\b(SELECT|UPDATE|INSERT INTO|DELETE FROM)\b[^\n]*\b(FROM|SET|VALUES|WHERE|copilot_\w+)\b"
    )
    allowed = {m for m in MODULES if m.endswith(".sql")} | {
        "copilot.runtime.health",
        "copilot.launcher.services",
    }
    offenders = [m for m, path in MODULES.items() if m not in allowed and raw.search(path.read_text())]
    assert offenders == []
