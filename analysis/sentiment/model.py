"""The small linear layer on top of the lexicon score (weights shipped in data/lexicons/tone_model.npz).

Inputs: the lexicon layer's measurements (compound, positive and negative sums, negations,
emojis...) and surface cues (question, exclamation, digits, first/second person), plus hashed
word unigrams. A multinomial logistic regression turns them into P(negative), P(neutral),
P(positive); the score is P(positive) - P(negative), so it stays in -1..1 and keeps the lexicon's
direction; the final score averages it with the lexicon score. Trained by analysis/sentiment_train.py on development data only.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

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
    cache = _token_cache
    distinct = set(tokens)
    ids = [cache[t] if t in cache else _token_id(t) for t in distinct]
    return ids, not _FIRST.isdisjoint(distinct), not _SECOND.isdisjoint(distinct)


_token_cache: dict[str, int] = {}


def _token_id(token: str) -> int:
    """Hash id of one token as typed, -1 for mentions, links, emojis, numbers and placeholders."""
    folded = fold(token.lower().lstrip("#"))
    keep = folded[:1].isalpha() and folded not in _PLACEHOLDERS and not folded.startswith(("http", "www."))
    value = int.from_bytes(hashlib.blake2b(folded.encode(), digest_size=4).digest(), "little") % N_HASH \
        if keep else -1
    if len(_token_cache) < 500_000:
        _token_cache[token] = value
    return value


def design(texts, readings):
    """Dense matrix (n x len(DENSE)) and the sparse word matrix (CSR, n x N_HASH, rows L2-normalised)."""
    from scipy.sparse import csr_matrix
    rows, indptr, indices = [], [0], []
    for text, r in zip(texts, readings):
        ids, first, second = token_features(r.words)
        indices.extend(ids)
        indptr.append(len(indices))
        rows.append((r.compound, abs(r.compound), r.positive, r.negative, r.hits, r.negations, r.emoji_pos,
                     r.emoji_neg, min(text.count("!"), 4), "?" in text, _DIGITS.search(text) is not None,
                     first, second, r.hits == 0))
    dense = np.array(rows, dtype=float).reshape(-1, len(DENSE))
    indices = np.array(indices, dtype=np.int64)
    row_of = np.repeat(np.arange(len(texts)), np.diff(indptr))
    keep = indices >= 0
    indices, row_of = indices[keep], row_of[keep]
    lengths = np.bincount(row_of, minlength=len(texts))
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    data = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths)
    words = csr_matrix((data, indices, indptr), shape=(len(texts), N_HASH))
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
        lexicon = np.array([r.compound for r in readings])
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
