"""Who works with the copilot: nobody, an allow-list, a stable percentage, everyone, per intent."""

from __future__ import annotations

import pytest

from policies import rollout as r
from policies.models import CopilotRollout
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def set_rollout(**fields) -> CopilotRollout:
    row = CopilotRollout.current()
    for name, value in fields.items():
        setattr(row, name, value)
    row.save()
    return row


@pytest.mark.parametrize(
    ("rollout", "intent", "ava", "ben", "sam"),
    [
        ({"mode": "everyone"}, None, True, True, True),
        ({"mode": "nobody"}, None, False, False, False),
        ({"mode": "allow_list", "agent_ids": ["ava"]}, None, True, False, True),
        ({"mode": "allow_list", "agent_ids": []}, None, False, False, True),
        ({"mode": "percentage", "percentage": 0}, None, False, False, True),
        ({"mode": "percentage", "percentage": 100}, None, True, True, True),
        ({"mode": "everyone", "intents": ["fare_dispute"]}, "fare_dispute", True, True, True),
        ({"mode": "everyone", "intents": ["fare_dispute"]}, "lost_item", False, False, False),
        ({"mode": "everyone", "intents": ["fare_dispute"]}, None, False, False, False),  # not yet classified
        (
            {"mode": "allow_list", "agent_ids": ["ben"], "intents": ["lost_item"]},
            "lost_item",
            False,
            True,
            True,
        ),
        ({"mode": "nobody", "intents": ["lost_item"]}, "lost_item", False, False, False),
    ],
)
def test_the_selector_answers_for_each_rollout(rollout, intent, ava, ben, sam, agent, agent2, supervisor):
    people = {"ava": agent, "ben": agent2}
    if "agent_ids" in rollout:
        rollout = {**rollout, "agent_ids": [people[name].pk for name in rollout["agent_ids"]]}
    set_rollout(**rollout)

    seen = [r.copilot_enabled(user=user, intent=intent) for user in (agent, agent2, supervisor)]

    assert seen == [ava, ben, sam]


def test_people_who_work_no_cases_never_have_the_copilot(admin_user, analyst, outsider):
    set_rollout(mode="everyone")
    assert not any(r.copilot_enabled(user=u) for u in (admin_user, analyst, outsider))


def test_a_fresh_database_has_the_copilot_on_for_everyone(agent):
    assert CopilotRollout.current().mode == CopilotRollout.Mode.EVERYONE
    assert r.copilot_enabled(user=agent)


def test_raising_the_percentage_keeps_every_agent_already_in():
    ids = range(1, 2001)
    shares = {
        p: {i for i in ids if r.in_percentage(user_id=i, salt="s1", percentage=p)}
        for p in (0, 10, 20, 50, 100)
    }

    assert shares[0] == set() and shares[100] == set(ids)
    assert shares[0] <= shares[10] <= shares[20] <= shares[50] <= shares[100]
    # The hash spreads agents evenly: each share is within a few points of what it promises.
    assert 160 <= len(shares[10]) <= 240 and 360 <= len(shares[20]) <= 440 and 900 <= len(shares[50]) <= 1100


def test_an_agents_bucket_depends_on_the_salt_and_is_the_same_on_every_call():
    assert r.agent_bucket(user_id=7, salt="a") == r.agent_bucket(user_id=7, salt="a")
    assert [r.agent_bucket(user_id=i, salt="a") for i in range(50)] != [
        r.agent_bucket(user_id=i, salt="b") for i in range(50)
    ]


def test_a_percentage_rollout_follows_the_agents_bucket(db):
    agents = [make_user(f"agent{i}", roles=["agent"]) for i in range(30)]
    row = set_rollout(mode="percentage", percentage=40, salt="floor-7")

    on = {a.pk for a in agents if r.copilot_enabled(user=a)}

    assert on == {a.pk for a in agents if r.in_percentage(user_id=a.pk, salt=row.salt, percentage=40)}
    set_rollout(percentage=60)
    assert on <= {a.pk for a in agents if r.copilot_enabled(user=a)}


def test_a_case_asks_about_its_latest_turns_intent(agent):
    from copilot import models as m
    from tests.factories import CaseFactory

    case = CaseFactory()
    set_rollout(mode="everyone", intents=["fare_dispute"])
    # No classified turn yet: outside an intent-limited rollout, so the first draft never streams to
    # a page the turn's intent will turn out to be outside of.
    assert not r.copilot_enabled_for_case(user=agent, case_id=case.pk)
    m.Turn.objects.create(case=case, intent="fare_dispute")
    assert r.copilot_enabled_for_case(user=agent, case_id=case.pk)
    m.Turn.objects.create(case=case, intent="")  # the next turn, still running
    assert r.copilot_enabled_for_case(user=agent, case_id=case.pk)
    m.Turn.objects.create(case=case, intent="lost_item")
    assert not r.copilot_enabled_for_case(user=agent, case_id=case.pk)
