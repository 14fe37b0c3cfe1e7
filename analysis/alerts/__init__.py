"""Alerts: when something breaks or jumps, per platform and region, with a plain-French explanation.

`settings` holds the thresholds (one frozen Settings value), `series` counts posts per series and time bin,
`baseline` gives each bin its expected value from the same hours of the previous two weeks (median and MAD,
weekday factor, trimmed mean for sparse hourly counts), `stats` the count tests and Benjamini-Hochberg,
`volume` (volume_spike, volume_drop), `disruption` (every platform of a region silent together), `surges`
(boycott_surge, hostility_surge: shares of flagged posts), `events` (coordination from dup_group,
claim_spread from the claims), `explain` the French sentences, `window` an alert's curve, `scoring` alerts
against a ground truth of events.

Offers: find_alerts(posts, claims=None, since=None, settings=Settings()) -> AlertsResult (alerts: one row per
alert, ALERT_COLUMNS, newest first; summary); alert_series(posts, alert, settings) -> observed vs expected
around an alert; match_events(alerts, events); KINDS, ALERT_COLUMNS, Settings. The method is described in docs/methode_alertes.md.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.alerts.context import build_context
from analysis.alerts.disruption import disruption_alerts
from analysis.alerts.events import claim_alerts, coordination_alerts
from analysis.alerts.scoring import match_events
from analysis.alerts.settings import ALERT_COLUMNS, KINDS, Settings
from analysis.alerts.surges import surge_alerts
from analysis.alerts.volume import volume_alerts
from analysis.alerts.window import alert_series


@dataclass
class AlertsResult:
    alerts: pd.DataFrame
    summary: dict


def _frame(rows: list[dict], since) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=ALERT_COLUMNS)
    if since is not None and len(frame):
        since = pd.Timestamp(since)
        since = since.tz_localize("UTC") if since.tzinfo is None else since.tz_convert("UTC")
        frame = frame[pd.to_datetime(frame["end"], utc=True) >= since]
    return frame.sort_values(["start", "kind"], ascending=[False, True], kind="stable").reset_index(drop=True)


def find_alerts(posts: pd.DataFrame, claims: pd.DataFrame | None = None, since=None,
                settings: Settings = Settings(), weight: str | None = None,
                grouped: pd.DataFrame | None = None) -> AlertsResult:
    """Every alert over the posts (baselines use all history; `since` keeps alerts ending from that date).
    With weight, each row of posts stands for that column's number of posts (hourly counts, for a store too
    large to load: the same alerts) and the coordination alerts come from `grouped`, the grouped posts."""
    notes = []
    if posts.empty:
        return AlertsResult(pd.DataFrame(columns=ALERT_COLUMNS), {"alerts": 0, "notes": ["no posts"]})
    ctx = build_context(posts, settings, weight)
    rows = volume_alerts(ctx) + disruption_alerts(ctx)
    if ctx.boycott is None:
        notes.append("no participation column: no boycott_surge alerts (run annotate)")
    else:
        rows += surge_alerts(ctx, "boycott_surge", ctx.boycott)
    if ctx.hostile is None:
        notes.append("no hostility column: no hostility_surge alerts")
    else:
        rows += surge_alerts(ctx, "hostility_surge", ctx.hostile)
    if not ctx.regions:
        notes.append("no region column: no disruption and no regional alerts (run annotate)")
    rows += coordination_alerts(posts if grouped is None else grouped, settings.min_group_accounts) + claim_alerts(claims, settings.min_claim_posts)
    frame = _frame(rows, since)
    counts = frame["kind"].value_counts()
    summary = {"alerts": len(frame), **{k: int(counts.get(k, 0)) for k in KINDS}, "notes": notes}
    return AlertsResult(frame, summary)


__all__ = ["ALERT_COLUMNS", "AlertsResult", "KINDS", "Settings", "alert_series", "find_alerts", "match_events"]
