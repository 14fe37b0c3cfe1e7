"""Meta Content Library CSV downloads (Facebook and Instagram posts), CrowdTangle's successor.

Columns carry the data dictionary's API field names (`id`, `creation_time`, `text`, `post_owner.name`,
`statistics.reaction_count`…); they are matched with case, spaces, dots and underscores ignored, so
`Post owner name` or `post_owner_name` are read too. The library's `id` is its own, not the platform's
post id, so posts are `facebook:mcl-<id>` / `instagram:mcl-<id>`.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.importers.base import CHUNK_ROWS, Batch, empty_posts, parse_counts, set_reason, split_valid
from analysis.importers.csvio import read_dialect, record_chunks
from analysis.importers.encoding import fix_mojibake

ROLES = {  # canonical role -> normalised column names, first present wins
    "id": ("id",), "created": ("creationtime",), "text": ("text", "message", "description"),
    "author_id": ("postownerusername", "postownerid"), "author_name": ("postownername",),
    "url": ("url", "posturl", "link", "permalink"), "likes": ("statisticsreactioncount", "statisticslikecount"),
    "comments": ("statisticscommentcount",), "shares": ("statisticssharecount",),
    "views": ("statisticsviews", "statisticsviewcount", "statisticsplaycount"),
    "platform": ("platform",),
}
FACEBOOK_ONLY = {"statisticsreactioncount", "statisticssharecount", "surfaceid", "surfacename", "surfacetype"}


def normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).strip().lower())


def layout_of(header) -> str | None:
    """'facebook' or 'instagram' for a Content Library header, else None."""
    names = {normalise(h) for h in header}
    if "creationtime" not in names or "id" not in names:
        return None
    if not any(n.startswith(("postowner", "statistics")) for n in names):
        return None
    return "facebook" if FACEBOOK_ONLY & names else "instagram"


def _plan(header) -> dict[str, int]:
    index = {}
    for i, h in enumerate(header):
        index.setdefault(normalise(h), i)
    return {role: next(index[n] for n in names if n in index)
            for role, names in ROLES.items() if any(n in index for n in names)}


def _column(rows: list, plan: dict, role: str) -> pd.Series:
    if role not in plan:
        return pd.Series([None] * len(rows), dtype="object")
    i = plan[role]
    return pd.Series([r[i] if r[i] != "" else None for r in rows], dtype="object")


def _created(values: pd.Series, tz: str | None) -> pd.Series:
    """ISO times; those without an offset are UTC, or local time in `tz` when given."""
    naive = values.notna() & ~values.fillna("").str.contains(r"(?:Z|[+-]\d{2}:?\d{2})$", regex=True)
    out = pd.to_datetime(values.where(~naive), errors="coerce", utc=True, format="ISO8601")
    local = pd.to_datetime(values.where(naive), errors="coerce", format="ISO8601")
    local = local.dt.tz_localize(tz or "UTC", ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    return out.where(~naive, local)


def _frame(rows: list, lines: list, plan: dict, layout: str, source: str, tz) -> pd.DataFrame:
    col = lambda role: _column(rows, plan, role)  # noqa: E731 - a short local accessor
    platform = col("platform").fillna(layout).str.lower().where(lambda p: p.isin(["facebook", "instagram"]), layout)
    native = col("id")
    out = pd.DataFrame({"post_id": platform + ":mcl-" + native, "platform": platform,
                        "author_id": col("author_id"), "author_name": fix_mojibake(col("author_name")),
                        "author_location": None, "created_at": _created(col("created"), tz),
                        "text": fix_mojibake(col("text").fillna("")), "url": col("url"), "reply_to_id": None,
                        "is_repost": False, "source": source, "_line": lines})
    for role in ("likes", "comments", "shares", "views"):
        out[role], bad = parse_counts(col(role))
        set_reason(out, bad.to_numpy(), f"{role}: not a count")
    set_reason(out, native.isna().to_numpy(), "no Content Library id")
    return out


def read(path: Path, encoding: str, source: str, tz: str | None = None, **_):
    dialect = read_dialect(path, encoding)
    layout, plan = layout_of(dialect.header), _plan(dialect.header)
    for rows, lines, rejected in record_chunks(path, encoding, dialect, CHUNK_ROWS):
        if not rows:
            yield Batch(empty_posts(), rejected)
            continue
        batch = split_valid(_frame(rows, lines, plan, layout, source, tz),
                            lambda pos, rows=rows: dialect.delimiter.join(rows[pos]))
        batch.rejected = rejected + batch.rejected
        yield batch
