"""The store's pre-computed aggregate tables ("cube"): their declaration, the SQL that fills them from posts and
annotations, and the Store mixin that refreshes them (Store.refresh_aggregates, called at the end of `annotate`).

Grain: day x platform x lang x region x cercle x parties, where `parties` is the post's whole `;`-joined set
('' = no party, '' region = no region). Keeping the set rather than one row per party lets a party filter
("names any of these") count each post once, exactly as the frame does; charts per party explode the set at
query time, over the few thousand cube rows. List columns (topics, participation, hostility targets) and the
tone toward each party are exploded into tables of their own at the same grain.

Every rule mirrors the frame-based reference in this package (day in UTC, tone bins, tone bands, `;` splits that
drop empty parts), so the figures served from these tables equal the frame's (tests/aggregate/test_cube.py).
The queries that read them are in analysis/aggregate/cube*.py.
"""
from __future__ import annotations

import time

import duckdb
import pandas as pd
import pyarrow as pa

from analysis.search import search_fold, search_text_sql

N_BINS = 10
TABLES = ("agg_posts", "agg_items", "agg_party_tone", "agg_party_sets", "agg_alert_hours")
AGGREGATE_META = "aggregates"
DIMS = ("day", "platform", "lang", "region", "cercle", "parties")
LIST_KINDS = ("topics", "participation", "hostility_target")
_AGG_DIMS = "day DATE, platform VARCHAR, lang VARCHAR, region VARCHAR, cercle VARCHAR, parties VARCHAR"
AGGREGATE_TABLES = (
    f"CREATE TABLE IF NOT EXISTS agg_posts ({_AGG_DIMS}, posts BIGINT, scored BIGINT, tone_sum DOUBLE,"
    " negative BIGINT, neutral BIGINT, positive BIGINT, hostile BIGINT, threats BIGINT, with_topics BIGINT,"
    " with_participation BIGINT, with_party_tone BIGINT, "
    + ", ".join(f"bin_{i} BIGINT" for i in range(N_BINS)) + ", party_set VARCHAR[])",
    f"CREATE TABLE IF NOT EXISTS agg_items ({_AGG_DIMS}, kind VARCHAR, item VARCHAR, posts BIGINT, hostile BIGINT,"
    " party_set VARCHAR[])",
    f"CREATE TABLE IF NOT EXISTS agg_party_tone ({_AGG_DIMS}, party VARCHAR, mentions BIGINT, tone_sum DOUBLE,"
    " negative BIGINT, positive BIGINT, party_set VARCHAR[])",
    "CREATE TABLE IF NOT EXISTS agg_party_sets (parties VARCHAR, party_set VARCHAR[])",
    # the alert rules' inputs per UTC hour, in the frame's columns, with the posts each row stands for
    "CREATE TABLE IF NOT EXISTS agg_alert_hours (created_at TIMESTAMP, platform VARCHAR, region VARCHAR,"
    " region_source VARCHAR, dup_group VARCHAR, participation VARCHAR, hostility VARCHAR, posts BIGINT)",
)
# The parties set as a list, split once at build time; agg_party_sets holds each distinct set once, so a party
# filter is a look-up among a few hundred sets, then a join on the set's string.
# One row per post with the cube's keys and what the measures need (the frame's rules: '' for missing, the UTC
# day, a tone only when finite), kept as agg_post_keys: the builds below read it (the join is done once), and the
# dashboard finds there the posts a user asks to see without joining the posts to their annotations, searches
# their folded texts (analysis.search) and builds the aggregates of a search's posts (search_tables).
BASE = """
SELECT p.post_id, p.created_at, p.author_id, p.likes, p.shares, a.sentiment, coalesce(d.dup_group, '') AS dup_group,
       CAST(timezone('UTC', p.created_at) AS DATE) AS day, coalesce(p.platform, '') AS platform,
       coalesce(a.lang, '') AS lang, coalesce(a.region, '') AS region, coalesce(a.cercle, '') AS cercle,
       coalesce(a.parties, '') AS parties,
       CASE WHEN isfinite(a.sentiment) THEN a.sentiment END AS tone,
       coalesce(a.sentiment_label, '') AS label, coalesce(a.hostility, '') = 'hostile' AS hostile,
       coalesce(a.hostility_kind, '') AS hostility_kind, coalesce(a.topics, '') AS topics,
       coalesce(a.participation, '') AS participation, coalesce(a.hostility_target, '') AS hostility_target,
       coalesce(a.party_tone, '') AS party_tone, coalesce(a.author_party, '') AS author_party,
       coalesce(a.region_source, '') AS region_source, {search_text} AS search_text
FROM posts p LEFT JOIN annotations a USING (post_id) LEFT JOIN dup_groups d USING (post_id)
""".format(search_text=search_text_sql("p.text"))
_KEYS = ", ".join(DIMS)
PARTY_SET = "string_split(parties, ';')"
# Raised whenever the tables' layout changes (2: author_party among the posts' keys; 3: agg_alert_hours; 4: the
# posts' keys are the whole base, with the folded text), so aggregates written by an older Vigie count as stale:
# the dashboard then keeps the frame path until `annotate` rebuilds them.
VERSION = 4


