"""Distributions, exact tests and the power of the exact McNemar test (planning a suite's size).

Pure functions over plain numbers; standard library only: the Student t quantile (through the
regularized incomplete beta function), the exact McNemar and sign-flip tests, and an exact power
search (STATS.md: Connor's normal approximation overstates the exact test's power by 4-10 points
at small N).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from fractions import Fraction
from functools import lru_cache

_TOL = 1e-12
_MAX_TABLE = 4_000_000  # subset-sum table cells beyond which sign_flip_test samples instead


def binom_pmf(k: int, n: int, p: float) -> float:
    """P(X = k) for X ~ Binomial(n, p), through log-gamma (no overflow for large n)."""
    if k < 0 or k > n:
        return 0.0
    if p <= 0.0 or p >= 1.0:
        return 1.0 if k == (0 if p <= 0.0 else n) else 0.0
    log_c = math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
    return math.exp(log_c + k * math.log(p) + (n - k) * math.log1p(-p))


def _half_cdf(k: int, n: int) -> tuple[float, float]:
    """(P(X <= k), P(X = k)) for X ~ Binomial(n, 1/2), exact integer sums then one division."""
    total = 2**n
    below = sum(math.comb(n, j) for j in range(k + 1))
    return below / total, math.comb(n, k) / total


def mcnemar_exact(b: int, c: int) -> tuple[float, float]:
    """Exact two-sided McNemar test on the discordant counts b and c: (p, mid_p).

    Given k = b + c discordant pairs, b ~ Binomial(k, 1/2) under the null; p = min(1, 2 P(X <=
    min(b, c))) and the mid-p halves the probability of the observed count:
    min(1, 2 [P(X < min(b, c)) + P(X = min(b, c)) / 2]). No discordant pairs: (1.0, 1.0).
    """
    if b < 0 or c < 0:
        raise ValueError("discordant counts must be non-negative")
    k = b + c
    if k == 0:
        return 1.0, 1.0
    cdf, at = _half_cdf(min(b, c), k)
    return min(1.0, 2.0 * cdf), min(1.0, 2.0 * (cdf - at / 2.0))


def _as_integers(diffs: Sequence[float]) -> list[int] | None:
    """Non-zero differences scaled to signed integers by their common denominator, if it is small.

    Shares k/S are recovered exactly from floats for any S up to 1000, so per-task differences of
    shares always scale; None when the implied table would be too large to count.
    """
    fracs = [f for f in (Fraction(d).limit_denominator(10**6) for d in diffs) if f]
    scale = math.lcm(*(f.denominator for f in fracs)) if fracs else 1
    ints = [int(f * scale) for f in fracs]
    return ints if sum(map(abs, ints)) * max(len(ints), 1) <= _MAX_TABLE else None


def _subset_sum_counts(xs: list[int]) -> list[int]:
    """counts[s] = number of subsets of xs summing to s (the sign patterns, counted exactly)."""
    counts = [1]
    for x in xs:
        counts = [a + b for a, b in zip(counts + [0] * x, [0] * x + counts, strict=True)]
    return counts


def _sign_flip_mc(diffs: Sequence[float], seed: int, n_mc: int) -> tuple[float, float]:
    """Monte Carlo sign-flip (p, mid_p); the observed pattern counts as one of n_mc + 1 draws."""
    rng = random.Random(seed)
    xs = [abs(d) for d in diffs if d]
    obs, ge, eq = abs(sum(diffs)), 1, 1
    for _ in range(n_mc):
        stat = abs(sum(x if rng.random() < 0.5 else -x for x in xs))
        tie = math.isclose(stat, obs, rel_tol=1e-9, abs_tol=1e-12)
        ge += tie or stat > obs
        eq += tie
    return ge / (n_mc + 1), (ge - eq / 2) / (n_mc + 1)


def sign_flip_test(diffs: Sequence[float], seed: int = 0, n_mc: int = 20000) -> tuple[float, float, str]:
    """Two-sided sign-flip permutation test of mean zero on paired differences: (p, mid_p, name).

    Under the null each task's difference is symmetric about 0, so all 2^n sign patterns of the n
    non-zero differences are equally likely; p = min(1, 2 P(sum >= |observed sum|)) and mid_p
    counts the observed value half (as McNemar's, so a zero sum gives 1.0). Exact
    (`sign-flip-exact`) whenever the differences share a small common denominator (always, for
    shares of S samples): the patterns are counted with a subset-sum table, since sum = X - 2F
    with X the total |difference| and F the part flipped negative. Otherwise a seeded Monte Carlo
    with n_mc flips (`sign-flip-monte-carlo`). With S == 1 this equals exact McNemar.
    """
    ints = _as_integers(diffs)
    if ints is None:
        p, mid = _sign_flip_mc(diffs, seed, n_mc)
        return p, mid, "sign-flip-monte-carlo"
    xs = [abs(x) for x in ints]
    total, obs = sum(xs), abs(sum(ints))
    counts = _subset_sum_counts(xs)
    above = sum(c for f, c in enumerate(counts) if total - 2 * f > obs)  # one tail; symmetric
    ties = sum(c for f, c in enumerate(counts) if total - 2 * f == obs)
    n_patterns = 2 ** len(ints)  # int / int division stays exact-then-rounded for any size
    p, mid = (2 * above + 2 * ties) / n_patterns, (2 * above + ties) / n_patterns
    return min(1.0, p), min(1.0, mid), "sign-flip-exact"


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    tiny, c, d = 1e-300, 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        for num in (even, odd):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(log_front) * _betacf(b, a, 1 - x) / b


def t_cdf(t: float, df: float) -> float:
    """Student t distribution function: 1 - I_{df/(df+t^2)}(df/2, 1/2) / 2 for t >= 0."""
    tail = 0.5 * betainc(df / 2, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


@lru_cache(maxsize=256)
def t_quantile(p: float, df: float) -> float:
    """Inverse Student t distribution function, by bisection on `t_cdf` (to about 1e-12)."""
    if not 0.0 < p < 1.0 or df <= 0:
        raise ValueError("need 0 < p < 1 and df > 0")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        lo, hi = hi, hi * 2
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if t_cdf(mid, df) < p else (lo, mid)
        if hi - lo < 1e-12:
            break
    return (lo + hi) / 2


@lru_cache(maxsize=64)
def _critical_counts(alpha: float, k_max: int) -> tuple[int, ...]:
    """For k = 0..k_max discordant pairs, the largest m with 2 P(X <= m) <= alpha (X ~ Bin(k, 1/2)).

    The exact McNemar test rejects exactly when min(b, c) <= m; m = -1 means it never rejects.
    """
    crit: list[int] = []
    for k in range(k_max + 1):
        m, cdf = -1, 0.0
        while m + 1 <= k:
            nxt = cdf + binom_pmf(m + 1, k, 0.5)
            if 2.0 * nxt > alpha + _TOL:
                break
            m, cdf = m + 1, nxt
        crit.append(m)
    return tuple(crit)


def _reject_prob(k: int, m: int, q: float) -> float:
    """P(min(b, k - b) <= m) for b ~ Binomial(k, q): the rejection probability given k."""
    if m < 0:
        return 0.0
    low = sum(binom_pmf(j, k, q) for j in range(m + 1))
    high = sum(binom_pmf(k - j, k, q) for j in range(m + 1))
    return min(1.0, low + high)


def _check(lift: float, discordance: float, alpha: float) -> None:
    """Reject planning inputs that describe no valid 2x2 table."""
    if not 0.0 < discordance <= 1.0:
        raise ValueError("discordance must be in (0, 1]")
    if abs(lift) > discordance:
        raise ValueError("|lift| cannot exceed the discordance (p10 and p01 must be >= 0)")
    if not 0.0 < alpha < 1.0:
        raise ValueError("alpha must be in (0, 1)")


@lru_cache(maxsize=64)
def _reject_table(lift: float, discordance: float, alpha: float, k_max: int) -> tuple[float, ...]:
    """Rejection probability of the exact McNemar test for each discordant count k = 0..k_max."""
    q = (discordance + lift) / (2.0 * discordance)  # p10 / d: share of discordant pairs won by arm
    crit = _critical_counts(alpha, k_max)
    return tuple(_reject_prob(k, crit[k], q) for k in range(k_max + 1))


def power_exact(n: int, lift: float, discordance: float, alpha: float = 0.05) -> float:
    """Exact power of the two-sided exact McNemar test with n tasks (one paired sample each).

    With discordance d and lift D: p10 = (d + D)/2, p01 = (d - D)/2. The number of discordant
    pairs k ~ Binomial(n, d); given k, the arm-wins count b ~ Binomial(k, p10/d); the test
    rejects when its exact p <= alpha. Power = sum_k P(k) P(reject | k).
    """
    _check(lift, discordance, alpha)
    if n <= 0:
        return 0.0
    table = _reject_table(float(lift), float(discordance), float(alpha), n)
    return sum(binom_pmf(k, n, discordance) * table[k] for k in range(n + 1))


def tasks_needed(
    lift: float, discordance: float, alpha: float = 0.05, power: float = 0.8, max_n: int = 2000
) -> int | None:
    """Smallest number of tasks whose exact McNemar power reaches `power`; None if above max_n.

    A linear search over n = 1..max_n with the exact power (not Connor's normal approximation); the
    per-k rejection table is built for 128, 256, ... discordant pairs as the search needs it. Exact
    power is a sawtooth in n, so a few larger n can dip just below the target again.
    """
    _check(lift, discordance, alpha)
    if lift == 0:
        return None
    start, k_max = 1, min(128, max_n)
    while start <= max_n:
        table = _reject_table(float(abs(lift)), float(discordance), float(alpha), k_max)
        for n in range(start, k_max + 1):
            if sum(binom_pmf(k, n, discordance) * table[k] for k in range(n + 1)) >= power:
                return n
        start, k_max = k_max + 1, min(2 * k_max, max_n)
    return None
