"""`manage.py redact --input FILE`: redact PII from JSON Lines texts (interfaces.md).

One line in: `{"text": "..."}`. One line out: `{"text": "<redacted>", "entities": [{"type", "start", "end",
"placeholder"}]}`, offsets into the input text; within a line the same value gets the same placeholder.
A line that cannot be read becomes `{"line": N, "error": "..."}` and the command exits 1 at the end.
"""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand
from pydantic import BaseModel, ConfigDict, StrictStr

from copilot.core.jsonl import run_lines
from copilot.pii import redact, warm_up


class RedactLine(BaseModel):
    model_config = ConfigDict(extra="ignore")
    text: StrictStr


def redact_line(line: RedactLine) -> dict:
    result = redact(line.text)
    return {
        "text": result.text,
        "entities": [
            {"type": e.type, "start": e.start, "end": e.end, "placeholder": e.placeholder}
            for e in result.entities
        ],
    }


class Command(BaseCommand):
    help = "Redact PII (names, emails, phones, cards, IBANs, addresses) from JSON Lines texts."

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="a JSON Lines file, or - for standard input")

    def handle(self, *args, **options):
        warm_up()
        code = run_lines(options["input"], RedactLine, redact_line, lambda s: self.stdout.write(s))
        sys.stdout.flush()
        if code:
            sys.exit(code)
