"""The store's tables of the validation desk: people's labels (history kept), the strategy that drew each
post for labelling, and the field models trained on the labels (versioned). A part of the Store class
(analysis.store), kept in its own file; like the store, it knows no analyser."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pandas as pd

LABEL_TABLES = (
    "CREATE SEQUENCE IF NOT EXISTS label_seq",      # orders the label rows written in the same instant
    "CREATE TABLE IF NOT EXISTS labels (seq BIGINT DEFAULT nextval('label_seq'), post_id VARCHAR, field VARCHAR,"
    " label VARCHAR, annotator VARCHAR, labelled_at TIMESTAMPTZ DEFAULT current_timestamp, source VARCHAR)",
    "CREATE TABLE IF NOT EXISTS label_samples (post_id VARCHAR, field VARCHAR, strategy VARCHAR,"
    " drawn_at TIMESTAMPTZ DEFAULT current_timestamp, PRIMARY KEY (post_id, field))",
    # a NULL blob marks a return to the shipped analyser
    "CREATE TABLE IF NOT EXISTS models (field VARCHAR, version BIGINT, created_at TIMESTAMPTZ, n_labels BIGINT,"
    " metrics VARCHAR, blob BLOB, learner VARCHAR, holdout VARCHAR)",
)
LABEL_COLUMNS = ("post_id", "field", "label", "annotator", "source")


class LabelTables:
    """Methods of Store (it provides _run, _transaction, keep_rejected and the connection)."""

    def _insert_into(self, table: str, frame: pd.DataFrame, columns: tuple[str, ...], verb="INSERT") -> None:
        cols = ", ".join(columns)
        self.con.register("labels_in", frame[list(columns)].astype(object))
        self._run(f"{verb} INTO {table} ({cols}) SELECT {cols} FROM labels_in")
        self.con.unregister("labels_in")

    def add_labels(self, labels: pd.DataFrame, rejected: pd.DataFrame | None = None) -> None:
        """Append label rows (post_id, field, label, annotator, source) and the rows refused beside them, at once."""
        def work():
            self._insert_into("labels", labels, LABEL_COLUMNS)
            if rejected is not None and len(rejected):
                self.keep_rejected(rejected)
        self._transaction(work)

    def add_samples(self, drawn: pd.DataFrame) -> None:
        """Remember which strategy drew each post (post_id, field, strategy) for `labels import`."""
        self._transaction(lambda: self._insert_into("label_samples", drawn, ("post_id", "field", "strategy"),
                                                    verb="INSERT OR REPLACE"))

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
        """Back to the shipped analyser: a new version without a model."""
        return self.add_model(field, 0, {"reset": True}, None)

    def _read(self, table: str, sql: str, params, columns=()) -> pd.DataFrame:
        """A query's frame, empty on a store written before the table existed (opened read-only)."""
        if not self._run("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [table])[0][0]:
            return pd.DataFrame(columns=list(columns))
        return self.con.execute(sql, params).df()

    def labels(self, field: str | None = None) -> pd.DataFrame:
        """Every label row, oldest first: an edit adds a row, history is kept."""
        return self._read("labels", "SELECT * FROM labels WHERE ? IS NULL OR field = ? ORDER BY seq", [field, field],
                          ("seq", "labelled_at", *LABEL_COLUMNS))

    def sample_strategies(self, field: str) -> dict[str, str]:
        frame = self._read("label_samples", "SELECT post_id, strategy FROM label_samples WHERE field = ?", [field],
                           ("post_id", "strategy"))
        return dict(zip(frame["post_id"], frame["strategy"]))

    def latest_model(self, field: str) -> dict | None:
        """The field's newest model row (blob None after a reset), or None when never trained."""
        frame = self._read("models", "SELECT * FROM models WHERE field = ? ORDER BY version DESC LIMIT 1", [field])
        if not len(frame):
            return None
        row = frame.iloc[0].to_dict()
        row["metrics"], row["holdout"] = json.loads(row["metrics"]), json.loads(row["holdout"] or "{}")
        row["blob"] = None if row["blob"] is None or pd.isna(row["blob"]) else bytes(row["blob"])
        return row

    def known_post_ids(self, ids) -> set[str]:
        """Which of these post ids are in the store."""
        rows = self._run("SELECT post_id FROM posts WHERE post_id IN (SELECT unnest(?::VARCHAR[]))", [list(ids)])
        return {r[0] for r in rows}
