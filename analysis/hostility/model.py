"""The learned layer: a logistic regression over hashed n-grams of the de-obfuscated words plus the rule features.

Char 2-5-grams (inside words) and word 1-2-grams are hashed (no vocabulary to ship), so spelling variants
that the rules do not know still share most of their n-grams with known words. Weights ship in
data/lexicons/hostility/model.npz; `fit` retrains them (from development data or from the validation desk).
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression

from analysis.hostility import hashing
from analysis.hostility.lexicon import LEXICON_DIR
from analysis.hostility.verdict import DENSE, RuleResult

MODEL_PATH = LEXICON_DIR / "model.npz"
N_CHAR, N_WORD = 2 ** 18, 2 ** 17
DENSE_SCALE = 1.0
_HASHER = hashing.Hasher(N_CHAR, N_WORD)     # the n-grams of scikit-learn's HashingVectorizer, l2-normed


def _dense(results: list[RuleResult]) -> np.ndarray:
    """The rule features, one row per post, log-scaled."""
    dense = np.vstack([r.dense for r in results]) if results else np.zeros((0, len(DENSE)), np.float32)
    return np.log1p(np.abs(dense)) * np.sign(dense) * DENSE_SCALE


def design(results: list[RuleResult]) -> sp.csr_matrix:
    """Rule features, then hashed char and word n-grams, one row per post."""
    chars, word_grams = hashing.counts(_HASHER, [r.tokens for r in results])
    return sp.hstack([sp.csr_matrix(_dense(results)), hashing.unit_rows(chars), hashing.unit_rows(word_grams)],
                     format="csr")


def fit(results: list[RuleResult], labels, weights=None, c: float = 2.0) -> dict:
    """Train the layer on posts (their rule results) and 0/1 labels; returns the weights to save."""
    learner = LogisticRegression(C=c, max_iter=3000, solver="liblinear")
    learner.fit(design(results), np.asarray(labels, dtype=int), sample_weight=weights)
    return {"coef": learner.coef_.ravel().astype(np.float32), "intercept": np.float32(learner.intercept_[0])}


def save(weights: dict, path=MODEL_PATH) -> None:
    np.savez_compressed(path, coef=weights["coef"], intercept=weights["intercept"], dense=np.array(DENSE))


@lru_cache(maxsize=1)
def shipped() -> dict:
    with np.load(MODEL_PATH) as stored:
        if tuple(stored["dense"]) != DENSE:
            raise ValueError(f"{MODEL_PATH}: rule features differ from the code's; retrain the hostility model")
        return {"coef": stored["coef"], "intercept": float(stored["intercept"])}


def probability(results: list[RuleResult], weights: dict | None = None) -> np.ndarray:
    """P(hostile) from the learned layer alone (the shipped weights unless others are given, as in training)."""
    weights = weights or shipped()
    if not results:
        return np.zeros(0)
    dense = _dense(results)
    # posts that differ only in the group or party they name have the same words: n-grams once per word list
    docs: dict[tuple, int] = {}
    of_doc = np.fromiter((docs.setdefault(tuple(r.tokens), len(docs)) for r in results), dtype=np.int64,
                         count=len(results))
    chars, word_grams = hashing.counts(_HASHER, list(docs))
    coef, n_dense = weights["coef"], dense.shape[1]       # each part by its own weights: no stacked copy
    margin = (dense.astype(np.float64) @ coef[:n_dense] + hashing.unit_dot(chars, coef[n_dense:n_dense + N_CHAR])[of_doc]
              + hashing.unit_dot(word_grams, coef[n_dense + N_CHAR:])[of_doc] + weights["intercept"])
    return 1.0 / (1.0 + np.exp(-margin))
