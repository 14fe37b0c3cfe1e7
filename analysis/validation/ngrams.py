"""Character and word n-grams for the learner: hashed counts, TF-IDF weights learnt from the posts.

Hashing keeps no vocabulary, so a trained model is only the columns it saw (their IDF and
weights); sublinear term frequency and L2 rows per block, as scikit-learn's TfidfVectorizer with
sublinear_tf=True. Character n-grams stay inside words padded with spaces ("char_wb"): they read
phone spellings, elisions and code-switching ("gnouman", "ɲuman") without a tokenizer.
"""
from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import HashingVectorizer

BLOCKS = {
    "char": dict(analyzer="char_wb", ngram_range=(1, 5), n_features=2 ** 20),
    "word": dict(analyzer="word", ngram_range=(1, 2), n_features=2 ** 19, token_pattern=r"(?u)\b\w+\b|[^\w\s]"),
}
MIN_DF = {"char": 2, "word": 1}     # a column must be seen in this many posts


def _hasher(block: str) -> HashingVectorizer:
    return HashingVectorizer(alternate_sign=False, norm=None, lowercase=True, dtype=np.float32, **BLOCKS[block])


def counts(texts: list[str]) -> dict[str, csr_matrix]:
    """Raw n-gram counts per block (hashed columns)."""
    return {block: _hasher(block).transform(texts) for block in BLOCKS}


def fit_idf(block_counts: dict[str, csr_matrix]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """For each block: the hashed columns seen in at least MIN_DF[block] texts, and their smoothed IDF."""
    state = {}
    for block, matrix in block_counts.items():
        df = np.bincount(matrix.indices, minlength=matrix.shape[1])
        used = np.flatnonzero(df >= MIN_DF[block]).astype(np.int64)
        idf = np.log((1 + matrix.shape[0]) / (1 + df[used])) + 1.0
        state[block] = (used, idf.astype(np.float32))
    return state


def transform(block_counts: dict[str, csr_matrix], state) -> csr_matrix:
    """TF-IDF rows over the columns of `state`, blocks side by side."""
    return hstack([_block(block_counts[b], *state[b]) for b in BLOCKS], format="csr")


def _block(matrix: csr_matrix, used: np.ndarray, idf: np.ndarray) -> csr_matrix:
    remap = np.full(matrix.shape[1], -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    columns = remap[matrix.indices]
    keep = columns >= 0
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))[keep]
    values = (1.0 + np.log(matrix.data[keep])) * idf[columns[keep]]
    out = csr_matrix((values, (rows, columns[keep])), shape=(matrix.shape[0], len(used)), dtype=np.float32)
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    out.data /= np.repeat(np.maximum(norms, 1e-12), np.diff(out.indptr)).astype(np.float32)
    return out
