"""The DuckDB store: posts, annotations, actors, import log, rejected rows, demo ground truth; and, in a file of
its own beside it (Store(path, tables=ACCOUNT_TABLES)), the accounts: users, failed logins and the audit trail.

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

from analysis import schema

ANNOTATION_SQL = {"str": "VARCHAR", "float": "DOUBLE", "list": "VARCHAR", "map": "VARCHAR"}
POST_SQL = {"str": "VARCHAR", "bool": "BOOLEAN", "int": "BIGINT", "float": "DOUBLE", "timestamp": "TIMESTAMPTZ"}


def _now() -> datetime:
    return datetime.now(timezone.utc)


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
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
)
# Kept in a separate file so a login or an audit line never changes the store's mtime (the dashboard's cache key)
# and never waits for an import holding the store's write lock.
ACCOUNT_TABLES = (
    "CREATE TABLE IF NOT EXISTS users (name VARCHAR PRIMARY KEY, role VARCHAR, password_hash VARCHAR,"
    " created_at TIMESTAMPTZ)",
    "CREATE TABLE IF NOT EXISTS login_failures (name VARCHAR, failed_at TIMESTAMPTZ)",
    "CREATE TABLE IF NOT EXISTS audit (logged_at TIMESTAMPTZ, user_name VARCHAR, action VARCHAR, detail VARCHAR)",
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


class Store:
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
            self.con.register("incoming", table)
            self._run(f"INSERT INTO posts SELECT {', '.join(schema.POST_NAMES)} FROM incoming "
                      "WHERE post_id NOT IN (SELECT post_id FROM posts)")
            self.con.unregister("incoming")
            added = self._count("posts") - before
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

        def work():
            self.con.register("rejected_in", frame)
            self._run("INSERT INTO rejected SELECT * FROM rejected_in")
            self.con.unregister("rejected_in")
        self._transaction(work)

    def add_actors(self, actors: pd.DataFrame) -> int:
        """Insert or replace actors by account; returns how many rows were written."""
        frame = pd.DataFrame({c: actors[c].astype("object") if c in actors else None for c in ACTOR_COLUMNS})
        frame = frame.drop_duplicates(subset="account", keep="last")

        def work():
            self.con.register("actors_in", frame)
            self._run("DELETE FROM actors WHERE account IN (SELECT account FROM actors_in)")
            self._run(f"INSERT INTO actors SELECT {', '.join(ACTOR_COLUMNS)} FROM actors_in")
            self.con.unregister("actors_in")
            return len(frame)
        return self._transaction(work)

    def save_annotations(self, annotations: pd.DataFrame, version: str) -> None:
        names = [c.name for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"]
        frame = annotations[["post_id", *names]].copy()
        frame.insert(1, "version", version)

        def work():
            self.con.register("ann_in", frame)
            self._run("DELETE FROM annotations WHERE post_id IN (SELECT post_id FROM ann_in)")
            self._run(f"INSERT INTO annotations SELECT post_id, version, {', '.join(names)} FROM ann_in")
            self.con.unregister("ann_in")
        self._transaction(work)

    def save_dup_groups(self, groups: pd.DataFrame) -> None:
        frame = groups[["post_id", "dup_group"]]
        frame = frame[frame["dup_group"].fillna("") != ""]

        def work():
            self._run("DELETE FROM dup_groups")
            self.con.register("dup_in", frame)
            self._run("INSERT INTO dup_groups SELECT post_id, dup_group FROM dup_in")
            self.con.unregister("dup_in")
        self._transaction(work)

    def add_campaign_truth(self, truth: pd.DataFrame) -> None:
        def work():
            self.con.register("truth_in", truth[["post_id", "campaign_id"]])
            self._run("INSERT INTO demo_campaigns SELECT post_id, campaign_id FROM truth_in")
            self.con.unregister("truth_in")
        self._transaction(work)

    def set_meta(self, key: str, value) -> None:
        self._run("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, json.dumps(value)])

    # -- accounts (a Store opened with tables=ACCOUNT_TABLES) --------------
    def set_user(self, name: str, role: str, password_hash: str) -> None:
        self._run("INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?)", [name, role, password_hash, _now()])

    def remove_user(self, name: str) -> int:
        return len(self._run("DELETE FROM users WHERE name = ? RETURNING name", [name]))

    def user(self, name: str) -> dict | None:
        rows = self._run("SELECT name, role, password_hash FROM users WHERE name = ?", [name])
        return dict(zip(("name", "role", "password_hash"), rows[0])) if rows else None

    def users(self) -> pd.DataFrame:
        return self.con.execute("SELECT name, role, created_at FROM users ORDER BY name").df()

    def note_login_failure(self, name: str, at: datetime) -> None:
        self._run("INSERT INTO login_failures VALUES (?, ?)", [name, at])

    def login_failures_since(self, name: str, since: datetime) -> int:
        sql = "SELECT count(*) FROM login_failures WHERE name = ? AND failed_at >= ?"
        return int(self._run(sql, [name, since])[0][0])

    def clear_login_failures(self, name: str) -> None:
        self._run("DELETE FROM login_failures WHERE name = ?", [name])

    def log_audit(self, user_name: str, action: str, detail: str = "", at: datetime | None = None) -> None:
        self._run("INSERT INTO audit VALUES (?, ?, ?, ?)", [at or _now(), user_name, action, detail])

    def audit(self, limit: int = 1000) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM audit ORDER BY logged_at DESC LIMIT ?", [limit]).df()

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

    def posts(self) -> pd.DataFrame:
        return self.con.execute(f"SELECT {', '.join(schema.POST_NAMES)} FROM posts ORDER BY created_at").df()

    def posts_needing_annotation(self, version: str) -> pd.DataFrame:
        cols = ", ".join(f"p.{n}" for n in schema.POST_NAMES)
        return self.con.execute(
            f"SELECT {cols} FROM posts p LEFT JOIN annotations a USING (post_id) "
            "WHERE a.version IS NULL OR a.version <> ? ORDER BY p.created_at", [version]).df()

    def load(self) -> pd.DataFrame:
        """Posts + annotations + dup_group, one row per post (no particular order: sorting 1M rows costs
        seconds at every cold start, and every view sorts what it shows)."""
        names = [c.name for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"]
        ann = ", ".join(f"a.{n}" for n in names)
        sql = (f"SELECT p.*, {ann}, coalesce(d.dup_group, '') AS dup_group FROM posts p "
               "LEFT JOIN annotations a USING (post_id) LEFT JOIN dup_groups d USING (post_id)")
        from analysis.frame import from_arrow
        return from_arrow(self.con.sql(sql).to_arrow_table())
