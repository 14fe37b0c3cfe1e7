"""Import a batch of files into the store as one transaction, counting every row read.

read = accepted + duplicates + rejected, per file and for the batch. Every file is first read chunk by
chunk into temporary Parquet files (analysis/importers/staging.py), touching nothing in the store; then
one transaction adds each file's staged posts and rejected rows in one statement each, so memory stays
bounded however large the file is. Any failure, while reading or writing, leaves the store unchanged.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd

from analysis.export import neutralise_cell
from analysis.importers.base import ImportFailure
from analysis.importers.reading import REJECTED_COLUMNS, Export, open_export, rejected_frame
from analysis.importers.staging import FileStaging, Staging
from analysis.schema import SchemaError
from analysis.store import Store

KEYS = ("read", "accepted", "duplicates", "rejected")


def _stage_posts(staged: FileStaging, posts: pd.DataFrame) -> None:
    if posts.empty:
        return
    try:
        staged.add_posts(posts)
    except SchemaError as exc:  # would be a reader bug: rows are validated
        raise ImportFailure(f"{posts['source'].iloc[0]}: {exc}") from exc


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


def _stage_one(export: Export, staged: FileStaging, out: RejectedWriter, progress) -> dict:
    """Read one file into its staging; returns its counts so far (read, rejected, staged posts)."""
    counts = {"read": 0, "rejected": 0}
    for batch in export.batches():
        _stage_posts(staged, batch.posts)
        counts["read"] += batch.read
        counts["rejected"] += len(batch.rejected)
        if batch.rejected:
            frame = rejected_frame(batch.rejected, export.path.name)
            staged.add_rejected(frame)
            out.write(frame)
        if progress:
            progress(counts["read"], export.path.name)
    return counts


def _store_one(store, export: Export, staged: FileStaging, counts: dict) -> dict:
    """Write one staged file: posts, rejected rows, then its line of the import history."""
    posts_file, rejected_file = staged.finish()
    accepted = store.add_posts_parquet(posts_file) if posts_file else 0
    if rejected_file:
        store.keep_rejected_parquet(rejected_file)
    counts = {**counts, "accepted": accepted, "duplicates": staged.offered - accepted}
    store.log_import({"file": export.path.name, "format": export.format, "content_hash": export.info.sha256,
                      **counts})
    return {k: counts[k] for k in KEYS}


def ingest_files(paths, db_path, fmt: str | None = None, mapping: dict | None = None,
                 rejected_out=None, progress=None, tz: str | None = None) -> dict:
    """Import files into the store at db_path in one transaction.

    Returns {"read", "accepted", "duplicates", "rejected", "format"}; raises ImportFailure("file: problem")
    when a file cannot be read at all, leaving the store unchanged. progress(rows_read, file_name) is
    called after each chunk. tz (an IANA name or offset) is the zone of local-time dates and settles
    ambiguous zone abbreviations (CST, IST).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise ImportFailure("no file given")
    exports = [open_export(p, fmt, mapping, tz=tz) for p in paths]  # every file is checked before writing
    out, ok = RejectedWriter(rejected_out), False
    try:
        with Store(db_path) as store, Staging(db_path) as staging:  # the store first: a locked one fails at once
            files = [staging.file(i) for i in range(len(exports))]
            read = [_stage_one(e, f, out, progress) for e, f in zip(exports, files)]
            with store.memory_limited(), store.batch():
                per_file = [_store_one(store, e, f, c) for e, f, c in zip(exports, files, read)]
            totals = {k: sum(c[k] for c in per_file) for k in KEYS}
        ok = True
    finally:
        out.close(ok)
    return {**totals, "format": "+".join(sorted({e.format for e in exports}))}
