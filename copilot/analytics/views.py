"""The analysts' metrics page and its CSV exports. Thin: the reads are in copilot.analytics.metrics."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import UTC
from typing import Any

from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIRequest
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from copilot.analytics import metrics
from copilot.core.access import roles_required


def _range(request: HttpRequest) -> metrics.DateRange:
    return metrics.parse_date_range(
        request.GET.get("start"), request.GET.get("end"), today=timezone.now().astimezone(UTC).date()
    )


@roles_required("analyst")
@require_GET
def metrics_page(request: HttpRequest) -> HttpResponse:
    try:
        r = _range(request)
    except metrics.RangeError as exc:
        form = {"start": request.GET.get("start", ""), "end": request.GET.get("end", "")}
        return render(request, "metrics.html", {"error": str(exc), "form": form}, status=400)
    context = {
        "range": r,
        "form": {"start": r.start.isoformat(), "end": r.end.isoformat()},
        "query": f"start={r.start.isoformat()}&end={r.end.isoformat()}",
        **metrics.dashboard(r),
    }
    return render(request, "metrics.html", context)


async def _pulled_in_thread(chunks: Iterator[str]) -> AsyncIterator[str]:
    """Each next chunk is read in the request's sync thread, so the server-side cursor stays put."""
    pull = sync_to_async(next, thread_sensitive=True)
    while (chunk := await pull(chunks, None)) is not None:
        yield chunk


def csv_response(
    request: HttpRequest, *, filename: str, header: list[str], rows: Iterable[list[Any]]
) -> StreamingHttpResponse:
    """Stream the CSV. Under ASGI the content must be asynchronous: Django would otherwise read
    a synchronous iterator into a list before sending the first byte."""
    chunks = metrics.csv_chunks(header, rows)
    content = _pulled_in_thread(chunks) if isinstance(request, ASGIRequest) else chunks
    response = StreamingHttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def _export(
    request: HttpRequest,
    name: str,
    header: list[str],
    rows: Callable[[metrics.DateRange], Iterator[list[Any]]],
) -> HttpResponse:
    try:
        r = _range(request)
    except metrics.RangeError as exc:
        return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
    filename = f"{name}-{r.start.isoformat()}-to-{r.end.isoformat()}.csv"
    return csv_response(request, filename=filename, header=header, rows=rows(r))


@roles_required("analyst")
@require_GET
def export_cases(request: HttpRequest) -> HttpResponse:
    return _export(request, "cases", metrics.CASE_COLUMNS, metrics.export_cases)


@roles_required("analyst")
@require_GET
def export_actions(request: HttpRequest) -> HttpResponse:
    return _export(request, "actions", metrics.ACTION_COLUMNS, metrics.export_actions)
