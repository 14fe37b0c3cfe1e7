"""Import a batch of files into the store as one transaction, counting every row read.

read = accepted + duplicates + rejected, per file and for the batch. Posts are written chunk by chunk
inside the transaction, so memory stays bounded however large the file is; any failure rolls the
whole batch back.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa

from analysis import schema
from analysis.export import neutralise_cell
from analysis.importers.base import ImportFailure
from analysis.importers.reading import REJECTED_COLUMNS, Export, open_export, rejected_frame

KEYS = ("read", "accepted", "duplicates", "rejected")


ARROW_TYPES = {"str": pa.string(), "bool": pa.bool_(), "int": pa.int64(), "float": pa.float64(),
               "timestamp": pa.timestamp("us", tz="UTC")}


def _arrow_column(frame: pd.DataFrame, col) -> pa.Array:
    """One canonical column as an arrow array; rows were validated by the readers (base.split_valid)."""
    kind = ARROW_TYPES[col.dtype]
    if col.name not in frame:
        return pa.array([False] * len(frame)) if col.dtype == "bool" else pa.nulls(len(frame), kind)
    series = frame[col.name]
    if col.dtype == "bool":
        return pa.array(series.fillna(False).astype(bool).to_numpy())
    if col.dtype == "timestamp":
        return pa.array(pd.to_datetime(series, utc=True)).cast(kind)
    try:
        return pa.array(series, type=kind, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # odd cell types from JSON: fall back to the schema's casts
        return pa.array(schema.conform(frame.assign(post_id=frame["post_id"]))[col.name], type=kind, from_pandas=True)


def to_arrow(posts: pd.DataFrame) -> pa.Table:
    """Canonical posts -> arrow table with the store's column types (fast path, no per-cell Python)."""
    return pa.table({c.name: _arrow_column(posts, c) for c in schema.POST_COLUMNS})


def _insert_posts(store, posts: pd.DataFrame) -> tuple[int, int]:
    """Insert new posts (inside the caller's transaction); returns (added, duplicates)."""
    if posts.empty:
        return 0, 0
    unique = posts.drop_duplicates(subset="post_id").reset_index(drop=True)
    try:
        table = to_arrow(unique)
    except (schema.SchemaError, pa.ArrowException) as exc:  # would be a reader bug: rows are validated
        raise ImportFailure(f"{posts['source'].iloc[0]}: {exc}") from exc
    con = store.con
    before = con.execute("SELECT count(*) FROM posts").fetchall()[0][0]
    con.register("incoming_posts", table)
    con.execute(f"INSERT INTO posts SELECT {', '.join(schema.POST_NAMES)} FROM incoming_posts "
                "WHERE post_id NOT IN (SELECT post_id FROM posts)").fetchall()
    con.unregister("incoming_posts")
    added = con.execute("SELECT count(*) FROM posts").fetchall()[0][0] - before
    return int(added), len(posts) - int(added)


class RejectedWriter:
    """Rejected rows as a spreadsheet-safe CSV, written beside the target and moved in place on success."""

    def __init__(self, target):
        self.target = Path(target) if target else None
        self.tmp = self.target.with_name(self.target.name + ".part") if self.target else None
        self.fh = open(self.tmp, "w", encoding="utf-8-sig", newline="") if self.tmp else None
        self.writer = csv.writer(self.fh) if self.fh else None
        if self.writer:
            self.writer.writerow(REJECTED_COLUMNS)

    def write(self, frame: pd.DataFrame) -> None:
        if self.writer:
            self.writer.writerows([[neutralise_cell(v) for v in row] for row in frame.itertuples(index=False)])

    def close(self, ok: bool) -> None:
        if self.fh:
            self.fh.close()
            if ok:
                os.replace(self.tmp, self.target)
            else:
                self.tmp.unlink(missing_ok=True)


def _import_one(store, export: Export, out: RejectedWriter, progress) -> dict:
    counts = dict.fromkeys(KEYS, 0)
    for batch in export.batches():
        added, dups = _insert_posts(store, batch.posts)
        counts["read"] += batch.read
        counts["accepted"] += added
        counts["duplicates"] += dups
        counts["rejected"] += len(batch.rejected)
        if batch.rejected:
            frame = rejected_frame(batch.rejected, export.path.name)
            store._insert_rejected(frame)
            out.write(frame)
        if progress:
            progress(counts["read"], export.path.name)
    store._insert_import({"file": export.path.name, "format": export.format, "content_hash": export.info.sha256,
                          **counts})
    return counts


def ingest_files(paths, db_path, fmt: str | None = None, mapping: dict | None = None,
                 rejected_out=None, progress=None) -> dict:
    """Import files into the store at db_path in one transaction.

    Returns {"read", "accepted", "duplicates", "rejected", "format"}; raises ImportFailure("file: problem")
    when a file cannot be read at all, leaving the store unchanged. progress(rows_read, file_name) is
    called after each chunk.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise ImportFailure("no file given")
    exports = [open_export(p, fmt, mapping) for p in paths]  # every file is checked before writing
    from analysis.store import Store
    out, ok = RejectedWriter(rejected_out), False
    try:
        with Store(db_path) as store:
            def work():
                per_file = [_import_one(store, e, out, progress) for e in exports]
                return {k: sum(c[k] for c in per_file) for k in KEYS}
            totals = store._transaction(work)
        ok = True
    finally:
        out.close(ok)
    return {**totals, "format": "+".join(sorted({e.format for e in exports}))}
