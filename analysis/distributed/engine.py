"""annotate --engine dask: the store's posts in Parquet partitions, the analysers on dask.distributed workers.

The client (this process) holds the store: it stages the posts (partitions.stage), submits the tasks,
and writes annotations and groups in one transaction, as annotate_store does. Without a scheduler
address a LocalCluster of `workers` processes (one thread each, no dashboard, loopback only) is started.
"""
from __future__ import annotations

import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import sentiment
from analysis.annotate import pipeline
from analysis.distributed import clusters, partitions, tasks
from analysis.store import Store

PARTITION_ROWS = 50_000
BUCKETS_PER_WORKER = 2


@contextmanager
def _client(scheduler: str | None, workers: int):
    from dask.distributed import Client, LocalCluster
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster, Client(cluster) as client:
        yield client


def annotate_store_dask(db_path, workers: int = 2, scheduler: str | None = None, staging=None,
                        partition_rows: int = PARTITION_ROWS, progress=None, load_models=None) -> dict:
    """annotate_store's work on Dask: the same columns, the same coordination groups (up to their names);
    `load_models` as for annotate_store (the trained models travel to the workers with the tasks)."""
    started = time.perf_counter()
    workers = max(1, int(workers or 1))
    with tempfile.TemporaryDirectory(dir=staging) as folder, Store(db_path) as st, st.batch():
        models = pipeline.models_for(st, load_models)
        version = pipeline.versioned(models)
        files = partitions.stage(st, version, Path(folder) / "posts", partition_rows)
        with _client(scheduler, workers) as client:
            n_buckets = max(1, BUCKETS_PER_WORKER * len(client.scheduler_info()["workers"]))
            done = _annotations(client, st, files, models, version, progress)
            frame = _groups(client, files, n_buckets)
        st.save_dup_groups(frame)
        st.refresh_aggregates(sentiment.band())    # the dashboard's aggregates, as annotate_store does
    seconds = time.perf_counter() - started
    return {"annotated": done, "seconds": round(seconds, 2), "posts_per_s": round(done / seconds, 1) if done else 0.0,
            "workers": workers, "engine": "dask", "partitions": len(files), "version": version,
            "dup_groups": int(frame["dup_group"].nunique())}


def _annotations(client, st: Store, files: list[str], models, version: str, progress) -> int:
    from dask.distributed import as_completed
    futures = client.map(tasks.annotate_partition, files, actor_list=st.actors(), models=models)
    done = 0
    for future in as_completed(futures):
        result = future.result()
        st.save_annotations(result, version)
        done += len(result)
        if progress:
            progress(done, None)
    return done


def _groups(client, files: list[str], n_buckets: int) -> pd.DataFrame:
    """Text signatures per partition, shuffled by LSH band key, linked per bucket, then bursts per cluster."""
    signed = client.map(tasks.signature_partition, files, n_buckets=n_buckets)
    per_post = [client.submit(tasks.pick, s, 0) for s in signed]
    links = [client.submit(clusters.bucket_links, [client.submit(tasks.pick, s, 1, b) for s in signed])
             for b in range(n_buckets)]
    link_table = pd.concat(client.gather(links), ignore_index=True)
    keys = np.unique(np.concatenate([k for k in client.gather(client.map(_text_keys, per_post))]))
    cluster_of = clusters.components(link_table, keys[keys != -1])
    split = client.map(tasks.cluster_partition, per_post, cluster_of=cluster_of, n_buckets=n_buckets)
    bursts = [client.submit(tasks.bucket_bursts, [client.submit(tasks.pick, s, b) for s in split], b)
              for b in range(n_buckets)]
    return _named(pd.concat(client.gather(bursts), ignore_index=True))


def _text_keys(per_post: pd.DataFrame) -> np.ndarray:
    return np.unique(per_post["text_key"].to_numpy())


def _named(members: pd.DataFrame) -> pd.DataFrame:
    """post_id, dup_group of the grouped posts (the others have none): groups named G0001... most accounts
    first, as find_groups names them."""
    by = members.groupby("burst")
    table = pd.DataFrame({"n_accounts": by["author_id"].nunique(), "n_posts": by.size(),
                          "first_seen": by["created_at"].min()})
    table = table.sort_values(["n_accounts", "n_posts", "first_seen"], ascending=[False, False, True])
    names = pd.Series([f"G{i + 1:04d}" for i in range(len(table))], index=table.index, dtype=object)
    return pd.DataFrame({"post_id": members["post_id"].to_numpy(dtype=object),
                         "dup_group": names.reindex(members["burst"]).to_numpy(dtype=object)})
