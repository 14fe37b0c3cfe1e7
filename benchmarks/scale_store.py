"""A large store for the scale benchmarks, made by multiplying an annotated demo store in SQL.

Building and annotating 10,000,000 demo posts takes long; instead the annotated 1M store is copied and each post is
repeated `factor` times: copy k gets the post id and the author id suffixed with `~k` (so accounts multiply too)
and its time shifted by k x 7 minutes (days barely move, as in a denser campaign); annotations and coordination
groups are copied with them. Then the aggregates are rebuilt as `annotate` would. The texts repeat, so this says
nothing about annotation speed: it is only for the dashboard's reads.

Usage: .venv/bin/python benchmarks/scale_store.py SOURCE.duckdb TARGET.duckdb --factor 10
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis import schema  # noqa: E402
from analysis.sentiment import band as tone_band  # noqa: E402
from analysis.store import Store  # noqa: E402

SUFFIXED = {"post_id", "author_id"}


def _post_columns(k: int) -> str:
    out = []
    for name in schema.POST_NAMES:
        if name in SUFFIXED:
            out.append(f"{name} || '~{k}'")
        elif name == "created_at":
            out.append(f"created_at + INTERVAL {7 * k} MINUTE")
        else:
            out.append(name)
    return ", ".join(out)


def multiply(source: Path, target: Path, factor: int) -> dict:
    started = time.perf_counter()
    shutil.copy(source, target)
    with Store(target) as store, store.batch():
        store.query("CREATE TEMP TABLE base_posts AS SELECT * FROM posts")
        store.query("CREATE TEMP TABLE base_annotations AS SELECT * FROM annotations")
        store.query("CREATE TEMP TABLE base_groups AS SELECT * FROM dup_groups")
        for k in range(1, factor):
            store.query(f"INSERT INTO posts SELECT {_post_columns(k)} FROM base_posts")
            store.query(f"INSERT INTO annotations SELECT post_id || '~{k}', * EXCLUDE (post_id) FROM base_annotations")
            store.query(f"INSERT INTO dup_groups SELECT post_id || '~{k}', dup_group || '~{k}' FROM base_groups")
        copied = time.perf_counter() - started
        refreshed = store.refresh_aggregates(tone_band())
        posts = store.count_posts()
    return {"posts": posts, "copy_s": round(copied, 1), "total_s": round(time.perf_counter() - started, 1),
            **refreshed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--factor", type=int, default=10)
    args = parser.parse_args()
    print(json.dumps(multiply(args.source, args.target, args.factor)))


if __name__ == "__main__":
    main()
