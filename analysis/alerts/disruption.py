"""disruption: every platform of a region falls silent together (a possible internet or network cut).

Only posts whose region says where the author is (profile location, geotag) count: during a cut, posts
about the region written elsewhere go on. Per region and hour, the expected count is the trimmed mean of the
same hour over the previous two weeks. A silence is a run of hours without any post (runs a few quiet hours
apart are joined); it becomes an alert when it lasts long enough, should have held enough posts, every
platform that usually posts there is silent too, and its Poisson probability passes Benjamini-Hochberg
over all the silences found.
"""
from __future__ import annotations

import numpy as np
from scipy import stats as sp

from analysis.alerts import explain, stats
from analysis.alerts.baseline import trimmed_mean
from analysis.alerts.context import Context
from analysis.alerts.runs import merge_close, runs
from analysis.alerts.series import counts

JOIN_GAP_HOURS = 3       # silences this close are one silence when the gap holds at most JOIN_GAP_POSTS
JOIN_GAP_POSTS = 1
PLATFORM_SILENT = 0.2    # a platform is silent when it has at most this share of its expected posts
STRAY_POSTS = 1          # ... or at most this many (a stray geotag, a post scheduled in advance)


def _hourly(ctx: Context):
    s = ctx.settings
    n_hours, n_p = ctx.clock.n_hours, len(ctx.platforms)
    by_pair = counts(ctx.hour, np.where(ctx.region >= 0, ctx.region * n_p + ctx.platform, -1),
                     len(ctx.regions) * n_p, n_hours, ctx.resident, ctx.weight)
    expected_pair = trimmed_mean(by_pair, 24, s.lookback_days, s.min_history_days)
    shape = (len(ctx.regions), n_p, n_hours)
    return by_pair.reshape(shape), expected_pair.reshape(shape)


def _silences(total: np.ndarray) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = {}
    for region, a, z in runs(total == 0):
        spans.setdefault(region, []).append((a, z))
    return {r: merge_close(v, JOIN_GAP_HOURS, lambda a, z, r=r: total[r, a:z].sum() <= JOIN_GAP_POSTS)
            for r, v in spans.items()}


def _candidates(ctx: Context, observed: np.ndarray, expected: np.ndarray) -> list[dict]:
    s = ctx.settings
    total, total_expected = observed.sum(axis=1), expected.sum(axis=1)
    found = []
    for region, spans in _silences(total).items():
        for a, z in spans:
            exp = total_expected[region, a:z]
            if z - a < s.min_silent_hours or np.isnan(exp).any() or exp.sum() < s.min_expected_silence:
                continue
            if total[region, a:z].sum() > max(2 * JOIN_GAP_POSTS, PLATFORM_SILENT * exp.sum()):
                continue    # joined gaps held too many posts: not a silence
            per_platform_obs = observed[region, :, a:z].sum(axis=1)
            per_platform_exp = expected[region, :, a:z].sum(axis=1)
            usual = per_platform_exp >= 1
            silent = (per_platform_obs <= PLATFORM_SILENT * per_platform_exp) | (per_platform_obs <= STRAY_POSTS)
            if not silent[usual].all():
                continue
            found.append({"region": region, "a": a, "z": z, "observed": float(total[region, a:z].sum()),
                          "expected": float(exp.sum()), "platforms": list(np.flatnonzero(usual))})
    return found


def _hypotheses(ctx: Context) -> int:
    """Silences are searched for over every hour of every region: as many tests as there are distinct
    windows of the minimum length (neighbouring windows overlap, so this errs on the side of fewer alerts)."""
    return max(1, len(ctx.regions) * ctx.clock.n_hours // ctx.settings.min_silent_hours)


def disruption_alerts(ctx: Context) -> list[dict]:
    if not len(ctx.regions):
        return []
    observed, expected = _hourly(ctx)
    found = _candidates(ctx, observed, expected)
    p = np.array([sp.poisson.cdf(f["observed"], f["expected"]) for f in found])
    keep = stats.benjamini_hochberg(np.r_[p, np.ones(_hypotheses(ctx) - len(p))], ctx.settings.fdr)[:len(p)]
    out = []
    for f, pv, kept in zip(found, p, keep):
        if not kept:
            continue
        start, end = ctx.clock.time(f["a"]), ctx.clock.time(f["z"])
        region = ctx.regions[f["region"]]
        platforms = [ctx.platforms[i] for i in f["platforms"]]
        out.append({"kind": "disruption", "platform": "", "region": region, "party": "", "start": start, "end": end,
                    "observed": f["observed"], "expected": round(f["expected"], 1), "score": float(stats.strength(pv)),
                    "explanation": explain.disruption(region, start, end, f["observed"], f["expected"], platforms)})
    return out
