"""The statistics of an experiment's readout: pure functions over numbers, no Django.

The unit of an experiment is the agent (policies/experiments.py), while its figures are
counted over cases and actions. Cases of one agent are alike (the agent's skill, shift and
habits), so treating them as independent would make intervals too narrow. The readout therefore
sums each figure per agent ("cluster") and bootstraps agents, not cases: each resample draws the
arm's agents with replacement, keeping all the cases of an agent together (the cluster, or block,
bootstrap). Every figure is a ratio of sums (mean handle time = seconds / cases, a rate =
events / opportunities), so one function serves them all.

`welch_interval` is the textbook interval of a difference of two means of independent values,
kept for reference and for the tests: with one case per agent the bootstrap must agree with it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

LEVEL = 0.95
RESAMPLES = 4000
# Fixed, so the page shows the same interval on every load and a test can recompute it.
SEED = 25
# An arm needs this many clusters with a denominator before an interval means anything.
MIN_CLUSTERS = 2


@dataclass(frozen=True)
class Interval:
    """A difference (copilot − control) and its confidence interval."""

    estimate: float
    low: float
    high: float
    level: float = LEVEL

    @property
    def excludes_zero(self) -> bool:
        """The data are unlikely under "no difference" at this level (a two-sided test)."""
        return self.low > 0 or self.high < 0


def ratio(num: Sequence[float], den: Sequence[float]) -> float | None:
    """Σnum / Σden; None when there is nothing to divide by."""
    total = float(np.sum(den)) if len(den) else 0.0
    return float(np.sum(num)) / total if total else None


def _resampled_ratios(num: np.ndarray, den: np.ndarray, draws: np.ndarray) -> np.ndarray:
    """The arm's ratio in each resample (NaN where the resample has nothing to divide by)."""
    nums, dens = num[draws].sum(axis=1), den[draws].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(dens > 0, nums / np.where(dens > 0, dens, 1), np.nan)


def cluster_bootstrap_difference(
    a_num: Sequence[float],
    a_den: Sequence[float],
    b_num: Sequence[float],
    b_den: Sequence[float],
    *,
    resamples: int = RESAMPLES,
    seed: int = SEED,
    level: float = LEVEL,
) -> Interval | None:
    """ratio(a) − ratio(b) with a percentile interval from resampling the clusters of each arm.

    Each arm is given as per-cluster sums: cluster i contributed `num[i]` to the numerator and
    `den[i]` to the denominator. None when either arm has no denominator at all, or fewer than
    MIN_CLUSTERS clusters that have one. Resamples in
    which an arm drew only clusters without a denominator are left out of the percentiles.
    """
    if not 0 < level < 1:
        raise ValueError("level must be between 0 and 1")
    if resamples < 100:
        raise ValueError("use at least 100 resamples")
    arrays = [np.asarray(x, dtype=float) for x in (a_num, a_den, b_num, b_den)]
    a_num_, a_den_, b_num_, b_den_ = arrays
    if a_num_.shape != a_den_.shape or b_num_.shape != b_den_.shape:
        raise ValueError("each arm needs one numerator and one denominator per cluster")
    a_point, b_point = ratio(a_num_, a_den_), ratio(b_num_, b_den_)
    if a_point is None or b_point is None:
        return None
    if min(np.count_nonzero(a_den_), np.count_nonzero(b_den_)) < MIN_CLUSTERS:
        # One agent is no sample of agents: resampling it would give an interval of width zero.
        return None
    rng = np.random.default_rng(seed)
    a_draws = rng.integers(0, len(a_num_), size=(resamples, len(a_num_)))
    b_draws = rng.integers(0, len(b_num_), size=(resamples, len(b_num_)))
    differences = _resampled_ratios(a_num_, a_den_, a_draws) - _resampled_ratios(b_num_, b_den_, b_draws)
    differences = differences[~np.isnan(differences)]
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(differences, [tail, 100 - tail])
    return Interval(estimate=a_point - b_point, low=float(low), high=float(high), level=level)


def welch_interval(a: Sequence[float], b: Sequence[float], *, level: float = LEVEL) -> Interval | None:
    """mean(a) − mean(b) with Welch's t interval (unequal variances, Welch–Satterthwaite degrees
    of freedom). None when either sample has fewer than two values or both have no spread."""
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if len(x) < 2 or len(y) < 2:
        return None
    vx, vy = x.var(ddof=1) / len(x), y.var(ddof=1) / len(y)
    estimate = float(x.mean() - y.mean())
    if vx + vy == 0:
        return None
    # Here, not at the top: SciPy's stats take half a second to import, on every process that loads
    # the URLs, and only this reference method needs them (see the README).
    from scipy import stats as scipy_stats

    df = (vx + vy) ** 2 / (vx**2 / (len(x) - 1) + vy**2 / (len(y) - 1))
    half = float(scipy_stats.t.ppf(1 - (1 - level) / 2, df)) * math.sqrt(vx + vy)
    return Interval(estimate=estimate, low=estimate - half, high=estimate + half, level=level)
