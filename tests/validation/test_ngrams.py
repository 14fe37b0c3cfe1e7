"""The learner's n-grams: the fast paths give exactly what the plain computation gives."""
import numpy as np
from scipy.sparse import csr_matrix

from analysis.validation import ngrams

TEXTS = ["Bravo à tous les électeurs !!", "honte honte honte", "", "a ma diya 😡", "Bravo", "  I  ni ce  ",
         "Le vote, c'est demain : allez voter"]
TOKENS = [t.split() for t in TEXTS]


def _plain_counts(rows, columns, n_rows, n_columns) -> np.ndarray:
    dense = np.zeros((n_rows, n_columns), dtype=np.float32)
    np.add.at(dense, (rows, columns), 1.0)
    return dense


def test_counts_equal_a_plain_tally_of_occurrences():
    rows, columns = ngrams._char_columns(TEXTS)
    counted = ngrams.char_counts(TEXTS)
    assert counted.has_canonical_format
    kept = np.unique(columns)
    expected = _plain_counts(rows, np.searchsorted(kept, columns), len(TEXTS), len(kept))
    assert np.array_equal(counted[:, kept].toarray(), expected)
    assert counted.sum() == len(rows)


def test_char_ngrams_of_a_short_text_are_all_counted():
    # " bravo " (padded, 7 characters): 6 bigrams, 5 trigrams, 4 four-grams, 3 five-grams
    assert ngrams.char_counts(["Bravo"]).sum() == 6 + 5 + 4 + 3
    assert ngrams.char_counts(["Bravo"]).nnz == 18


def test_transform_texts_equals_transform_of_counts():
    block_counts = ngrams.counts(TEXTS, TOKENS)
    state = ngrams.fit_idf({b: csr_matrix(m) for b, m in block_counts.items()})
    state = {b: (used[::2], idf[::2]) for b, (used, idf) in state.items()}      # some columns unused
    plain = ngrams.transform(block_counts, state)
    fast = ngrams.transform_texts(TEXTS, TOKENS, state)
    assert fast.shape == plain.shape and plain.nnz > 0
    assert np.array_equal(fast.indptr, plain.indptr) and np.array_equal(fast.indices, plain.indices)
    assert np.array_equal(fast.data, plain.data)


def test_each_block_of_a_row_is_unit_length_or_empty():
    state = ngrams.fit_idf(ngrams.counts(TEXTS, TOKENS))
    matrix = ngrams.transform_texts(TEXTS, TOKENS, state).toarray()
    start = 0
    for used, _ in state.values():
        norms = np.linalg.norm(matrix[:, start:start + len(used)], axis=1)
        start += len(used)
        assert np.allclose(norms[[i for i, t in enumerate(TEXTS) if t.strip()]], 1.0, atol=1e-5)
        assert norms[TEXTS.index("")] == 0.0


def test_buckets_are_the_remainder_of_the_mixed_hash():
    hashes = np.random.default_rng(0).integers(0, 2 ** 63, 50_000, dtype=np.uint64)
    with np.errstate(over="ignore"):
        mixed = ((hashes * ngrams._MIX) >> np.uint64(40)).astype(np.int64)
    for n_columns in (ngrams.BLOCKS["char"], ngrams.BLOCKS["word"], 1000, 7):
        assert np.array_equal(ngrams._bucket(hashes, n_columns), mixed % n_columns)
