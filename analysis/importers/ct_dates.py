"""CrowdTangle dates: '2021-07-05 18:02:45 BRT' carries the zone of the dashboard that exported it.

Vectorised with pyarrow: a file holds one or two zone names, so each distinct name is resolved once
(timezones.zone_offsets) and applied to the whole column. A zone that cannot be settled stops the
file with one message; only dates that cannot be read at all reject their row.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.importers.timezones import localize, zone_offsets

ZONE = re.compile(r"^[A-Za-z]{0,6}(?:[+-]\d{1,2}(?::?\d{2})?)?$")
OTHER = (r"^\s*(?P<dt>\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?)\s*"
         r"(?P<zone>[A-Za-z]{1,6}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2}|Z)?\s*$")


def _apply_zones(naive: pd.Series, zones: pd.Series, tz: str | None, file_name: str) -> pd.Series:
    """Naive datetimes + zone name per row -> UTC; rows whose zone is local time take `tz`."""
    names = set(zones)
    offsets = zone_offsets(sorted(names), tz, file_name)
    if len(names) == 1 and offsets[next(iter(names))] is not None:  # the usual file: one fixed zone
        shift = np.timedelta64(round(offsets[next(iter(names))] * 3600), "s")
        return pd.Series(naive.to_numpy(dtype="datetime64[us]") - shift, index=naive.index).dt.tz_localize("UTC")
    hours = zones.map(offsets)
    fixed = hours.notna().to_numpy()
    utc = pd.Series(pd.NaT, index=naive.index, dtype="datetime64[us, UTC]")
    if fixed.any():
        shifted = naive[fixed] - pd.to_timedelta(hours[fixed].astype("float64"), unit="h")
        utc[fixed] = shifted.dt.tz_localize("UTC")
    local = ~fixed & naive.notna().to_numpy()
    if local.any():
        utc[local] = localize(naive[local], tz)
    return utc


def _fast_parts(arr: pa.Array) -> tuple[pd.Series, pd.Series]:
    """'YYYY-MM-DD HH:MM:SS ZONE' by position (no regex); other shapes come out as NaT for _other_parts."""
    naive = pc.strptime(pc.utf8_slice_codeunits(arr, 0, 19), format="%Y-%m-%d %H:%M:%S", unit="us",
                        error_is_null=True)
    zones = pc.utf8_upper(pc.utf8_trim_whitespace(pc.utf8_slice_codeunits(arr, 19, 64))).fill_null("")
    odd = [z for z in pc.unique(zones).to_pylist() if not ZONE.match(z)]
    if odd:  # text after the time that is not a zone: the row is read (or refused) the careful way
        naive = pc.if_else(pc.is_in(zones, value_set=pa.array(odd)), pa.scalar(None, naive.type), naive)
    return (pd.Series(naive.to_numpy(zero_copy_only=False)),
            pd.Series(zones.to_numpy(zero_copy_only=False), dtype="object"))


def _other_parts(cells: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The rarer layouts (ISO 'T', fractions, numeric offsets, no seconds), row by row in pandas."""
    parts = cells.fillna("").astype(str).str.extract(OTHER)
    naive = pd.to_datetime(parts["dt"], errors="coerce", format="ISO8601")
    zones = parts["zone"].fillna("").str.upper().replace("Z", "UTC")
    return naive, zones


def ct_dates(arr: pa.Array, tz: str | None, file_name: str) -> tuple[pd.Series, pd.Series]:
    """Date cells -> (UTC timestamps, reason per row: '' when the date was read)."""
    naive, zones = _fast_parts(arr)
    retry = np.flatnonzero(naive.isna().to_numpy())
    if len(retry):
        cells = pd.Series(arr.take(pa.array(retry)).to_pylist(), index=retry, dtype="object")
        again, again_zones = _other_parts(cells)
        naive = naive.astype("datetime64[us]")
        naive.iloc[retry] = again.astype("datetime64[us]").to_numpy()
        zones.iloc[retry] = again_zones.to_numpy()
    utc = _apply_zones(naive, zones.where(naive.notna(), ""), tz, file_name)
    reasons = pd.Series("", index=utc.index, dtype="object")
    unread = utc.isna().to_numpy()
    if unread.any():
        cells = pd.Series(arr.take(pa.array(np.flatnonzero(unread))).to_pylist(), dtype="object")
        reasons[unread] = ("unreadable date '" + cells.fillna("").astype(str).str.slice(0, 40) + "'").to_numpy()
    return utc, reasons
