"""Per-partition costs of the Dask engine, and the engine end to end against single-process annotate_store.

Stages a demo store in partitions of --rows posts, times each worker task on one partition in this
process (CPU seconds: the machine may be shared), then runs annotate --engine dask (LocalCluster of
--workers) and annotate_store with the same workers on copies of the store, in the same run.

    python benchmarks/bench_dask.py [--posts 100000] [--rows 50000] [--workers 2] [--distinct]
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.annotate import per_text, pipeline  # noqa: E402
from analysis.demo import corpus as demo  # noqa: E402
from analysis.distributed import annotate_store_dask, clusters, partitions, tasks  # noqa: E402
from analysis.store import Store  # noqa: E402


def _cpu(work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, round(time.process_time() - cpu, 2), round(time.perf_counter() - wall, 2)


def partition_costs(db: Path, folder: Path, rows: int) -> dict:
    """CPU seconds of each task on the first partition (the lexicons loaded beforehand, as on a warm worker)."""
    with Store(db) as st:
        files = partitions.stage(st, per_text.version(), folder / "staged", rows)
        actors = st.actors()
    per_text.annotate_texts(["Bonjour le Mali"])
    annotated, annotate_cpu, _ = _cpu(lambda: tasks.annotate_partition(files[0], actors))
    per_text.clear_memo()
    signed, sign_cpu, _ = _cpu(lambda: tasks.signature_partition(files[0], 4))
    _, link_cpu, _ = _cpu(lambda: [clusters.bucket_links([signed[1][b]]) for b in range(4)])
    return {"partition_posts": len(annotated), "annotate_cpu_s": annotate_cpu, "signatures_cpu_s": sign_cpu,
            "links_cpu_s": link_cpu, "band_rows": int(sum(len(b) for b in signed[1])),
            "partition_bytes": Path(files[0]).stat().st_size, "partitions": len(files)}


def end_to_end(db: Path, folder: Path, workers: int, rows: int) -> dict:
    local, dask_db = folder / "local.duckdb", folder / "dask.duckdb"
    shutil.copy(db, local)
    shutil.copy(db, dask_db)
    per_text.clear_memo()
    _, _, local_wall = _cpu(lambda: pipeline.annotate_store(local, workers=workers))
    summary, _, dask_wall = _cpu(lambda: annotate_store_dask(dask_db, workers=workers, partition_rows=rows,
                                                             staging=folder))
    return {"workers": workers, "local_seconds": local_wall, "dask_seconds": dask_wall,
            "dask_vs_local": round(local_wall / dask_wall, 2), "dup_groups": summary["dup_groups"]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--distinct", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "demo.duckdb"
        demo.write(db, args.posts, 0, distinct=args.distinct)
        result = {"posts": args.posts, "distinct": args.distinct, **partition_costs(db, folder, args.rows),
                  **end_to_end(db, folder, args.workers, args.rows)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
