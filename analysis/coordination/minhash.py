"""Near-duplicate clustering of texts: word shingles, MinHash, banded LSH, exact Jaccard check.

Everything is vectorised with numpy so a million posts fit in seconds: words are hashed in one
call over the whole corpus, each MinHash function is one multiply-shift over all shingles and one
`minimum.reduceat`, and LSH buckets come from sorting band keys. Candidate pairs are then checked
with the exact Jaccard similarity of their shingle sets, and accepted pairs are joined into
clusters (connected components).
"""
from __future__ import annotations

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

SHINGLE_WORDS = 3
N_HASHES = 32
BANDS = 8            # 8 bands of 4 rows: pairs at Jaccard 0.8 become candidates with probability 0.985
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
                dtype=np.uint64)
_SEED = 20200329     # fixed: the same corpus always gives the same clusters


def shingle_hashes(owner: np.ndarray, word_hash: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(owner, hash) of every word 3-gram, from the words of texts (owners ascending, every text with
    at least one word); a text shorter than 3 words gives one shingle of all its words."""
    n_words = len(owner)
    counts = np.bincount(owner)
    ends = np.cumsum(counts)
    end_of_word = ends[owner]
    position = np.arange(n_words)
    first = position == (ends - counts)[owner]
    keep = (position + SHINGLE_WORDS <= end_of_word) | (first & (counts[owner] < SHINGLE_WORDS))
    starts = np.flatnonzero(keep)
    hashes = np.zeros(len(starts), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(SHINGLE_WORDS):
            at = np.minimum(starts + j, n_words - 1)
            inside = (starts + j) < end_of_word[starts]
            hashes += np.where(inside, word_hash[at] * _MIX[j], np.uint64(0))
    return owner[starts], hashes


def signatures(owner: np.ndarray, hashes: np.ndarray, n_docs: int, n_hashes: int = N_HASHES) -> np.ndarray:
    """MinHash signatures (n_docs x n_hashes, uint32): hash functions x -> a*x + b mod 2^32 (a odd,
    a permutation of 32-bit values) over the shingles folded to 32 bits."""
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**32, n_hashes, dtype=np.uint64).astype(np.uint32) | np.uint32(1)
    b = rng.integers(0, 2**32, n_hashes, dtype=np.uint64).astype(np.uint32)
    folded = (hashes ^ (hashes >> np.uint64(32))).astype(np.uint32)
    starts = np.searchsorted(owner, np.arange(n_docs))
    sig = np.empty((n_docs, n_hashes), dtype=np.uint32)
    values = np.empty_like(folded)
    with np.errstate(over="ignore"):
        for i in range(n_hashes):
            np.multiply(folded, a[i], out=values)
            values += b[i]
            sig[:, i] = np.minimum.reduceat(values, starts)
    return sig


def band_keys(sig: np.ndarray, bands: int = BANDS) -> np.ndarray:
    """LSH bucket key of each text in each band (n_docs x bands, uint64): texts sharing a key are candidates."""
    rows = sig.shape[1] // bands
    keys = np.empty((len(sig), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = sig[:, band * rows:(band + 1) * rows].astype(np.uint64)
            keys[:, band] = (block * _MIX[:rows]).sum(axis=1) ^ (block[:, 0] << np.uint64(32))
    return keys


def candidate_pairs(sig: np.ndarray, bands: int = BANDS) -> np.ndarray:
    """Pairs (i, j), i < j, sharing at least one LSH band; each bucket is linked as a star to its
    first member, which keeps the pair count linear even when thousands of texts share a bucket."""
    n = len(sig)
    found = []
    for key in band_keys(sig, bands).T:
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


def cluster(owner: np.ndarray, word_hash: np.ndarray, n_docs: int, threshold: float = 0.8) -> np.ndarray:
    """Cluster label per text from its words (see coordination_text.words): texts joined by a chain
    of pairs with Jaccard >= threshold share a label. Every text 0..n_docs-1 must have a word."""
    if n_docs == 0:
        return np.zeros(0, dtype=np.int64)
    owner, hashes = shingle_hashes(owner, word_hash)
    pairs = candidate_pairs(signatures(owner, hashes, n_docs))
    keep = pairs[jaccard(pairs, owner, hashes, n_docs) >= threshold]
    graph = coo_matrix((np.ones(len(keep)), (keep[:, 0], keep[:, 1])), shape=(n_docs, n_docs))
    return connected_components(graph, directed=False)[1].astype(np.int64)
