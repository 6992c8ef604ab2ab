"""`manage.py copilot_replay [--turn ID ...] [--last N] [--json]`: what today's tools and rules change."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from copilot.evaluation.replay import replay_turn
from copilot.models import Turn


class Command(BaseCommand):
    help = "Re-run stored turns' recorded model outputs through today's tools and rules; print the changes."

    def add_arguments(self, parser):
        parser.add_argument("--turn", action="append", default=[], help="a turn id (repeatable)")
        parser.add_argument("--last", type=int, default=0, help="the last N finished turns")
        parser.add_argument("--json", action="store_true", help="print the summary as JSON on the last line")

    def handle(self, *args, **options):
        turns = list(Turn.objects.filter(pk__in=options["turn"]).select_related("case__rider"))
        missing = set(options["turn"]) - {str(t.pk) for t in turns}
        if missing:
            raise CommandError(f"no such turn: {', '.join(sorted(missing))}")
        if options["last"]:
            recent = (
                Turn.objects.filter(status=Turn.Status.DONE)
                .exclude(model_outputs=[])
                .order_by("-finished_at")
            )
            turns += list(recent.select_related("case__rider")[: options["last"]])
        if not turns:
            raise CommandError("name turns with --turn ID or --last N")
        results = [replay_turn(turn) for turn in turns]
        changed = [r for r in results if r.changes]
        for result in changed:
            if not options["json"]:
                self.stdout.write(f"turn {result.turn_id}:")
                for change in result.changes:
                    self.stdout.write(f"  - {change}")
        summary = {
            "turns": len(results),
            "turns_changed": len(changed),
            "tool_calls": sum(r.calls for r in results),
            "tool_errors_now": sum(r.errors for r in results),
            "changes": [r.as_dict() for r in changed],
        }
        if options["json"]:
            self.stdout.write(json.dumps(summary))
        else:
            self.stdout.write(f"{len(changed)} of {len(results)} turns would change.")
