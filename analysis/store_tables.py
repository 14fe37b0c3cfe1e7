"""The store's tables beyond posts and annotations: the demo's injected truths (rumours, events), the
claims found last, and the validation desk's labels, samples and models. Mixins of Store (analysis.store),
which gives them its connection, `_run`, `_transaction` and `_with_frame`.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pandas as pd

LABEL_COLUMNS = ("post_id", "field", "label", "annotator", "source")
CLAIM_TRUTH_COLUMNS = ("post_id", "claim_id", "role")
LIST_COLUMNS = ("claim_id", "origin", "keywords")
EVENT_TRUTH_COLUMNS = ("event_id", "kind", "region", "platform", "start", "end")


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
