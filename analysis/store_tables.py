"""The store's tables beyond posts and annotations: the demo's injected truths (rumours, events), the
claims found last, the validation desk's labels, samples and models, and the accounts (users, failed logins,
audit) of the file beside the store; and imports written from staged Parquet files (analysis/importers/staging.py),
one statement per table and file. Mixins of Store (analysis.store),
which gives them its connection, `_run`, `_transaction` and `_with_frame`.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from analysis import schema
from analysis.store_aggregates import AGGREGATE_TABLES, AggregateTables  # noqa: F401 (offered to analysis.store)

LABEL_COLUMNS = ("post_id", "field", "label", "annotator", "source")
CLAIM_TRUTH_COLUMNS = ("post_id", "claim_id", "role")
LIST_COLUMNS = ("claim_id", "origin", "keywords")
EVENT_TRUTH_COLUMNS = ("event_id", "kind", "region", "platform", "start", "end")

# Kept in a separate file so a login or an audit line never changes the store's mtime (the dashboard's cache key)
# and never waits for an import holding the store's write lock.
ACCOUNT_TABLES = (
    "CREATE TABLE IF NOT EXISTS users (name VARCHAR PRIMARY KEY, role VARCHAR, password_hash VARCHAR,"
    " created_at TIMESTAMPTZ)",
    "CREATE TABLE IF NOT EXISTS login_failures (name VARCHAR, failed_at TIMESTAMPTZ)",
    "CREATE TABLE IF NOT EXISTS audit (logged_at TIMESTAMPTZ, user_name VARCHAR, action VARCHAR, detail VARCHAR)",
)


class TruthTables:
    """The demo's rumours and events, and the claims found last."""

    def _append(self, table: str, frame: pd.DataFrame, columns: tuple[str, ...]) -> None:
        """Rows of frame (those columns, in order) appended to one of the store's own tables."""
        quoted = ", ".join(f'"{c}"' for c in columns)   # "end" is an SQL keyword

        def work():
            self.con.register("rows_in", frame[list(columns)])
            self._run(f"INSERT INTO {table} SELECT {quoted} FROM rows_in")
            self.con.unregister("rows_in")
        self._transaction(work)

    def add_claim_truth(self, truth: pd.DataFrame) -> None:
        """The demo's injected rumours: post_id, claim_id, role (claim or rebuttal)."""
        self._append("demo_claims", truth, CLAIM_TRUTH_COLUMNS)

    def add_event_truth(self, truth: pd.DataFrame) -> None:
        """The demo's injected events: event_id, kind, region, platform, start, end."""
        self._append("demo_events", truth, EVENT_TRUTH_COLUMNS)

    def save_claims(self, found: pd.DataFrame, listed: pd.DataFrame) -> None:
        """The claims found last (post_id, claim_id, role) and their list (claim_id, origin, keywords)."""
        def work():
            self._run("DELETE FROM claims")
            self._run("DELETE FROM claim_list")
            self._append("claims", found, CLAIM_TRUTH_COLUMNS)
            self._append("claim_list", listed, LIST_COLUMNS)
        self._transaction(work)

    def _optional_table(self, sql: str, table: str, columns) -> pd.DataFrame:
        """A read of one of the newer tables: empty when a store made before them is opened read-only."""
        if not self._run("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table])[0][0]:
            return pd.DataFrame(columns=list(columns))
        return self.con.execute(sql).df()

    def claim_truth(self) -> pd.DataFrame:
        return self._optional_table("SELECT * FROM demo_claims ORDER BY claim_id, post_id", "demo_claims", CLAIM_TRUTH_COLUMNS)

    def event_truth(self) -> pd.DataFrame:
        return self._optional_table("SELECT * FROM demo_events ORDER BY start, event_id", "demo_events", EVENT_TRUTH_COLUMNS)

    def claims(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """(assignments, list) of the claims saved last; both empty before any `claims` run."""
        return (self._optional_table("SELECT * FROM claims ORDER BY claim_id, post_id", "claims", CLAIM_TRUTH_COLUMNS),
                self._optional_table("SELECT * FROM claim_list ORDER BY claim_id", "claim_list", LIST_COLUMNS))


class DeskTables:
    """The validation desk: labels (with history), the samples drawn, the trained models."""

    def add_labels(self, labels: pd.DataFrame, rejected: pd.DataFrame | None = None) -> None:
        """Append label rows (post_id, field, label, annotator, source) and the rows refused beside them, at once."""
        def work():
            cols = ", ".join(LABEL_COLUMNS)
            self._with_frame(labels[list(LABEL_COLUMNS)].astype(object),
                             f"INSERT INTO labels ({cols}) SELECT {cols} FROM incoming_frame")
            if rejected is not None and len(rejected):
                self.keep_rejected(rejected)
        self._transaction(work)

    def add_samples(self, drawn: pd.DataFrame) -> None:
        """Remember which strategy drew each post (post_id, field, strategy) for `labels import`."""
        self._transaction(lambda: self._with_frame(drawn[["post_id", "field", "strategy"]], "INSERT OR REPLACE INTO"
                          " label_samples (post_id, field, strategy) SELECT * FROM incoming_frame"))

    def add_model(self, field: str, n_labels: int, metrics: dict, blob: bytes | None, learner: str = "",
                  holdout: dict | None = None) -> int:
        """Store a new version of a field's model (blob None: back to the shipped one); returns the version."""
        def work():
            version = self._run("SELECT coalesce(max(version), 0) + 1 FROM models WHERE field = ?", [field])[0][0]
            self._run("INSERT INTO models VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [field, version, datetime.now(
                timezone.utc), n_labels, json.dumps(metrics), blob, learner, json.dumps(holdout or {})])
            return int(version)
        return self._transaction(work)

    def reset_model(self, field: str) -> int:
        return self.add_model(field, 0, {"reset": True}, None)     # a new version without blob: shipped model

    def _table(self, name: str, sql: str, params=None, columns=()) -> pd.DataFrame:
        """A query's frame, empty on a store written before that table existed (opened read-only)."""
        known = self._run("SELECT 1 FROM information_schema.tables WHERE table_name = ?", [name])
        return self.con.execute(sql, params or []).df() if known else pd.DataFrame(columns=list(columns))

    def labels(self, field: str | None = None) -> pd.DataFrame:
        """Every label row, oldest first: an edit adds a row, history is kept (seq orders one instant's rows)."""
        return self._table("labels", "SELECT * FROM labels WHERE ? IS NULL OR field = ? ORDER BY seq", [field, field],
                           ("seq", "labelled_at", *LABEL_COLUMNS))

    def sample_strategies(self, field: str) -> dict[str, str]:
        frame = self._table("label_samples", "SELECT post_id, strategy FROM label_samples WHERE field = ?", [field])
        return dict(zip(frame["post_id"], frame["strategy"])) if len(frame) else {}

    def latest_model(self, field: str) -> dict | None:
        """The field's newest model row (blob None after a reset), or None when never trained."""
        frame = self._table("models", "SELECT * FROM models WHERE field = ? ORDER BY version DESC LIMIT 1", [field])
        for row in frame.to_dict("records"):      # none or one
            row["metrics"], row["holdout"] = json.loads(row["metrics"]), json.loads(row["holdout"] or "{}")
            row["blob"] = None if row["blob"] is None or pd.isna(row["blob"]) else bytes(row["blob"])
            return row
        return None

    def known_post_ids(self, ids) -> set[str]:
        frame = pd.DataFrame({"post_id": pd.Series(list(ids), dtype=object)})
        return {r[0] for r in self._with_frame(frame, "SELECT * FROM incoming_frame SEMI JOIN posts USING (post_id)")}


