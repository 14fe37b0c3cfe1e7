"""Copy-paste groups over partitions, with the same groups as coordination.find_groups on the whole corpus.

find_groups links each LSH bucket as a star to its first text (in post order), keeps the links whose
exact Jaccard similarity reaches the threshold and takes connected components. Here:
  1. `text_signatures` (one partition): each distinct normalised text with enough words, its first
     position in the corpus, its LSH band keys, split into `n_buckets` by band key;
  2. `bucket_links` (one bucket, from every partition): the same star links and Jaccard checks, locally,
     since two texts sharing a band key land in the same bucket;
  3. `components` (small: the accepted links): cluster per text; `cluster_bursts` then runs
     coordination's burst rule per bucket of clusters (a burst never spans two clusters).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from analysis.coordination import MIN_INFORMATION
from analysis.coordination.bursts import burst_groups
from analysis.coordination.minhash import band_keys, jaccard, shingle_hashes, signatures
from analysis.coordination.normalise import information, normalise_many, words

SIGNATURE_COLUMNS = ("text_key", "first", "band", "band_key", "norm")


def _text_keys(norm) -> np.ndarray:
    """64-bit key of each normalised text (equal texts, equal keys, whichever partition they are in)."""
    return pd.util.hash_array(np.asarray(norm.to_pylist(), dtype=object), categorize=False).astype(np.int64)


def text_signatures(texts: pd.Series, positions: np.ndarray, n_buckets: int,
                    min_information: int = MIN_INFORMATION) -> tuple[np.ndarray, list[pd.DataFrame]]:
    """(text key per post, -1 for texts too poor to compare; rows SIGNATURE_COLUMNS per bucket)."""
    codes, unique = normalise_many(texts)
    owner, word_hash, length = words(unique)
    bound = np.bincount(owner[length >= 3], minlength=len(unique))
    rich = np.flatnonzero(bound >= min_information)
    keys = _text_keys(unique)
    first = np.full(len(unique), np.iinfo(np.int64).max)
    np.minimum.at(first, codes, positions)
    take = np.zeros(len(unique), dtype=bool)
    take[rich] = True
    per_post = np.where(take[codes], keys[codes], -1) if len(codes) else np.zeros(0, np.int64)
    mask = take[owner]
    shingle_owner, hashes = shingle_hashes(np.searchsorted(rich, owner[mask]), word_hash[mask])
    bands = band_keys(signatures(shingle_owner, hashes, len(rich))) if len(rich) else np.zeros((0, 1), np.uint64)
    rows = pd.DataFrame({"text_key": np.repeat(keys[rich], bands.shape[1]),
                         "first": np.repeat(first[rich], bands.shape[1]),
                         "band": np.tile(np.arange(bands.shape[1]), len(rich)),
                         "band_key": bands.ravel().view(np.int64),
                         "norm": np.repeat(np.asarray(unique.take(rich).to_pylist(), dtype=object), bands.shape[1])})
    bucket = (rows["band_key"].to_numpy().view(np.uint64) % np.uint64(n_buckets)).astype(np.int64)
    return per_post, [rows[bucket == b].reset_index(drop=True) for b in range(n_buckets)]


def bucket_links(parts: list[pd.DataFrame], threshold: float = 0.8) -> pd.DataFrame:
    """Accepted links (a, b text keys) among the texts of one bucket: star to the first text of each LSH run."""
    rows = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=SIGNATURE_COLUMNS)
    rows = rows.sort_values(["first", "band"]).drop_duplicates(["text_key", "band"])
    if not len(rows):
        return pd.DataFrame({"a": np.zeros(0, np.int64), "b": np.zeros(0, np.int64)})
    texts = rows.drop_duplicates("text_key").reset_index(drop=True)       # ordered by first position
    local = pd.Series(np.arange(len(texts)), index=texts["text_key"].to_numpy())
    rows = rows.assign(doc=local.reindex(rows["text_key"].to_numpy()).to_numpy())
    rows = rows.sort_values(["band", "band_key", "doc"], kind="stable")
    head = rows.groupby(["band", "band_key"], sort=False)["doc"].transform("min").to_numpy()
    pairs = np.unique(np.stack([head, rows["doc"].to_numpy()], axis=1)[head != rows["doc"].to_numpy()], axis=0)
    owner, word_hash, _ = words(texts["norm"].to_numpy(dtype=object))
    owner, hashes = shingle_hashes(owner, word_hash)
    keep = pairs[jaccard(pairs, owner, hashes, len(texts)) >= threshold] if len(pairs) else pairs
    keys = texts["text_key"].to_numpy()
    return pd.DataFrame({"a": keys[keep[:, 0]] if len(keep) else [], "b": keys[keep[:, 1]] if len(keep) else []})


def components(links: pd.DataFrame, text_keys: np.ndarray) -> pd.Series:
    """Cluster number per text key (connected components of the links; a text alone is its own cluster)."""
    nodes = np.unique(np.concatenate([text_keys, links["a"].to_numpy(np.int64), links["b"].to_numpy(np.int64)]))
    a, b = np.searchsorted(nodes, links["a"].to_numpy(np.int64)), np.searchsorted(nodes, links["b"].to_numpy(np.int64))
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(len(nodes), len(nodes)))
    return pd.Series(connected_components(graph, directed=False)[1].astype(np.int64), index=nodes)


def poor_texts(texts: pd.Series, min_information: int = MIN_INFORMATION) -> np.ndarray:
    """Per post: too few distinct words to count as a pushed message (find_groups's exact content check)."""
    codes, unique = normalise_many(texts)
    return (information(unique) < min_information)[codes] if len(codes) else np.zeros(0, bool)


def cluster_bursts(posts: pd.DataFrame, min_accounts: int = 3, window_minutes: float = 60) -> pd.DataFrame:
    """Bursts within the clusters of one bucket: (position, burst) of posts in a group; `posts` holds
    position, cluster, created_at, author_id."""
    seconds = pd.to_datetime(posts["created_at"], utc=True).astype("datetime64[s, UTC]").astype("int64").to_numpy()
    accounts = pd.factorize(posts["author_id"].astype(object).fillna("").to_numpy(dtype=object))[0]
    group = burst_groups(posts["cluster"].to_numpy(np.int64), seconds, accounts.astype(np.int64),
                         min_accounts, window_minutes * 60)
    inside = group >= 0
    return pd.DataFrame({"position": posts["position"].to_numpy()[inside], "burst": group[inside]})
