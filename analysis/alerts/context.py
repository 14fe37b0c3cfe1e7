"""What every rule reads, computed once per run: times, series keys and the masks of flagged posts."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.alerts.series import Clock, clock_and_hours, codes
from analysis.alerts.settings import Settings
from analysis.frame import has_any

REQUIRED = ("created_at", "platform")
RESIDENT_SOURCES = ("author", "geotag")   # where the author is, not what the post talks about


@dataclass
class Context:
    settings: Settings
    clock: Clock
    hour: np.ndarray                      # hour of each post since the clock's start
    platform: np.ndarray
    platforms: list[str]
    region: np.ndarray                    # -1 when unknown
    regions: list[str]
    resident: np.ndarray                  # the region says where the author is
    coordinated: np.ndarray               # post in a coordinated copy-paste group
    boycott: np.ndarray | None
    hostile: np.ndarray | None
    weight: np.ndarray | None = None      # posts per row when rows are hourly counts (None: a row is a post)

    @property
    def bin_of(self) -> np.ndarray:
        return self.hour // self.settings.bin_hours

    @property
    def n_bins(self) -> int:
        return self.clock.bins(self.settings.bin_hours)

    def bin_time(self, b: int, bin_hours: int | None = None) -> pd.Timestamp:
        return self.clock.time(b * (bin_hours or self.settings.bin_hours))


def _text_column(posts: pd.DataFrame, name: str) -> pd.Series:
    if name not in posts.columns:
        return pd.Series("", index=posts.index)
    return posts[name]


def build_context(posts: pd.DataFrame, settings: Settings, weight: str | None = None) -> Context:
    """weight: the column giving each row's number of posts, when rows are counts rather than posts."""
    missing = [c for c in REQUIRED if c not in posts.columns]
    if missing:
        raise ValueError(f"alerts: missing column(s) {', '.join(missing)}")
    clock, hour = clock_and_hours(posts["created_at"], settings.bin_hours)
    platform, platforms = codes(posts["platform"])
    region, regions = codes(_text_column(posts, "region"))
    source = _text_column(posts, "region_source").astype(str).to_numpy()
    resident = np.isin(source, RESIDENT_SOURCES) if "region_source" in posts.columns else np.ones(len(posts), bool)
    coordinated = (_text_column(posts, "dup_group").astype(str) != "").to_numpy()
    boycott = has_any(posts["participation"], ["boycott"]) if "participation" in posts.columns else None
    hostile = (posts["hostility"].astype(str) == "hostile").to_numpy() if "hostility" in posts.columns else None
    return Context(settings, clock, np.asarray(hour, dtype=np.int64), platform, platforms, region, regions,
                   resident, coordinated, boycott, hostile,
                   None if weight is None else posts[weight].to_numpy(dtype=float))
