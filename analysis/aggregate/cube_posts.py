"""The posts themselves, fetched by SQL when the store is too large to load: only the rows a user asks to see
(LIMIT/OFFSET), the count behind them, and the account figures that cannot be pre-aggregated (distinct
accounts, most active accounts). The same filters as Filters.mask and posts.selection_mask, over the store's
agg_post_keys (one row per post, written with the aggregates, with its folded text for the free-text search:
analysis.search, the frame's rule); the posts' own rows are read only for the rows shown.
"""
from __future__ import annotations

from analysis.aggregate.cube import Query
from analysis.aggregate.posts import SORT_KEYS
from analysis.filters import Filters
from analysis.search import search_fold
from analysis.aggregate.tone import N_BINS

KEYS = "agg_post_keys"
# the rows shown, read from each table by its primary key (one placeholder per id: an index look-up, where a join
# would read every annotation)
ROW_TABLES = (("posts", "*"), ("annotations", "* EXCLUDE (version)"), ("dup_groups", "*"))
SHOWN_COLUMNS = ("post_id", "created_at", "platform", "author_id", "author_name", "text", "lang", "sentiment",
                 "sentiment_label", "parties", "region", "participation", "topics", "dup_group", "likes", "shares",
                 "url")


def _has_any(column: str) -> str:
    return f"list_has_any(string_split(coalesce({column}, ''), ';'), ?::VARCHAR[])"


def where(filters: Filters, selection: dict | None = None, search: str = "", tones=(), dup_only: bool = False):
    """(sql, params) of the filters, a chart selection (day, party, region, platform, lang, topic, dup_group), the
    Posts page's own search box, tone labels and 'coordinated only'."""
    clauses, params = ["TRUE"], []

    def add(sql, value):
        clauses.append(sql)
        params.append(value)
    if filters.date_from is not None:
        add("day >= ?", filters.date_from)
    if filters.date_to is not None:
        add("day <= ?", filters.date_to)
    for column, values in (("platform", filters.platforms), ("region", filters.regions), ("lang", filters.langs)):
        if values:
            add(f"list_contains(?::VARCHAR[], coalesce({column}, ''))", list(values))
    if filters.parties:
        add(_has_any("parties"), list(filters.parties))
    for query in (filters.q, search):
        if query and query.strip():
            add("contains(search_text, ?)", search_fold(query.strip()))
    _selection(selection or {}, add)
    if tones:
        add("list_contains(?::VARCHAR[], label)", list(tones))
    if dup_only:
        clauses.append("dup_group <> ''")
    return " AND ".join(clauses), params


def _selection(selection: dict, add) -> None:
    if selection.get("day"):
        add("day = CAST(? AS DATE)", str(selection["day"])[:10])
    for key in ("region", "cercle", "platform", "lang", "dup_group"):
        if selection.get(key):
            add(f"coalesce({key}, '') = ?", str(selection[key]))
    if selection.get("region_not"):  # the map's cercles: Bamako's own districts are counted as Bamako
        add("coalesce(region, '') <> ?", str(selection["region_not"]))
    for key, column in (("party", "parties"), ("topic", "topics")):
        if selection.get(key):
            add(_has_any(column), [str(selection[key])])
    if selection.get("participation"):  # one category, or any of several (calls and boycotts)
        wanted = selection["participation"]
        add(_has_any("participation"), [str(v) for v in ([wanted] if isinstance(wanted, str) else wanted)])
    if selection.get("tone_bin") is not None:  # aggregate.tone.in_tone_bin's rule: scored posts in that bin
        add(f"isfinite(sentiment) AND least(greatest(floor((sentiment + 1) / 2 * {N_BINS}), 0), {N_BINS - 1}) = ?",
            int(selection["tone_bin"]))
    if selection.get("scored"):
        add("isfinite(sentiment) = ?", True)


def count(query: Query, sql: str, params: list) -> int:
    return int(query(f"SELECT count(*) AS n FROM {KEYS} WHERE {sql}", params)["n"].iloc[0])


