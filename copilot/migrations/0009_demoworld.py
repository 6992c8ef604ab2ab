from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("copilot", "0008_message_awaiting_redaction"),
    ]

    operations = [
        migrations.CreateModel(
            name="DemoWorld",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("seed", models.PositiveIntegerField()),
                (
                    "now",
                    models.DateTimeField(help_text="The instant the world is set at, after every move."),
                ),
                ("seeded_at", models.DateTimeField(help_text="When seed_demo built the world.")),
            ],
        ),
    ]
