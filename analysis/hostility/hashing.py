"""Hashed n-grams of a whole batch at once, equal to scikit-learn's HashingVectorizer with the model's settings.

Char 2-5-grams inside words (char_wb: each word padded with one space) and word 1-2-grams, hashed by
32-bit MurmurHash3 as scikit-learn does, counted, then each row scaled to unit length. The char n-grams of
a word depend on the word alone, so each distinct word is hashed once and kept as one row of a
word -> char n-gram table; a batch is then one sparse product (documents x words) @ (words x n-grams)
instead of one Python call per n-gram.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.utils import murmurhash3_32

CHAR_SIZES = (2, 3, 4, 5)
MEMO_LIMIT = 300_000          # distinct words (and word pairs) remembered; past it the memory starts afresh


def bucket(feature: str, n_features: int) -> int:
    """The column scikit-learn's FeatureHasher gives a feature (its sign is unused: alternate_sign=False)."""
    h = murmurhash3_32(feature, seed=0)
    if h == -2147483648:                  # abs(-2**31) overflows in int32; scikit-learn's defined value
        return (2147483647 - (n_features - 1)) % n_features
    return abs(h) % n_features


def char_ngrams(word: str) -> list[str]:
    """The char_wb n-grams of one word, as scikit-learn lists them (a short word counted once)."""
    padded = f" {word} "
    grams = []
    for n in CHAR_SIZES:
        grams += [padded[i:i + n] for i in range(max(1, len(padded) - n + 1))]
        if len(padded) <= n:
            break
    return grams


class Hasher:
    """Known words with their char n-gram columns and word column, and known word pairs, memoised."""

    def __init__(self, n_char: int, n_word: int) -> None:
        self.n_char, self.n_word = n_char, n_word
        self._forget()

    def _forget(self) -> None:
        self.index: dict[str, int] = {}
        self.char_rows: list[tuple[int, ...]] = []
        self.unigrams: list[int] = []
        self.pairs: dict[str, int] = {}
        self._table: sp.csr_matrix | None = None

    def _learn(self, word: str) -> int:
        self.index[word] = len(self.char_rows)
        self.char_rows.append(tuple(bucket(g, self.n_char) for g in char_ngrams(word)))
        self.unigrams.append(bucket(word, self.n_word))
        self._table = None
        return len(self.char_rows) - 1

    def _pair(self, pair: str) -> int:
        found = self.pairs[pair] = bucket(pair, self.n_word)
        return found

    def encode(self, docs: list[str]) -> tuple[list[int], list[int], list[int], list[int]]:
        """Word ids of every token, tokens per doc, word-pair columns, pairs per doc."""
        if len(self.index) > MEMO_LIMIT or len(self.pairs) > MEMO_LIMIT:
            self._forget()
        tokens, lengths, pairs, pair_counts = [], [], [], []
        index, learn, known_pairs, pair = self.index, self._learn, self.pairs, self._pair
        for doc in docs:
            words = doc.split()
            tokens += [index.get(w) if w in index else learn(w) for w in words]
            lengths.append(len(words))
            joined = [f"{a} {b}" for a, b in zip(words, words[1:])]
            pairs += [known_pairs.get(p) if p in known_pairs else pair(p) for p in joined]
            pair_counts.append(len(joined))
        return tokens, lengths, pairs, pair_counts

    def char_table(self) -> sp.csr_matrix:
        """Known words x char n-gram columns, each cell the number of times the n-gram occurs in the word."""
        if self._table is None:
            sizes = np.fromiter((len(r) for r in self.char_rows), dtype=np.int64, count=len(self.char_rows))
            indptr = np.concatenate([[0], np.cumsum(sizes)])
            columns = np.fromiter((c for r in self.char_rows for c in r), dtype=np.int64, count=int(indptr[-1]))
            table = sp.csr_matrix((np.ones(len(columns)), columns, indptr), shape=(len(self.char_rows), self.n_char))
            table.sum_duplicates()
            self._table = table
        return self._table


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """The rows scaled to unit length; the counts are integers, so the sums of squares are exact."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    squares = np.bincount(rows, weights=matrix.data * matrix.data, minlength=matrix.shape[0])
    matrix.data /= np.sqrt(squares)[rows]
    return matrix


def transform(hasher: Hasher, docs: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The char and word n-gram matrices of the docs, rows of unit length (empty rows stay empty)."""
    tokens, lengths, pairs, pair_counts = hasher.encode(docs)
    n, token_ids = len(docs), np.asarray(tokens, dtype=np.int64)
    rows = np.repeat(np.arange(n), lengths)
    table = hasher.char_table()
    per_word = sp.csr_matrix((np.ones(len(token_ids)), (rows, token_ids)), shape=(n, table.shape[0]))
    chars = sp.csr_matrix(per_word @ table)
    unigrams = np.asarray(hasher.unigrams, dtype=np.int64)[token_ids]
    word_rows = np.concatenate([rows, np.repeat(np.arange(n), pair_counts)])
    word_columns = np.concatenate([unigrams, np.asarray(pairs, dtype=np.int64)])
    word_grams = sp.csr_matrix((np.ones(len(word_columns)), (word_rows, word_columns)), shape=(n, hasher.n_word))
    return unit_rows(chars), unit_rows(word_grams)
