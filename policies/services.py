"""Writes to policy versions: create (validated), activate, roll back."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from pydantic import ValidationError

from policies.engine import PolicyParams
from policies.models import PolicyActivation, PolicyVersion
from policies.texts import DEFAULT_TEXTS


class PolicyError(ValueError):
    """A change an admin asked for that cannot be made, with the reason."""


def _validated_params(params: dict[str, Any]) -> dict[str, Any]:
    try:
        return PolicyParams.model_validate(params).model_dump(mode="json")
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "parameters"
        raise PolicyError(f"{field}: {first['msg']}") from None


def _validated_texts(texts: dict[str, str]) -> dict[str, str]:
    unknown = set(texts) - set(DEFAULT_TEXTS)
    if unknown:
        raise PolicyError(f"unknown rule ids: {', '.join(sorted(unknown))}")
    merged = {rule: texts.get(rule, spec["text"]).strip() for rule, spec in DEFAULT_TEXTS.items()}
    empty = [rule for rule, text in merged.items() if not text]
    if empty:
        raise PolicyError(f"policy text cannot be empty: {', '.join(empty)}")
    return merged


def policy_version_create(
    *, author, params: dict[str, Any], texts: dict[str, str] | None = None, note: str = ""
) -> PolicyVersion:
    """A new, inactive version; unspecified texts are taken from the active version."""
    with transaction.atomic():
        # A fresh database gets the shipped defaults first, so a draft never becomes version 1
        # with nothing active.
        policy_ensure_shipped_defaults()
        latest = PolicyVersion.objects.select_for_update().order_by("-number").first()
        base_texts = dict(latest.texts) if latest else {}
        base_texts.update(texts or {})
        return PolicyVersion.objects.create(
            number=(latest.number + 1) if latest else 1,
            params=_validated_params(params),
            texts=_validated_texts(base_texts),
            note=note[:300],
            author=author,
        )


def policy_version_activate(*, version: PolicyVersion, actor, rollback: bool = False) -> PolicyVersion:
    with transaction.atomic():
        PolicyVersion.objects.select_for_update().filter(is_active=True).update(is_active=False)
        PolicyVersion.objects.filter(pk=version.pk).update(is_active=True)
        PolicyActivation.objects.create(version=version, actor=actor, rollback=rollback)
    version.refresh_from_db()
    return version


def policy_version_rollback(*, actor) -> PolicyVersion:
    """Re-activate the version that was active before the current one."""
    with transaction.atomic():
        history = list(PolicyActivation.objects.select_related("version").select_for_update()[:50])
        if not history:
            raise PolicyError("there is no earlier version to roll back to")
        current = history[0].version
        previous = next((a.version for a in history[1:] if a.version_id != current.pk), None)
        if previous is None:
            raise PolicyError("there is no earlier version to roll back to")
        return policy_version_activate(version=previous, actor=actor, rollback=True)


def policy_ensure_shipped_defaults() -> PolicyVersion:
    """The active version; on a database with no versions at all, the shipped defaults."""
    with transaction.atomic():
        active = PolicyVersion.objects.select_for_update().filter(is_active=True).first()
        if active:
            return active
        if PolicyVersion.objects.exists():
            raise PolicyError("no policy version is active; an admin must activate one")
        try:
            with transaction.atomic():
                version = PolicyVersion.objects.create(
                    number=1,
                    params=PolicyParams().model_dump(mode="json"),
                    texts={rule: spec["text"] for rule, spec in DEFAULT_TEXTS.items()},
                    note="Shipped defaults (refund-policy.md, version 1)",
                    is_active=True,
                )
                PolicyActivation.objects.create(version=version)
        except IntegrityError:
            # Another process created them a moment ago: use theirs.
            return PolicyVersion.objects.get(is_active=True)
        return version
