"""The admin console, mounted under admin-console/ (admins only)."""

from django.urls import path

from policies import views

urlpatterns = [
    path("", views.home, name="admin-home"),
    path("policies/", views.policies, name="admin-policies"),
    path("policies/new", views.policy_new, name="admin-policy-new"),
    path("policies/rollback", views.policy_rollback, name="admin-policy-rollback"),
    path("policies/<int:number>/", views.policy_detail, name="admin-policy-detail"),
    path("policies/<int:number>/activate", views.policy_activate, name="admin-policy-activate"),
    path("tools/", views.tools, name="admin-tools"),
    path("settings/", views.settings_view, name="admin-settings"),
    path("settings/rollout", views.rollout_update, name="admin-rollout"),
    path("settings/unlock-login", views.login_unlock, name="admin-login-unlock"),
]
