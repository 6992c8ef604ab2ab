"""`manage.py policy_check --input FILE`: judge refund requests with the active policy (interfaces.md)."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand
from pydantic import AwareDatetime, BaseModel, ConfigDict

from copilot.core import domain
from copilot.core.jsonl import run_lines
from policies.engine import judge
from policies.selectors import active_policy


class CheckLine(BaseModel):
    model_config = ConfigDict(extra="ignore")
    trip: domain.Trip
    rider: domain.Rider
    action: domain.RefundAction
    now: AwareDatetime
    approver_role: domain.ApproverRole


class Command(BaseCommand):
    help = "Judge refund requests (JSON Lines) with the active refund policy; one JSON line out per line in."

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, help="a JSON Lines file, or - for standard input")

    def handle(self, *args, **options):
        policy = active_policy()

        def check(line: CheckLine) -> dict:
            decision = judge(
                trip=line.trip,
                rider=line.rider,
                action=line.action,
                now=line.now,
                approver_role=line.approver_role,
                params=policy.params,
            )
            return decision.as_contract(policy.label)

        code = run_lines(options["input"], CheckLine, check, lambda s: self.stdout.write(s))
        sys.stdout.flush()
        if code:
            sys.exit(code)
