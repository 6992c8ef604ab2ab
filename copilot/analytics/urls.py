from django.urls import path

from copilot.analytics import views as metrics_views

urlpatterns = [
    path("metrics/", metrics_views.metrics_page, name="metrics"),
    path("metrics/export/cases.csv", metrics_views.export_cases, name="metrics-export-cases"),
    path("metrics/export/actions.csv", metrics_views.export_actions, name="metrics-export-actions"),
]
