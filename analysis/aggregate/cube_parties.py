"""The rest of the party comparison from the aggregates: twins of aggregate.parties' summary and mix (from the
cube's tables) and accounts (one pass over the posts' keys, the only part that needs a row per post)."""
from __future__ import annotations

import pandas as pd

from analysis.aggregate import parties as frame_parties
from analysis.aggregate.cube import Query, total_posts, where
from analysis.aggregate.cube_pages import tone_toward
from analysis.aggregate.cube_posts import KEYS, author_names
from analysis.aggregate.cube_posts import where as keys_where
from analysis.filters import Filters

SIDES = {"about": "parties", "for": "author_party"}


def summary(query: Query, filters: Filters, parties: list[str]) -> pd.DataFrame:
    """parties.summary: party, posts naming it, their share of all posts, scored mentions, mean tone, small."""
    sql, params = where(filters)
    named = query(f"SELECT party, sum(posts) AS n FROM (SELECT posts, unnest(list_distinct(party_set)) AS party"
                  f" FROM agg_posts WHERE {sql} AND parties <> '') WHERE list_contains(?::VARCHAR[], party)"
                  " GROUP BY party",
                  [*params, list(parties)]).set_index("party")["n"]
    total = total_posts(query, filters)
    tone = tone_toward(query, filters, parties).set_index("party")
    out = pd.DataFrame({"party": list(parties)})
    out["posts"] = named.reindex(parties, fill_value=0).fillna(0).to_numpy().astype("int64")
    out["share"] = out["posts"] / max(1, total)
    out["mentions"] = tone["n"].reindex(parties, fill_value=0).to_numpy().astype("int64")
    out["tone"] = tone["tone"].reindex(parties).to_numpy(float)
    out["small"] = out["posts"] < frame_parties.SMALL_N
    return out


def mix(query: Query, filters: Filters, parties: list[str], other: str) -> pd.DataFrame:
    """parties.mix: party, <other>, n, base, share, small for other 'topics' (agg_items) or 'region' (a cube key);
    a party or topic written twice in one post counts twice, as the frame's split does."""
    if other not in ("topics", "region"):
        raise ValueError(f"the aggregates mix parties with topics or region, not {other!r}")
    columns = ["party", other, "n", "base", "share", "small"]
    if not parties:
        return pd.DataFrame({c: [] for c in columns})
    sql, params = where(filters)
    chosen = [*params, list(parties)]
    # the parties set exploded in a subquery (a lateral unnest over the table costs several times more)
    if other == "topics":
        pairs = query(f"SELECT party, item AS topics, sum(posts) AS n FROM (SELECT item, posts, unnest(party_set) AS"
                      f" party FROM agg_items WHERE {sql} AND kind = 'topics' AND item <> '' AND parties <> '')"
                      " WHERE list_contains(?::VARCHAR[], party) GROUP BY ALL HAVING sum(posts) > 0 ORDER BY ALL",
                      chosen)
        base = query(f"SELECT party, sum(with_topics) AS n FROM (SELECT with_topics, unnest(party_set) AS party"
                     f" FROM agg_posts WHERE {sql} AND parties <> '') WHERE list_contains(?::VARCHAR[], party)"
                     " GROUP BY party", chosen)
    else:
        pairs = query(f"SELECT party, region, sum(posts) AS n FROM (SELECT region, posts, unnest(party_set) AS party"
                      f" FROM agg_posts WHERE {sql} AND region <> '' AND parties <> '')"
                      " WHERE list_contains(?::VARCHAR[], party) GROUP BY ALL HAVING sum(posts) > 0 ORDER BY ALL",
                      chosen)
        base = pairs.groupby("party", as_index=False)["n"].sum()
    if pairs.empty:
        return pd.DataFrame({c: [] for c in columns})
    pairs = pairs.astype({"party": str, other: str, "n": "int64"})
    return frame_parties.mixed(pairs, dict(zip(base["party"], base["n"].astype("int64"))), parties, other)


def accounts(query: Query, filters: Filters, parties: list[str], top: int = 10) -> dict[str, pd.DataFrame]:
    """parties.accounts for both sides ('about': the posts name the party; 'for': the author's party from the
    actors list), in one scan of the posts' keys: side -> party, author_id, author_name, posts, share (share of
    the party's posts on that side; ties by account id)."""
    columns = ["party", "author_id", "author_name", "posts", "share"]
    empty = {side: pd.DataFrame({c: [] for c in columns}) for side in SIDES}
    if not parties:
        return empty
    sql, params = keys_where(filters)
    rows = KEYS  # the posts' keys
    # one simple scan per party (a look-up of its sets, then a GROUP BY author) costs less than exploding every
    # post's parties; the authors' own parties are few (the actors list), so their side is exploded
    about = [(f"SELECT 'about' AS side, ? AS party, coalesce(author_id, '') AS author_id, count(*) AS posts FROM {rows}"
              f" WHERE {sql} AND parties IN (SELECT parties FROM agg_party_sets WHERE list_contains(party_set, ?))"
              " GROUP BY author_id", [party, *params, party]) for party in parties]
    side_for = (f"SELECT 'for' AS side, party, author_id, count(*) AS posts FROM (SELECT coalesce(author_id, '')"
                f" AS author_id, unnest(list_distinct(string_split(author_party, ';'))) AS party FROM {rows}"
                f" WHERE {sql} AND author_party <> '') WHERE list_contains(?::VARCHAR[], party) GROUP BY ALL",
                [*params, list(parties)])
    parts = [*about, side_for]
    found = query(f"SELECT *, sum(posts) OVER (PARTITION BY side, party) AS total FROM ("
                  + " UNION ALL ".join(sql for sql, _ in parts) + ") QUALIFY row_number() OVER"
                  " (PARTITION BY side, party ORDER BY posts DESC, author_id) <= ?",
                  [value for _, values in parts for value in values] + [int(top)])
    if found.empty:
        return empty
    names = author_names(query, sorted(set(found["author_id"])))
    found["author_name"] = found["author_id"].map(names).fillna("")
    found["share"] = found["posts"] / found["total"].clip(lower=1)
    found["posts"] = found["posts"].astype("int64")
    order = {p: i for i, p in enumerate(parties)}
    out = {}
    for side in SIDES:
        part = found[found["side"] == side]
        part = part.sort_values(["party", "posts", "author_id"], ascending=[True, False, True],
                                key=lambda s: s.map(order) if s.name == "party" else s)
        out[side] = part[columns].reset_index(drop=True)
    return out

