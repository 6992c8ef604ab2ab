"""A real Daphne serving the test database, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from copilot.launcher.services import free_port, wait_for_port

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Screenshots land under .data/ so a test run leaves the tree clean; the README's pictures
# are refreshed on purpose with COPILOT_SCREENSHOTS=docs/screenshots.
SHOTS = ROOT / os.environ.get("COPILOT_SCREENSHOTS", ".data/screenshots")
# axe-core from npm (tests/browser/package.json; `./dev test` installs it).
AXE = ROOT / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page) -> list[str]:
    """Serious and critical accessibility violations axe-core finds on the page as it is now."""
    if not AXE.exists():
        pytest.skip("axe-core is not installed (./dev test installs it with npm)")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def pytest_collection_modifyitems(items):
    if not Path(CHROMIUM).exists():
        skip = pytest.mark.skip(reason="Chromium is not installed (./dev test installs it when run as root)")
        for item in items:
            if "tests/browser/" in str(item.fspath):
                item.add_marker(skip)


@pytest.fixture(scope="session")
def live_url(test_database_url, tmp_path_factory, celery_worker_process):
    """Daphne on a free port with the app's ASGI application, on the test database."""
    port = free_port()
    log = (tmp_path_factory.mktemp("daphne") / "daphne.log").open("w")
    env = dict(os.environ, DATABASE_URL=test_database_url, DJANGO_SETTINGS_MODULE="copilot.settings.test")
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # the server keeps Django's async-safety checks
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "daphne"),
            "-b",
            "127.0.0.1",
            "-p",
            str(port),
            "copilot.asgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    if not wait_for_port(port, timeout=60):
        process.kill()
        raise RuntimeError("daphne did not start")
    yield f"http://127.0.0.1:{port}"
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def browser_env() -> dict[str, str]:
    """The browser keeps the real clock under `./dev test --clock`: Chromium spins under
    libfaketime, and a customer's or agent's browser clock is never the server's anyway, so
    the pages must not depend on the two agreeing."""
    moved = {"LD_PRELOAD", "FAKETIME", "DONT_FAKE_MONOTONIC"}
    return {key: value for key, value in os.environ.items() if key not in moved}


@pytest.fixture
def browser():
    # Per test, not per session: Playwright's sync API keeps an event loop running in this
    # thread while it is started, which would make every later test look "async" to Django.
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, env=browser_env()
        )
        yield chromium
        chromium.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls (and
    # the fixtures' set-up and database flush around it) are plain synchronous code all the
    # same. Only for browser tests, and servers started from here do not inherit it.
    browser_test = "tests/browser/" in str(item.fspath)
    if browser_test:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        yield
    finally:
        if browser_test:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    # The pages run under a strict Content-Security-Policy: anything it blocks fails the test.
    blocked: list[str] = []
    page.on(
        "console",
        lambda m: (
            "Content Security Policy" in m.text and blocked.append(f"{m.location.get('url')}: {m.text[:160]}")
        ),
    )
    yield page
    context.close()
    assert not blocked, blocked


def wait_for_js(page, expression: str, *, timeout: float = 20.0) -> None:
    """Wait until a JavaScript expression is true in the page. Playwright's `wait_for_function` runs its
    predicate through eval, which the pages' Content-Security-Policy forbids (as it should)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"() => Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true within {timeout} s: {expression}")
        time.sleep(0.05)


def same_as_a_fresh_load(page, read, *, timeout: float = 20.0) -> dict:
    """Once the case is quiet, the open page shows what a fresh load of it shows, as `read(page)`
    sees them (a turn still running may leave the two apart for a moment: both are read again
    until they agree). Returns what both show."""
    fresh = page.context.new_page()
    deadline = time.monotonic() + timeout
    try:
        while True:
            fresh.goto(page.url)
            fresh.wait_for_load_state("networkidle")
            want, seen = read(fresh), read(page)
            if seen == want or time.monotonic() > deadline:
                break
            time.sleep(0.5)
    finally:
        fresh.close()
    assert seen == want
    return want


def login(page, live_url: str, username: str, password: str = "pw-for-tests") -> None:
    page.goto(f"{live_url}/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")


def screenshot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    # caret="initial": hiding the caret injects a style the pages' Content-Security-Policy blocks.
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, caret="initial")
