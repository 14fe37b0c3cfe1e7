"""Counting posts per series and time bin with one bincount (fast at a million posts).

A series is a slice of the corpus: everything, one platform, one region (or one region and platform).
Bins are counted from the first hour of the corpus; `Clock` turns bin numbers back into times.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

NATIONAL = ""


@dataclass(frozen=True)
class Clock:
    first_hour: int      # epoch hour of the first bin
    n_hours: int

    def time(self, hour) -> pd.Timestamp:
        return pd.Timestamp(int((self.first_hour + hour) * 3600), unit="s", tz="UTC")

    def bins(self, bin_hours: int) -> int:
        return -(-self.n_hours // bin_hours)

    def first_weekday(self, bin_hours: int) -> int:
        return self.time(0).weekday()


def clock_and_hours(created: pd.Series, bin_hours: int) -> tuple[Clock, np.ndarray]:
    """The clock (starting at midnight UTC of the first day, so bins line up with days) and each post's hour."""
    # in seconds whatever the column's resolution (the store's frame is in microseconds, not nanoseconds)
    hours = pd.DatetimeIndex(pd.to_datetime(created, utc=True)).as_unit("s").asi8 // 3600
    if not len(hours):
        return Clock(0, 0), hours
    first = int(hours.min()) // 24 * 24
    return Clock(first, int(hours.max()) - first + 1), hours - first


def codes(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer code per row and the names (empty values get code -1)."""
    values = column.astype(object).where(column.notna(), "") if not isinstance(column.dtype, pd.CategoricalDtype) \
        else column
    code, names = pd.factorize(values)
    names = [str(n) for n in names]
    code = np.asarray(code, dtype=np.int64)
    if "" in names:
        empty = names.index("")
        code = np.where(code == empty, -1, code - (code > empty))
        names.pop(empty)
    return code, names


def counts(bin_of: np.ndarray, key: np.ndarray, n_keys: int, n_bins: int, mask=None, weight=None) -> np.ndarray:
    """(n_keys, n_bins) counts of the rows with key >= 0 (and mask); weight: posts per row when each row stands for
    several posts (hourly counts), None when a row is a post."""
    keep = key >= 0 if mask is None else (key >= 0) & mask
    flat = np.bincount(key[keep] * n_bins + bin_of[keep], weights=None if weight is None else weight[keep],
                       minlength=n_keys * n_bins)
    return flat.reshape(n_keys, n_bins).astype(float)


def national(bin_of: np.ndarray, n_bins: int, mask=None, weight=None) -> np.ndarray:
    return counts(bin_of, np.zeros(len(bin_of), dtype=np.int64), 1, n_bins, mask, weight)
