"""boycott_surge and hostility_surge: the share of boycott calls, or of hostile posts, jumps in a region.

Shares, not counts: on a vote day everything rises, and a surge is about what people say. Per region (and
for the whole corpus) and 6-hour bin, the usual share is that of the previous two weeks (small regions
borrow strength from the national share); the bin is tested when it holds enough flagged posts at least
`min_ratio` times the expected number, with a binomial test and Benjamini-Hochberg over all bins. Posts of
coordinated copy-paste groups are left out here: their own alert (coordination) reports them.
"""
from __future__ import annotations

import numpy as np

from analysis.alerts import explain, stats
from analysis.alerts.context import Context
from analysis.alerts.runs import merge_close, runs
from analysis.alerts.series import NATIONAL, counts, national

PRIOR_POSTS = 50     # weight of the national share in a region's usual share


def _series(ctx: Context, mask: np.ndarray | None) -> np.ndarray:
    b, n = ctx.bin_of, ctx.n_bins
    return np.vstack([national(b, n, mask, ctx.weight), counts(b, ctx.region, len(ctx.regions), n, mask, ctx.weight)])


def _past_sum(x: np.ndarray, width: int) -> np.ndarray:
    """Sum of the `width` bins before each bin."""
    cumulative = np.concatenate([np.zeros((x.shape[0], 1)), np.cumsum(x, axis=1)], axis=1)
    t = np.arange(x.shape[1])
    return cumulative[:, t] - cumulative[:, np.maximum(t - width, 0)]


def _usual_share(flagged: np.ndarray, total: np.ndarray, ctx: Context) -> np.ndarray:
    s = ctx.settings
    per_day = 24 // s.bin_hours
    width = s.lookback_days * per_day
    past_f, past_t = _past_sum(flagged, width), _past_sum(total, width)
    nation = past_f[0] / np.maximum(past_t[0], 1)
    share = (past_f + PRIOR_POSTS * nation) / (past_t + PRIOR_POSTS)
    enough = np.arange(total.shape[1]) >= s.min_history_days * per_day
    return np.where(enough[None, :], share, np.nan)


def surge_alerts(ctx: Context, kind: str, flag: np.ndarray) -> list[dict]:
    s = ctx.settings
    organic = ~ctx.coordinated
    total, flagged = _series(ctx, organic), _series(ctx, organic & flag)
    share = _usual_share(flagged, total, ctx)
    known = ~np.isnan(share)
    expected = np.where(known, total * np.nan_to_num(share), 0.0)
    tested = known & (flagged >= s.min_surge_posts) & (flagged >= s.min_ratio * np.maximum(expected, 1.0))
    p = np.ones_like(total)
    p[tested] = stats.share_upper(flagged[tested], total[tested], share[tested])
    flags = np.zeros_like(known)
    flags[known] = stats.benjamini_hochberg(p[known], s.fdr)
    labels = [NATIONAL] + ctx.regions
    out = []
    for series, a, z in _joined(flags, 24 // s.bin_hours):
        region, start, end = labels[series], ctx.bin_time(a), ctx.bin_time(z)
        obs, exp = float(flagged[series, a:z].sum()), float(expected[series, a:z].sum())
        out.append({"kind": kind, "platform": "", "region": region, "party": "", "start": start, "end": end,
                    "observed": obs, "expected": round(exp, 1), "score": float(stats.strength(p[series, a:z].min())),
                    "explanation": explain.surge(kind, region, start, end, obs, exp, float(share[series, a]))})
    return _without_explained(out)


def _joined(flags: np.ndarray, gap: int) -> list[tuple[int, int, int]]:
    """Runs of one series less than a day apart are one surge (the night between two days is quiet)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for series, a, z in runs(flags):
        spans.setdefault(series, []).append((a, z))
    return [(series, a, z) for series, v in spans.items() for a, z in merge_close(v, gap, lambda a, z: True)]


def _without_explained(alerts: list[dict]) -> list[dict]:
    """A national surge that one region's surge accounts for (half its excess or more) is that region's."""
    def excess(a):
        return a["observed"] - a["expected"]

    regional = [a for a in alerts if a["region"] != NATIONAL]
    return [a for a in alerts if a["region"] != NATIONAL or not any(
        r["start"] < a["end"] and a["start"] < r["end"] and excess(r) >= 0.5 * excess(a) for r in regional)]
