"""Fresh databases start with the shipped policy (refund-policy.md's defaults) active."""

from django.db import migrations


def ship_defaults(apps, schema_editor):
    from policies.engine import PolicyParams
    from policies.texts import DEFAULT_TEXTS

    PolicyVersion = apps.get_model("policies", "PolicyVersion")
    PolicyActivation = apps.get_model("policies", "PolicyActivation")
    if PolicyVersion.objects.exists():
        return
    version = PolicyVersion.objects.create(
        number=1,
        params=PolicyParams().model_dump(mode="json"),
        texts={rule: spec["text"] for rule, spec in DEFAULT_TEXTS.items()},
        note="Shipped defaults (refund-policy.md, version 1)",
        is_active=True,
    )
    PolicyActivation.objects.create(version=version)


class Migration(migrations.Migration):
    dependencies = [("policies", "0001_initial")]
    operations = [migrations.RunPython(ship_defaults, migrations.RunPython.noop)]
