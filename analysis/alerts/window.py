"""Observed against expected around one alert, for its chart (the same series and baseline as the rule)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.alerts import disruption, surges, volume
from analysis.alerts.context import Context, build_context
from analysis.alerts.series import NATIONAL
from analysis.alerts.settings import Settings

SERIES_COLUMNS = ["time", "observed", "expected"]
MARGIN_DAYS = 3


def _volume(ctx: Context, platform: str, region: str):
    x, labels = volume.volume_series(ctx)
    expected, _ = volume.expected_counts(x, ctx)
    row = labels.index((platform, region)) if (platform, region) in labels else None
    return (None, None) if row is None else (x[row], expected[row])


def _surge(ctx: Context, flag: np.ndarray | None, region: str):
    if flag is None or (region and region not in ctx.regions):
        return None, None
    organic = ~ctx.coordinated
    total, flagged = surges._series(ctx, organic), surges._series(ctx, organic & flag)
    row = 0 if region == NATIONAL else 1 + ctx.regions.index(region)
    share = surges._usual_share(flagged, total, ctx)
    return flagged[row], total[row] * share[row]


def _disruption(ctx: Context, region: str):
    if region not in ctx.regions:
        return None, None
    observed, expected = disruption._hourly(ctx)
    row = ctx.regions.index(region)
    return observed[row].sum(axis=0), expected[row].sum(axis=0)


def alert_series(posts: pd.DataFrame, alert, settings: Settings = Settings(), weight: str | None = None
                 ) -> pd.DataFrame:
    """time, observed, expected of the alert's series from MARGIN_DAYS before it to MARGIN_DAYS after (weight:
    as in find_alerts)."""
    ctx = build_context(posts, settings, weight)
    kind, region, platform = alert["kind"], str(alert["region"] or ""), str(alert["platform"] or "")
    hours = 1 if kind == "disruption" else settings.bin_hours
    if kind in ("volume_spike", "volume_drop"):
        observed, expected = _volume(ctx, platform, region)
    elif kind in ("boycott_surge", "hostility_surge"):
        observed, expected = _surge(ctx, ctx.boycott if kind == "boycott_surge" else ctx.hostile, region)
    elif kind == "disruption":
        observed, expected = _disruption(ctx, region)
    else:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    if observed is None:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    times = pd.DatetimeIndex([ctx.clock.time(b * hours) for b in range(len(observed))])
    start, end = pd.Timestamp(alert["start"]), pd.Timestamp(alert["end"])
    keep = (times >= start - pd.Timedelta(days=MARGIN_DAYS)) & (times <= end + pd.Timedelta(days=MARGIN_DAYS))
    return pd.DataFrame({"time": times[keep], "observed": observed[keep], "expected": np.round(expected[keep], 2)})
