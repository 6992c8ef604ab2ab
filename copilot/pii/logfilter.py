"""The last line of defence: every log record is redacted before any handler writes it."""

from __future__ import annotations

import logging
import threading

from copilot.observability.metrics import pii_escaped

_state = threading.local()
WITHHELD = "[log record withheld: emitted while the PII redactor was busy or loading]"


class RedactPiiFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # Records logged by the redactor itself (or while it loads) cannot be redacted
        # without recursion; they are withheld rather than written unchecked.
        if getattr(_state, "busy", False):
            return self._withhold(record)
        _state.busy = True
        try:
            try:
                from copilot.pii import redact
            except ImportError:
                return self._withhold(record)
            try:
                message = record.getMessage()
            except Exception:  # a malformed record is still written, as its raw template
                message = str(record.msg)
            redaction = redact(message, written_by_us=True) if message else None
            if redaction is not None:
                record.msg = redaction.text
                if redaction.entities:  # a log line that would have written personal data
                    pii_escaped("log_line", [e.type for e in redaction.entities])
            record.args = None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = redact(record.exc_text, written_by_us=True).text
            if record.stack_info:
                record.stack_info = redact(record.stack_info, written_by_us=True).text
            return True
        finally:
            _state.busy = False

    @staticmethod
    def _withhold(record: logging.LogRecord) -> bool:
        record.msg, record.args, record.exc_info, record.exc_text, record.stack_info = (
            WITHHELD,
            None,
            None,
            None,
            None,
        )
        return True


def warm_up_redactor() -> None:
    """Build the redactor now, with its own log records withheld.

    The redactor's libraries log while it is being built; were it built lazily inside a
    request, those records would reach this filter, which would wait for the very build
    that logged them. Building it once at start-up, before serving, avoids that.
    """
    from copilot.pii import warm_up

    _state.busy = True
    try:
        warm_up()
    finally:
        _state.busy = False
