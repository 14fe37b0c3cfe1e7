"""Hashed n-grams of a whole batch at once, equal to scikit-learn's HashingVectorizer with the model's settings.

Char 2-5-grams inside words (char_wb: each word padded with one space) and word 1-2-grams, hashed by
32-bit MurmurHash3 as scikit-learn does, counted, then each row scaled to unit length. The char n-grams of
a word depend on the word alone, so each distinct word is hashed once and kept as one row of a
word -> char n-gram table; a batch is then one sparse product (documents x words) @ (words x n-grams)
instead of one Python call per n-gram.
"""
from __future__ import annotations

from itertools import chain, repeat

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


_M = np.uint32(0xFFFFFFFF)


def _rotl(x: np.ndarray, r: int) -> np.ndarray:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def _mix(k: np.ndarray) -> np.ndarray:
    return _rotl(k * np.uint32(0xCC9E2D51), 15) * np.uint32(0x1B873593)


def murmur_fixed(keys: np.ndarray) -> np.ndarray:
    """32-bit MurmurHash3 (seed 0, signed, as scikit-learn's murmurhash3_32) of byte keys of one length
    (the rows of a uint8 matrix), for many short keys at once."""
    n, length = keys.shape
    h = np.zeros(n, dtype=np.uint32)
    with np.errstate(over="ignore"):
        for start in range(0, length - length % 4, 4):
            block = keys[:, start:start + 4].astype(np.uint32)
            k = block[:, 0] | (block[:, 1] << np.uint32(8)) | (block[:, 2] << np.uint32(16)) | (block[:, 3] << np.uint32(24))
            h = _rotl(h ^ _mix(k), 13) * np.uint32(5) + np.uint32(0xE6546B64)
        tail = keys[:, length - length % 4:].astype(np.uint32)
        if tail.shape[1]:
            k = np.zeros(n, dtype=np.uint32)
            for i in range(tail.shape[1]):
                k |= tail[:, i] << np.uint32(8 * i)
            h ^= _mix(k)
        h ^= np.uint32(length)
        for shift, factor in ((16, 0x85EBCA6B), (13, 0xC2B2AE35)):
            h = (h ^ (h >> np.uint32(shift))) * np.uint32(factor)
        h ^= h >> np.uint32(16)
    return h.view(np.int32)


def buckets(features: list[str], n_features: int) -> np.ndarray:
    """bucket() of many features at once: in numpy, one key length at a time, when all are ASCII."""
    joined = "".join(features)
    if not joined.isascii():
        return np.array([bucket(f, n_features) for f in features], dtype=np.int64)
    data = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    lengths = np.fromiter(map(len, features), dtype=np.int64, count=len(features))
    starts = np.cumsum(lengths) - lengths
    out = np.empty(len(features), dtype=np.int64)
    for length in np.unique(lengths):
        chosen = np.flatnonzero(lengths == length)
        h = murmur_fixed(data[starts[chosen, None] + np.arange(length)]).astype(np.int64)
        out[chosen] = np.where(h == -2147483648, (2147483647 - (n_features - 1)) % n_features, np.abs(h) % n_features)
    return out


def char_ngrams(word: str) -> list[str]:
    """The char_wb n-grams of one word, as scikit-learn lists them (a short word counted once)."""
    padded = f" {word} "
    grams = []
    for n in CHAR_SIZES:
        grams += [padded[i:i + n] for i in range(max(1, len(padded) - n + 1))]
        if len(padded) <= n:
            break
    return grams


def _looked_up(known: dict[str, int], keys: list[str]) -> np.ndarray:
    """known[key] for every key, -1 for an unknown one."""
    return np.fromiter(map(known.get, keys, repeat(-1)), dtype=np.int64, count=len(keys))


