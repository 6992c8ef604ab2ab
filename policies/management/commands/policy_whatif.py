"""`manage.py policy_whatif --draft N [--last N]`: verdicts that a draft policy version would change."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from policies.models import PolicyVersion
from policies.whatif import policy_whatif


class Command(BaseCommand):
    help = (
        "Re-judge the refund proposals of recent cases under a draft policy version, beside the active one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--draft", type=int, required=True, help="the draft version number")
        parser.add_argument("--last", type=int, default=200, help="how many recent cases (default 200)")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options):
        draft = PolicyVersion.objects.filter(number=options["draft"]).first()
        if draft is None:
            raise CommandError(f"no policy version {options['draft']}")
        report = policy_whatif(draft=draft, last_cases=options["last"])
        if options["json"]:
            self.stdout.write(json.dumps(report))
            return
        for change in report["changes"]:
            before = f"{change['verdict_before']} {change['max_before']}"
            after = f"{change['verdict_after']} {change['max_after']}"
            self.stdout.write(f"case {change['case_id']} {change['request']}: {before} -> {after}")
        totals = (
            f"total max {report['total_max_before']} -> {report['total_max_after']} ({report['total_delta']})"
        )
        self.stdout.write(
            f"{report['proposals_judged']} proposals judged under {report['draft_version']} against "
            f"{report['active_version']}: {report['verdicts_changed']} verdicts and "
            f"{report['amounts_changed']} amounts change; {totals}."
        )
