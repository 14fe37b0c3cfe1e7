"""Near-duplicate clustering of texts: word shingles, MinHash, banded LSH, exact Jaccard check.

Everything is vectorised with numpy so a million posts fit in seconds: words are hashed in one
call over the whole corpus, each MinHash function is one multiply-shift over all shingles and one
`minimum.reduceat`, and LSH buckets come from sorting band keys. Candidate pairs are then checked
with the exact Jaccard similarity of their shingle sets, and accepted pairs are joined into
clusters (connected components).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

SHINGLE_WORDS = 3
N_HASHES = 32
BANDS = 8            # 8 bands of 4 rows: pairs at Jaccard 0.8 become candidates with probability 0.985
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                dtype=np.uint64)
_SEED = 20200329     # fixed: the same corpus always gives the same clusters


def shingle_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(owner, hash): one 64-bit hash per word 3-gram, owners ascending; a text shorter than 3 words
    gives one shingle of all its words. Texts must be non-empty normalised strings."""
    counts = np.fromiter((t.count(" ") + 1 for t in texts), dtype=np.int64, count=len(texts))
    words = np.array(" ".join(texts).split(" "), dtype=object)
    word_hash = pd.util.hash_array(words, categorize=False).astype(np.uint64)
    ends = np.cumsum(counts)
    owner_of_word = np.repeat(np.arange(len(texts)), counts)
    end_of_word = ends[owner_of_word]
    position = np.arange(len(words))
    first = position == (ends - counts)[owner_of_word]
    keep = (position + SHINGLE_WORDS <= end_of_word) | (first & (counts[owner_of_word] < SHINGLE_WORDS))
    starts = np.flatnonzero(keep)
    hashes = np.zeros(len(starts), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(SHINGLE_WORDS):
            at = np.minimum(starts + j, len(words) - 1)
            inside = (starts + j) < end_of_word[starts]
            hashes += np.where(inside, word_hash[at] * _MIX[j], np.uint64(0))
    return owner_of_word[starts], hashes


def signatures(owner: np.ndarray, hashes: np.ndarray, n_docs: int, n_hashes: int = N_HASHES) -> np.ndarray:
    """MinHash signatures (n_docs x n_hashes, uint32) with multiply-shift hash functions."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**63, n_hashes, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, n_hashes, dtype=np.uint64)
    starts = np.searchsorted(owner, np.arange(n_docs))
    sig = np.empty((n_docs, n_hashes), dtype=np.uint32)
    with np.errstate(over="ignore"):
        for i in range(n_hashes):
            values = ((hashes * a[i] + b[i]) >> np.uint64(32)).astype(np.uint32)
            sig[:, i] = np.minimum.reduceat(values, starts)
    return sig


def candidate_pairs(sig: np.ndarray, bands: int = BANDS) -> np.ndarray:
    """Pairs (i, j), i < j, sharing at least one LSH band; each bucket is linked as a star to its
    first member, which keeps the pair count linear even when thousands of texts share a bucket."""
    n, h = sig.shape
    rows = h // bands
    found = []
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = sig[:, band * rows:(band + 1) * rows].astype(np.uint64)
            key = (block * _MIX[:rows]).sum(axis=1) ^ (block[:, 0] << np.uint64(32))
            order = np.argsort(key, kind="stable")
            sorted_key = key[order]
            new_run = np.r_[True, sorted_key[1:] != sorted_key[:-1]]
            head = order[np.maximum.accumulate(np.where(new_run, np.arange(n), 0))]
            linked = head != order
            found.append(np.stack([head[linked], order[linked]], axis=1))
    pairs = np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(pairs, axis=1)
    return np.unique(pairs, axis=0) if len(pairs) else pairs.reshape(0, 2).astype(np.int64)


def _unique_sets(owner: np.ndarray, hashes: np.ndarray, docs: np.ndarray, n_docs: int):
    """Sorted distinct shingles of the given docs, as (flat hashes, start per doc, size per doc)."""
    wanted = np.zeros(n_docs, dtype=bool)
    wanted[docs] = True
    mask = wanted[owner]
    own, hsh = owner[mask], hashes[mask]
    order = np.lexsort((hsh, own))
    own, hsh = own[order], hsh[order]
    fresh = np.r_[True, (own[1:] != own[:-1]) | (hsh[1:] != hsh[:-1])]
    own, hsh = own[fresh], hsh[fresh]
    size = np.bincount(own, minlength=n_docs)
    start = np.concatenate([[0], np.cumsum(size)[:-1]])
    return hsh, start, size


def _gather(start: np.ndarray, size: np.ndarray) -> np.ndarray:
    """Concatenated ranges [start_k, start_k + size_k) as one index array."""
    total = int(size.sum())
    offsets = np.repeat(start - np.concatenate([[0], np.cumsum(size)[:-1]]), size)
    return np.arange(total) + offsets


def jaccard(pairs: np.ndarray, owner: np.ndarray, hashes: np.ndarray, n_docs: int,
            chunk: int = 200_000) -> np.ndarray:
    """Exact Jaccard similarity of the shingle sets of each pair."""
    out = np.zeros(len(pairs), dtype=np.float64)
    if not len(pairs):
        return out
    flat, start, size = _unique_sets(owner, hashes, np.unique(pairs), n_docs)
    for lo in range(0, len(pairs), chunk):
        a, b = pairs[lo:lo + chunk, 0], pairs[lo:lo + chunk, 1]
        pid = np.arange(len(a))
        label = np.concatenate([np.repeat(pid, size[a]), np.repeat(pid, size[b])])
        values = np.concatenate([flat[_gather(start[a], size[a])], flat[_gather(start[b], size[b])]])
        order = np.lexsort((values, label))
        label, values = label[order], values[order]
        same = (label[1:] == label[:-1]) & (values[1:] == values[:-1])
        inter = np.bincount(label[1:][same], minlength=len(a))
        out[lo:lo + chunk] = inter / np.maximum(size[a] + size[b] - inter, 1)
    return out


def cluster(texts: list[str], threshold: float = 0.8) -> np.ndarray:
    """Cluster label per text: texts joined by a chain of pairs with Jaccard >= threshold share one."""
    n = len(texts)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    owner, hashes = shingle_hashes(texts)
    pairs = candidate_pairs(signatures(owner, hashes, n))
    keep = pairs[jaccard(pairs, owner, hashes, n) >= threshold]
    graph = coo_matrix((np.ones(len(keep)), (keep[:, 0], keep[:, 1])), shape=(n, n))
    return connected_components(graph, directed=False)[1].astype(np.int64)
