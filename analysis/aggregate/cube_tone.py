"""The Sentiment page's figures from the aggregates: twins of aggregate.tone's functions (same tidy frames)."""
from __future__ import annotations

import pandas as pd

from analysis.aggregate.cube import Query, dates, period, where
from analysis.filters import Filters
from analysis.store_aggregates import N_BINS


def tone_mentions(query: Query, filters: Filters) -> pd.DataFrame:
    """party, n (scored mentions), most named first."""
    sql, params = where(filters)
    out = query(f"SELECT party, sum(mentions) AS n FROM agg_party_tone WHERE {sql} GROUP BY party"
                " HAVING sum(mentions) > 0 ORDER BY n DESC, party", params)
    return out.astype({"party": str, "n": "int64"})


def tone_by_party(query: Query, filters: Filters, freq: str = "W", parties=None) -> pd.DataFrame:
    """period, party, tone (mean of the scored mentions), n."""
    sql, params = where(filters)
    if parties:
        sql += " AND list_contains(?::VARCHAR[], party)"
        params = [*params, list(parties)]
    out = query(f"SELECT {period(freq)} AS p, party, sum(tone_sum) / sum(mentions) AS tone, sum(mentions) AS n"
                f" FROM agg_party_tone WHERE {sql} GROUP BY ALL HAVING sum(mentions) > 0 ORDER BY party, p", params)
    out.insert(0, "period", dates(out.pop("p")))
    return out.astype({"party": str, "tone": float, "n": "int64"})


def region_volume(query: Query, filters: Filters) -> pd.DataFrame:
    """region, n (scored posts), most first; posts without a region left out."""
    sql, params = where(filters)
    out = query(f"SELECT region, sum(scored) AS n FROM agg_posts WHERE {sql} AND region <> '' GROUP BY region"
                " HAVING sum(scored) > 0 ORDER BY n DESC, region", params)
    return out.astype({"region": str, "n": "int64"})


def tone_by_region(query: Query, filters: Filters, freq: str = "W", regions=None) -> pd.DataFrame:
    """period, region, tone (mean post tone), n (scored posts with a region)."""
    sql, params = where(filters)
    if regions:
        sql += " AND list_contains(?::VARCHAR[], region)"
        params = [*params, list(regions)]
    out = query(f"SELECT {period(freq)} AS p, region, sum(tone_sum) / sum(scored) AS tone, sum(scored) AS n"
                f" FROM agg_posts WHERE {sql} AND region <> '' GROUP BY ALL HAVING sum(scored) > 0"
                " ORDER BY region, p", params)
    out.insert(0, "period", dates(out.pop("p")))
    return out.astype({"region": str, "tone": float, "n": "int64"})


def tone_distribution(query: Query, filters: Filters, by: str = "platform") -> pd.DataFrame:
    """<by>, bin, lo, hi, n, share (of the group's scored posts), for bins of equal width over -1..1."""
    sql, params = where(filters)
    sums = ", ".join(f"sum(bin_{i}) AS b{i}" for i in range(N_BINS))
    wide = query(f"SELECT {by}, {sums} FROM agg_posts WHERE {sql} AND {by} <> '' GROUP BY {by}", params)
    long = wide.melt(id_vars=by, var_name="bin", value_name="n")
    long["bin"] = long["bin"].str[1:].astype(int)
    out = long[long["n"] > 0].astype({by: str, "n": "int64"}).reset_index(drop=True)
    out["lo"] = -1 + out["bin"] * 2 / N_BINS
    out["hi"] = out["lo"] + 2 / N_BINS
    out["share"] = out["n"] / out.groupby(by)["n"].transform("sum")
    return out[[by, "bin", "lo", "hi", "n", "share"]].sort_values([by, "bin"], ignore_index=True)