def page(query: Query, sql: str, params: list, sort: str = "date", descending: bool = True, limit: int = 500,
         offset: int = 0):
    """One page of posts in the chosen order (missing values last, ties by post_id)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r} (use one of {', '.join(SORT_KEYS)})")
    order = f"{SORT_KEYS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST, post_id"
    ids = query(f"SELECT post_id FROM {KEYS} WHERE {sql} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, int(limit), int(offset)])["post_id"].tolist()
    rows = _rows(query, ids)
    for column in ("likes", "shares"):
        rows[column] = rows[column].astype("Int64")
    return rows


def _rows(query: Query, ids: list[str]):
    """The posts of ids, in that order, with their annotations and coordination group."""
    marks = ", ".join("?" for _ in ids) or "NULL"
    parts = [query(f"SELECT {columns} FROM {table} WHERE post_id IN ({marks})", ids).set_index("post_id")
             for table, columns in ROW_TABLES]
    rows = parts[0].join(parts[1], how="left").join(parts[2], how="left").reindex(ids)
    rows["dup_group"] = rows["dup_group"].fillna("")
    return rows.rename_axis("post_id").reset_index()[list(SHOWN_COLUMNS)]


def author_names(query: Query, ids: list[str]) -> dict[str, str]:
    """author_id -> the name on the account's first post (a few ids, read from the posts by SQL)."""
    names = query("SELECT author_id, first(author_name ORDER BY created_at, post_id) AS author_name FROM posts"
                  " WHERE author_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY author_id", [list(ids)])
    return dict(zip(names["author_id"], names["author_name"]))


def accounts(query: Query, filters: Filters) -> int:
    sql, params = where(filters)
    return int(query(f"SELECT count(DISTINCT author_id) AS n FROM {KEYS} WHERE {sql}", params)["n"].iloc[0])


def top_accounts(query: Query, filters: Filters, n: int = 15):
    """overview.top_accounts: author_id, author_name, posts, share (ties by account id)."""
    sql, params = where(filters)
    out = query(f"SELECT author_id, count(*) AS posts FROM {KEYS} WHERE {sql} AND author_id IS NOT NULL"
                " GROUP BY author_id ORDER BY posts DESC, author_id LIMIT ?", [*params, int(n)])
    out.insert(1, "author_name", out["author_id"].map(author_names(query, out["author_id"].tolist())))
    total = count(query, sql, params)
    out["posts"] = out["posts"].astype(int)
    out["share"] = out["posts"] / max(1, total)
    return out


def account_figures(query: Query, filters: Filters, n: int = 15):
    """(distinct accounts, top_accounts' frame) in one pass over the posts' keys: one GROUP BY author_id whose
    window totals give the number of accounts and of posts (posts without an author count in the total)."""
    sql, params = where(filters)
    out = query(f"WITH per AS (SELECT author_id, count(*) AS posts FROM {KEYS} WHERE {sql} GROUP BY author_id)"
                " SELECT author_id, posts, count(author_id) OVER () AS accounts, sum(posts) OVER () AS total FROM per"
                " QUALIFY author_id IS NOT NULL ORDER BY posts DESC, author_id LIMIT ?", [*params, int(n)])
    accounts = int(out["accounts"].iloc[0]) if len(out) else 0
    total = int(out["total"].iloc[0]) if len(out) else 0
    top = out[["author_id", "posts"]].copy()
    top.insert(1, "author_name", top["author_id"].map(author_names(query, top["author_id"].tolist())))
    top["posts"] = top["posts"].astype(int)
    top["share"] = top["posts"] / max(1, total)
    return accounts, top.reset_index(drop=True)


def corpus_summary(query: Query) -> dict:
    """method_docs.corpus_summary from the posts' keys: posts, annotated (share with a language or a tone)."""
    row = query(f"SELECT count(*) AS posts, count(*) FILTER (WHERE lang <> '' OR (sentiment IS NOT NULL AND NOT"
                f" isnan(sentiment))) AS done FROM {KEYS}").iloc[0]
    posts = int(row["posts"])
    return {"posts": posts, "annotated": int(row["done"]) / posts if posts else 0.0}

