from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ToolsConfig(AppConfig):
    name = "tools"
    verbose_name = "Copilot tools"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tools import checks  # noqa: F401  (registers the schema lint)
        from tools.permissions import ensure_default_permissions

        post_migrate.connect(_after_migrate, sender=self)
        self._ensure = ensure_default_permissions


def _after_migrate(sender, **kwargs) -> None:
    sender._ensure()
