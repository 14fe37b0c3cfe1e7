"""Shared pieces of every reader: the batch they yield, row validation, counts, dates and stable ids."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis import schema

CHUNK_ROWS = 20_000
RAW_LIMIT = 2_000  # characters of a rejected row kept for the user to inspect
COUNT_COLUMNS = ("likes", "shares", "comments", "views")
STRING_COLUMNS = ("post_id", "platform", "author_id", "author_name", "author_location", "text", "url",
                  "reply_to_id", "source")
MISSING = {"", "n/a", "na", "nan", "null", "none", "-", "—"}


class ImportFailure(ValueError):
    """A file that cannot be read at all; the message is one line, `file: problem`."""


@dataclass
class Batch:
    """Rows a reader produced from one stretch of a file: canonical posts and rejected rows."""
    posts: pd.DataFrame
    rejected: list = field(default_factory=list)  # (line, reason, raw)

    @property
    def read(self) -> int:
        return len(self.posts) + len(self.rejected)


def stable_id(*parts) -> str:
    """Short, stable hash of the parts (for platforms whose exports carry no usable native id)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def clip_raw(value) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= RAW_LIMIT else text[:RAW_LIMIT] + "…"


_THOUSANDS = re.compile(r"^\d{1,3}([.,' \u00a0\u202f]\d{3})+$")


def parse_counts(series: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Counts as exported ("1,234", "1 234", "N/A") -> (Int64 values, mask of cells that are not counts)."""
    text = series.astype("object").where(series.notna(), "").map(str).str.strip()
    missing = text.str.lower().isin(MISSING)
    grouped = text.str.match(_THOUSANDS)
    cleaned = text.where(~grouped, text.str.replace(r"[.,' \u00a0\u202f]", "", regex=True))
    values = pd.to_numeric(cleaned.where(~missing, None), errors="coerce")
    bad = ~missing & (values.isna() | (values < 0) | (values != values.round()))
    return values.where(~bad).round().astype("Int64"), bad


def to_utc(series: pd.Series) -> pd.Series:
    """ISO-like date strings (with or without offset) -> UTC timestamps; naive ones are taken as UTC."""
    text = series.astype("object").where(series.notna(), None)
    values = pd.to_datetime(text, errors="coerce", utc=True, format="ISO8601")
    retry = values.isna() & text.notna()
    if retry.any():
        values[retry] = pd.to_datetime(text[retry], errors="coerce", utc=True, format="mixed")
    return values


def empty_posts() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series(dtype="object") for name in (*schema.POST_NAMES, "_line")})


def _check_ranges(frame: pd.DataFrame, reasons: pd.Series) -> pd.Series:
    for name, low, high in (("lat", -90, 90), ("lon", -180, 180)):
        if name in frame:
            values = pd.to_numeric(frame[name], errors="coerce")
            bad = values.notna() & ((values < low) | (values > high)) & (reasons == "")
            reasons = reasons.mask(bad, f"{name} out of range")
    return reasons


def _reasons(frame: pd.DataFrame) -> pd.Series:
    """Why each row cannot become a post ("" when it can); earlier reasons (set by readers) win."""
    reasons = frame["_reason"].fillna("") if "_reason" in frame else pd.Series("", index=frame.index)
    checks = (
        (frame["post_id"].isna() | (frame["post_id"] == ""), "no post id"),
        (~frame["platform"].isin(schema.PLATFORMS), "unknown platform"),
        (frame["created_at"].isna(), "missing or unreadable date"),
        (frame["text"].isna(), "no text"),
    )
    for mask, reason in checks:
        reasons = reasons.mask(mask & (reasons == ""), reason)
    return _check_ranges(frame, reasons)


def split_valid(frame: pd.DataFrame, raw_of) -> Batch:
    """Keep rows that make valid posts; the others become rejected rows (line, reason, raw text)."""
    if frame.empty:
        return Batch(empty_posts())
    reasons = _reasons(frame)
    bad = (reasons != "").to_numpy()
    rejected = [(int(line), reason, clip_raw(raw_of(pos)))
                for pos, line, reason in zip(np.flatnonzero(bad), frame["_line"].to_numpy()[bad],
                                             reasons.to_numpy()[bad])]
    posts = frame.loc[~bad].drop(columns=[c for c in ("_reason",) if c in frame])
    return Batch(posts.reset_index(drop=True), rejected)


def set_reason(frame: pd.DataFrame, mask, reason) -> None:
    """Record a reader's reason for rejecting rows, unless an earlier one is already there."""
    if "_reason" not in frame:
        frame["_reason"] = ""
    if not np.asarray(mask).any():
        return
    free = pd.Series(np.asarray(mask), index=frame.index) & (frame["_reason"] == "")
    if isinstance(reason, pd.Series):
        frame.loc[free, "_reason"] = reason[free]
    else:
        frame.loc[free, "_reason"] = reason
