"""Robust baselines per series: the same hours of the previous days, median and MAD, and a weekday factor.

For a series of counts per time bin, the expected count of a bin is the median of the same bin of day over
the previous `days` days (hour-of-day profile, insensitive to a past spike), times how busy that day of the
week usually is for the series; the spread is the MAD of those days (scaled to a standard deviation).
A bin with less than `min_days` days of history has no baseline (NaN).
"""
from __future__ import annotations

import warnings

import numpy as np


def history(x: np.ndarray, per_day: int, days: int) -> np.ndarray:
    """(days, series, bins): the value of each bin 1..days days earlier (NaN before the series starts)."""
    out = np.full((days, *x.shape), np.nan)
    for d in range(1, days + 1):
        lag = d * per_day
        if lag < x.shape[1]:
            out[d - 1, :, lag:] = x[:, :-lag]
    return out


def _enough(past: np.ndarray, min_days: int) -> np.ndarray:
    return (~np.isnan(past)).sum(axis=0) >= min_days


def median_mad(x: np.ndarray, per_day: int, days: int, min_days: int) -> tuple[np.ndarray, np.ndarray]:
    """Expected value and spread of every bin from the same bin of the previous days."""
    past = history(x, per_day, days)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)   # all-NaN slices: bins without history
        expected = np.nanmedian(past, axis=0)
        spread = 1.4826 * np.nanmedian(np.abs(past - expected), axis=0)
    enough = _enough(past, min_days)
    return np.where(enough, expected, np.nan), np.where(enough, spread, np.nan)


def trimmed_mean(x: np.ndarray, per_day: int, days: int, min_days: int) -> np.ndarray:
    """Mean of the same bin of the previous days without their highest and lowest values: for sparse counts,
    where a median of mostly zeros would say nothing is ever expected."""
    past = history(x, per_day, days)
    valid = ~np.isnan(past)
    n = valid.sum(axis=0)
    highest = np.where(valid, past, -np.inf).max(axis=0)
    lowest = np.where(valid, past, np.inf).min(axis=0)
    extremes = np.where(n > 0, highest, 0.0) + np.where(n > 0, lowest, 0.0)
    total = np.where(valid, past, 0.0).sum(axis=0) - extremes
    mean = total / np.maximum(n - 2, 1)
    return np.where(n >= min_days, mean, np.nan)


def weekday_factor(x: np.ndarray, per_day: int, first_weekday: int) -> np.ndarray:
    """Per series and bin, how busy that bin's weekday is against the series' typical day (0.67-1.5)."""
    n_days = x.shape[1] // per_day
    if n_days < 21:                      # fewer than three weeks: no weekday effect is estimated
        return np.ones_like(x, dtype=float)
    daily = x[:, :n_days * per_day].reshape(x.shape[0], n_days, per_day).sum(axis=2)
    weekday = (first_weekday + np.arange(n_days)) % 7
    typical = np.maximum(np.median(daily, axis=1, keepdims=True), 1e-9)
    factor = np.stack([np.median(daily[:, weekday == w], axis=1) for w in range(7)], axis=1) / typical
    factor = np.where(typical > 1e-6, np.clip(factor, 0.67, 1.5), 1.0)
    bins_weekday = (first_weekday + np.arange(x.shape[1]) // per_day) % 7
    return factor[:, bins_weekday]
