"""The posts themselves, fetched by SQL when the store is too large to load: only the rows a user asks to see
(LIMIT/OFFSET), the count behind them, and the account figures that cannot be pre-aggregated (distinct
accounts, most active accounts). The same filters as Filters.mask and posts.selection_mask, on the store's
posts joined to their annotations; a free-text search is a case- and accent-insensitive regex, as in the frame.
"""
from __future__ import annotations

from analysis.aggregate.cube import Query
from analysis.aggregate.posts import SORT_KEYS
from analysis.filters import Filters, _search_pattern

SOURCE = ("(SELECT p.*, a.* EXCLUDE (post_id, version), coalesce(d.dup_group, '') AS dup_group,"
          " CAST(timezone('UTC', p.created_at) AS DATE) AS day FROM posts p LEFT JOIN annotations a USING (post_id)"
          " LEFT JOIN dup_groups d USING (post_id))")
SHOWN_COLUMNS = ("post_id", "created_at", "platform", "author_id", "author_name", "text", "lang", "sentiment",
                 "sentiment_label", "parties", "region", "participation", "topics", "dup_group", "likes", "shares",
                 "url")


def _has_any(column: str) -> str:
    return f"list_has_any(string_split(coalesce({column}, ''), ';'), ?::VARCHAR[])"


def where(filters: Filters, selection: dict | None = None, search: str = "", tones=(), dup_only: bool = False):
    """(sql, params) of the filters, a chart selection (day, party, region, platform, topic, dup_group), the
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
            add("regexp_matches(coalesce(text, ''), ?, 'i')", _search_pattern(query.strip()))
    _selection(selection or {}, add)
    if tones:
        add("list_contains(?::VARCHAR[], coalesce(sentiment_label, ''))", list(tones))
    if dup_only:
        clauses.append("dup_group <> ''")
    return " AND ".join(clauses), params


def _selection(selection: dict, add) -> None:
    if selection.get("day"):
        add("day = CAST(? AS DATE)", str(selection["day"])[:10])
    for key in ("region", "platform", "dup_group"):
        if selection.get(key):
            add(f"coalesce({key}, '') = ?", str(selection[key]))
    for key, column in (("party", "parties"), ("topic", "topics")):
        if selection.get(key):
            add(_has_any(column), [str(selection[key])])


def count(query: Query, sql: str, params: list) -> int:
    return int(query(f"SELECT count(*) AS n FROM {SOURCE} WHERE {sql}", params)["n"].iloc[0])


def page(query: Query, sql: str, params: list, sort: str = "date", descending: bool = True, limit: int = 500,
         offset: int = 0):
    """One page of posts in the chosen order (missing values last, ties by post_id)."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r} (use one of {', '.join(SORT_KEYS)})")
    order = f"{SORT_KEYS[sort]} {'DESC' if descending else 'ASC'} NULLS LAST, post_id"
    rows = query(f"SELECT {', '.join(SHOWN_COLUMNS)} FROM {SOURCE} WHERE {sql} ORDER BY {order}"
                 " LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    for column in ("likes", "shares"):
        rows[column] = rows[column].astype("Int64")
    return rows


def accounts(query: Query, filters: Filters) -> int:
    sql, params = where(filters)
    return int(query(f"SELECT count(DISTINCT author_id) AS n FROM {SOURCE} WHERE {sql}", params)["n"].iloc[0])


def top_accounts(query: Query, filters: Filters, n: int = 15):
    """overview.top_accounts: author_id, author_name, posts, share (ties by account id)."""
    sql, params = where(filters)
    out = query(f"SELECT author_id, first(author_name) AS author_name, count(*) AS posts FROM {SOURCE}"
                f" WHERE {sql} AND author_id IS NOT NULL GROUP BY author_id ORDER BY posts DESC, author_id LIMIT ?",
                [*params, int(n)])
    total = count(query, sql, params)
    out["posts"] = out["posts"].astype(int)
    out["share"] = out["posts"] / max(1, total)
    return out
