from django.urls import include, path

from copilot.desk import console, views
from copilot.intake import api
from copilot.observability.views import metrics_page
from copilot.runtime import health

urlpatterns = [
    path("", views.home, name="home"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("healthz", health.health, name="health"),
    path("metrics", metrics_page, name="metrics"),
    path("api/inbound/messages", api.inbound_message, name="inbound-message"),
    path("cases/", views.queue, name="queue"),
    path("cases/<int:case_id>/", views.case_detail, name="case"),
    path("cases/<int:case_id>/take", views.case_take, name="case-take"),
    path("cases/<int:case_id>/facts", views.case_facts, name="case-facts"),
    path("cases/<int:case_id>/timeline", views.case_timeline, name="case-timeline"),
    path("cases/<int:case_id>/assign", views.case_assign, name="case-assign"),
    path("cases/<int:case_id>/notes", views.case_note, name="case-note"),
    path("cases/<int:case_id>/copilot", console.panel, name="copilot-panel"),
    path("cases/<int:case_id>/reply", console.reply, name="case-reply"),
    path("cases/<int:case_id>/resolve", console.resolve, name="case-resolve"),
    path("cases/<int:case_id>/ask", console.ask, name="case-ask"),
    path("cases/<int:case_id>/safety-clear", console.safety_clear, name="case-safety-clear"),
    path("supervisor/", console.supervisor_queue, name="supervisor-queue"),
    path(
        "supervisor/actions/<int:action_id>/<str:decision>",
        console.supervisor_decide,
        name="supervisor-decide",
    ),
    path("actions/<int:action_id>/approve", console.approve, name="action-approve"),
    path("actions/<int:action_id>/reject", console.reject, name="action-reject"),
    path("", include("copilot.analytics.urls")),
    path("admin-console/", include("policies.urls")),
]
