"""Chart figures served from the store's aggregate tables (analysis/store_aggregates.py) instead of the posts frame.

Each function takes `query(sql, params) -> DataFrame` (Store.query, or a cached wrapper of it) and the sidebar's
Filters, builds one GROUP BY over the filtered aggregate rows and returns the same tidy frame as its frame-based
twin in this package (tests/aggregate/test_cube.py compares them). A free-text search cannot be served from
aggregates: `servable` says so, and the dashboard then computes from the posts themselves.
"""
from __future__ import annotations

from typing import Callable

import numpy as np
import pandas as pd

from analysis.aggregate.codes import as_dates
from analysis.filters import Filters

Query = Callable[[str, list], pd.DataFrame]
FREQS = ("W", "D")


def servable(filters: Filters) -> bool:
    """True when the aggregates can answer for these filters (every filter but the free-text search)."""
    return not filters.q.strip()


def where(filters: Filters) -> tuple[str, list]:
    """The filters as a WHERE clause over an aggregate table (day, platform, lang, region, parties set)."""
    if not servable(filters):
        raise ValueError("a free-text search cannot be answered from the aggregates; query the posts")
    clauses, params = ["TRUE"], []
    if filters.date_from is not None:
        clauses.append("day >= ?")
        params.append(filters.date_from)
    if filters.date_to is not None:
        clauses.append("day <= ?")
        params.append(filters.date_to)
    for column, values in (("platform", filters.platforms), ("region", filters.regions), ("lang", filters.langs)):
        if values:
            clauses.append(f"list_contains(?::VARCHAR[], {column})")
            params.append(list(values))
    if filters.parties:
        clauses.append("parties IN (SELECT parties FROM agg_party_sets WHERE list_has_any(party_set, ?::VARCHAR[]))")
        params.append(list(filters.parties))
    return " AND ".join(clauses), params


def period(freq: str) -> str:
    """SQL for the bucket start of `day` as a day number: the day, or the Monday of its week (timeline.periods)."""
    if freq not in FREQS:
        raise ValueError(f"unknown time step {freq!r} (use one of {', '.join(FREQS)})")
    days = "(day - DATE '1970-01-01')"
    return days if freq == "D" else f"({days} - ({days} + 3) % 7)"


def dates(numbers) -> np.ndarray:
    return as_dates(np.asarray(numbers, dtype=np.int64))


def total_posts(query: Query, filters: Filters) -> int:
    sql, params = where(filters)
    return int(query(f"SELECT coalesce(sum(posts), 0) AS n FROM agg_posts WHERE {sql}", params)["n"].iloc[0])


def posts_per_day(query: Query, filters: Filters, by: str | None = "platform") -> pd.DataFrame:
    """overview.posts_per_day: day, <by>, n, every day of the span zero-filled per group."""
    sql, params = where(filters)
    keys = f"{period('D')} AS d" + (f", {by}" if by else "")
    counts = query(f"SELECT {keys}, sum(posts) AS n FROM agg_posts WHERE {sql} GROUP BY ALL HAVING sum(posts) > 0"
                   " ORDER BY ALL", params)
    if counts.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[us]"), **({by: []} if by else {}), "n": []})
    counts.insert(0, "day", dates(counts.pop("d")))
    counts["n"] = counts["n"].astype("int64")
    if not by:
        return counts
    counts[by] = counts[by].astype(str)
    days = pd.date_range(counts["day"].min(), counts["day"].max(), freq="D")
    full = pd.MultiIndex.from_product([days, sorted(counts[by].unique())], names=["day", by])
    return counts.set_index(["day", by]).reindex(full, fill_value=0).reset_index()


def headline(query: Query, filters: Filters) -> dict:
    """overview.headline's posts, platforms and mean tone (accounts need the posts: see cube_posts)."""
    sql, params = where(filters)
    row = query("SELECT coalesce(sum(posts), 0) AS posts, sum(scored) AS scored, sum(tone_sum) AS tone_sum,"
                f" count(DISTINCT platform) FILTER (WHERE posts > 0) AS platforms FROM agg_posts WHERE {sql}",
                params).iloc[0]
    scored = 0 if pd.isna(row["scored"]) else int(row["scored"])
    return {"posts": int(row["posts"]), "platforms": int(row["platforms"]),
            "mean_tone": float(row["tone_sum"]) / scored if scored else None}
