"""Reads of the active policy."""

from __future__ import annotations

from dataclasses import dataclass

from policies.engine import PolicyParams
from policies.models import PolicyVersion
from policies.services import policy_ensure_shipped_defaults


@dataclass(frozen=True)
class ActivePolicy:
    version: PolicyVersion
    params: PolicyParams

    @property
    def label(self) -> str:
        return self.version.label

    def text(self, rule_id: str) -> str:
        """The rule's text with this version's parameters filled in."""
        template = self.version.texts.get(rule_id, "")
        values = self.params.model_dump(mode="json")
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return template  # an admin's text with stray braces is shown as written


def active_policy() -> ActivePolicy:
    version = PolicyVersion.objects.filter(is_active=True).first()
    if version is None:
        version = policy_ensure_shipped_defaults()
    return ActivePolicy(version=version, params=PolicyParams.model_validate(version.params))
