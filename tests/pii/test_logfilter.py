"""The log filter: the records of the libraries we run come through as they were logged, and a customer's
name, email or phone inside a record is still redacted."""

from __future__ import annotations

import logging

import pytest

from copilot.pii import warm_up
from copilot.pii.logfilter import RedactPiiFilter

CLIENT = '{username: "agent7", ip_address: "127.0.0.1", path_info: "/accounts/login/"}'


@pytest.fixture(scope="module", autouse=True)
def _analyzer_built():
    warm_up()


def filtered(msg: str, *args: object) -> str:
    record = logging.LogRecord("library", logging.INFO, __file__, 1, msg, args or None, None)
    assert RedactPiiFilter().filter(record)
    return record.getMessage()


# (template, args) as the libraries log them: django-axes, celery (worker and beat), Django, daphne.
LIBRARY_RECORDS = [
    ("AXES: Deleted %d failed login attempts by %s from database.", (0, CLIENT)),
    ("AXES: New login failure by %s. Created new record in the database.", (CLIENT,)),
    ("AXES: Repeated login failure by %s. Updated existing record in the database.", (CLIENT,)),
    ("AXES: Locking out %s after repeated login failures.", (CLIENT,)),
    ("AXES: Successful login by %s.", (CLIENT,)),
    ("AXES: Successful logout by %s.", (CLIENT,)),
    ("AXES: User login failed, running database handler for failure.", ()),
    ("AXES: Reset %d access attempts from database.", (4,)),
    ("AXES: Reset all %d access logs from database.", (12,)),
    ("AXES: Reset %d access logs older than %d days from database.", (2, 30)),
    ("AXES: Reset all %d access failure logs from database.", (7,)),
    ("AXES: Cleaned up %s expired access attempts from database that were older than %s", (5, "2026-12-05")),
    ("Scheduler: Sending due task %s (%s)", ("sweep-turns", "copilot.tasks.sweep_turns")),
    ("Scheduler: Sending due task %s (%s)", ("expire-holds", "copilot.agent.tasks.expire_holds")),
    ("beat: Starting...", ()),
    ("DatabaseScheduler: Schedule changed.", ()),
    ("Task %s[%s] received", ("copilot.agent.tasks.run_turn", "3f2a9c1e-8b7d-4e2f-9a0c-1d2e3f4a5b6c")),
    ("Task %s[%s] succeeded in %ss: %s", ("copilot.agent.tasks.run_turn", "3f2a9c1e", 0.41, None)),
    ("Connected to %s", ("redis://valkey:6379/0",)),
    ("mingle: searching for neighbors", ()),
    ("mingle: all alone", ()),
    ("%s ready.", ("celery@worker-1",)),
    ("Events of group {task} enabled by remote.", ()),
    (
        "consumer: Cannot connect to %s: %s.",
        ("redis://valkey:6379/0", "Error 111 connecting to valkey:6379. Connection refused."),
    ),
    ("Not Found: %s", ("/favicon.ico",)),
    ("Internal Server Error: %s", ("/cases/12/actions/",)),
    ("Forbidden (%s): %s", ("CSRF token missing.", "/cases/12/notes/")),
    ("Method Not Allowed (%s): %s", ("GET", "/api/inbound/")),
    ('"%s" %s %s', ("GET /cases/12/ HTTP/1.1", 200, 5123)),
    ("Watching for file changes with StatReloader", ()),
    ("System check identified no issues (0 silenced).", ()),
    ("Starting server at %s", ("tcp:port=8000:interface=0.0.0.0",)),
    ("HTTP/2 support not enabled (install the http2 and tls Twisted extras)", ()),
    ("Configuring endpoint %s", ("tcp:port=8000:interface=0.0.0.0",)),
    ("Listening on TCP address %s", ("0.0.0.0:8000",)),
    ("%s %s %s [%.2f, %s]", ("HTTP GET", "/cases/12/", 200, 0.01, "127.0.0.1:51234")),
    ("WebSocket %s %s [%s]", ("HANDSHAKING", "/ws/desk/", "127.0.0.1:51234")),
    ("WebSocket %s %s [%s]", ("DISCONNECT", "/ws/desk/", "127.0.0.1:51234")),
    ("Killed %s pending application instances", (1,)),
]


@pytest.mark.parametrize(("template", "args"), LIBRARY_RECORDS, ids=lambda v: str(v)[:60])
def test_a_library_log_record_comes_through_intact(template, args):
    assert filtered(template, *args) == (template % args if args else template)


@pytest.mark.parametrize(
    ("template", "args", "secret"),
    [
        ("Could not deliver the reply to %s (case %s)", ("Maria Lopez", 312), "Maria Lopez"),
        ("Reply for rider %s failed: %s", ("Cora Römer", "timeout"), "Römer"),
        (
            "AXES: Successful login by %s.",
            ('{username: "maria.lopez@example.com"}',),
            "maria.lopez@example.com",
        ),
        ("Could not reach rider %s on %s", ("Willem van der Berg", "+44 7700 900123"), "7700 900123"),
        ("Rider wrote: %s", ("send it to 12 High Street, London SW1A 1AA please",), "High Street"),
        ("Scheduler: Sending due task %s", ("for Maria Lopez",), "Maria Lopez"),
    ],
)
def test_a_customers_details_inside_a_log_record_are_still_redacted(template, args, secret):
    out = filtered(template, *args)
    assert secret not in out and "<" in out, out