class Hasher:
    """Known words with their char n-gram columns and word column, and known word pairs, memoised."""

    def __init__(self, n_char: int, n_word: int) -> None:
        self.n_char, self.n_word = n_char, n_word
        self._forget()

    def _forget(self) -> None:
        self.index: dict[str, int] = {}
        self.words: list[str] = []           # by id
        self.new_words: list[str] = []       # words learnt since the last table
        self.pair_keys = np.zeros(0, dtype=np.int64)      # (first id << 32 | second id), sorted
        self.pair_columns = np.zeros(0, dtype=np.int64)   # the column of each
        self._table = sp.csr_matrix((0, self.n_char))
        self._unigrams = np.zeros(0, dtype=np.int64)

    def encode(self, docs: list[list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Word ids of every token, tokens per doc, word-pair columns, pairs per doc (docs as word lists)."""
        if len(self.index) > MEMO_LIMIT or len(self.pair_keys) > MEMO_LIMIT:
            self._forget()
        lengths = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
        words = list(chain.from_iterable(docs))
        tokens = _looked_up(self.index, words)            # in C; the few new words after
        if (tokens < 0).any():
            for word in dict.fromkeys(words[i] for i in np.flatnonzero(tokens < 0)):
                self.index[word] = len(self.index)
                self.words.append(word)
                self.new_words.append(word)
            tokens = _looked_up(self.index, words)
        starts_pair = np.ones(len(words), dtype=bool)     # every word but the last of its doc
        starts_pair[np.cumsum(lengths)[lengths > 0] - 1] = False
        first = np.flatnonzero(starts_pair)
        return tokens, lengths, self._pairs((tokens[first] << 32) | tokens[first + 1]), np.maximum(lengths - 1, 0)

    def _pairs(self, keys: np.ndarray) -> np.ndarray:
        """The column of each word pair (by key), new pairs hashed and remembered."""
        slots = np.searchsorted(self.pair_keys, keys)
        known = self.pair_keys[np.minimum(slots, len(self.pair_keys) - 1)] == keys if len(self.pair_keys) \
            else np.zeros(len(keys), dtype=bool)
        if not known.all():
            new = np.unique(keys[~known])
            by_id = self.words
            spelt = [f"{by_id[a]} {by_id[b]}" for a, b in zip((new >> 32).tolist(), (new & 0xFFFFFFFF).tolist())]
            merged = np.concatenate([self.pair_keys, new])
            order = np.argsort(merged, kind="stable")
            self.pair_keys = merged[order]
            self.pair_columns = np.concatenate([self.pair_columns, buckets(spelt, self.n_word)])[order]
            slots = np.searchsorted(self.pair_keys, keys)
        return self.pair_columns[slots]

    def tables(self) -> tuple[sp.csr_matrix, np.ndarray]:
        """(known words x char n-gram columns, each cell how often the n-gram occurs in the word;
        the word column of each known word), the words learnt since the last call appended."""
        if self.new_words:
            rows = [char_ngrams(w) for w in self.new_words]
            indptr = np.concatenate([[0], np.cumsum([len(r) for r in rows])])
            columns = buckets([g for r in rows for g in r], self.n_char)
            more = sp.csr_matrix((np.ones(len(columns)), columns, indptr), shape=(len(rows), self.n_char))
            more.sum_duplicates()
            self._table = sp.vstack([self._table, more], format="csr")
            self._unigrams = np.concatenate([self._unigrams, buckets(self.new_words, self.n_word)])
            self.new_words = []
        return self._table, self._unigrams


def row_norms(matrix: sp.csr_matrix) -> np.ndarray:
    """The length of each row (its sum of squares over its own cells, in order)."""
    squares = np.zeros(matrix.shape[0])
    filled = np.flatnonzero(np.diff(matrix.indptr))
    if len(filled):         # reduceat over the starts of non-empty rows: each sums up to the next start
        squares[filled] = np.add.reduceat(matrix.data * matrix.data, matrix.indptr[filled])
    return np.sqrt(squares)


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """The rows scaled to unit length."""
    matrix.data /= np.repeat(row_norms(matrix), np.diff(matrix.indptr))
    return matrix


def counts(hasher: Hasher, docs: list[list[str]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The char and word n-gram counts of the docs (each a list of words), one row per doc."""
    token_ids, lengths, pairs, pair_counts = hasher.encode(docs)
    n = len(docs)
    rows = np.repeat(np.arange(n), lengths)
    table, unigram_columns = hasher.tables()
    per_word = sp.csr_matrix((np.ones(len(token_ids)), (rows, token_ids)), shape=(n, table.shape[0]))
    chars = sp.csr_matrix(per_word @ table)
    unigrams = unigram_columns[token_ids]
    word_rows = np.concatenate([rows, np.repeat(np.arange(n), pair_counts)])
    word_columns = np.concatenate([unigrams, pairs])
    word_grams = sp.csr_matrix((np.ones(len(word_columns)), (word_rows, word_columns)), shape=(n, hasher.n_word))
    return chars, word_grams


def transform(hasher: Hasher, docs: list[str]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The char and word n-gram matrices of the docs, rows of unit length (empty rows stay empty)."""
    chars, word_grams = counts(hasher, [d.split() for d in docs])
    return unit_rows(chars), unit_rows(word_grams)


def unit_dot(matrix: sp.csr_matrix, weights: np.ndarray) -> np.ndarray:
    """unit_rows(matrix) @ weights without scaling every cell: each row's sum divided by its length
    (0 for an empty row)."""
    norms = row_norms(matrix)
    sums = matrix @ weights
    return np.divide(sums, norms, out=np.zeros_like(sums, dtype=np.float64), where=norms > 0)