class AccountTables:
    """Users, failed logins and the audit trail (a Store opened with tables=ACCOUNT_TABLES)."""

    def set_user(self, name: str, role: str, password_hash: str) -> None:
        self._run("INSERT OR REPLACE INTO users VALUES (?, ?, ?, ?)", [name, role, password_hash, datetime.now(timezone.utc)])

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
        self._run("INSERT INTO audit VALUES (?, ?, ?, ?)", [at or datetime.now(timezone.utc), user_name, action, detail])

    def audit(self, limit: int = 1000) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM audit ORDER BY logged_at DESC LIMIT ?", [limit]).df()


# DuckDB's own memory (hash tables, written blocks kept cached) while an import is written; beyond it, work that
# can spill goes to a temporary folder beside the store. Without it the cache grows with the file (about 0.5 MB
# per 1,000 posts), up to most of the machine's memory.
IMPORT_MEMORY_LIMIT = "400MB"


def _parquet(path: Path) -> str:
    return "read_parquet('" + str(path).replace("'", "''") + "')"


class StagedImports:
    @contextmanager
    def memory_limited(self, limit: str = IMPORT_MEMORY_LIMIT):
        """DuckDB's memory capped for the block, back to its default after."""
        self._run(f"SET memory_limit = '{limit}'")
        try:
            yield self
        finally:
            self._run("RESET memory_limit")

    def add_posts_parquet(self, path: Path) -> int:
        """Posts staged in a Parquet file with their position (stage_row), in one statement: the first row of each
        post_id, unless already stored. Returns how many were added (the rest of the file are duplicates)."""
        source = _parquet(path)
        first = f"SELECT min(stage_row) FROM {source} GROUP BY post_id"
        insert = (f"INSERT INTO posts SELECT {', '.join(schema.POST_NAMES)} FROM {source} WHERE stage_row IN ({first})"
                  " AND post_id NOT IN (SELECT post_id FROM posts)")

        def work():
            before = self._count("posts")
            self._run(insert)
            added = self._count("posts") - before
            if added:
                self.mark_aggregates_stale()
            return added
        return self._transaction(work)

    def keep_rejected_parquet(self, path: Path) -> None:
        """Rejected rows staged in a Parquet file (file, line, reason, raw), as keep_rejected keeps them."""
        self._transaction(lambda: self._run("INSERT INTO rejected SELECT ?, file, line, reason, raw FROM "
                                            f"{_parquet(path)}", [datetime.now(timezone.utc)]))

