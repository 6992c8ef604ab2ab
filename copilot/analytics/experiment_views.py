"""The experiments' pages: the admin starts and ends them, the analyst reads them. Thin: the work is
in policies.experiments (start, end, arms) and copilot.analytics.readout (the figures)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from copilot.analytics import readout
from copilot.analytics.views import csv_response
from copilot.core.access import roles_required
from copilot.models import Experiment
from policies import experiments

FORM_FIELDS = ("name", "copilot_percent", "starts_at", "ends_at")


def _listing(now) -> list[dict[str, Any]]:
    return [
        {"experiment": e, "status": experiments.experiment_status(e, now=now)}
        for e in experiments.experiments()
    ]


def _manage_page(request: HttpRequest, *, form: dict[str, str], errors: dict[str, str], status: int = 200):
    now = timezone.now()
    context = {"rows": _listing(now), "form": form, "errors": errors, "now": now}
    return render(request, "experiments/manage.html", context, status=status)


@roles_required("admin")
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest) -> HttpResponse:
    """GET: the experiments and the form to start one. POST: start it."""
    if request.method == "GET":
        return _manage_page(request, form={"copilot_percent": "50"}, errors={})
    form = {name: request.POST.get(name, "") for name in FORM_FIELDS}
    now = timezone.now()
    try:
        plan = experiments.experiment_plan(form, now=now)
        experiment = experiments.experiment_start(actor=request.user, plan=plan, now=now)
    except experiments.ExperimentError as exc:
        return _manage_page(request, form=form, errors={exc.field: str(exc)}, status=400)
    return redirect(f"{request.path}?started={experiment.pk}")


@roles_required("admin")
@require_POST
def end(request: HttpRequest, experiment_id: int) -> HttpResponse:
    try:
        experiments.experiment_end(actor=request.user, experiment_id=experiment_id, now=timezone.now())
    except experiments.ExperimentError as exc:
        return _manage_page(request, form={"copilot_percent": "50"}, errors={exc.field: str(exc)}, status=400)
    return redirect("experiments-manage")


def _experiment_or_404(request: HttpRequest, experiment_id: int) -> Experiment | HttpResponse:
    experiment = Experiment.objects.filter(pk=experiment_id).first()
    if experiment is None:
        context = {"error": f"There is no experiment {experiment_id}.", "rows": _listing(timezone.now())}
        return render(request, "experiments/list.html", context, status=404)
    return experiment


@roles_required("analyst")
@require_GET
def listing(request: HttpRequest) -> HttpResponse:
    return render(request, "experiments/list.html", {"rows": _listing(timezone.now())})


@roles_required("analyst")
@require_GET
def detail(request: HttpRequest, experiment_id: int) -> HttpResponse:
    experiment = _experiment_or_404(request, experiment_id)
    if isinstance(experiment, HttpResponse):
        return experiment
    now = timezone.now()
    status = experiments.experiment_status(experiment, now=now)
    context = {"status": status, **readout.experiment_readout(experiment, now=now)}
    return render(request, "experiments/readout.html", context)


@roles_required("analyst")
@require_GET
def export(request: HttpRequest, experiment_id: int, arm: str) -> HttpResponse:
    experiment = _experiment_or_404(request, experiment_id)
    if isinstance(experiment, HttpResponse):
        return experiment
    if arm not in experiments.ARMS:
        return HttpResponseBadRequest(
            f"There is no arm “{arm}”: choose copilot or control.", content_type="text/plain; charset=utf-8"
        )
    rows = readout.export_arm(experiment, arm, now=timezone.now())
    filename = f"experiment-{experiment.pk}-{arm}.csv"
    return csv_response(request, filename=filename, header=readout.ARM_COLUMNS, rows=rows)
