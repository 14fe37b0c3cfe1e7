"""Posts and rejected rows of one file written to temporary Parquet files while the file is read.

Why: a DuckDB transaction that receives many small inserts keeps each registered chunk and its rows in
memory until it commits, so memory grew with the file. Staged on disk instead, a file is written to the
store in one statement per table at the end, inside the single transaction; peak memory no longer
depends on the number of posts. Each staged post carries its position in the file (`stage_row`), so that
the first of several rows sharing a post_id is the one kept, as before.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis import schema

STAGE_ROW = "stage_row"


class _ParquetSink:
    """Appends tables of one schema to a Parquet file, created on the first write."""

    def __init__(self, path: Path):
        self.path, self.writer, self.rows = path, None, 0

    def write(self, table: pa.Table) -> None:
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.path, table.schema, compression="zstd")
        self.writer.write_table(table)
        self.rows += table.num_rows

    def close(self) -> Path | None:
        """The finished file, or None when nothing was written."""
        if self.writer is None:
            return None
        self.writer.close()
        return self.path


class FileStaging:
    """The staged rows of one export file."""

    def __init__(self, folder: Path, index: int):
        self.posts = _ParquetSink(folder / f"posts_{index}.parquet")
        self.rejected = _ParquetSink(folder / f"rejected_{index}.parquet")
        self.offered = 0  # posts given, repeats within a chunk included (they count as duplicates)

    def add_posts(self, posts: pd.DataFrame) -> None:
        """Validated posts (raises SchemaError) numbered after those already staged."""
        self.offered += len(posts)
        table = schema.to_arrow(posts.drop_duplicates(subset="post_id").reset_index(drop=True))
        rows = pa.array(range(self.posts.rows, self.posts.rows + table.num_rows), pa.int64())
        self.posts.write(table.append_column(STAGE_ROW, rows))

    def add_rejected(self, frame: pd.DataFrame) -> None:
        table = pa.table({"file": frame["file"].astype(str),
                          "line": pd.to_numeric(frame["line"], errors="coerce").astype("Int64"),
                          "reason": frame["reason"].astype(str), "raw": frame["raw"].astype(str)})
        self.rejected.write(table)

    def finish(self) -> tuple[Path | None, Path | None]:
        """(posts file, rejected file); either is None when that file had no rows."""
        return self.posts.close(), self.rejected.close()


class Staging:
    """A temporary folder beside the store (same disk) holding the staged files; removed on exit."""

    def __init__(self, db_path):
        self.parent = Path(db_path).resolve().parent
        self.folder = None

    def __enter__(self) -> "Staging":
        self.parent.mkdir(parents=True, exist_ok=True)
        self.folder = Path(tempfile.mkdtemp(prefix=".import-staging-", dir=self.parent))
        return self

    def file(self, index: int) -> FileStaging:
        return FileStaging(self.folder, index)

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.folder)
