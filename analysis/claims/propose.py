"""Candidate claims: bursts of near-identical or reworded posts carrying rumour markers.

1. The posts with a rumour marker are compared on their content words (claims.words): MinHash and LSH
   from coordination.minhash find the candidate pairs, the exact Jaccard similarity of the word sets
   keeps pairs at or above `threshold`, and pairs chain into clusters.
2. A cluster's posts split where it falls silent longer than `gap_hours`; a piece is a candidate claim
   when it holds `min_posts` posts by `min_accounts` accounts and lasts at most `max_days` (what keeps
   running all campaign long is a recurring theme, not a rumour).
"""
from __future__ import annotations

import numpy as np
import pyarrow as pa
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from analysis.claims.corpus import Prepared
from analysis.coordination.minhash import candidate_pairs, jaccard, signatures
from analysis.coordination.normalise import words as word_hashes

N_HASHES = 64
BANDS = 32          # 2 rows per band: pairs at Jaccard 0.5 become candidates with probability > 0.999
MIN_WORDS = 3


def _word_clusters(sets: list[frozenset[str]], threshold: float) -> np.ndarray:
    """Cluster label per word set (-1 for sets with fewer than MIN_WORDS words)."""
    labels = np.full(len(sets), -1, dtype=np.int64)
    rich = np.flatnonzero([len(s) >= MIN_WORDS for s in sets])
    if not len(rich):
        return labels
    joined = pa.array([" ".join(sorted(sets[i])) for i in rich], type=pa.large_string())
    owner, hashes, _ = word_hashes(joined)
    sig = signatures(owner, hashes, len(rich), N_HASHES)
    pairs = candidate_pairs(sig, BANDS)
    keep = pairs[jaccard(pairs, owner, hashes, len(rich)) >= threshold]
    graph = coo_matrix((np.ones(len(keep)), (keep[:, 0], keep[:, 1])), shape=(len(rich), len(rich)))
    labels[rich] = connected_components(graph, directed=False)[1]
    return labels


def _bursts(rows: np.ndarray, seconds: np.ndarray, gap: float) -> list[np.ndarray]:
    """The rows of one cluster, in time order, split at every silence longer than gap seconds."""
    ordered = rows[np.argsort(seconds[rows], kind="stable")]
    breaks = np.flatnonzero(np.diff(seconds[ordered]) > gap) + 1
    return np.split(ordered, breaks)


def propose(prep: Prepared, threshold: float = 0.5, min_posts: int = 6, min_accounts: int = 4,
            gap_hours: float = 72, max_days: float = 5) -> list[np.ndarray]:
    """Rows of the posts of each candidate claim, earliest claim first."""
    pool = np.flatnonzero(prep.rumour)
    codes = np.unique(prep.code[pool])
    label_of_code = _word_clusters(prep.words.many(codes), threshold)
    labels = label_of_code[np.searchsorted(codes, prep.code[pool])]
    pool, labels = pool[labels >= 0], labels[labels >= 0]
    order = np.argsort(labels, kind="stable")
    pool, labels = pool[order], labels[order]
    found = []
    for rows in np.split(pool, np.flatnonzero(np.diff(labels)) + 1) if len(pool) else []:
        if len(rows) < min_posts:
            continue
        for burst in _bursts(rows, prep.seconds, gap_hours * 3600):
            span = prep.seconds[burst[-1]] - prep.seconds[burst[0]]
            if len(burst) >= min_posts and span <= max_days * 86400 \
                    and len(np.unique(prep.account[burst])) >= min_accounts:
                found.append(burst)
    return sorted(found, key=lambda rows: prep.seconds[rows[0]])
