"""What a Dask worker runs on one Parquet partition or one bucket: plain functions of plain data.

A partition file holds canonical post columns plus `position` (the post's rank in the store's order,
oldest first) and `needs` (annotation missing or stale). Workers read partitions from the staging
folder (shared storage on a real cluster) and never open the store: only the client writes to it.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.annotate import per_text, pipeline
from analysis.distributed import clusters

BURST_INPUT = ["position", "post_id", "cluster", "created_at", "author_id"]


def annotate_partition(path: str, actor_list: pd.DataFrame, models=None) -> pd.DataFrame:
    """Every annotation column (annotate_frame) for the posts of the partition that need it (with the
    store's trained models when given)."""
    posts = pd.read_parquet(path)
    posts = posts[posts["needs"].to_numpy(dtype=bool)].reset_index(drop=True)
    return pipeline.annotate_frame(posts, actor_list, models or per_text.NO_MODELS)


def signature_partition(path: str, n_buckets: int) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """(per post: position, text key, too poor, repost, time, author; band rows split into buckets)."""
    posts = pd.read_parquet(path, columns=["position", "post_id", "text", "is_repost", "created_at", "author_id"])
    positions = posts["position"].to_numpy(np.int64)
    keys, buckets = clusters.text_signatures(posts["text"], positions, n_buckets)
    per_post = pd.DataFrame({"position": positions, "post_id": posts["post_id"].to_numpy(), "text_key": keys, "poor": clusters.poor_texts(posts["text"]),
                             "is_repost": posts["is_repost"].fillna(False).to_numpy(dtype=bool),
                             "created_at": posts["created_at"].to_numpy(), "author_id": posts["author_id"].to_numpy()})
    return per_post, buckets


def pick(result: tuple, part: int, bucket: int | None = None):
    """One element of a task's result (a bucket of it): what a shuffle moves between workers."""
    return result[part] if bucket is None else result[part][bucket]


def cluster_partition(per_post: pd.DataFrame, cluster_of: pd.Series, n_buckets: int) -> list[pd.DataFrame]:
    """The partition's comparable posts with their cluster, split by cluster into buckets."""
    keep = (per_post["text_key"].to_numpy() != -1) & ~per_post["poor"].to_numpy() & ~per_post["is_repost"].to_numpy()
    posts = per_post[keep]
    posts = posts.assign(cluster=cluster_of.reindex(posts["text_key"].to_numpy()).to_numpy(np.int64))[BURST_INPUT]
    bucket = posts["cluster"].to_numpy() % n_buckets
    return [posts[bucket == b].reset_index(drop=True) for b in range(n_buckets)]


def bucket_bursts(parts: list[pd.DataFrame], bucket: int) -> pd.DataFrame:
    """The posts of the bucket's bursts: post_id, author_id, created_at, burst (an id unique across buckets)."""
    posts = pd.concat(parts, ignore_index=True)
    found = clusters.cluster_bursts(posts) if len(posts) else pd.DataFrame({"position": [], "burst": []})
    members = posts.set_index("position").loc[found["position"], ["post_id", "author_id", "created_at"]]
    return members.reset_index(drop=True).assign(burst=found["burst"].astype(str).radd(f"{bucket}:").to_numpy())
