"""The DuckDB store: posts, annotations, actors, imports, rejected rows, labels, models, demo ground truth; and, in
a file of its own beside it (Store(path, tables=ACCOUNT_TABLES)), the accounts: users, failed logins and the audit.

One process writes at a time (DuckDB's rule); every write is one transaction so a failed import
leaves the store as it was.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from analysis import schema
from analysis.store_tables import (ACCOUNT_TABLES, AGGREGATE_TABLES, AccountTables,  # noqa: F401 (ACCOUNT_TABLES)
                                   AggregateTables, DeskTables, StagedImports, TruthTables)

ANNOTATION_SQL = {"str": "VARCHAR", "float": "DOUBLE", "list": "VARCHAR", "map": "VARCHAR"}
POST_SQL = {"str": "VARCHAR", "bool": "BOOLEAN", "int": "BIGINT", "float": "DOUBLE", "timestamp": "TIMESTAMPTZ"}


class StoreLockedError(RuntimeError):
    """Another process holds the store for writing."""


def _post_table_sql() -> str:
    cols = [f"{c.name} {POST_SQL[c.dtype]}" for c in schema.POST_COLUMNS]
    cols[0] += " PRIMARY KEY"
    return f"CREATE TABLE IF NOT EXISTS posts ({', '.join(cols)})"


def _annotation_table_sql() -> str:
    cols = [f"{c.name} {ANNOTATION_SQL[c.dtype]}" for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"]
    return f"CREATE TABLE IF NOT EXISTS annotations (post_id VARCHAR PRIMARY KEY, version VARCHAR, {', '.join(cols)})"


TABLES = (
    _post_table_sql(),
    _annotation_table_sql(),
    "CREATE TABLE IF NOT EXISTS dup_groups (post_id VARCHAR PRIMARY KEY, dup_group VARCHAR)",
    "CREATE TABLE IF NOT EXISTS actors (account VARCHAR PRIMARY KEY, name VARCHAR, party VARCHAR, camp VARCHAR,"
    " actor_type VARCHAR, region VARCHAR)",
    "CREATE TABLE IF NOT EXISTS imports (imported_at TIMESTAMPTZ, file VARCHAR, format VARCHAR,"
    " content_hash VARCHAR, read BIGINT, accepted BIGINT, duplicates BIGINT, rejected BIGINT)",
    "CREATE TABLE IF NOT EXISTS rejected (imported_at TIMESTAMPTZ, file VARCHAR, line BIGINT, reason VARCHAR,"
    " raw VARCHAR)",
    "CREATE TABLE IF NOT EXISTS demo_campaigns (post_id VARCHAR, campaign_id VARCHAR)",
    "CREATE TABLE IF NOT EXISTS demo_claims (post_id VARCHAR, claim_id VARCHAR, role VARCHAR)",
    "CREATE TABLE IF NOT EXISTS demo_events (event_id VARCHAR, kind VARCHAR, region VARCHAR, platform VARCHAR,"
    " start TIMESTAMPTZ, \"end\" TIMESTAMPTZ)",
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    "CREATE TABLE IF NOT EXISTS claims (post_id VARCHAR, claim_id VARCHAR, role VARCHAR)",
    "CREATE TABLE IF NOT EXISTS claim_list (claim_id VARCHAR PRIMARY KEY, origin VARCHAR, keywords VARCHAR)",
    "CREATE SEQUENCE IF NOT EXISTS label_seq",
    "CREATE TABLE IF NOT EXISTS labels (seq BIGINT DEFAULT nextval('label_seq'), post_id VARCHAR, field VARCHAR,"
    " label VARCHAR, annotator VARCHAR, labelled_at TIMESTAMPTZ DEFAULT current_timestamp, source VARCHAR)",
    "CREATE TABLE IF NOT EXISTS label_samples (post_id VARCHAR, field VARCHAR, strategy VARCHAR,"
    " drawn_at TIMESTAMPTZ DEFAULT current_timestamp, PRIMARY KEY (post_id, field))",
    "CREATE TABLE IF NOT EXISTS models (field VARCHAR, version BIGINT, created_at TIMESTAMPTZ, n_labels BIGINT,"
    " metrics VARCHAR, blob BLOB, learner VARCHAR, holdout VARCHAR)",
    *AGGREGATE_TABLES,
)
ACTOR_COLUMNS = ("account", "name", "party", "camp", "actor_type", "region")
IMPORT_COLUMNS = ("file", "format", "content_hash", "read", "accepted", "duplicates", "rejected")


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreLockedError(
                f"{path}: the store is in use by another program (an import or annotation is running); "
                "try again when it has finished") from exc
        raise


class Store(TruthTables, DeskTables, AccountTables, StagedImports, AggregateTables):
    """Context manager around one DuckDB connection."""

    def __init__(self, path: str | Path, read_only: bool = False, tables: tuple[str, ...] = TABLES):
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"{self.path}: no store here yet")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = _connect(self.path, read_only)
        self._batch = False
        self._run("SET enable_progress_bar = false")
        if not read_only:
            for sql in tables:
                self._run(sql)
            self._add_new_annotation_columns()

    def _add_new_annotation_columns(self) -> None:
        """A store made by an older Vigie gains the annotation columns added since (empty until re-annotated)."""
        have = {row[0] for row in self._run("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_name = 'annotations'")}
        if not have:            # the accounts file beside the store has no annotations
            return
        for column in schema.ANNOTATION_COLUMNS:
            if column.name != "dup_group" and column.name not in have:
                self._run(f"ALTER TABLE annotations ADD COLUMN {column.name} {ANNOTATION_SQL[column.dtype]}")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing ---------------------------------------------------------
    def _run(self, sql: str, params=None) -> list:
        """Execute and drain the result (DuckDB 2 refuses new work while a result is pending)."""
        return self.con.execute(sql, params or []).fetchall()

    @contextmanager
    def batch(self):
        """One transaction around many writes (e.g. a whole annotation run): all of them or none."""
        self._run("BEGIN TRANSACTION")
        self._batch = True
        try:
            yield self
        except BaseException:
            self._run("ROLLBACK")
            raise
        finally:
            self._batch = False
        self._run("COMMIT")

    def _transaction(self, work) -> object:
        """work() in a transaction of its own, or inside the batch already open (writes nest)."""
        if self._batch:
            return work()
        with self.batch():
            return work()

    def add_posts(self, posts: pd.DataFrame, import_record: dict | None = None,
                  rejected: pd.DataFrame | None = None) -> dict:
        """The one way posts enter the store: new post_ids are added, those already stored or repeated in the
        batch count as duplicates; with the import record and rejected rows, all in one transaction."""
        unique = posts.drop_duplicates(subset="post_id").reset_index(drop=True)
        table = schema.to_arrow(unique)

        def work():
            before = self._count("posts")
            self._with_frame(table, f"INSERT INTO posts SELECT {', '.join(schema.POST_NAMES)} FROM incoming_frame "
                                    "WHERE post_id NOT IN (SELECT post_id FROM posts)")
            added = self._count("posts") - before
            if added:
                self.mark_aggregates_stale()
            if rejected is not None and len(rejected):
                self.keep_rejected(rejected)
            if import_record is not None:
                self.log_import(import_record)
            return {"added": added, "duplicates": len(posts) - added}
        return self._transaction(work)

    def _count(self, table: str) -> int:
        return int(self._run(f"SELECT count(*) FROM {table}")[0][0])

    def log_import(self, record: dict) -> None:
        """One line of the import history (file, format, hash, counts)."""
        values = [record.get(k) for k in IMPORT_COLUMNS]
        self._transaction(lambda: self._run("INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                            [datetime.now(timezone.utc), *values]))

    def keep_rejected(self, rejected: pd.DataFrame) -> None:
        """Rows that could not be imported, kept with file, line and reason (never silently dropped)."""
        frame = pd.DataFrame({
            "imported_at": datetime.now(timezone.utc),
            "file": rejected["file"].astype(str), "line": pd.to_numeric(rejected["line"], errors="coerce"),
            "reason": rejected["reason"].astype(str), "raw": rejected["raw"].astype(str)})
        self._transaction(lambda: self._with_frame(frame, "INSERT INTO rejected SELECT * FROM incoming_frame"))

    def add_actors(self, actors: pd.DataFrame) -> int:
        """Insert or replace actors by account; returns how many rows were written."""
        frame = pd.DataFrame({c: actors[c].astype("object") if c in actors else None for c in ACTOR_COLUMNS})
        frame = frame.drop_duplicates(subset="account", keep="last")

        def work():
            self._with_frame(frame, "DELETE FROM actors WHERE account IN (SELECT account FROM incoming_frame)")
            self._with_frame(frame, f"INSERT INTO actors SELECT {', '.join(ACTOR_COLUMNS)} FROM incoming_frame")
            return len(frame)
        return self._transaction(work)

    def save_annotations(self, annotations: pd.DataFrame, version: str) -> None:
        names = [c.name for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"]
        frame = annotations[["post_id", *names]].copy()
        frame.insert(1, "version", version)

        def work():
            self.mark_aggregates_stale()
            self._with_frame(frame, "DELETE FROM annotations WHERE post_id IN (SELECT post_id FROM incoming_frame)")
            self._with_frame(frame, f"INSERT INTO annotations SELECT post_id, version, {', '.join(names)}"
                                    " FROM incoming_frame")
        self._transaction(work)

    def save_dup_groups(self, groups: pd.DataFrame) -> None:
        frame = groups[["post_id", "dup_group"]]
        frame = frame[frame["dup_group"].fillna("") != ""]

        def work():
            self.mark_aggregates_stale()
            self._run("DELETE FROM dup_groups")
            self._with_frame(frame, "INSERT INTO dup_groups SELECT post_id, dup_group FROM incoming_frame")
        self._transaction(work)

    def add_campaign_truth(self, truth: pd.DataFrame) -> None:
        self._transaction(lambda: self._with_frame(truth[["post_id", "campaign_id"]], "INSERT INTO demo_campaigns"
                                                   " SELECT post_id, campaign_id FROM incoming_frame"))

    def _with_frame(self, frame: pd.DataFrame, sql: str, params=None) -> list:
        """Run one statement reading the frame as the table `incoming_frame`."""
        self.con.register("incoming_frame", frame)
        rows = self._run(sql, params)
        self.con.unregister("incoming_frame")
        return rows

    def set_meta(self, key: str, value) -> None:
        self._run("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, json.dumps(value)])

    # -- reading ---------------------------------------------------------
    def meta(self, key: str, default=None):
        rows = self._run("SELECT value FROM meta WHERE key = ?", [key])
        row = rows[0] if rows else None
        return json.loads(row[0]) if row else default

    def is_demo(self) -> bool:
        return bool(self.meta("synthetic", False))

    def count_posts(self) -> int:
        return self._count("posts")

    def actors(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM actors ORDER BY account").df()

    def imports(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM imports ORDER BY imported_at DESC").df()

    def rejected(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM rejected ORDER BY imported_at, file, line").df()

    def campaign_truth(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM demo_campaigns ORDER BY post_id").df()

    def posts(self, columns=schema.POST_NAMES) -> pd.DataFrame:
        """Posts oldest first (ties by post_id, so every run sees the same order)."""
        return self._frame(f"SELECT {', '.join(columns)} FROM posts ORDER BY created_at, post_id")

    def posts_needing_annotation(self, version: str, columns=schema.POST_NAMES) -> pd.DataFrame:
        cols = ", ".join(f"p.{n}" for n in columns)
        return self._frame(f"SELECT {cols} FROM posts p LEFT JOIN annotations a USING (post_id) "
                           "WHERE a.version IS NULL OR a.version <> ? ORDER BY p.created_at, p.post_id", [version])

    def copy_partitioned(self, select: str, out: Path, key: str, params=None) -> None:
        """Write a query's rows as Parquet files, one folder per value of `key` (DuckDB's own writer)."""
        target = str(out).replace("'", "''")
        self._run(f"COPY ({select}) TO '{target}' (FORMAT parquet, PARTITION_BY ({key}), OVERWRITE_OR_IGNORE true)",
                  params)

    def _frame(self, sql: str, params=None) -> pd.DataFrame:
        """A query read through Arrow (several times faster than DuckDB's own pandas conversion)."""
        table = self.con.sql(sql, params=params or None).to_arrow_table()
        return table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)

    def load(self) -> pd.DataFrame:
        """Posts + annotations + dup_group, one row per post (no particular order: sorting 1M rows costs
        seconds at every cold start, and every view sorts what it shows)."""
        return self._joined()

    def load_some(self, post_ids: list[str]) -> pd.DataFrame:
        """load()'s rows for the posts of post_ids only (each table read by its key, one placeholder per id:
        index look-ups, not a join over every row), for a store too large to load whole."""
        return self._joined([str(i) for i in post_ids])

    def load_listed(self, table: str) -> pd.DataFrame:
        """load()'s rows for the posts a table lists only: the coordination groups' (dup_groups), the claims'."""
        where = {"dup_groups": "dup_group <> ''", "claims": "TRUE"}[table]
        return self._joined(subset=f"SELECT post_id FROM {table} WHERE {where}")

    def _joined(self, ids: list[str] | None = None, subset: str | None = None) -> pd.DataFrame:
        """load()'s SQL, over every post, the posts of ids, or those a subquery of post ids gives."""
        names = [c.name for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"]
        ann = ", ".join(f"a.{n}" for n in names)
        tables, params = ("posts", "annotations", "dup_groups"), []
        if ids is not None:
            subset, params = ", ".join("?" for _ in ids) or "NULL", ids * 3
        if subset is not None:
            tables = tuple(f"(SELECT * FROM {t} WHERE post_id IN ({subset}))" for t in tables)
        sql = (f"SELECT p.*, {ann}, coalesce(d.dup_group, '') AS dup_group FROM {tables[0]} p "
               f"LEFT JOIN {tables[1]} a USING (post_id) LEFT JOIN {tables[2]} d USING (post_id)")
        from analysis.frame import from_arrow
        return from_arrow(self.con.sql(sql, params=params or None).to_arrow_table())
