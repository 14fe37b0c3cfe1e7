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

from analysis.export import neutralise_cell
from analysis.importers.base import ImportFailure
from analysis.importers.reading import REJECTED_COLUMNS, Export, open_export, rejected_frame
from analysis.schema import SchemaError
from analysis.store import Store

KEYS = ("read", "accepted", "duplicates", "rejected")


def _add_posts(store, posts: pd.DataFrame) -> tuple[int, int]:
    """Add one chunk through the store's write path; returns (added, duplicates)."""
    if posts.empty:
        return 0, 0
    try:
        result = store.add_posts(posts)
    except SchemaError as exc:  # would be a reader bug: rows are validated
        raise ImportFailure(f"{posts['source'].iloc[0]}: {exc}") from exc
    return result["added"], result["duplicates"]


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
        added, dups = _add_posts(store, batch.posts)
        counts["read"] += batch.read
        counts["accepted"] += added
        counts["duplicates"] += dups
        counts["rejected"] += len(batch.rejected)
        if batch.rejected:
            frame = rejected_frame(batch.rejected, export.path.name)
            store.keep_rejected(frame)
            out.write(frame)
        if progress:
            progress(counts["read"], export.path.name)
    store.log_import({"file": export.path.name, "format": export.format, "content_hash": export.info.sha256,
                          **counts})
    return counts


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
        with Store(db_path) as store, store.batch():
            per_file = [_import_one(store, e, out, progress) for e in exports]
            totals = {k: sum(c[k] for c in per_file) for k in KEYS}
        ok = True
    finally:
        out.close(ok)
    return {**totals, "format": "+".join(sorted({e.format for e in exports}))}
