"""JSON Lines input for the command-line contracts (interfaces.md).

A line that cannot be read becomes `{"line": N, "error": "..."}` in the output, and the
other lines still run; the command exits 1 at the end if any line failed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from django.core.management.base import CommandError
from pydantic import BaseModel, ValidationError


class LineError(Exception):
    """A problem with one input line, in words for whoever wrote it."""


def describe_validation_error(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error["loc"]) or "line"
        parts.append(f"{where}: {error['msg']}")
    more = len(exc.errors()) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def read_lines(path: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of each non-blank line; numbering counts every physical line."""
    if path == "-":
        stream: IO[str] = sys.stdin
    else:
        file = Path(path)
        if not file.is_file():
            raise CommandError(f"--input {path}: no such file")
        stream = file.open(encoding="utf-8", errors="replace")
    try:
        for number, text in enumerate(stream, start=1):
            if text.strip():
                yield number, text
    finally:
        if stream is not sys.stdin:
            stream.close()


def parse_line(text: str, model: type[BaseModel]) -> BaseModel:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LineError(f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(data, dict):
        raise LineError("each line must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise LineError(describe_validation_error(exc)) from None


def run_lines(
    path: str, model: type[BaseModel], handle: Callable[[Any], dict], write: Callable[[str], None]
) -> int:
    """Apply `handle` to each parsed line, writing one JSON line out per line in; 1 if any failed."""
    failed = False
    for number, text in read_lines(path):
        try:
            result = handle(parse_line(text, model))
        except LineError as exc:
            failed = True
            result = {"line": number, "error": str(exc)}
        write(json.dumps(result, ensure_ascii=False))
    return 1 if failed else 0


# Deeper than any message or frame needs; json.loads recurses (and may exhaust the stack) on more.
MAX_JSON_DEPTH = 20
_OPENERS = frozenset(b"[{")


def too_deep(data: bytes | str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Nesting past `limit`, counted outside strings, before anything parses the JSON."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    depth, in_string, escaped = 0, False, False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in _OPENERS:
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return False
