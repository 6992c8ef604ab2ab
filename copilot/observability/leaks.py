"""PII where none may be: in a request about to go to a model.

Customer text is redacted at the door and tool results carry ids and amounts, so a model request
should hold no personal data; this check is the alarm for the day something does (a new tool
field, a door nobody redacted). Each message of a turn is scanned once, before the call that first
sends it; only requests that leave the process are scanned (the offline planner's do not). What it
finds is counted (`copilot_pii_escapes_total{where="model_request"}`) and logged by type, never
by value; the request still goes out, as the agent's turn must finish.

The turn loop calls `check_model_request_later`: the scan (the redactor's NER, milliseconds) runs on
one background thread per process, off the turn's path, since it only counts and warns.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from copilot.observability import metrics

log = logging.getLogger(__name__)
# Keys of a tool result whose values are ids, times or codes: an all-digit trip id reads as a phone number.
NOT_PERSONAL = re.compile(r"(^|_)(id|ids|at|currency|status|type|code|version|label)$")


def _text(message: dict[str, Any]) -> str:
    """What a message says that could be personal: a tool result's string values, ids and times left out."""
    content = message.get("content")
    if not isinstance(content, str) or message.get("role") == "system":
        return ""  # the system prompt is ours, written once, with no data in it
    if message.get("role") != "tool":
        return content
    try:
        result = json.loads(content)
    except json.JSONDecodeError:
        return content
    strings: list[str] = []

    def walk(value: Any, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, str(k))
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif isinstance(value, str) and not NOT_PERSONAL.search(key):
            strings.append(value)

    walk(result)
    return "\n".join(strings)


def check_model_request(
    messages: Iterable[dict[str, Any]], *, scanned: set[int], find: Callable[[str], list[Any]]
) -> list[str]:
    """The entity types found in the messages not scanned yet (`scanned`: their ids, kept per turn).

    `find` is the redactor's `copilot.pii.find_pii` (given by the caller: this wing imports no other)."""
    found: list[str] = []
    for message in messages:
        key = id(message)
        if key in scanned:
            continue
        scanned.add(key)
        text = _text(message)
        kinds = [entity.type for entity in find(text)] if text.strip() else []
        if kinds:
            # By type and where, never the value: this line must not be the leak it reports.
            log.warning(
                "a model request held personal data of type(s) %s in a %s message",
                ", ".join(sorted(set(kinds))),
                message.get("role"),
            )
        found += kinds
    if found:
        metrics.pii_escaped("model_request", found)
    return found


_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()
_last: Future | None = None


def _forget_pool() -> None:
    global _pool, _last
    _pool, _last = None, None  # a forked child starts its own thread when it needs one


os.register_at_fork(after_in_child=_forget_pool)


def check_model_request_later(
    messages: Iterable[dict[str, Any]], *, scanned: set[int], find: Callable[[str], list[Any]]
) -> None:
    """`check_model_request` on the process's background thread, for the messages not scanned yet."""
    global _pool, _last
    new = [m for m in messages if id(m) not in scanned]
    if not new:
        return
    scanned.update(id(m) for m in new)
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pii-check")
        _last = _pool.submit(_check_quietly, new, find)


def _check_quietly(messages: list[dict[str, Any]], find: Callable[[str], list[Any]]) -> None:
    try:
        check_model_request(messages, scanned=set(), find=find)
    except Exception:
        log.exception("the model request's PII check failed")


def wait_for_checks(timeout: float = 30.0) -> None:
    """Until the checks queued so far are done (tests; they run in order on one thread)."""
    last = _last
    if last is not None:
        last.result(timeout=timeout)
