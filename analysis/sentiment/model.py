"""The small linear layer on top of the lexicon score (weights shipped in data/lexicons/tone_model.npz).

Inputs: the lexicon layer's measurements (compound, positive and negative sums, negations,
emojis...) and surface cues (question, exclamation, digits, first/second person), plus hashed
word unigrams. A multinomial logistic regression turns them into P(negative), P(neutral),
P(positive); the score is P(positive) - P(negative), so it stays in -1..1 and keeps the lexicon's
direction; the final score averages it with the lexicon score. Trained by analysis/evaluate/training.py on development data only.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from itertools import chain, repeat
from operator import attrgetter, contains

import numpy as np

from analysis.text import fold
from analysis.sentiment.lexicon import LEXICON_DIR

MODEL_PATH = LEXICON_DIR / "tone_model.npz"
LEXICON_BAND = (-0.2, 0.2)      # neutral band of the lexicon score alone (chosen on development data)
N_HASH = 2 ** 16
LEXICON_SHARE = 0.5             # weight of the lexicon score in the final score
# Cues that only tell which development set a post came from (mentions, links, length: every MLMA tweet
# has "@user" and is long) are left out on purpose, so the model cannot learn the data set.
DENSE = ("compound", "abs_compound", "positive", "negative", "hits", "negations", "emoji_pos", "emoji_neg",
         "exclamation", "question", "digits", "first_person", "second_person", "no_hit")
_PLACEHOLDERS = frozenset({"url", "rt", "user", "http", "https", "www"})
_DIGITS = re.compile(r"\d")


def _cased(words: str) -> frozenset[str]:
    """The words as typed at a sentence start or in capitals too (tokens keep their case)."""
    return frozenset(v for w in words.split() for v in (w, w.capitalize(), w.upper()))


_FIRST = _cased("je j' moi me m' mon ma mes nous nos notre jsuis chui")
_SECOND = _cased("tu toi te t' vous vos votre ton ta tes")


def token_features(tokens) -> tuple[list[int], bool, bool]:
    """Hashed word ids of the distinct tokens (-1 = not a word), and whether the post speaks as
    "je/nous" or to "tu/vous"; set look-ups run in C."""
    distinct = set(tokens)
    return list(map(_token_ids.__getitem__, distinct)), not _FIRST.isdisjoint(distinct), \
        not _SECOND.isdisjoint(distinct)


class _TokenIds(dict):
    """token -> hash id of the token as typed, -1 for mentions, links, emojis, numbers and placeholders;
    filled on look-up (also from C through map)."""

    def __missing__(self, token: str) -> int:
        folded = fold(token.lower().lstrip("#"))
        keep = folded[:1].isalpha() and folded not in _PLACEHOLDERS and not folded.startswith(("http", "www."))
        value = int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=4).digest(), "little") % N_HASH \
            if keep else -1
        if len(self) < 500_000:
            self[token] = value
        return value


_token_ids = _TokenIds()
_READ = tuple(attrgetter(name) for name in ("compound", "positive", "negative", "hits", "negations", "emoji_pos",
                                            "emoji_neg"))


def _column(values, n: int) -> np.ndarray:
    return np.fromiter(values, dtype=float, count=n)


def design(texts, readings):
    """Dense matrix (n x len(DENSE)) and the sparse word matrix (CSR, n x N_HASH, rows L2-normalised)."""
    from scipy.sparse import csr_matrix
    n = len(texts)
    compound, positive, negative, hits, negations, emoji_pos, emoji_neg = (_column(map(get, readings), n)
                                                                           for get in _READ)
    features = [token_features(r.words) for r in readings]
    ids, first, second = zip(*features) if features else ((), (), ())
    dense = np.column_stack([
        compound, np.abs(compound), positive, negative, hits, negations, emoji_pos, emoji_neg,
        np.minimum(_column(map(str.count, texts, repeat("!")), n), 4), _column(map(contains, texts, repeat("?")), n),
        _column(map(bool, map(_DIGITS.search, texts)), n), _column(first, n), _column(second, n), hits == 0,
    ]) if n else np.zeros((0, len(DENSE)))
    indices = np.fromiter(chain.from_iterable(ids), dtype=np.int64)
    row_of = np.repeat(np.arange(n), _column(map(len, ids), n).astype(np.int64))
    keep = indices >= 0
    indices, row_of = indices[keep], row_of[keep]
    lengths = np.bincount(row_of, minlength=n)
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    data = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths)
    words = csr_matrix((data, indices, indptr), shape=(n, N_HASH))
    return dense, words


class ToneModel:
    def __init__(self, arrays):
        self.mean = arrays["mean"]
        self.scale = arrays["scale"]
        self.dense_coef = arrays["dense_coef"]      # 3 x len(DENSE), classes negative, neutral, positive
        self.word_coef = arrays["word_coef"]        # 3 x N_HASH
        self.intercept = arrays["intercept"]
        self.band = tuple(float(x) for x in arrays["band"])

    def probabilities(self, texts, readings) -> np.ndarray:
        dense, words = design(texts, readings)
        logits = ((dense - self.mean) / self.scale) @ self.dense_coef.T + self.intercept
        logits = logits + np.asarray(words @ self.word_coef.T)
        logits -= logits.max(axis=1, keepdims=True)
        expd = np.exp(logits)
        return expd / expd.sum(axis=1, keepdims=True)

    def score(self, texts, readings) -> np.ndarray:
        """Half the lexicon score, half P(positive) - P(negative): the rules keep a direct say."""
        if not len(texts):
            return np.zeros(0)
        proba = self.probabilities(texts, readings)
        lexicon = _column(map(_READ[0], readings), len(readings))
        return np.clip(LEXICON_SHARE * lexicon + (1 - LEXICON_SHARE) * (proba[:, 2] - proba[:, 0]), -1.0, 1.0)


@lru_cache(maxsize=1)
def load() -> ToneModel | None:
    """The shipped model, or None when its file is absent (the lexicon score is then used alone)."""
    if not MODEL_PATH.exists():
        return None
    with np.load(MODEL_PATH) as arrays:
        return ToneModel({k: arrays[k] for k in arrays.files})


@lru_cache(maxsize=1)
def digest() -> str:
    return hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()[:10] if MODEL_PATH.exists() else "lexicon"
