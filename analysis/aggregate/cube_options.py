"""The sidebar's choices read from the aggregates, for a store too large to load: the platforms, languages and
regions that occur, and the first and last day (the same values the posts frame's categories and days give)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from analysis.aggregate.cube import Query


@dataclass(frozen=True)
class Choices:
    """What the sidebar offers: values present in the store ('' = missing is never offered) and its span."""
    platforms: tuple[str, ...]
    langs: tuple[str, ...]
    regions: tuple[str, ...]
    first: date | None
    last: date | None


def _present(query: Query, column: str) -> tuple[str, ...]:
    found = query(f"SELECT DISTINCT {column} AS v FROM agg_posts WHERE posts > 0 AND coalesce({column}, '') <> ''"
                  " ORDER BY v", [])
    return tuple(str(v) for v in found["v"])


def choices(query: Query) -> Choices:
    span = query("SELECT min(day) AS first, max(day) AS last FROM agg_posts WHERE posts > 0", []).iloc[0]
    first, last = (None if pd.isna(v) else pd.Timestamp(v).date() for v in (span["first"], span["last"]))
    return Choices(_present(query, "platform"), _present(query, "lang"), _present(query, "region"), first, last)


def from_frame(posts: pd.DataFrame) -> Choices:
    """The same choices from a loaded posts frame (categorical columns: the categories that are not empty)."""
    def present(column: str) -> tuple[str, ...]:
        if column not in posts.columns or not len(posts):
            return ()
        values = posts[column].cat.categories if hasattr(posts[column], "cat") else posts[column].dropna().unique()
        return tuple(sorted(str(v) for v in values if v))
    if not len(posts):
        return Choices((), (), (), None, None)
    return Choices(present("platform"), present("lang"), present("region"),
                   posts["day"].min().date(), posts["day"].max().date())


def counts_by(query: Query, column: str) -> pd.DataFrame:
    """overview.counts_by over the whole store: <column>, n, share (sorted by n, descending)."""
    if column not in ("platform", "lang", "region"):
        raise ValueError(f"no aggregate count by {column!r} (use platform, lang or region)")
    counts = query(f"SELECT {column}, sum(posts) AS n FROM agg_posts GROUP BY {column} HAVING sum(posts) > 0"
                   f" ORDER BY n DESC, {column}", [])
    counts[column] = counts[column].astype(str)
    counts["n"] = counts["n"].astype("int64")
    counts["share"] = counts["n"] / max(1, int(counts["n"].sum()))
    return counts