def _bin_expr(i: int) -> str:
    """Posts whose tone falls in bin i (the rule of aggregate.tone.tone_bin: 1 falls in the last bin)."""
    return (f"count(*) FILTER (WHERE tone IS NOT NULL AND least(greatest(floor((tone + 1) / 2 * {N_BINS}), 0),"
            f" {N_BINS - 1}) = {i})")


def posts_sql() -> str:
    bins = ", ".join(_bin_expr(i) for i in range(N_BINS))
    return (f"INSERT INTO agg_posts SELECT {_KEYS}, count(*), count(tone), coalesce(sum(tone), 0),"
            " count(*) FILTER (WHERE label = 'negative'), count(*) FILTER (WHERE label = 'neutral'),"
            " count(*) FILTER (WHERE label = 'positive'), count(*) FILTER (WHERE hostile),"
            " count(*) FILTER (WHERE hostile AND list_contains(string_split(hostility_kind, ';'), 'threat')),"
            " count(*) FILTER (WHERE topics <> ''), count(*) FILTER (WHERE participation <> ''),"
            " count(*) FILTER (WHERE party_tone <> ''),"
            f" {bins}, {PARTY_SET} FROM agg_base GROUP BY {_KEYS}")


def items_sql() -> str:
    """Posts carrying each item of each list column (an item repeated in one list counts each time, as the
    frame's split does)."""
    parts = " UNION ALL ".join(
        f"SELECT {_KEYS}, hostile, '{kind}' AS kind, unnest(string_split({kind}, ';')) AS item FROM agg_base"
        f" WHERE {kind} <> ''" for kind in LIST_KINDS)
    return (f"INSERT INTO agg_items SELECT {_KEYS}, kind, item, count(*), count(*) FILTER (WHERE hostile), {PARTY_SET}"
            f" FROM ({parts}) WHERE item <> '' GROUP BY {_KEYS}, kind, item")


def party_tone_sql() -> str:
    """Scored mentions per party from `party_tone` ('URD:0.42;RPM:-0.61'): the party is what precedes the last
    colon, the tone is clipped to -1..1, unreadable items are skipped (aggregate.tone.parse_tone's rules).
    Parameters: the negative and positive band limits of the sentiment analyser."""
    items = (f"SELECT {_KEYS}, unnest(string_split(party_tone, ';')) AS item FROM agg_base WHERE party_tone <> ''")
    parsed = (f"SELECT {_KEYS}, regexp_extract(item, '^(.*):', 1) AS party,"
              " TRY_CAST(regexp_extract(item, ':([^:]*)$', 1) AS DOUBLE) AS raw FROM items")
    return (f"INSERT INTO agg_party_tone WITH items AS ({items}), parsed AS ({parsed}),"
            " scored AS (SELECT *, greatest(-1.0, least(1.0, raw)) AS tone FROM parsed"
            "  WHERE party <> '' AND raw IS NOT NULL AND isfinite(raw))"
            f" SELECT {_KEYS}, party, count(*), sum(tone), count(*) FILTER (WHERE tone <= ?),"
            f" count(*) FILTER (WHERE tone >= ?), {PARTY_SET} FROM scored GROUP BY {_KEYS}, party")


def alert_hours_sql() -> str:
    """Posts per UTC hour, platform, region, region source and the three flags the alert rules read (in a
    coordinated group, naming a boycott, hostile), each flag kept as the frame's value or ''."""
    return ("INSERT INTO agg_alert_hours SELECT date_trunc('hour', timezone('UTC', created_at)), platform, region,"
            " region_source, CASE WHEN dup_group <> '' THEN 'grouped' ELSE '' END,"
            " CASE WHEN list_contains(string_split(participation, ';'), 'boycott') THEN 'boycott' ELSE '' END,"
            " CASE WHEN hostile THEN 'hostile' ELSE '' END, count(*) FROM agg_base GROUP BY ALL ORDER BY ALL")


def refresh_statements(band: tuple[float, float]) -> list[tuple[str, list]]:
    """(sql, parameters) that empty the aggregate tables, then fill them from posts and annotations; band is the
    sentiment analyser's (negative, positive) limits. Store.refresh_aggregates runs them in one transaction. The
    per-post base is kept as agg_post_keys, which the builds read."""
    # dropped and declared again, so a store built by an older Vigie gains the columns added since
    return [(f"DROP TABLE IF EXISTS {table}", []) for table in TABLES] + [(sql, []) for sql in AGGREGATE_TABLES] + [
        # in the posts' order: sorting the wide rows by day held 300 MB more at 1M posts for a zone-map gain of
        # about 0.1 s on a narrow date range at 10M
        (f"CREATE OR REPLACE TABLE agg_post_keys AS {BASE}", []),
        ("CREATE OR REPLACE TEMP VIEW agg_base AS SELECT * FROM agg_post_keys", []), *build_statements(band),
        ("DROP VIEW agg_base", [])]


