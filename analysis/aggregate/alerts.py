"""The Alertes page: the feed under the user's thresholds, and the posts behind one alert."""
from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pandas as pd

from analysis.filters import Filters
from analysis.frame import has_any

GROUP_ID = re.compile(r"\bG\d{4}\b")


def feed(alerts: pd.DataFrame, kinds=(), min_score: float = 0.0, regions=()) -> pd.DataFrame:
    """The alerts of the chosen kinds and regions whose score reaches min_score, newest first."""
    keep = alerts["score"].astype(float) >= float(min_score)
    if kinds:
        keep &= alerts["kind"].isin(list(kinds))
    if regions:
        keep &= alerts["region"].isin(list(regions))
    return alerts[keep].sort_values("start", ascending=False, kind="stable").reset_index(drop=True)


def _window(posts: pd.DataFrame, alert) -> np.ndarray:
    times = pd.to_datetime(posts["created_at"], utc=True)
    keep = ((times >= pd.Timestamp(alert["start"])) & (times <= pd.Timestamp(alert["end"]))).to_numpy().copy()
    for key in ("platform", "region"):
        if str(alert[key] or "") and key in posts.columns:
            keep &= (posts[key].astype(str) == str(alert[key])).to_numpy()
    return keep


def alert_posts(posts: pd.DataFrame, alert) -> pd.DataFrame:
    """The posts behind an alert: its series over its time, narrowed to what the alert is about."""
    keep = _window(posts, alert)
    kind = alert["kind"]
    if kind == "boycott_surge" and "participation" in posts.columns:
        keep &= has_any(posts["participation"], ["boycott"])
    elif kind == "hostility_surge" and "hostility" in posts.columns:
        keep &= (posts["hostility"].astype(str) == "hostile").to_numpy()
    elif kind == "coordination" and "dup_group" in posts.columns:
        group = GROUP_ID.search(str(alert["explanation"]))
        keep &= (posts["dup_group"].astype(str) == (group.group(0) if group else "")).to_numpy()
    return posts[keep]


def posts_page_params(filters: Filters, alert) -> dict:
    """URL parameters of the Posts page showing the alert's days, platform and region (sidebar kept)."""
    narrowed = replace(filters, date_from=pd.Timestamp(alert["start"]).date(), date_to=pd.Timestamp(alert["end"]).date(),
                       platforms=(str(alert["platform"]),) if str(alert["platform"] or "") else filters.platforms,
                       regions=(str(alert["region"]),) if str(alert["region"] or "") else filters.regions)
    return narrowed.to_params()
