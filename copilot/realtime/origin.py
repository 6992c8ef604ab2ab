"""Which open page caused an event, so that page skips re-reading what its own request answered.

A case page sends its random id in the `X-Copilot-Page` header of its htmx requests; events
published while that request is served carry it as `origin`. The request's answer already holds
the fresh panel, and a re-read of the panel just after would replace the buttons under the
agent's next click (a click on a node being swapped out is lost).
"""

from __future__ import annotations

import contextvars
import re

HEADER = "HTTP_X_COPILOT_PAGE"
PAGE_ID = re.compile(r"[A-Za-z0-9-]{8,64}")

_origin: contextvars.ContextVar[str] = contextvars.ContextVar("copilot_page_origin", default="")


def current_origin() -> str:
    """The id of the page whose request is being served, or '' (a task, an API call, no header)."""
    return _origin.get()


class PageOriginMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        value = request.META.get(HEADER, "")
        token = _origin.set(value if PAGE_ID.fullmatch(value) else "")
        try:
            return self.get_response(request)
        finally:
            _origin.reset(token)
