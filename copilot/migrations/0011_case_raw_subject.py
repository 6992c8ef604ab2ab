from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("copilot", "0010_caseread"),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="raw_subject",
            field=models.TextField(blank=True, help_text="Fernet token of the customer's subject."),
        ),
        migrations.AlterField(
            model_name="case",
            name="subject",
            field=models.CharField(
                blank=True, help_text="Redacted with the case's placeholders (customer text).", max_length=200
            ),
        ),
    ]
