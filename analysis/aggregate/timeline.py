"""Time buckets shared by the page aggregations: a day or an ISO week (starting Monday)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.aggregate.codes import as_dates, day_numbers

FREQS = ("W", "D")


def period_of(day: pd.Series, freq: str) -> pd.Series:
    """Start of the bucket of each day, by integer arithmetic on day numbers (fast at 1M rows)."""
    if freq not in FREQS:
        raise ValueError(f"unknown time step {freq!r} (use one of {', '.join(FREQS)})")
    return pd.Series(as_dates(day_numbers(day, freq)), index=day.index, name="period")


def periods(day: pd.Series, freq: str) -> np.ndarray:
    """Bucket start of each day as a day number (for aggregate_codes.pair_sums)."""
    if freq not in FREQS:
        raise ValueError(f"unknown time step {freq!r} (use one of {', '.join(FREQS)})")
    return day_numbers(day, freq)


def period_end(start, freq: str) -> pd.Timestamp:
    """Exclusive end of the bucket that starts at start."""
    return pd.Timestamp(start) + pd.Timedelta(days=7 if freq == "W" else 1)


def in_period(posts: pd.DataFrame, start, freq: str) -> np.ndarray:
    """Mask of the posts whose day falls in the bucket starting at start."""
    begin = pd.Timestamp(str(start)[:10])
    day = posts["day"]
    return ((day >= begin) & (day < period_end(begin, freq))).to_numpy()


def events_for(events: list[dict], which: str) -> list[dict]:
    """which: 'key' (the calendar's key events: votes, campaigns, results), 'all' or 'none'."""
    if which == "none":
        return []
    if which == "key":
        return [e for e in events if e.get("key")]
    return list(events)


def narrow_to_period(filters, start, freq: str):
    """The filters with their dates narrowed to the bucket starting at start (for links to the Posts page)."""
    from dataclasses import replace
    begin = pd.Timestamp(str(start)[:10]).date()
    end = (period_end(begin, freq) - pd.Timedelta(days=1)).date()
    date_from = max(begin, filters.date_from) if filters.date_from else begin
    date_to = min(end, filters.date_to) if filters.date_to else end
    return replace(filters, date_from=date_from, date_to=date_to)
