"""A store split into Parquet partitions, written by DuckDB itself (no pandas round trip).

`export_partitioned` writes posts with their annotations, one folder per day (DIR/day=2020-03-29/...):
`ingest DIR/` reads them back, so stores can be split and merged. `stage` writes the posts for the Dask
engine in partitions of about `rows` posts, each with its `position` in the store's order and `needs`
(annotation missing or stale).
"""
from __future__ import annotations

from pathlib import Path

from analysis import schema
from analysis.store import Store

PARTITION_KEYS = {"day": "strftime(p.created_at AT TIME ZONE 'UTC', '%Y-%m-%d')"}
ANNOTATION_NAMES = [c.name for c in schema.ANNOTATION_COLUMNS if c.name != "dup_group"]


def _empty_folder(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        raise ValueError(f"{out}: the folder is not empty (partitions would mix with what is there)")
    out.mkdir(parents=True, exist_ok=True)


def export_partitioned(db_path, out, partition_by: str = "day") -> dict:
    """Posts + annotations + dup_group as Parquet, one folder per value of `partition_by`."""
    if partition_by not in PARTITION_KEYS:
        raise ValueError(f"--partition-by {partition_by}: unknown (use {', '.join(PARTITION_KEYS)})")
    out = Path(out)
    _empty_folder(out)
    posts = ", ".join(f"p.{n}" for n in schema.POST_NAMES)
    annotations = ", ".join(f"a.{n}" for n in ANNOTATION_NAMES)
    select = (f"SELECT {posts}, {annotations}, coalesce(d.dup_group, '') AS dup_group, "
              f"{PARTITION_KEYS[partition_by]} AS {partition_by} FROM posts p "
              "LEFT JOIN annotations a USING (post_id) LEFT JOIN dup_groups d USING (post_id) "
              "ORDER BY p.created_at, p.post_id")
    with Store(db_path, read_only=True) as st:
        rows = st.count_posts()
        st.copy_partitioned(select, out, partition_by)
    return {"rows": rows, "out": str(out), "partitions": len(list(out.glob(f"{partition_by}=*")))}


def stage(st: Store, version: str, out: Path, rows: int) -> list[str]:
    """Every post in partitions of about `rows` posts (position, needs); the partition files, in order."""
    _empty_folder(out)
    posts = ", ".join(f"p.{n}" for n in schema.POST_NAMES)
    select = (f"SELECT {posts}, position, (a.version IS NULL OR a.version <> ?) AS needs, position // {int(rows)} AS part"
              f" FROM (SELECT *, row_number() OVER (ORDER BY created_at, post_id) - 1 AS position FROM posts) p"
              " LEFT JOIN annotations a USING (post_id)")
    st.copy_partitioned(select, out, "part", [version])
    folders = sorted(out.glob("part=*"), key=lambda p: int(p.name.split("=", 1)[1]))
    return [str(f) for folder in folders for f in sorted(folder.glob("*.parquet"))]