def build_statements(band: tuple[float, float]) -> list[tuple[str, list]]:
    """(sql, parameters) that fill the (empty) aggregate tables from `agg_base`, one row per post of BASE."""
    low, high = float(band[0]), float(band[1])
    return [(posts_sql(), []), (items_sql(), []), (party_tone_sql(), [low, high]), (alert_hours_sql(), []),
            (f"INSERT INTO agg_party_sets SELECT DISTINCT parties, {PARTY_SET} FROM agg_posts", [])]


def search_tables(keys: pa.Table, band: tuple[float, float]) -> dict[str, pa.Table]:
    """The aggregate tables of the posts a free-text search found (their rows of agg_post_keys), built in memory
    by the same statements as the store's: every chart can then be served for a search as for the whole store.
    What the tables list (regions, parties) is what those posts have: a chart that lists every area of the map
    passes the map's areas, as the pages do."""
    con = duckdb.connect(":memory:")
    try:
        con.register("agg_base", keys)
        for sql in AGGREGATE_TABLES:
            con.execute(sql)
        for sql, params in build_statements(band):
            con.execute(sql, params)
        return {name: con.sql(f"SELECT * FROM {name}").to_arrow_table() for name in TABLES}
    finally:
        con.close()


class AggregateTables:
    """Refreshing and reading the aggregates; any write to posts or annotations marks them stale first."""

    def refresh_aggregates(self, band: tuple[float, float]) -> dict:
        """Rebuild the aggregates in one transaction (nested in an annotation run's) and mark them fresh; band:
        the sentiment analyser's (negative, positive) limits (the store knows no analyser)."""
        def work():
            for sql, params in refresh_statements(band):
                self._run(sql, params)
            rows = int(self._run("SELECT count(*) FROM agg_posts")[0][0])
            # `built` tells one build from the next: the dashboard keys its in-memory copies on it, not on the
            # file's time, which a saved label also changes
            self.set_meta(AGGREGATE_META, {"rows": rows, "posts": self._count("posts"), "version": VERSION,
                                           "built": time.time_ns()})
            return {"aggregate_rows": rows}
        return self._transaction(work)

    def mark_aggregates_stale(self) -> None:
        self._run("DELETE FROM meta WHERE key = ?", [AGGREGATE_META])

    def aggregates_build(self) -> int | None:
        """The build stamp of fresh aggregates (None when stale or missing)."""
        return self.meta(AGGREGATE_META).get("built", 0) if self.aggregates_fresh() else None

    def aggregates_fresh(self) -> bool:
        """True when the aggregates were rebuilt after the last change to posts and annotations."""
        known = self._run("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'agg_posts'")[0][0]
        meta = self.meta(AGGREGATE_META) if known else None
        return meta is not None and meta.get("version") == VERSION

    def query(self, sql: str, params=None) -> pd.DataFrame:
        """A read-only query's rows as a frame (the dashboard's aggregate and post queries)."""
        return self.con.execute(sql, params or []).df()

    def search_keys(self, query: str) -> pa.Table:
        """The rows of agg_post_keys whose folded text holds the query's (analysis.search), without that text."""
        return self.con.sql("SELECT * EXCLUDE (search_text) FROM agg_post_keys WHERE contains(search_text, ?)",
                            params=[search_fold(query)]).to_arrow_table()

    def aggregate_tables(self) -> dict[str, pa.Table]:
        """The aggregate tables as Arrow tables (a few hundred thousand rows), for an in-memory snapshot."""
        return {name: self.con.sql(f"SELECT * FROM {name}").to_arrow_table() for name in TABLES}


class Snapshot:
    """The aggregate tables copied into an in-memory DuckDB, queried as `snapshot(sql, params)`: the store file
    stays free for the command line, and the dashboard's sessions share one copy (a cursor per query, so
    concurrent sessions never share a connection)."""

    def __init__(self, tables: dict[str, pa.Table]):
        self.con = duckdb.connect(":memory:")
        for name, table in tables.items():
            self.con.register("incoming_table", table)
            self.con.execute(f"CREATE TABLE {name} AS SELECT * FROM incoming_table")
            self.con.unregister("incoming_table")
        self.rows = {name: table.num_rows for name, table in tables.items()}

    def __call__(self, sql: str, params=None) -> pd.DataFrame:
        cursor = self.con.cursor()
        try:
            return cursor.execute(sql, params or []).df()
        finally:
            cursor.close()
