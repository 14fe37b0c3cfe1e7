"""List columns from the aggregates (topics, participation, hostility targets, and the parties set exploded at
query time): twins of aggregate.lists' functions, and the Thèmes and Participation figures built on them."""
from __future__ import annotations

import pandas as pd

from analysis.aggregate.cube import Query, dates, period, where
from analysis.filters import Filters

ITEM_KINDS = ("topics", "participation", "hostility_target")
FILLED = {"topics": "with_topics", "participation": "with_participation", "party_tone": "with_party_tone"}


def _items(column: str, measure: str = "posts") -> str:
    """A relation with the cube keys, `item` and `n` for a list column: agg_items, or the parties set exploded."""
    if column == "parties":
        return (f"(SELECT *, unnest(party_set) AS item, {measure} AS n FROM agg_posts"
                " WHERE parties <> '')")
    if column not in ITEM_KINDS:
        raise ValueError(f"no aggregate for the list column {column!r}")
    return f"(SELECT *, {measure} AS n FROM agg_items WHERE kind = '{column}')"


def item_totals(query: Query, filters: Filters, column: str) -> pd.DataFrame:
    """Posts per item: <column>, n (most first)."""
    sql, params = where(filters)
    out = query(f"SELECT item AS {column}, sum(n) AS n FROM {_items(column)} WHERE {sql} AND item <> ''"
                f" GROUP BY item HAVING sum(n) > 0 ORDER BY n DESC, {column}", params)
    return out.astype({column: str, "n": "int64"})


def per_period(query: Query, filters: Filters, column: str, freq: str = "W", measure: str = "posts",
               volume: str = "posts") -> pd.DataFrame:
    """period, <column>, n, posts (all posts of the period), zero-filled; measure/volume 'hostile' counts the
    hostile posts only."""
    sql, params = where(filters)
    volumes = query(f"SELECT {period(freq)} AS p, sum({volume}) AS posts FROM agg_posts WHERE {sql} GROUP BY p"
                    f" HAVING sum({volume}) > 0", params).set_index("p")["posts"]
    found = query(f"SELECT {period(freq)} AS p, item, sum(n) AS n FROM {_items(column, measure)} WHERE {sql}"
                  " AND item <> '' GROUP BY ALL HAVING sum(n) > 0", params)
    if volumes.empty:
        return pd.DataFrame({"period": pd.Series(dtype="datetime64[ns]"), column: pd.Series(dtype=str),
                             "n": pd.Series(dtype="int64"), "posts": pd.Series(dtype="int64")})
    full = pd.MultiIndex.from_product([volumes.index.sort_values(), sorted(found["item"].unique())],
                                      names=["period", column])
    out = found.rename(columns={"p": "period", "item": column}).set_index(["period", column])["n"]
    out = out.reindex(full, fill_value=0).astype("int64").reset_index()
    out["posts"] = volumes.reindex(out["period"]).to_numpy().astype("int64")
    out["period"] = dates(out["period"].to_numpy())
    return out


def cross(query: Query, filters: Filters, row: str, column: str = "topics") -> pd.DataFrame:
    """Posts per (row item, column item): <row>, <column>, n, share (of the row's column mentions); row is
    'parties' (exploded) or 'region'."""
    sql, params = where(filters)
    left = "unnest(party_set)" if row == "parties" else "region"
    exploded = f"SELECT {left} AS r, item, n FROM {_items(column)} WHERE {sql} AND item <> ''"
    out = query(f"SELECT r AS {row}, item AS {column}, sum(n) AS n FROM ({exploded}) WHERE r <> '' GROUP BY ALL"
                " HAVING sum(n) > 0", params)
    out = out.astype({row: str, column: str, "n": "int64"})
    out["share"] = out["n"] / out.groupby(row)["n"].transform("sum")
    return out.sort_values([row, column], ignore_index=True)


def n_posts_with(query: Query, filters: Filters, *columns: str) -> int:
    """Posts whose every given column is non-empty (lists.n_posts_with); at most one list column besides
    parties/region, whose emptiness is a cube key."""
    sql, params = where(filters)
    keys = [c for c in columns if c in ("parties", "region", "platform", "lang", "cercle")]
    lists = [c for c in columns if c not in keys]
    if len(lists) > 1:
        raise ValueError(f"the aggregates count one list column at a time, not {lists}")
    measure = FILLED[lists[0]] if lists else "posts"
    extra = "".join(f" AND {c} <> ''" for c in keys)
    return int(query(f"SELECT coalesce(sum({measure}), 0) AS n FROM agg_posts WHERE {sql}{extra}",
                     params)["n"].iloc[0])


def topic_share(query: Query, filters: Filters, freq: str = "W") -> pd.DataFrame:
    """topics.topic_share: period, topics, n, share of the period's topic mentions."""
    out = per_period(query, filters, "topics", freq).drop(columns="posts")
    total = out.groupby("period")["n"].transform("sum")
    out["share"] = (out["n"] / total.where(total > 0)).fillna(0.0).astype(float)
    return out[(total > 0).to_numpy()].reset_index(drop=True)


def topic_by(query: Query, filters: Filters, row: str, top: int | None = None) -> pd.DataFrame:
    """topics.topic_by: <row>, topics, n, share within the row; top keeps the busiest rows."""
    out = cross(query, filters, row, "topics")
    out = out[out[row] != ""]
    if top:
        busiest = out.groupby(row)["n"].sum().sort_values(ascending=False).head(top).index
        out = out[out[row].isin(busiest)]
    return out.reset_index(drop=True)


def participation_over_time(query: Query, filters: Filters, freq: str = "W") -> pd.DataFrame:
    """participation.over_time: period, participation, n, posts, share of the period's posts."""
    out = per_period(query, filters, "participation", freq)
    out["share"] = (out["n"] / out["posts"].where(out["posts"] > 0)).fillna(0.0).astype(float)
    return out


def participation_by_region(query: Query, filters: Filters, regions: list[str] | None = None) -> pd.DataFrame:
    """participation.by_region: region, posts, call_to_vote, boycott, balance (NaN when neither)."""
    sql, params = where(filters)
    posts = query(f"SELECT region, sum(posts) AS posts FROM agg_posts WHERE {sql} GROUP BY region", params)
    calls = query(f"SELECT region, item, sum(posts) AS n FROM agg_items WHERE {sql} AND kind = 'participation'"
                  " AND item IN ('call_to_vote', 'boycott') GROUP BY ALL", params)
    table = posts.set_index("region").join(calls.pivot(index="region", columns="item", values="n"), how="left")
    for cat in ("call_to_vote", "boycott"):
        table[cat] = table[cat] if cat in table else 0
    table = table[["posts", "call_to_vote", "boycott"]].fillna(0).astype("int64")
    if regions is None:     # every region of the store, as the frame's categories keep them under any filter
        regions = sorted(r for r in query("SELECT DISTINCT region FROM agg_posts", [])["region"] if r)
    names = list(regions)
    out = table.reindex(names, fill_value=0).rename_axis("region").reset_index()
    both = out["call_to_vote"] + out["boycott"]
    out["balance"] = ((out["call_to_vote"] - out["boycott"]) / both.where(both > 0)).astype(float)
    return out

