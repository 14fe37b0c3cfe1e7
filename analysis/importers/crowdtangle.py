"""CrowdTangle historical-data CSV (Facebook 2020 and 2021+ layouts, Instagram), streamed in chunks."""
from __future__ import annotations

import csv
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from analysis.importers import arrowops
from analysis.importers.base import CHUNK_ROWS, Batch, ImportFailure, clip_raw, empty_posts, set_reason, split_valid
from analysis.importers.csvio import Dialect, read_dialect
from analysis.importers.encoding import open_text

# Offsets (hours) of the zone abbreviations CrowdTangle prints after its dates (the dashboard's zone).
ZONES = {"UTC": 0, "GMT": 0, "Z": 0, "EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7,
         "PDT": -7, "PST": -8, "AKDT": -8, "AKST": -9, "HST": -10, "BST": 1, "CET": 1, "CEST": 2,
         "WAT": 1, "WET": 0, "WEST": 1, "EET": 2, "EEST": 3}
REACTIONS = ("likes", "love", "wow", "haha", "sad", "angry", "care", "thankful")
FIELDS = {  # canonical role -> CrowdTangle column names, first present wins (lower case)
    "facebook": {"author_name": ("page name", "user name"), "author_id": ("facebook id", "user name"),
                 "created": ("post created", "created"), "message": ("message",),
                 "fallback": ("description", "link text", "image text"), "url": ("url",),
                 "comments": ("comments",), "shares": ("shares",),
                 "views": ("post views", "views", "total views"), "location": ("page admin top country",)},
    "instagram": {"author_name": ("account", "user name"), "author_id": ("user name", "account"),
                  "created": ("post created", "created"), "message": ("description",),
                  "fallback": ("title", "image text"), "url": ("url",), "comments": ("comments",),
                  "views": ("views", "post views")},
}
MARKERS = {"facebook id", "likes at posting", "followers at posting", "total interactions"}


def layout_of(header) -> str | None:
    """'facebook', 'instagram' or None, from the header alone (names compared case-insensitively)."""
    names = {h.strip().lower() for h in header}
    overperforming = any(n.startswith("overperforming") for n in names)
    if "account" in names and ("followers at posting" in names or overperforming) and "facebook id" not in names:
        return "instagram"
    if len(names & MARKERS) >= 2 or (overperforming and "facebook id" in names):
        return "facebook"
    return None


def _roles(header, layout: str) -> dict[str, int | tuple[int, ...]]:
    index = {}
    for i, h in enumerate(header):
        index.setdefault(h.strip().lower(), i)
    roles = {}
    for role, names in FIELDS[layout].items():
        found = [index[n] for n in names if n in index]
        if found:
            roles[role] = tuple(found) if role == "fallback" else found[0]
    roles["reactions"] = tuple(index[n] for n in REACTIONS if n in index and (layout == "facebook" or n == "likes"))
    return roles


