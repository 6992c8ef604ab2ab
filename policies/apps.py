from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Refund policy"
    default_auto_field = "django.db.models.BigAutoField"
