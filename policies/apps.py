from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_migrate, post_save


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Refund policy"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Every process that may change these rows must move the rollout's version token, not
        # only those that happen to have imported the rollout selector (see the README).
        from policies import rollout

        models = (
            self.get_model("CopilotRollout"),
            apps.get_model("copilot", "Experiment"),
            apps.get_model("copilot", "ExperimentAssignment"),
        )
        for model in models:
            post_save.connect(
                rollout.rollout_rows_changed, sender=model, dispatch_uid=f"rollout-{model.__name__}"
            )
            post_delete.connect(
                rollout.rollout_rows_changed, sender=model, dispatch_uid=f"rollout-{model.__name__}-del"
            )
        post_migrate.connect(rollout.rollout_tables_reset, sender=self, dispatch_uid="rollout-reset")
