"""A generation number that changes whenever the policy, the tool permissions or the copilot
settings change, so the turn worker can keep them in memory and check one number per turn.

Triggers, not signals: admins' edits, `QuerySet.update()`, data migrations and raw SQL all
bump it. The number comes from a sequence, so it never repeats, even after the row is
truncated; the row is transactional, so a worker sees the new number only once the new
configuration is committed.
"""

from django.db import migrations

TABLES = ("policies_policyversion", "tools_toolpermission", "copilot_copilotsettings")

FORWARD = [
    "CREATE SEQUENCE copilot_config_generation_seq",
    "CREATE TABLE copilot_config_generation (id smallint PRIMARY KEY CHECK (id = 1), generation bigint NOT NULL)",
    "INSERT INTO copilot_config_generation VALUES (1, nextval('copilot_config_generation_seq'))",
    """
    CREATE FUNCTION copilot_config_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO copilot_config_generation VALUES (1, nextval('copilot_config_generation_seq'))
        ON CONFLICT (id) DO UPDATE SET generation = EXCLUDED.generation;
        RETURN NULL;
    END $$
    """,
    *(
        f"CREATE TRIGGER copilot_config_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}"
        " FOR EACH STATEMENT EXECUTE FUNCTION copilot_config_changed()"
        for table in TABLES
    ),
]

BACKWARD = [
    *(f"DROP TRIGGER copilot_config_changed ON {table}" for table in TABLES),
    "DROP FUNCTION copilot_config_changed()",
    "DROP TABLE copilot_config_generation",
    "DROP SEQUENCE copilot_config_generation_seq",
]


class Migration(migrations.Migration):
    dependencies = [
        ("copilot", "0006_message_override_reason"),
        ("policies", "0003_adminchange"),
        ("tools", "0001_initial"),
    ]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
