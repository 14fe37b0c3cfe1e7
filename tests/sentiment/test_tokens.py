"""The per-piece memo (sentiment.tokens) and the batch paths give what the plain ones give: a text's tokens are
its whitespace-separated pieces' tokens, a text scores the same alone, in a batch, cold or warm, and the
column-wise design matrix equals a row-by-row build."""
import csv
import sys
from itertools import chain
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from analysis import sentiment
from analysis.sentiment import model, rules as R, scoring, tokens

DATA = Path(__file__).resolve().parents[1] / "data"
WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
TRICKY = ["l'", "l’élection", "qu'il", ":)", ":D", "<3", "</3", "http://t.co/x", "www.x.ml", "#MaliDebout",
          "@user", "bravooo", "NUL", "😡", "🙄", "!!", "?", "…", "a-b", "8)", "x:", "2020", "_x_", "ɲuman"]


def _memo_tokens(text: str) -> list[str]:
    return list(chain.from_iterable(map(tokens.TOKENS, tokens.records(text))))


def _texts() -> list[str]:
    texts = []
    for name in ("sentiment_general_dev.csv", "sentiment_mali_dev.csv", "sentiment_bambara_dev.csv"):
        with open(DATA / name, encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


def test_no_token_spans_whitespace_and_whitespace_acts_as_the_text_edge():
    assert len(WHITESPACE) > 20 and all(len(f"a{w}b".split()) == 2 for w in WHITESPACE)
    for space in WHITESPACE:
        text = space.join(TRICKY + TRICKY[::-1])
        assert R.tokenize(text) == [t for piece in TRICKY + TRICKY[::-1] for t in R.tokenize(piece)], repr(space)
        assert _memo_tokens(text) == R.tokenize(text), repr(space)


def test_memo_tokens_equal_the_tokenizer_on_the_shared_sets():
    texts = _texts() + [" ".join(TRICKY), "\n".join(TRICKY), "\u00a0".join(TRICKY), "".join(TRICKY)]
    assert [_memo_tokens(t) for t in texts] == [R.tokenize(t) for t in texts]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TRICKY + ["bravo", "pas", "très", "mais", "peu", "a", "man", "ɲi", "honte"]
                                + WHITESPACE[:8] + [" ", "  ", "\n"]), max_size=30))
def test_memo_tokens_equal_the_tokenizer_on_random_mixtures(parts):
    text = "".join(parts)
    assert _memo_tokens(text) == R.tokenize(text)


def test_a_text_scores_the_same_alone_in_a_batch_cold_and_warm(monkeypatch):
    texts = _texts()[:400] + ["", "bravo", "Bravo ! Honte à eux 🙄", "pas bon du tout", "achat de voix"]
    batch = sentiment.score_many(texts)
    alone = np.array([sentiment.score(t) for t in texts])
    monkeypatch.setattr(tokens, "pieces", tokens.Pieces())
    monkeypatch.setattr(tokens, "_cache", {})
    monkeypatch.setattr(scoring, "_phrases", {})
    monkeypatch.setattr(model, "_token_ids", model._TokenIds())
    cold = sentiment.score_many(texts[::-1])[::-1]
    assert np.abs(batch - alone).max() < 1e-12 and np.abs(batch - cold).max() < 1e-12
    assert (batch > 0.2).sum() > 50 and (batch < -0.2).sum() > 50


def test_the_piece_memo_restarts_when_full_and_scores_stay(monkeypatch):
    texts = _texts()[:300]
    expected = sentiment.score_many(texts)
    monkeypatch.setattr(tokens, "pieces", tokens.Pieces())
    monkeypatch.setattr(tokens, "CACHE_LIMIT", 50)
    got = sentiment.score_many(texts)
    assert len(tokens.pieces) <= 51 + max(len(t.split()) for t in texts)
    assert np.abs(got - expected).max() < 1e-12


def _plain_design(texts, readings):
    """The design matrix built row by row, as the model reads it."""
    from scipy.sparse import csr_matrix
    rows, cols, dense = [], [], []
    for k, (text, r) in enumerate(zip(texts, readings)):
        ids, first, second = model.token_features(r.words)
        rows += [k] * sum(i >= 0 for i in ids)
        cols += [i for i in ids if i >= 0]
        dense.append([r.compound, abs(r.compound), r.positive, r.negative, r.hits, r.negations, r.emoji_pos,
                      r.emoji_neg, min(text.count("!"), 4), "?" in text, any(c.isdecimal() for c in text),
                      first, second, r.hits == 0])
    lengths = np.bincount(rows, minlength=len(texts))
    data = [1.0 / np.sqrt(lengths[k]) for k in rows]
    return np.array(dense, dtype=float), csr_matrix((data, (rows, cols)), shape=(len(texts), model.N_HASH))


def test_design_equals_a_row_by_row_build():
    texts = _texts()[:300] + ["", "Bravo bravo BRAVO !!! 2020 ?", "je te dis", "@user http://x 😡"]
    readings = [sentiment.read(t) for t in texts]
    dense, words = model.design(texts, readings)
    plain_dense, plain_words = _plain_design(texts, readings)
    assert np.array_equal(dense, plain_dense)
    assert abs(words - plain_words).max() < 1e-15 and words.shape == plain_words.shape
    empty_dense, empty_words = model.design([], [])
    assert empty_dense.shape == (0, len(model.DENSE)) and empty_words.shape == (0, model.N_HASH)


@pytest.mark.parametrize("texts", [[], [""], ["Bravo"]])
def test_small_batches(texts):
    assert sentiment.score_many(texts).shape == (len(texts),)
