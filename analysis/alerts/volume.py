"""volume_spike and volume_drop: a series posts far more, or far less, than the same hours usually hold.

Series: the whole corpus, each platform, each region. Per 6-hour bin, the expected count is the baseline
(median of the same bin over the previous two weeks, times the weekday factor); a bin is tested when it
reaches the minimum volume and the minimum ratio, and Benjamini-Hochberg runs over every bin of every series.
"""
from __future__ import annotations

import numpy as np

from analysis.alerts import explain, stats
from analysis.alerts.baseline import median_mad, weekday_factor
from analysis.alerts.context import Context
from analysis.alerts.runs import runs
from analysis.alerts.series import NATIONAL, counts, national


def volume_series(ctx: Context) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """(series x bins) counts and each series' (platform, region)."""
    b, n = ctx.bin_of, ctx.n_bins
    w = ctx.weight
    blocks = [national(b, n, weight=w), counts(b, ctx.platform, len(ctx.platforms), n, weight=w),
              counts(b, ctx.region, len(ctx.regions), n, weight=w)]
    labels = [(NATIONAL, NATIONAL)] + [(p, NATIONAL) for p in ctx.platforms] + [(NATIONAL, r) for r in ctx.regions]
    return np.vstack(blocks), labels


def expected_counts(x: np.ndarray, ctx: Context) -> tuple[np.ndarray, np.ndarray]:
    s = ctx.settings
    per_day = 24 // s.bin_hours
    expected, spread = median_mad(x, per_day, s.lookback_days, s.min_history_days)
    factor = weekday_factor(x, per_day, ctx.clock.first_weekday(s.bin_hours))
    return expected * factor, spread * factor


def volume_alerts(ctx: Context) -> list[dict]:
    s = ctx.settings
    x, labels = volume_series(ctx)
    expected, spread = expected_counts(x, ctx)
    known = ~np.isnan(expected)
    e = np.where(known, expected, 0.0)
    up = known & (x >= s.min_volume) & (x >= s.min_ratio * np.maximum(e, 1.0))
    down = known & (e >= s.min_volume) & (x * s.min_ratio <= e)
    out = []
    for kind, tested, tail in (("volume_spike", up, stats.count_upper), ("volume_drop", down, stats.count_lower)):
        p = np.ones_like(x)
        p[tested] = tail(x[tested], e[tested], np.nan_to_num(spread[tested]))
        flags = np.zeros_like(known)
        flags[known] = stats.benjamini_hochberg(p[known], s.fdr)
        for series, a, z in runs(flags):
            platform, region = labels[series]
            start, end = ctx.bin_time(a), ctx.bin_time(z)
            obs, exp = float(x[series, a:z].sum()), float(e[series, a:z].sum())
            out.append({"kind": kind, "platform": platform, "region": region, "party": "", "start": start,
                        "end": end, "observed": obs, "expected": round(exp, 1),
                        "score": float(stats.strength(p[series, a:z].min())),
                        "explanation": explain.volume(kind, platform, region, start, end, obs, exp)})
    return out
