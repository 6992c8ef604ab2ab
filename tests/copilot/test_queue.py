"""The queue page: search, views, intent, sort, pages, previews, waiting time and the unread mark."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse

from copilot import models as m
from copilot.desk.selectors import QUEUE_PAGE_SIZE, QueueQuery, parse_queue_query, queue_cases
from tests.factories import NOW, CaseFactory, RiderFactory
from tools.models import PendingAction

pytestmark = pytest.mark.django_db


def customer_says(case, text: str, *, at) -> m.Message:
    return m.Message.objects.create(case=case, role="customer", text=text, created_at=at)


def agent_says(case, text: str, *, at, author=None) -> m.Message:
    return m.Message.objects.create(case=case, role="agent", text=text, created_at=at, author=author)


@pytest.fixture
def desk(agent, agent2):
    """Four cases: Ava's, Ben's, an unassigned one and a resolved one, with their messages."""
    mine = CaseFactory(assignee=agent, subject="Detour to the airport", opened_at=NOW - timedelta(hours=5))
    customer_says(mine, "The driver went the long way round", at=NOW - timedelta(hours=5))
    agent_says(mine, "Looking into it", at=NOW - timedelta(hours=4), author=agent)
    theirs = CaseFactory(assignee=agent2, subject="Cleaning fee", opened_at=NOW - timedelta(hours=3))
    customer_says(theirs, "I was charged a cleaning fee for nothing", at=NOW - timedelta(hours=3))
    free = CaseFactory(subject="Lost phone", opened_at=NOW - timedelta(hours=2))
    customer_says(free, "I left my phone in the car", at=NOW - timedelta(minutes=30))
    done = CaseFactory(
        assignee=agent, subject="Receipt", status="resolved", opened_at=NOW - timedelta(days=2)
    )
    customer_says(done, "Where is my receipt", at=NOW - timedelta(days=2))
    m.Turn.objects.create(case=free, intent="lost_item", status="done")
    return {"mine": mine, "theirs": theirs, "free": free, "done": done}


def shown(user, **params) -> list[int]:
    query, errors = parse_queue_query(params)
    assert errors == []
    return [case.pk for case in queue_cases(user, query)]


def test_views_show_open_mine_unassigned_resolved_and_all(desk, agent):
    ids = {name: case.pk for name, case in desk.items()}

    assert set(shown(agent)) == {ids["mine"], ids["theirs"], ids["free"]}
    assert shown(agent, view="mine") == [ids["mine"]]
    assert shown(agent, view="unassigned") == [ids["free"]]
    assert shown(agent, view="resolved") == [ids["done"]]
    assert set(shown(agent, view="all")) == set(ids.values())


def test_the_supervisor_view_lists_cases_with_an_action_waiting_for_a_supervisor(desk, agent):
    PendingAction.objects.create(
        case=desk["theirs"], tool="issue_refund", params={}, params_hash="x", idempotency_key="k1",
        status="waiting_supervisor",
    )  # fmt: skip
    PendingAction.objects.create(
        case=desk["free"], tool="issue_refund", params={}, params_hash="y", idempotency_key="k2",
        verdict={"verdict": "needs_supervisor"},
    )  # fmt: skip

    assert set(shown(agent, view="supervisor")) == {desk["theirs"].pk, desk["free"].pk}


def test_search_finds_a_case_number_a_rider_id_a_subject_and_message_words(desk, agent):
    assert shown(agent, q=f"#{desk['theirs'].pk}") == [desk["theirs"].pk]
    assert shown(agent, q=str(desk["theirs"].pk)) == [desk["theirs"].pk]
    assert shown(agent, q=desk["free"].rider.rider_id.lower()) == [desk["free"].pk]
    assert shown(agent, q="cleaning") == [desk["theirs"].pk]
    assert shown(agent, q="long way round") == [desk["mine"].pk]
    assert shown(agent, q="nothing like this") == []


def test_the_intent_filter_uses_the_latest_turns_intent(desk, agent):
    assert shown(agent, intent="lost_item") == [desk["free"].pk]


def test_sorts_newest_activity_waiting_longest_oldest_and_newest(desk, agent):
    mine, theirs, free = desk["mine"].pk, desk["theirs"].pk, desk["free"].pk

    assert shown(agent) == [free, theirs, mine]  # latest message 30 min, 3 h, 4 h ago
    assert shown(agent, sort="waiting") == [theirs, free, mine]  # mine was answered: it waits for no one
    assert shown(agent, sort="opened") == [mine, theirs, free]
    assert shown(agent, sort="newest") == [free, theirs, mine]


def test_the_page_shows_a_preview_waiting_time_and_marks_what_the_agent_has_not_read(client, desk, agent):
    client.force_login(agent)
    client.get(reverse("case", args=[desk["theirs"].pk]))  # Ava reads Ben's case
    customer_says(desk["free"], "Are you there?", at=NOW - timedelta(minutes=1))

    page = client.get(reverse("queue")).content.decode()

    free_row = page.split(f'id="queue-case-{desk["free"].pk}"', 1)[1].split("</tr>", 1)[0]
    theirs_row = page.split(f'id="queue-case-{desk["theirs"].pk}"', 1)[1].split("</tr>", 1)[0]
    assert "Are you there?" in free_row and 'class="badge new"' in free_row and "waiting" in free_row
    assert 'class="badge new"' not in theirs_row


def test_pages_of_fifty_keep_the_filters_in_their_links(client, agent):
    rider = RiderFactory()
    m.Case.objects.bulk_create(
        [
            m.Case(rider=rider, subject=f"Lost item {i}", opened_at=NOW - timedelta(minutes=i))
            for i in range(60)
        ]
    )
    client.force_login(agent)

    first = client.get(reverse("queue"), {"q": "lost item", "sort": "opened"}).content.decode()
    second = client.get(reverse("queue"), {"q": "lost item", "sort": "opened", "page": "2"}).content.decode()

    assert "60 cases · page 1 of 2" in first
    assert first.count('id="queue-case-') == QUEUE_PAGE_SIZE and second.count('id="queue-case-') == 10
    assert "?q=lost+item&amp;sort=opened&amp;page=2" in first


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"view": "everything"}, "There is no view “everything”; showing open cases."),
        ({"intent": "weather"}, "There is no intent “weather”; showing every intent."),
        ({"sort": "price"}, "The queue cannot be sorted by “price”; showing newest activity first."),
        ({"page": "two"}, "The page “two” is not a page number; showing the first page."),
        ({"page": "0"}, "The page “0” is not a page number; showing the first page."),
    ],
)
def test_a_filter_the_queue_does_not_know_is_named_in_an_error_not_a_500(client, agent, params, message):
    client.force_login(agent)
    response = client.get(reverse("queue"), params)

    assert response.status_code == 200
    assert message in response.content.decode()


def test_a_query_keeps_its_filters_for_page_links_without_the_page():
    assert QueueQuery(q="detour", view="mine", page=3).filters == "q=detour&view=mine"
    assert QueueQuery().filters == ""


@pytest.mark.parametrize("q", ["²", "#99999999999999999999999", "１２"])
def test_a_search_for_a_number_that_is_no_case_id_answers_without_an_error(client, agent, q):
    client.force_login(agent)
    response = client.get(reverse("queue"), {"q": q})

    assert response.status_code == 200 and "No cases match." in response.content.decode()
