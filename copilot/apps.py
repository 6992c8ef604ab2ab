from django.apps import AppConfig


class CopilotConfig(AppConfig):
    name = "copilot"
    verbose_name = "Support copilot"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from copilot.pii.logfilter import warm_up_redactor

        warm_up_redactor()
