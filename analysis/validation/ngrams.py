"""Character and word n-grams for the learner: hashed counts, TF-IDF weights learnt from the posts.

Hashing keeps no vocabulary, so a trained model is only the columns it saw (their IDF and weights).
Character 2- to 5-grams of the lower-cased post with spaces squeezed read phone spellings, elisions
and code-switching ("gnouman", "ɲuman") without a tokenizer; they are hashed for the whole batch at
once with numpy (a polynomial rolling hash over the code points), which is what keeps scoring fast.
Word unigrams and bigrams come from the tone analyser's tokens (elisions split, emojis kept).
Weights: sublinear term frequency times smoothed IDF, each block's rows L2-normalised, as
scikit-learn's TfidfVectorizer(sublinear_tf=True).
"""
from __future__ import annotations

import zlib
from itertools import chain

import numpy as np
from scipy.sparse import csr_matrix, hstack

BLOCKS = {"char": 2 ** 20, "word": 2 ** 19}     # hashed columns per block
CHAR_SIZES = (2, 3, 4, 5)                  # single letters added nothing on the development sets
MIN_DF = {"char": 2, "word": 1}                 # a column must be seen in this many posts
_PRIME, _MIX = np.uint64(1_000_003), np.uint64(0x9E3779B97F4A7C15)
_SEPARATOR = "\x00"
_token_ids: dict[str, int] = {}


def counts(texts: list[str], tokens: list[list[str]]) -> dict[str, csr_matrix]:
    """Raw n-gram counts per block (hashed columns); `tokens` are each text's words."""
    return {"char": char_counts(texts), "word": word_counts(tokens)}


def char_counts(texts: list[str]) -> csr_matrix:
    return _matrix(*_char_columns(texts), len(texts), BLOCKS["char"])


def word_counts(tokens: list[list[str]]) -> csr_matrix:
    return _matrix(*_word_columns(tokens), len(tokens), BLOCKS["word"])


def _char_columns(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(post, hashed column) of every character n-gram occurrence."""
    padded = [" " + " ".join(t.replace(_SEPARATOR, " ").lower().split()) + " " for t in texts]
    joined = _SEPARATOR.join(padded)
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.fromiter(map(len, padded), dtype=np.int64, count=len(padded)) + 1
    row_of = np.repeat(np.arange(len(texts)), lengths)[:len(codes)]
    separators = np.concatenate([[0], np.cumsum(codes == 0)])
    rows, columns, rolling = [], [], codes
    for size in CHAR_SIZES:
        if size > 1:
            rolling = rolling[:-1] * _PRIME + codes[size - 1:]
        inside = separators[size:] - separators[:-size] == 0      # the n-gram stays in one post
        rows.append(row_of[:len(inside)][inside])
        columns.append(_bucket(rolling[inside] ^ np.uint64(size), BLOCKS["char"]))
    return _joined(rows), _joined(columns)


def _word_columns(tokens: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """(post, hashed column) of every word unigram and bigram occurrence."""
    known, flat = _token_ids, list(chain.from_iterable(tokens))
    ids = [known[t] if t in known else _token_id(t) for t in flat]
    lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    flat = np.array(ids, dtype=np.uint64)
    row_of = np.repeat(np.arange(len(tokens)), lengths)
    same_post = row_of[1:] == row_of[:-1]
    bigrams = (flat[:-1] * _PRIME + flat[1:])[same_post] ^ np.uint64(2)
    rows = [row_of, row_of[1:][same_post]]
    columns = [_bucket(flat, BLOCKS["word"]), _bucket(bigrams, BLOCKS["word"])]
    return _joined(rows), _joined(columns)


def _joined(parts: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(parts).astype(np.int64, copy=False) if parts else np.zeros(0, dtype=np.int64)


def _token_id(token: str) -> int:
    value = _token_ids.get(token)
    if value is None:
        value = zlib.crc32(token.lower().encode("utf-8"))      # stable across processes, unlike hash()
        if len(_token_ids) < 500_000:
            _token_ids[token] = value
    return value


def _bucket(hashes: np.ndarray, n_columns: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        mixed = (hashes * _MIX) >> np.uint64(40)
    if n_columns & (n_columns - 1) == 0:      # a power of two: the same remainder as %, without a division
        return (mixed & np.uint64(n_columns - 1)).astype(np.int64)
    return mixed.astype(np.int64) % n_columns


def _matrix(rows: np.ndarray, columns: np.ndarray, n_rows: int, n_columns: int) -> csr_matrix:
    """Counts of each (post, column) pair in canonical CSR form; duplicates are summed after a sort of
    each row's few columns (scipy), much cheaper than one sort of every occurrence."""
    matrix = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=(n_rows, n_columns))
    matrix.sum_duplicates()
    return matrix


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
    return hstack([_block(block_counts[b], *state[b]) for b in state], format="csr")


