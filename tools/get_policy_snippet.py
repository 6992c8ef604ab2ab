from __future__ import annotations

import re
from typing import Any

from pydantic import Field

from policies.texts import DEFAULT_TEXTS
from tools.base import StrictArgs, ToolContext, ToolError

_RULE_ID = re.compile(r"^P(?:[0-9]|10)$")


class GetPolicySnippetArgs(StrictArgs):
    """The text of one refund-policy rule to cite: its id, title and text under the active policy.
    Give a rule id (P0 to P10) or a few words of topic ("cleaning fee", "goodwill"). It decides
    nothing: simulate_refund does.
    """

    topic: str = Field(
        description="A rule id such as P6, or a few topic words such as 'cleaning fee'.",
        min_length=1,
        max_length=80,
    )


def _best_rule(topic: str) -> str | None:
    wanted = topic.strip().upper()
    if _RULE_ID.match(wanted):
        return wanted
    words = set(re.findall(r"[a-z]+", topic.lower()))
    scored = []
    for rule, spec in DEFAULT_TEXTS.items():
        vocabulary = set(re.findall(r"[a-z]+", f"{spec['title']} {spec['topics']}".lower()))
        score = len(words & vocabulary)
        if score:
            scored.append((score, rule))
    return max(scored)[1] if scored else None


def get_policy_snippet(ctx: ToolContext, args: GetPolicySnippetArgs) -> dict[str, Any]:
    rule = _best_rule(args.topic)
    if rule is None:
        raise ToolError(
            "not_found",
            f"No policy rule matches {args.topic!r}.",
            field="topic",
            hint="Use a rule id P0-P10 or words such as: "
            + ", ".join(s["title"] for s in DEFAULT_TEXTS.values()),
        )
    return {
        "rule_id": rule,
        "title": DEFAULT_TEXTS[rule]["title"],
        "text": ctx.policy.text(rule),
        "policy_version": ctx.policy.label,
    }
