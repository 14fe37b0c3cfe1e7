"""Count tests and the control of false alarms across many series.

Counts are compared with their baseline as over-dispersed Poisson counts (a negative binomial whose
variance is the larger of the expected count and the baseline's spread squared); shares (boycott or hostile
posts among all posts) as binomial counts. Benjamini-Hochberg then keeps the expected share of false alarms
among all alerts of a kind below `fdr`, however many series and hours were tested.
"""
from __future__ import annotations

import numpy as np
from scipy import stats


def _negative_binomial(expected: np.ndarray, spread: np.ndarray):
    variance = np.maximum(np.maximum(expected, spread ** 2), 1e-9)
    over = variance > expected * 1.0001
    size = np.where(over, expected ** 2 / np.maximum(variance - expected, 1e-12), 1.0)
    prob = np.where(over, expected / variance, 0.5)
    return over, size, prob


def count_upper(observed, expected, spread) -> np.ndarray:
    """P(X >= observed) for counts around `expected`."""
    observed, expected = np.asarray(observed, float), np.maximum(np.asarray(expected, float), 1e-9)
    over, size, prob = _negative_binomial(expected, np.asarray(spread, float))
    return np.where(over, stats.nbinom.sf(observed - 1, size, prob), stats.poisson.sf(observed - 1, expected))


def count_lower(observed, expected, spread) -> np.ndarray:
    """P(X <= observed) for counts around `expected`."""
    observed, expected = np.asarray(observed, float), np.maximum(np.asarray(expected, float), 1e-9)
    over, size, prob = _negative_binomial(expected, np.asarray(spread, float))
    return np.where(over, stats.nbinom.cdf(observed, size, prob), stats.poisson.cdf(observed, expected))


def share_upper(flagged, total, share) -> np.ndarray:
    """P(X >= flagged) when each of `total` posts is flagged with probability `share`."""
    return stats.binom.sf(np.asarray(flagged, float) - 1, np.asarray(total, float), np.clip(share, 1e-9, 1 - 1e-9))


def benjamini_hochberg(pvalues: np.ndarray, fdr: float) -> np.ndarray:
    """Mask of the discoveries among all the hypotheses given (untested ones should come with p = 1)."""
    p = np.asarray(pvalues, float).ravel()
    if not len(p):
        return np.zeros(np.shape(pvalues), dtype=bool)
    order = np.argsort(p, kind="stable")
    ranked = p[order] <= fdr * np.arange(1, len(p) + 1) / len(p)
    cut = np.flatnonzero(ranked).max() + 1 if ranked.any() else 0
    keep = np.zeros(len(p), dtype=bool)
    keep[order[:cut]] = True
    return keep.reshape(np.shape(pvalues))


def strength(p: np.ndarray) -> np.ndarray:
    """The score shown with an alert: -log10 of its p-value (3 = one chance in a thousand)."""
    return -np.log10(np.clip(p, 1e-300, 1.0))