def transform_texts(texts: list[str], tokens: list[list[str]], state) -> csr_matrix:
    """`transform(counts(texts, tokens), state)`, counting only the state's columns: the others would be
    dropped anyway, and most of the counting cost goes with them."""
    return hstack(weighted_blocks(texts, tokens, state), format="csr")


def weighted_blocks(texts: list[str], tokens: list[list[str]], state) -> list[csr_matrix]:
    """The blocks of `transform_texts`, not yet side by side (a scorer multiplies each by its weights)."""
    occurrences = {"char": lambda: _char_columns(texts), "word": lambda: _word_columns(tokens)}
    blocks = []
    for block, (used, idf) in state.items():
        rows, columns = occurrences[block]()
        kept = _positions(used, BLOCKS[block])[columns]
        inside = kept >= 0
        blocks.append(_weighted(_matrix(rows[inside], kept[inside], len(texts), len(used)), idf))
    return blocks


_POSITIONS_KEPT = 4
_positions_kept: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _positions(used: np.ndarray, n_columns: int) -> np.ndarray:
    """`_remap(used, n_columns)`, kept for the last few models' columns: building it (a few MB) costs more
    than scoring a small batch. Keyed by the array's identity, held alive by the entry itself."""
    found = _positions_kept.get(id(used))
    if found is not None and found[0] is used and len(found[1]) == n_columns:
        return found[1]
    if len(_positions_kept) >= _POSITIONS_KEPT:
        _positions_kept.pop(next(iter(_positions_kept)))
    remap = _remap(used, n_columns)
    _positions_kept[id(used)] = (used, remap)
    return remap


def _remap(used: np.ndarray, n_columns: int) -> np.ndarray:
    """Hashed column -> its position among `used`, -1 when unused."""
    remap = np.full(n_columns, -1, dtype=np.int32 if len(used) < 2 ** 31 else np.int64)
    remap[used] = np.arange(len(used))
    return remap


def _block(matrix: csr_matrix, used: np.ndarray, idf: np.ndarray) -> csr_matrix:
    columns = _remap(used, matrix.shape[1])[matrix.indices]
    keep = columns >= 0
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))[keep]
    counts_kept = csr_matrix((matrix.data[keep], (rows, columns[keep])), shape=(matrix.shape[0], len(used)),
                             dtype=np.float32)
    return _weighted(counts_kept, idf)


def _weighted(matrix: csr_matrix, idf: np.ndarray) -> csr_matrix:
    """Sublinear TF times IDF, rows L2-normalised (`matrix`: counts over the used columns, canonical)."""
    values = (1.0 + np.log(matrix.data)) * idf[matrix.indices]
    out = csr_matrix((values.astype(np.float32), matrix.indices, matrix.indptr), shape=matrix.shape)
    norms = np.sqrt(np.asarray(out.multiply(out).sum(axis=1)).ravel())
    out.data /= np.repeat(np.maximum(norms, 1e-12), np.diff(out.indptr)).astype(np.float32)
    return out
