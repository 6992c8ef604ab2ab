from django.urls import path

from copilot.analytics import experiment_views
from copilot.analytics import views as metrics_views

urlpatterns = [
    path("metrics/", metrics_views.metrics_page, name="metrics"),
    path("metrics/export/cases.csv", metrics_views.export_cases, name="metrics-export-cases"),
    path("metrics/export/actions.csv", metrics_views.export_actions, name="metrics-export-actions"),
    path("metrics/experiments/", experiment_views.listing, name="experiments"),
    path("metrics/experiments/<int:experiment_id>/", experiment_views.detail, name="experiment"),
    path(
        "metrics/experiments/<int:experiment_id>/<str:arm>.csv",
        experiment_views.export,
        name="experiment-export",
    ),
    path("experiments/", experiment_views.manage, name="experiments-manage"),
    path("experiments/<int:experiment_id>/end", experiment_views.end, name="experiment-end"),
]
