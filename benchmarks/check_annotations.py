"""Same annotations before and after a change: run one version of the code, keep its output, compare another.

    # posts to annotate (repeated or distinct demo texts), written once
    python benchmarks/check_annotations.py posts --posts 100000 [--distinct] --out posts.parquet
    # annotate them with the code of a checkout (VIGIE_CODE=checkout, default this one)
    VIGIE_CODE=/path/to/other/checkout python benchmarks/check_annotations.py frame posts.parquet --out a.parquet
    # or through the store: annotate_store on a copy of a store, annotations + dup_group per post
    python benchmarks/check_annotations.py store vigie.duckdb --out b.parquet
    # compare: every annotation column equal, coordination groups equal up to renaming
    python benchmarks/check_annotations.py compare a.parquet b.parquet

Exits non-zero, naming the first differing column and post, when they differ.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.environ.get("VIGIE_CODE", str(Path(__file__).resolve().parent.parent)))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

GROUP_COLUMN = "dup_group"
FLOAT_TOLERANCE = 1e-12


def write_posts(n: int, distinct: bool, out: str) -> dict:
    from analysis.demo import corpus
    built = corpus.build(n, 0, distinct=True) if distinct else corpus.build(n, 0)
    built.posts.drop(columns=["theme", "ring_link", "campaign_link", "campaign_id"], errors="ignore") \
        .to_parquet(out, index=False)
    built.actors.to_parquet(out + ".actors", index=False)
    return {"posts": len(built.posts), "distinct_texts": int(built.posts["text"].nunique())}


def annotate_frame_file(posts_file: str, out: str) -> dict:
    from analysis.annotate import pipeline
    posts = pd.read_parquet(posts_file)
    actors = pd.read_parquet(posts_file + ".actors")
    pipeline.annotate_frame(posts, actors).to_parquet(out, index=False)
    return {"rows": len(posts)}


def annotate_store_copy(db: str, out: str) -> dict:
    from analysis.annotate import pipeline
    from analysis.store import Store
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.duckdb"
        shutil.copy(db, copy)
        pipeline.annotate_store(copy)
        with Store(copy, read_only=True) as st:
            frame = st.con.sql("SELECT a.* EXCLUDE (version), coalesce(d.dup_group, '') AS dup_group "
                               "FROM annotations a LEFT JOIN dup_groups d USING (post_id)").df()
    frame.to_parquet(out, index=False)
    return {"rows": len(frame)}


def same_groups(a: pd.Series, b: pd.Series) -> bool:
    """Equal partitions of the posts into groups ("" = no group), whatever the groups are called."""
    if not (a.eq("") == b.eq("")).all():
        return False
    pairs = pd.DataFrame({"a": a, "b": b})[a.ne("")].drop_duplicates()
    return pairs["a"].is_unique and pairs["b"].is_unique


def compare(left: str, right: str) -> dict:
    a = pd.read_parquet(left).set_index("post_id").sort_index()
    b = pd.read_parquet(right).set_index("post_id").sort_index()
    if list(a.index) != list(b.index):
        raise SystemExit(f"different posts: {len(a)} vs {len(b)}")
    for column in a.columns:
        if column == GROUP_COLUMN:
            if not same_groups(a[column].fillna(""), b[column].fillna("")):
                raise SystemExit(f"{column}: different groups")
            continue
        left_values, right_values = a[column].astype(object), b[column].reindex(a.index).astype(object)
        differ = ~((left_values == right_values) | (left_values.isna() & right_values.isna()))
        if pd.api.types.is_float_dtype(a[column]):
            # the tone model's matrix products differ in the last bit from run to run (threaded BLAS)
            differ = ~np.isclose(a[column], b[column].reindex(a.index), rtol=0, atol=FLOAT_TOLERANCE, equal_nan=True)
        if differ.any():
            post = differ.idxmax()
            raise SystemExit(f"{column}: {int(differ.sum())} posts differ, e.g. {post}: "
                             f"{left_values[post]!r} vs {right_values[post]!r}")
    return {"posts": len(a), "columns": list(a.columns), "equal": True}


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("posts")
    p.add_argument("--posts", type=int, default=20000)
    p.add_argument("--distinct", action="store_true")
    p.add_argument("--out", required=True)
    p = sub.add_parser("frame")
    p.add_argument("posts_file")
    p.add_argument("--out", required=True)
    p = sub.add_parser("store")
    p.add_argument("db")
    p.add_argument("--out", required=True)
    p = sub.add_parser("compare")
    p.add_argument("left")
    p.add_argument("right")
    args = parser.parse_args()
    if args.what == "posts":
        result = write_posts(args.posts, args.distinct, args.out)
    elif args.what == "frame":
        result = annotate_frame_file(args.posts_file, args.out)
    elif args.what == "store":
        result = annotate_store_copy(args.db, args.out)
    else:
        result = compare(args.left, args.right)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
