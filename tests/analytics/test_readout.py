"""An experiment's readout: each arm's figures on a small hand-computed dataset, the same figures
computed straight from the tables, the intervals, the CSV of each arm, the pages and who may see them.

The experiment ran from Oct 1 to Oct 15, 2026 (UTC); the readout is taken on Oct 21. Copilot arm:
agents cA and cB; control arm: kA and kB. The expected numbers are worked out in the comments.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.urls import reverse

from copilot.analytics import metrics, readout, stats
from copilot.desk.selectors import OVERRIDE_REASONS
from copilot.desk.services import case_assign, case_hand_over, case_resolve
from copilot.intake.services import cases_reopen
from copilot.models import Case, CaseEvent, Experiment, ExperimentAssignment, Message, Ticket
from tests.factories import CaseFactory, RiderFactory, make_user
from tools.models import PendingAction

T0 = datetime(2026, 10, 1, tzinfo=UTC)
NOW = T0 + timedelta(days=20)
S, M, H, D = timedelta(seconds=1), timedelta(minutes=1), timedelta(hours=1), timedelta(days=1)
_keys = iter(range(100_000))
REASON_CODES = {label for _, label in OVERRIDE_REASONS}


def _case(agent, opened, first=None, resolved=None, rider=None) -> Case:
    return CaseFactory(
        rider=rider or RiderFactory(),
        assignee=agent,
        opened_at=opened,
        first_response_at=first and opened + first,
        resolved_at=resolved and opened + resolved,
        status=Case.Status.RESOLVED if resolved else Case.Status.OPEN,
    )


def _action(case, status, *, by=None, reason="", verdict="allowed") -> PendingAction:
    decided = status in ("executed", "rejected")
    return PendingAction.objects.create(
        case=case,
        tool="issue_refund",
        params={"trip_id": "t", "kind": "refund", "reason": "route_deviation", "amount": "5.00"},
        params_hash="h",
        idempotency_key=f"k-{next(_keys)}",
        status=status,
        verdict={"verdict": verdict, "max_amount": "5.00", "amount": "5.00", "policy_version": "v1"},
        decided_at=case.opened_at + M if decided else None,
        decided_by=by if decided else None,
        decision_reason=reason,
    )


@pytest.fixture
def world(db, supervisor):
    experiment = Experiment.objects.create(
        name="Pilot", copilot_percent=50, starts_at=T0, ends_at=T0 + 14 * D, created_at=T0 - D
    )
    agents = {name: make_user(name, roles=["agent"]) for name in ("cA", "cB", "kA", "kB", "late")}
    for name, arm in (("cA", "copilot"), ("cB", "copilot"), ("kA", "control"), ("kB", "control")):
        ExperimentAssignment.objects.create(experiment=experiment, user=agents[name], arm=arm, assigned_at=T0)
    cA, cB, kA, kB = (agents[n] for n in ("cA", "cB", "kA", "kB"))
    # Copilot arm.
    # k1 (cA): FR 120 s, AHT 1800 s; nothing after it: first-contact resolved. One accepted proposal.
    # A second one approved naming an override reason: accepted and overridden.
    k1 = _case(cA, T0 + H, 2 * M, 30 * M)
    _action(k1, "executed", by=cA)
    _action(k1, "executed", by=cA, reason="Amount is wrong: the rider asked for less")
    # k2 (cA): FR 300 s, AHT 3600 s; the same rider writes again 3 days after: not resolved at first
    # contact. A rejected proposal: decided and overridden.
    r2 = RiderFactory()
    k2 = _case(cA, T0 + D, 5 * M, H, rider=r2)
    _case(None, T0 + 4 * D + H, rider=r2)  # the second contact, still unassigned: in no arm
    _action(k2, "rejected", by=cA)
    # k3 (cB): FR 600 s, AHT 7200 s; reopened: not first-contact. A refund waiting for a supervisor.
    k3 = _case(cB, T0 + 2 * D, 10 * M, 2 * H)
    CaseEvent.objects.create(case=k3, kind=CaseEvent.Kind.REOPENED, created_at=k3.opened_at + H)
    _action(k3, "waiting_supervisor", verdict="needs_supervisor")
    # k4 (cB): opened in the last hour of the experiment, resolved Oct 20 (under 7 days before the
    # readout: no first-contact verdict yet). FR 3600 s, AHT 5 d 1 h = 435600 s.
    _case(cB, T0 + 14 * D - H, H, 5 * D + H)
    # Control arm.
    # k5 (kA): FR 900 s, AHT 5400 s, first-contact resolved; a ticket in the supervisor queue.
    k5 = _case(kA, T0 + H, 15 * M, 90 * M)
    Ticket.objects.create(
        case=k5, queue=Ticket.Queue.SUPERVISOR, summary="Please look", created_at=k5.opened_at
    )
    # k6 (kB): FR 1200 s, still open. cA (the other arm) replied on it too: a shared case.
    k6 = _case(kB, T0 + 3 * D, 20 * M)
    Message.objects.create(
        case=k6, role=Message.Role.AGENT, text="Hi", author=cA, created_at=k6.opened_at + M
    )
    # k7 (kB): FR 300 s, AHT 3000 s, first-contact resolved; handed over to the supervisor.
    k7 = _case(kB, T0 + 4 * D, 5 * M, 50 * M)
    CaseEvent.objects.create(case=k7, kind=CaseEvent.Kind.HANDED_OVER, actor=kB, handed_to=supervisor)
    # Outside the experiment: before its start, after its end, unassigned, an agent never assigned.
    _case(kA, T0 - H, M, H)
    _case(kA, T0 + 14 * D, M, H)
    _case(None, T0 + 5 * D, M, H)
    _case(agents["late"], T0 + 5 * D, M, H)
    return experiment


EXPECTED = {
    # key: (copilot, control)
    "aht": ((1800 + 3600 + 7200 + 435600) / 4, (5400 + 3000) / 2),
    "first_response": ((120 + 300 + 600 + 3600) / 4, (900 + 1200 + 300) / 3),
    "fcr": (1 / 3, 2 / 2),
    "escalation": (1 / 4, 2 / 3),
    "acceptance": (2 / 3, None),
    "override": (2 / 3, None),
}


def _rows(result) -> dict[str, dict]:
    return {row["metric"].key: row for row in result["rows"]}


def test_each_arms_figures_are_the_hand_computed_ones(world):
    result = readout.experiment_readout(world, now=NOW)

    assert result["arms"] == {
        "copilot": {"agents": 2, "cases": 4, "shared": 0},
        "control": {"agents": 2, "cases": 3, "shared": 1},
    }
    rows = _rows(result)
    for key, (copilot, control) in EXPECTED.items():
        assert rows[key]["copilot"]["value"] == pytest.approx(copilot), key
        assert rows[key]["control"]["value"] == (pytest.approx(control) if control is not None else None), key
    assert rows["aht"]["difference"].estimate == pytest.approx(112050 - 4200)
    assert rows["acceptance"]["difference"] is None
    assert rows["acceptance"]["verdict"] == "no data in an arm"
    assert result["few_agents"]


def test_the_intervals_resample_agents_with_all_their_cases(world):
    rows = _rows(readout.experiment_readout(world, now=NOW))

    # Per agent (Σ seconds, resolved cases): cA (5400, 2), cB (442800, 2); kA (5400, 1), kB (3000, 1).
    expected = stats.cluster_bootstrap_difference([5400, 442800], [2, 2], [5400, 3000], [1, 1])
    assert rows["aht"]["difference"] == expected
    # Escalations per agent: cA 0 of 2, cB 1 of 2; kA 1 of 1, kB 1 of 2.
    assert rows["escalation"]["difference"] == stats.cluster_bootstrap_difference(
        [0, 1], [2, 2], [1, 1], [1, 2]
    )


def _agent_of(case: Case, experiment: Experiment) -> int | None:
    """The first agent of the experiment who took the case, walking its history; else its assignee."""
    everyone = set(ExperimentAssignment.objects.filter(experiment=experiment).values_list("user", flat=True))
    for event in CaseEvent.objects.filter(case=case).order_by("created_at", "pk"):
        who = {"taken": event.actor_id, "handed_over": event.handed_to_id}.get(event.kind)
        if who in everyone:
            return who
    return case.assignee_id


def _handle_seconds(case: Case) -> float | None:
    """The spans the case was open, walking its history: opening or a reopen to the next resolution."""
    if case.resolved_at is None:
        return None
    total, open_since = timedelta(0), case.opened_at
    for event in CaseEvent.objects.filter(case=case, kind__in=("resolved", "reopened")).order_by(
        "created_at"
    ):
        if event.kind == "resolved" and open_since is not None:
            total, open_since = total + (event.created_at - open_since), None
        elif event.kind == "reopened" and open_since is None:
            open_since = event.created_at
    if open_since is not None:
        total += case.resolved_at - open_since
    return total.total_seconds()


def _straight_from_the_database(experiment: Experiment, arm: str, now: datetime) -> dict[str, float | None]:
    """Each figure by its definition in docs/experiments.md, one case at a time."""
    users = set(
        ExperimentAssignment.objects.filter(experiment=experiment, arm=arm).values_list("user", flat=True)
    )
    cases = [
        c
        for c in Case.objects.all()
        if _agent_of(c, experiment) in users
        and experiment.starts_at <= c.opened_at < min(experiment.stopped_at, now)
    ]
    supervisors = set(Group.objects.get(name="supervisor").user_set.values_list("pk", flat=True))

    def mean(values):
        return sum(values) / len(values) if values else None

    def escalated(c):
        actions = PendingAction.objects.filter(case=c)
        return (
            c.status == "waiting_supervisor"
            or any(
                a.status == "waiting_supervisor"
                or (a.verdict or {}).get("verdict") == "needs_supervisor"
                or (a.approval_verdict or {}).get("verdict") == "needs_supervisor"
                or a.decided_by_id in supervisors
                for a in actions
            )
            or Ticket.objects.filter(case=c, queue="supervisor").exists()
            or CaseEvent.objects.filter(case=c, kind="handed_over", handed_to__in=supervisors).exists()
        )

    judged = [c for c in cases if c.resolved_at and c.resolved_at + timedelta(days=7) <= now]
    first_contact = [
        c
        for c in judged
        if not CaseEvent.objects.filter(case=c, kind="reopened").exists()
        and not Case.objects.filter(
            rider=c.rider, opened_at__gt=c.opened_at, opened_at__lte=c.resolved_at + timedelta(days=7)
        ).exists()
    ]
    decided = [
        a for c in cases for a in PendingAction.objects.filter(case=c, status__in=("executed", "rejected"))
    ]
    return {
        "aht": mean([_handle_seconds(c) for c in cases if c.resolved_at]),
        "first_response": mean(
            [(c.first_response_at - c.opened_at).total_seconds() for c in cases if c.first_response_at]
        ),
        "fcr": len(first_contact) / len(judged) if judged else None,
        "escalation": sum(map(escalated, cases)) / len(cases) if cases else None,
        "acceptance": sum(a.status == "executed" for a in decided) / len(decided) if decided else None,
        "override": sum(
            a.status == "rejected" or a.decision_reason.split(":")[0] in REASON_CODES for a in decided
        )
        / len(decided)
        if decided
        else None,
    }


def _assert_the_figures_are_those_straight_from_the_database(experiment: Experiment, now: datetime) -> None:
    rows = _rows(readout.experiment_readout(experiment, now=now))
    for arm in ("copilot", "control"):
        for key, value in _straight_from_the_database(experiment, arm, now).items():
            got = rows[key][arm]["value"]
            assert got == (pytest.approx(value) if value is not None else None), (arm, key, now)


@pytest.mark.parametrize("days_after_start", [3, 9, 20, 40])
def test_the_figures_equal_a_computation_straight_from_the_database(world, days_after_start):
    _assert_the_figures_are_those_straight_from_the_database(world, T0 + days_after_start * D)


@pytest.fixture
def handled_twice(db):
    """Cases worked through the desk's own services, each step at a moment the test sets.

    h1: cA (copilot) takes it, hands it over to kA (control), who resolves it.
    h2: a floor agent outside the experiment takes it and hands it to kA, who hands it to cA.
    r1: cA takes it and resolves it after 30 min; the customer writes again 2 days later; cA
        resolves it again 20 min after that: 50 min of work over 2 days.
    """
    experiment = Experiment.objects.create(
        name="Hand-overs", copilot_percent=50, starts_at=T0, ends_at=T0 + 14 * D, created_at=T0 - D
    )
    cA, kA, floor = (make_user(name, roles=["agent"]) for name in ("cA", "kA", "floor"))
    ExperimentAssignment.objects.create(experiment=experiment, user=cA, arm="copilot", assigned_at=T0)
    ExperimentAssignment.objects.create(experiment=experiment, user=kA, arm="control", assigned_at=T0)

    def at(moment, step, *, case, **kwargs):
        with time_machine.travel(moment, tick=False):
            return step(case=Case.objects.get(pk=case.pk), **kwargs)

    h1, h2, r1 = (_case(None, T0 + H) for _ in range(3))
    at(T0 + H + M, case_assign, case=h1, user=cA)
    at(T0 + 2 * H, case_hand_over, case=h1, by=cA, to=kA)
    at(T0 + 3 * H, case_resolve, case=h1, user=kA)
    at(T0 + H + M, case_assign, case=h2, user=floor)
    at(T0 + 2 * H, case_hand_over, case=h2, by=floor, to=kA)
    at(T0 + 3 * H, case_hand_over, case=h2, by=kA, to=cA)
    at(T0 + 4 * H, case_resolve, case=h2, user=cA)
    at(T0 + H + M, case_assign, case=r1, user=cA)
    at(T0 + H + 30 * M, case_resolve, case=r1, user=cA)
    cases_reopen(case_ids=[r1.pk], at=T0 + 2 * D)
    at(T0 + 2 * D + 20 * M, case_resolve, case=r1, user=cA)
    return experiment, {"h1": h1, "h2": h2, "r1": r1}


def test_a_case_counts_for_the_first_agent_of_the_experiment_who_took_it_not_the_one_it_was_handed_to(
    handled_twice,
):
    experiment, cases = handled_twice

    copilot = {c.pk: c.x_agent for c in readout.arm_cases(experiment, "copilot", now=NOW)}
    control = {c.pk: c.x_agent for c in readout.arm_cases(experiment, "control", now=NOW)}

    h1, h2, r1 = (Case.objects.get(pk=cases[name].pk) for name in ("h1", "h2", "r1"))
    assert h1.assignee.username == "kA" and copilot[h1.pk] == h1.events.get(kind="taken").actor_id
    assert control == {h2.pk: h2.events.filter(kind="handed_over").first().handed_to_id}
    assert set(copilot) == {h1.pk, r1.pk}


def test_a_reopened_case_counts_the_time_it_was_worked_not_the_days_it_lay_resolved(
    client, analyst, handled_twice, frozen
):
    experiment, cases = handled_twice
    r1 = cases["r1"]
    client.force_login(analyst)

    rows = {
        int(r[0]): r
        for r in _csv(client.get(reverse("experiment-export", args=[experiment.pk, "copilot"])))[1:]
    }
    assert rows[r1.pk][2] == "cA" and rows[r1.pk][6] == str(50 * 60)
    assert rows[r1.pk][8] == "no" and rows[r1.pk][9] == "yes"  # reopened: not first-contact resolved
    assert rows[cases["h1"].pk][2] == "cA" and rows[cases["h1"].pk][6] == str(2 * 3600)
    # The readout averages the same seconds: (50 min + 2 h) / 2.
    aht = _rows(readout.experiment_readout(experiment, now=NOW))["aht"]["copilot"]
    assert aht["value"] == pytest.approx((3000 + 7200) / 2) and aht["n"] == 2
    # And so do the metrics page and its case export.
    days = metrics.parse_date_range("2026-10-01", "2026-10-20", today=NOW.date())
    exported = {row[0]: row for row in metrics.export_cases(days)}
    assert exported[r1.pk][metrics.CASE_COLUMNS.index("aht_seconds")] == 3000
    assert metrics.handle_time(days, "aht")["mean"] == pytest.approx((3000 + 7200 + 10800) / 3)


@pytest.mark.parametrize("days_after_start", [1, 3, 20])
def test_hand_overs_and_reopens_give_the_figures_of_a_computation_straight_from_the_database(
    handled_twice, days_after_start
):
    experiment, _ = handled_twice
    _assert_the_figures_are_those_straight_from_the_database(experiment, T0 + days_after_start * D)


def _csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.fixture
def frozen():
    """The views read the clock: the readout is taken on Oct 21."""
    with time_machine.travel(NOW, tick=False):
        yield


def test_each_arms_csv_lists_its_cases_with_their_outcomes(client, analyst, world, frozen):
    client.force_login(analyst)

    copilot = _csv(client.get(reverse("experiment-export", args=[world.pk, "copilot"])))
    control = _csv(client.get(reverse("experiment-export", args=[world.pk, "control"])))

    assert copilot[0] == control[0] == readout.ARM_COLUMNS
    assert [(r[1], r[2], r[6], r[8]) for r in copilot[1:]] == [
        ("copilot", "cA", "1800", "yes"),
        ("copilot", "cA", "3600", "no"),
        ("copilot", "cB", "7200", "no"),
        ("copilot", "cB", "435600", "not yet"),
    ]
    assert [(r[2], r[6], r[11], r[15]) for r in control[1:]] == [
        ("kA", "5400", "yes", "no"),
        ("kB", "", "no", "yes"),
        ("kB", "3000", "yes", "no"),
    ]
    response = client.get(reverse("experiment-export", args=[world.pk, "copilot"]))
    assert response["Content-Disposition"] == f'attachment; filename="experiment-{world.pk}-copilot.csv"'


def test_the_readout_page_shows_both_arms_and_the_intervals(client, analyst, world, frozen):
    client.force_login(analyst)

    response = client.get(reverse("experiment", args=[world.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    rows = _rows(readout.experiment_readout(world, now=NOW))
    for key in EXPECTED:
        interval = rows[key]["difference"]
        if interval is not None:
            assert f'data-low="{interval.low}"' in html and f'data-high="{interval.high}"' in html
    assert 'id="arm-copilot"' in html and 'id="arm-control"' in html
    assert "finished" in html and 'id="few-agents"' in html
    assert "+30.0 h" in html  # the AHT difference, 107850 s


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        (lambda e: reverse("experiment", args=[999999]), 404, "There is no experiment 999999."),
        (
            lambda e: reverse("experiment-export", args=[999999, "copilot"]),
            404,
            "There is no experiment 999999.",
        ),
        (
            lambda e: reverse("experiment-export", args=[e.pk, "treatment"]),
            400,
            "There is no arm “treatment”",
        ),
    ],
)
def test_a_bad_address_is_explained(client, analyst, world, url, status, message):
    client.force_login(analyst)

    response = client.get(url(world))

    assert response.status_code == status
    assert message in response.content.decode()


@pytest.mark.parametrize("persona", ["agent", "supervisor", "admin_user", "outsider"])
def test_only_analysts_read_experiments(client, world, persona, request):
    client.force_login(request.getfixturevalue(persona))

    for url in (
        reverse("experiments"),
        reverse("experiment", args=[world.pk]),
        reverse("experiment-export", args=[world.pk, "copilot"]),
    ):
        assert client.get(url).status_code == 403, url


@pytest.mark.parametrize("persona", ["agent", "supervisor", "analyst", "outsider"])
def test_only_admins_start_and_end_experiments(client, world, persona, request):
    client.force_login(request.getfixturevalue(persona))

    assert client.get(reverse("experiments-manage")).status_code == 403
    assert (
        client.post(reverse("experiments-manage"), {"name": "x", "ends_at": "2030-01-01T00:00"}).status_code
        == 403
    )
    assert client.post(reverse("experiment-end", args=[world.pk])).status_code == 403
    assert Experiment.objects.count() == 1 and Experiment.objects.get().ended_at is None


def test_the_analyst_finds_the_experiments_from_the_metrics_page(client, analyst, world):
    client.force_login(analyst)

    assert reverse("experiments") in client.get(reverse("metrics")).content.decode()
    listing = client.get(reverse("experiments")).content.decode()
    assert reverse("experiment", args=[world.pk]) in listing and "Pilot" in listing
