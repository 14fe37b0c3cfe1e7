"""The party comparison, map and Climat figures from the aggregates: twins of aggregate.parties, aggregate.map
and aggregate.climate (same tidy frames)."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.aggregate import map as frame_map
from analysis.aggregate.cube import Query, dates, period, where
from analysis.aggregate.cube_lists import item_totals, per_period
from analysis.aggregate.parties import SMALL_N
from analysis.filters import Filters
from analysis.geo import shapes as geo_shapes


def mentioned_parties(query: Query, filters: Filters) -> list[str]:
    return item_totals(query, filters, "parties")["parties"].tolist()


def share_of_voice(query: Query, filters: Filters, parties: list[str], freq: str = "W") -> pd.DataFrame:
    """period, party, n, total, share, small (parties.share_of_voice)."""
    columns = ["period", "party", "n", "total", "share", "small"]
    counts = per_period(query, filters, "parties", freq).rename(columns={"parties": "party", "posts": "total"})
    if counts.empty or not parties:
        return pd.DataFrame({c: [] for c in columns})
    totals = counts.drop_duplicates("period").set_index("period")["total"]
    full = pd.MultiIndex.from_product([np.sort(counts["period"].unique()), list(parties)], names=["period", "party"])
    out = counts.set_index(["period", "party"])["n"].reindex(full, fill_value=0).reset_index()
    out["total"] = totals.reindex(out["period"]).to_numpy().astype("int64")
    out["share"] = np.where(out["total"] > 0, out["n"] / out["total"].clip(lower=1), 0.0)
    out["n"] = out["n"].astype("int64")
    out["small"] = out["n"] < SMALL_N
    return out[columns]


def tone_toward(query: Query, filters: Filters, parties: list[str]) -> pd.DataFrame:
    """party, tone, n, negative, neutral, positive (shares of the scored mentions), small."""
    columns = ["party", "tone", "n", "negative", "neutral", "positive", "small"]
    if not parties:
        return pd.DataFrame({c: [] for c in columns})
    sql, params = where(filters)
    sums = query(f"SELECT party, sum(tone_sum) AS total, sum(mentions) AS n, sum(negative) AS negative,"
                 f" sum(positive) AS positive FROM agg_party_tone WHERE {sql} AND list_contains(?::VARCHAR[], party)"
                 " GROUP BY party", [*params, list(parties)]).set_index("party").reindex(parties, fill_value=0)
    out = sums.rename_axis("party").reset_index()
    n = out["n"].to_numpy().astype("int64")
    for name in ("negative", "positive"):
        out[name] = np.where(n > 0, out[name] / np.maximum(n, 1), np.nan)
    out["tone"] = np.where(n > 0, out["total"] / np.maximum(n, 1), np.nan)
    out["neutral"] = 1 - out["negative"] - out["positive"]
    out["n"] = n
    out["small"] = out["n"] < SMALL_N
    return out[columns]


def area_values(query: Query, filters: Filters, level: str = "region", measure: str = "volume") -> pd.DataFrame:
    """map.area_values: every map shape of the level with value, n, posts."""
    frame_map._check(level, measure)
    sql, params = where(filters)
    area = "region" if level == "region" else "CASE WHEN region = 'Bamako' THEN 'Bamako' ELSE cercle END"
    sums = query(f"SELECT {area} AS area, sum(posts) AS posts, sum(scored) AS scored, sum(tone_sum) AS tone_sum"
                 f" FROM agg_posts WHERE {sql} GROUP BY area", params).set_index("area")
    sums["hits"] = 0
    if measure.startswith("share:"):
        hits = query(f"SELECT {area} AS area, sum(posts) AS hits FROM agg_items WHERE {sql} AND kind = 'participation'"
                     " AND item = ? GROUP BY area", [*params, measure[6:]]).set_index("area")["hits"]
        sums["hits"] = hits.reindex(sums.index, fill_value=0)
    return frame_map.values_of(sums, geo_shapes.names(level), measure)


def hostility_headline(query: Query, filters: Filters) -> dict:
    """climate.headline: hostile posts, their share, the threats among them."""
    sql, params = where(filters)
    row = query(f"SELECT coalesce(sum(posts), 0) AS posts, coalesce(sum(hostile), 0) AS hostile,"
                f" coalesce(sum(threats), 0) AS threats FROM agg_posts WHERE {sql}", params).iloc[0]
    posts = int(row["posts"])
    return {"hostile": int(row["hostile"]), "share": int(row["hostile"]) / posts if posts else 0.0,
            "threats": int(row["threats"])}


def hostility_over_time(query: Query, filters: Filters, by: str = "none", freq: str = "W") -> pd.DataFrame:
    """climate.hostility_over_time: period, group, hostile, posts, share."""
    columns = ["period", "group", "hostile", "posts", "share"]
    if by == "target":
        out = per_period(query, filters, "hostility_target", freq, measure="hostile", volume="hostile")
        out = out.rename(columns={"hostility_target": "group", "n": "hostile"})
        out["share"] = out["hostile"] / out["posts"].where(out["posts"] > 0)
        return out[out["group"] != ""][columns].reset_index(drop=True)
    column = {"none": None, "region": "region", "party": "parties"}[by]
    if column is None:
        merged = _national(query, filters, freq)
    else:
        totals = _by_group(query, filters, column, freq, "posts")
        merged = totals.merge(_by_group(query, filters, column, freq, "hostile").rename(columns={"posts": "hostile"}),
                              how="left", on=["period", "group"])
    merged["hostile"] = merged["hostile"].fillna(0).astype(int)
    merged["share"] = merged["hostile"] / merged["posts"].where(merged["posts"] > 0)
    return merged[merged["group"].astype(str) != ""][columns].reset_index(drop=True)


def _national(query: Query, filters: Filters, freq: str) -> pd.DataFrame:
    sql, params = where(filters)
    out = query(f"SELECT {period(freq)} AS p, sum(posts) AS posts, sum(hostile) AS hostile FROM agg_posts"
                f" WHERE {sql} GROUP BY p HAVING sum(posts) > 0 ORDER BY p", params)
    return pd.DataFrame({"period": dates(out["p"]), "group": "Mali", "posts": out["posts"].astype("int64"),
                         "hostile": out["hostile"].astype("int64")})


def _by_group(query: Query, filters: Filters, column: str, freq: str, measure: str) -> pd.DataFrame:
    """period, group, posts for region (a cube key) or parties (exploded), zero-filled as lists.per_period."""
    if column == "parties":
        out = per_period(query, filters, "parties", freq, measure=measure, volume=measure)
        return out.drop(columns="posts").rename(columns={"parties": "group", "n": "posts"})
    sql, params = where(filters)
    found = query(f"SELECT {period(freq)} AS p, region AS g, sum({measure}) AS n FROM agg_posts WHERE {sql}"
                  f" GROUP BY ALL", params)
    volumes = found.groupby("p")["n"].sum()
    volumes = volumes[volumes > 0]
    found = found[(found["n"] > 0) & (found["g"] != "")]
    full = pd.MultiIndex.from_product([volumes.index.sort_values(), sorted(found["g"].unique())], names=["p", "g"])
    out = found.set_index(["p", "g"])["n"].reindex(full, fill_value=0).astype("int64").reset_index()
    return pd.DataFrame({"period": dates(out["p"]), "group": out["g"].astype(str), "posts": out["n"]})