def parse_ct_dates(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """'2020-03-25 16:45:20 EDT' -> UTC; returns (timestamps, reason per row, '' when fine)."""
    parts = series.astype("object").fillna("").map(str).str.extract(
        r"^\s*(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?\s*$")
    naive = pd.to_datetime(parts[0], errors="coerce", format="ISO8601")
    zone = parts[1].fillna("UTC").str.upper()
    numeric = zone.str.match(r"^[+-]\d")
    hours = zone.map(ZONES).astype("float64")
    sign = np.where(zone.str.startswith("-"), -1.0, 1.0)
    digits = zone.str.replace(":", "", regex=False).str[1:]
    offsets = sign * (pd.to_numeric(digits.str[:2], errors="coerce") + pd.to_numeric(digits.str[2:], errors="coerce") / 60)
    hours = hours.where(~numeric, offsets)
    utc = (naive - pd.to_timedelta(hours, unit="h")).dt.tz_localize("UTC")
    reasons = pd.Series("", index=series.index, dtype="object")
    reasons[naive.isna()] = "unreadable date '" + series[naive.isna()].astype(str).str.slice(0, 40) + "'"
    unknown = naive.notna() & hours.isna()
    reasons[unknown] = "unknown time zone '" + parts.loc[unknown, 1].astype(str) + "'"
    return utc, reasons


def _frame(columns: list, lines: list, names: list[str], layout: str, source: str) -> pd.DataFrame:
    cols = {n: arrowops.strings(v) for n, v in zip(names, columns)}
    empty = pa.nulls(len(lines), pa.string())
    created, date_reasons = arrowops.ct_dates(cols["created"], ZONES, parse_ct_dates)
    text = arrowops.fix_text(arrowops.first_non_empty(
        [cols.get("message", empty)] + [cols[n] for n in names if n.startswith("fallback")]).fill_null(""))
    author_id, url = cols.get("author_id", empty), cols.get("url", empty)
    ids = arrowops.instagram_ids if layout == "instagram" else arrowops.facebook_ids
    native = ids(url, author_id, cols["created"], text)
    out = pd.DataFrame({
        "post_id": arrowops.to_series(pc.binary_join_element_wise(layout, native, ":")),
        "platform": layout, "author_id": arrowops.to_series(author_id),
        "author_name": arrowops.to_series(arrowops.fix_text(cols.get("author_name", author_id))),
        "author_location": arrowops.to_series(cols.get("location", empty)),
        "created_at": created, "text": arrowops.to_series(text, empty_as_null=False),
        "url": arrowops.to_series(url), "reply_to_id": None, "is_repost": False, "source": source,
        "_line": lines})
    set_reason(out, date_reasons != "", date_reasons)
    _counts(out, cols, names)
    return out


def _counts(out: pd.DataFrame, cols: dict, names: list[str]) -> None:
    reactions = [n for n in names if n.startswith("reaction")]
    for canonical, sources in (("likes", reactions), ("comments", ["comments"]), ("shares", ["shares"]),
                               ("views", ["views"])):
        total, any_value = None, None
        for name in (n for n in sources if n in cols):
            values, bad = arrowops.counts(cols[name])
            set_reason(out, bad, f"{canonical}: not a count")
            any_value = pc.is_valid(values) if any_value is None else pc.or_(any_value, pc.is_valid(values))
            values = values.fill_null(0)
            total = values if total is None else pc.add(total, values)
        if total is None:
            out[canonical] = pd.array([pd.NA] * len(out), dtype="Int64")
        else:  # a sum of reactions is missing only when every reaction is missing ("N/A")
            total = pc.if_else(any_value, total, pa.scalar(None, pa.int64()))
            out[canonical] = pd.array(total.to_pandas(), dtype="Int64")


def _selection(roles: dict) -> tuple[list[str], list[int]]:
    names, indices = [], []
    for role, idx in roles.items():
        multi = idx if isinstance(idx, tuple) else (idx,)
        prefix = {"fallback": "fallback", "reactions": "reaction"}.get(role)
        for i, j in enumerate(multi):
            names.append(f"{prefix}{i}" if prefix else role)
            indices.append(j)
    return names, indices


def _records(path: Path, encoding: str, dialect: Dialect):
    """Chunks of (records, end lines): the loop stays minimal because it runs once per row."""
    with open_text(path, encoding) as fh:
        reader = csv.reader(fh, delimiter=dialect.delimiter)
        rows, ends = [], []
        try:
            next(reader)
        except (StopIteration, csv.Error):
            return
        ends.append(reader.line_num)  # header's last line; ends[i] is where record i-1 finished
        while True:
            try:
                for fields in reader:
                    rows.append(fields)
                    ends.append(reader.line_num)
                    if len(rows) >= CHUNK_ROWS:
                        yield rows, ends
                        rows, ends = [], [ends[-1]]
                break
            except csv.Error as exc:
                rows.append(exc)
                ends.append(reader.line_num)
        if rows:
            yield rows, ends


def read(path: Path, encoding: str, source: str, dialect: Dialect | None = None, **_):
    """Yield Batches of CrowdTangle rows; records with the wrong field count become rejected rows."""
    dialect = dialect or read_dialect(path, encoding)
    layout = layout_of(dialect.header) or "facebook"
    roles = _roles(dialect.header, layout)
    if "created" not in roles:
        raise ImportFailure(f"{path.name}: CrowdTangle file without a Created / Post Created column")
    names, indices = _selection(roles)
    width = len(dialect.header)
    for rows, ends in _records(path, encoding, dialect):
        good, lines, rejected = [], [], []
        for i, fields in enumerate(rows):
            if isinstance(fields, list) and len(fields) == width:
                good.append(fields)
                lines.append(ends[i] + 1)
            elif isinstance(fields, Exception):
                rejected.append((ends[i] + 1, f"unreadable record: {fields}", ""))
            elif any(f.strip() for f in fields):  # blank lines are not records
                rejected.append((ends[i] + 1, f"expected {width} fields, found {len(fields)}",
                                 clip_raw(dialect.delimiter.join(fields))))
        yield _batch(good, lines, rejected, names, indices, layout, source, dialect.delimiter)


def _batch(rows, lines, rejected, names, indices, layout, source, delimiter) -> Batch:
    if not rows:
        return Batch(empty_posts(), list(rejected))
    columns = [list(map(itemgetter(i), rows)) for i in indices]  # only the columns Vigie keeps
    frame = _frame(columns, lines, names, layout, source)
    batch = split_valid(frame, lambda pos: delimiter.join(rows[pos]))
    batch.rejected = list(rejected) + batch.rejected
    return batch
