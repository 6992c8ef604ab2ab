"""The README is a newcomer's first step: every variable the code reads is in its table, and
its commands are the ones the launcher offers."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Read by the code but not configuration: set by the code itself for a library, or by the
# test harness for its own processes.
NOT_CONFIGURATION = {
    "DJANGO_SETTINGS_MODULE": "chosen by manage.py, the launcher and the Docker images",
    "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "set empty by the code so tldextract never fetches",
    "DJANGO_ALLOW_ASYNC_UNSAFE": "set by the browser tests around Playwright's event loop",
    "DEBIAN_FRONTEND": "set by the launcher for apt-get",
}
READERS = [
    re.compile(r"""\benv_(?:str|bool|int|float|list)\(\s*["']([A-Z][A-Z0-9_]+)["']"""),
    re.compile(r"""os\.environ(?:\.get|\.setdefault|\.pop)?[\[(]\s*["']([A-Z][A-Z0-9_]+)["']"""),
    re.compile(r"""\$\{([A-Z][A-Z0-9_]+):-"""),  # the shell launcher
]


def variables_read() -> set[str]:
    """What the product and its launcher read, and what the suite reads from the environment
    (its tests of the typed readers use made-up names, so only os.environ counts there)."""
    product = [ROOT / "dev", ROOT / "manage.py"]
    for folder in ("copilot", "tools", "policies"):
        product += sorted((ROOT / folder).rglob("*.py"))
    found = set()
    for path in product:
        for reader in READERS:
            found.update(reader.findall(path.read_text()))
    for path in sorted((ROOT / "tests").rglob("*.py")):
        found.update(READERS[1].findall(path.read_text()))
    return found


def configuration_table() -> str:
    """The first column of the README's configuration table: the variables it documents."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line.split("|")[1] for line in section.splitlines() if line.startswith("|"))


def test_every_variable_the_code_reads_is_in_the_readmes_configuration_table():
    found = variables_read()
    table = configuration_table()

    assert {"DATABASE_URL", "COPILOT_INBOUND_TOKEN", "PORT", "PYTHON", "COPILOT_SCREENSHOTS"} <= found
    missing = sorted(name for name in found - set(NOT_CONFIGURATION) if f"`{name}`" not in table)
    assert not missing, f"read by the code, not in the README's configuration table: {missing}"


def test_the_readme_table_names_no_variable_the_code_does_not_read():
    named = set(re.findall(r"`([A-Z][A-Z0-9_]{2,})`", configuration_table()))
    assert named - variables_read() == set()


def test_the_readme_tells_how_to_run_the_suite_on_a_moved_clock():
    readme = (ROOT / "README.md").read_text()
    assert "./dev test --clock +365d" in readme
