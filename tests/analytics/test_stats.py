"""The readout's statistics against answers known without them: textbook intervals worked out by
hand (or printed by R's t.test), degenerate data whose interval must collapse to a point, and the
bootstrap agreeing with the normal approximation where the two must agree."""

from __future__ import annotations

import math

import numpy as np
import pytest

from copilot.analytics import stats


@pytest.mark.parametrize(
    ("a", "b", "estimate", "low", "high"),
    [
        # R: t.test(c(1, 2, 3, 4, 5), c(2, 4, 6, 8, 10)) → df 5.882, 95 % CI −6.887742 to 0.887742.
        ([1, 2, 3, 4, 5], [2, 4, 6, 8, 10], -3.0, -6.887742, 0.887742),
        # Equal sizes and spread: se² = 4/3 + 4/3, df = 4, t(0.975, 4) = 2.776445 → 9 ± 4.533916.
        ([10, 12, 14], [1, 3, 5], 9.0, 4.466084, 13.533916),
        # The same shifted by a constant: only the estimate moves.
        ([110, 112, 114], [101, 103, 105], 9.0, 4.466084, 13.533916),
    ],
)
def test_welch_gives_the_textbook_interval_of_a_difference_of_means(a, b, estimate, low, high):
    interval = stats.welch_interval(a, b)

    assert interval.estimate == pytest.approx(estimate)
    assert interval.low == pytest.approx(low, abs=1e-5)
    assert interval.high == pytest.approx(high, abs=1e-5)


@pytest.mark.parametrize(("a", "b"), [([1], [1, 2]), ([], [1, 2, 3]), ([3, 3, 3], [2, 2])])
def test_welch_has_no_interval_without_two_values_and_some_spread(a, b):
    assert stats.welch_interval(a, b) is None


@pytest.mark.parametrize(
    ("num", "den", "expected"),
    [([10, 20], [1, 3], 7.5), ([0, 0], [4, 6], 0.0), ([5], [0], None), ([], [], None)],
)
def test_a_ratio_is_the_sum_of_numerators_over_the_sum_of_denominators(num, den, expected):
    assert stats.ratio(num, den) == expected


@pytest.mark.parametrize(
    ("a_num", "a_den", "b_num", "b_den", "difference"),
    [
        # Every agent of an arm has the same mean: every resample gives the same difference.
        ([10, 20, 30], [1, 2, 3], [5, 5], [1, 1], 5.0),
        # Rates: 1 of 2 in every copilot cluster, 1 of 4 in every control cluster: +0.25.
        ([1, 2], [2, 4], [1, 1, 1], [4, 4, 4], 0.25),
    ],
)
def test_the_bootstrap_interval_collapses_to_the_difference_when_clusters_do_not_vary(
    a_num, a_den, b_num, b_den, difference
):
    interval = stats.cluster_bootstrap_difference(a_num, a_den, b_num, b_den)

    assert (interval.estimate, interval.low, interval.high) == pytest.approx((difference,) * 3)
    assert interval.excludes_zero


def test_with_one_case_per_agent_the_bootstrap_agrees_with_welch():
    rng = np.random.default_rng(1)
    a, b = rng.normal(600, 120, size=400), rng.normal(660, 150, size=400)

    boot = stats.cluster_bootstrap_difference(a, np.ones_like(a), b, np.ones_like(b))
    welch = stats.welch_interval(a, b)

    assert boot.estimate == pytest.approx(welch.estimate)
    half = (welch.high - welch.low) / 2
    assert boot.low == pytest.approx(welch.low, abs=0.1 * half)
    assert boot.high == pytest.approx(welch.high, abs=0.1 * half)


def test_a_difference_of_two_shares_gets_the_normal_approximations_interval():
    # 600 of 1000 against 500 of 1000: +0.10 ± 1.96 √(0.6·0.4/1000 + 0.5·0.5/1000) = ±0.04339.
    a = np.array([1.0] * 600 + [0.0] * 400)
    b = np.array([1.0] * 500 + [0.0] * 500)

    interval = stats.cluster_bootstrap_difference(a, np.ones_like(a), b, np.ones_like(b))

    half = 1.959964 * math.sqrt(0.6 * 0.4 / 1000 + 0.5 * 0.5 / 1000)
    assert interval.estimate == pytest.approx(0.10)
    assert interval.low == pytest.approx(0.10 - half, abs=0.005)
    assert interval.high == pytest.approx(0.10 + half, abs=0.005)


def test_cases_of_alike_agents_give_a_wider_interval_than_independent_cases():
    rng = np.random.default_rng(2)
    # 8 agents per arm, 50 cases each; each agent has a speed of their own.
    a = [rng.normal(rng.normal(600, 100), 60, size=50) for _ in range(8)]
    b = [rng.normal(rng.normal(600, 100), 60, size=50) for _ in range(8)]
    flat_a, flat_b = np.concatenate(a), np.concatenate(b)

    by_agent = stats.cluster_bootstrap_difference(
        [x.sum() for x in a], [len(x) for x in a], [x.sum() for x in b], [len(x) for x in b]
    )
    by_case = stats.cluster_bootstrap_difference(flat_a, np.ones_like(flat_a), flat_b, np.ones_like(flat_b))

    assert by_agent.estimate == pytest.approx(by_case.estimate)
    assert (by_agent.high - by_agent.low) > 2 * (by_case.high - by_case.low)


def test_the_same_seed_gives_the_same_interval_and_another_seed_a_close_one():
    rng = np.random.default_rng(3)
    a, b = rng.normal(10, 2, size=60), rng.normal(11, 2, size=60)
    args = (a, np.ones_like(a), b, np.ones_like(b))

    first, again = stats.cluster_bootstrap_difference(*args), stats.cluster_bootstrap_difference(*args)
    other = stats.cluster_bootstrap_difference(*args, seed=stats.SEED + 1)

    assert first == again
    assert other != first
    assert other.low == pytest.approx(first.low, abs=0.15)


@pytest.mark.parametrize(
    ("a_num", "a_den", "b_num", "b_den"),
    [
        ([1, 2], [1, 1], [0], [0]),  # the control arm decided nothing
        ([], [], [1, 2], [1, 1]),  # no agent in the copilot arm
        ([300], [2], [500, 400], [2, 2]),  # one agent is no sample of agents
        ([300, 5], [2, 0], [500, 400], [2, 2]),  # nor is one agent with cases and one without
    ],
)
def test_an_arm_without_two_agents_with_cases_has_no_interval(a_num, a_den, b_num, b_den):
    assert stats.cluster_bootstrap_difference(a_num, a_den, b_num, b_den) is None


def test_resamples_that_drew_only_empty_clusters_are_left_out():
    # Half the control agents decided nothing: resamples of only them have no rate at all.
    interval = stats.cluster_bootstrap_difference([1, 1], [2, 2], [0, 1, 2], [0, 4, 8])

    assert interval.estimate == pytest.approx(0.25)
    assert not math.isnan(interval.low) and not math.isnan(interval.high)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"level": 1.0}, "level"),
        ({"resamples": 10}, "resamples"),
    ],
)
def test_nonsense_settings_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        stats.cluster_bootstrap_difference([1], [1], [1], [1], **kwargs)


def test_each_arm_needs_one_denominator_per_cluster():
    with pytest.raises(ValueError, match="one numerator and one denominator"):
        stats.cluster_bootstrap_difference([1, 2], [1], [1], [1])
