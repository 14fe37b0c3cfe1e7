"""Time zones of exported dates: abbreviations (`EDT`, `BRT`, `GMT`), numeric offsets, and the `tz`
option that settles ambiguous abbreviations (CST, IST) and gives local-time formats their zone.

The abbreviation table is data/timezones/abbreviations.csv (source and checks in data/README.md).
A zone that cannot be settled stops the file with one message naming the fix, rather than
rejecting every row.
"""
from __future__ import annotations

import csv
import functools
import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import numpy as np
import pandas as pd

from analysis import paths
from analysis.importers.base import ImportFailure, to_utc

TABLE = paths.DATA / "timezones" / "abbreviations.csv"
NUMERIC = re.compile(r"^(?:UTC|GMT|UT)?\s*(?P<sign>[+-])(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$", re.I)
FIX = "--tz ZONE (e.g. --tz Africa/Bamako, --tz America/Sao_Paulo, --tz +05:30)"




@functools.cache
def abbreviations() -> dict[str, tuple[float, str, tuple[str, ...]]]:
    """abbreviation (upper case) -> (offset hours, meaning, other meanings when ambiguous)."""
    table = {}
    with open(TABLE, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            others = tuple(o.strip() for o in row["other_meanings"].split(";") if o.strip())
            table[row["abbreviation"].upper()] = (numeric_offset(row["utc_offset"]), row["meaning"], others)
    return table


def numeric_offset(text: str) -> float | None:
    """'+05:30', '-03', 'UTC+3', 'GMT-03:00' -> hours; None when the text is not an offset."""
    found = NUMERIC.match(text.strip())
    if not found or int(found["h"]) > 14 or int(found["m"] or 0) > 59:
        return None
    hours = int(found["h"]) + int(found["m"] or 0) / 60
    return -hours if found["sign"] == "-" else hours


def parse_zone(tz: str | None) -> tzinfo | None:
    """The zone the `tz` option names: an IANA name, UTC, a fixed offset, or an unambiguous abbreviation."""
    if tz is None or not tz.strip():
        return None
    text = tz.strip()
    hours = numeric_offset(text)
    if hours is not None:
        return timezone(timedelta(hours=hours))
    if text in available_timezones() or text.upper() in ("UTC", "GMT"):
        try:
            return ZoneInfo("UTC" if text.upper() in ("UTC", "GMT") else text)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    known = abbreviations().get(text.upper())
    if known and not known[2]:
        return timezone(timedelta(hours=known[0]))
    raise ImportFailure(f"--tz {tz}: unknown or ambiguous time zone; give an IANA name such as Africa/Bamako or "
                        "an offset such as +05:30 (fuseau inconnu ou ambigu : nom IANA ou décalage)")


def _unsettled(abbreviation: str, file_name: str, line: int | None) -> ImportFailure:
    where = f" (line {line})" if line else ""
    known = abbreviations().get(abbreviation.upper())
    if known:
        meanings = "; ".join((f"{_hhmm(known[0])} {known[1]}", *known[2]))
        return ImportFailure(f"{file_name}: ambiguous time zone '{abbreviation}'{where}: {meanings}; say which with "
                             f"{FIX} (fuseau ambigu : précisez-le avec --tz)")
    return ImportFailure(f"{file_name}: unknown time zone '{abbreviation}'{where}; give the export's zone with {FIX} "
                         "(fuseau inconnu : indiquez-le avec --tz)")


def _hhmm(hours: float) -> str:
    minutes = round(abs(hours) * 60)
    return f"{'-' if hours < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_offsets(names, tz: str | None, file_name: str, lines: dict | None = None) -> dict[str, float | None]:
    """Offset (hours) of each zone name found in a file; None means "local time in `tz`".

    A missing name is local time (UTC when no `tz`: Mali keeps GMT all year). An ambiguous or unknown
    name is settled by `tz`, or stops the whole file with one message naming the fix.
    """
    zone = parse_zone(tz)
    out = {}
    for name in names:
        text = (name or "").strip()
        hours = 0.0 if not text and zone is None else numeric_offset(text) if text else None
        known = abbreviations().get(text.upper()) if text else None
        if hours is None and known and not known[2]:
            hours = known[0]
        if hours is None and text and zone is None:
            raise _unsettled(text, file_name, (lines or {}).get(name))
        out[name] = hours
    return out


def localize(naive: pd.Series, tz: str | None) -> pd.Series:
    """Naive local datetimes -> UTC; a time repeated when clocks go back is read as the first one."""
    zone = parse_zone(tz)
    values = pd.to_datetime(naive)
    if zone is None:
        return values.dt.tz_localize("UTC")
    key = zone.key if isinstance(zone, ZoneInfo) else zone
    first = np.ones(len(values), dtype=bool)
    return values.dt.tz_localize(key, ambiguous=first, nonexistent="shift_forward").dt.tz_convert("UTC")


def local_to_utc(naive: list[datetime | None], tz: str | None) -> list[datetime | None]:
    """Phone-local datetimes (WhatsApp) -> aware UTC datetimes; UTC when no `tz` is given."""
    zone = parse_zone(tz) or timezone.utc
    return [None if d is None else d.replace(tzinfo=zone).astimezone(timezone.utc) for d in naive]


_HAS_ZONE = r"(?:Z|[+-]\d{2}(?::?\d{2})?|\b(?:UTC|GMT))$"


def dates_to_utc(series: pd.Series, tz: str | None) -> pd.Series:
    """Like base.to_utc, but dates written without a zone are local time in `tz` (for readers of
    generic and JSON exports that take the --tz option)."""
    if parse_zone(tz) is None:
        return to_utc(series)
    text = series.astype("object").where(series.notna(), None)
    zoned = text.fillna("").astype(str).str.strip().str.contains(_HAS_ZONE, regex=True).to_numpy()
    out = to_utc(text.where(zoned, None))
    naive = pd.to_datetime(text.where(~zoned, None), errors="coerce", format="mixed")
    return out.where(zoned, localize(naive, tz))
