"""The learner's scoring path (block by block, cached column positions, vectorised cues) gives what a plain
computation gives: one design matrix, a straightforward loop over the Readings, a fresh column map."""
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix, hstack, random as sparse_random

from analysis import sentiment
from analysis.annotate import language
from analysis.evaluate import tone as evaluation
from analysis.validation import cues, learner, linear, ngrams

DATA = Path(__file__).resolve().parents[1] / "data"
VARIED = ["", "   ", "Bravo à tous les électeurs !!", "HONTE à la CENI 🙄 bravo", "Ç'était GÉNIAL 😍😍🔥",
          "a man ɲi, i ni ce 🙏🏾", "nuuuul c'est trooop nul", "#MaliDebout @user http://t.co/x",
          "مرحبا بكم", "ߒߞߏ ߛߓߍߛߎ߲", "l’élection n’est pas fiable",
          "\x00 nul \x00", "fraudeurs et menteurs, honteusement",
          " ".join(["la fraude est partout mais bravo aux assesseurs"] * 400)]


@pytest.fixture(scope="module")
def models():
    texts, labels = evaluation.read_labelled(DATA / "sentiment_mali_dev.csv")
    two = [lab if lab == "negative" else "not_negative" for lab in labels]
    participation = [["vote"] if "vot" in t.lower() else ["other"] for t in texts]
    return {"tone": learner.fit(texts, labels, "tone"), "hostility": learner.fit(texts, two, "hostility"),
            "participation": learner.fit(texts, participation, "participation")}


@pytest.mark.parametrize("field", ["tone", "hostility", "participation"])
def test_predict_proba_equals_probabilities_of_the_design(models, field):
    model = models[field]
    texts = VARIED + evaluation.read_labelled(DATA / "sentiment_mali_holdout.csv")[0]
    fast, plain = model.predict_proba(texts), model.probabilities(model.design(texts))
    assert fast.shape == (len(texts), len(model.classes))
    assert np.abs(fast - plain).max() <= 1e-12
    assert model.decide(fast) == model.decide(plain)


def test_linear_logits_by_block_equal_one_product():
    rng = np.random.default_rng(3)
    blocks = [sparse_random(40, 30, density=0.2, format="csr", dtype=np.float32, random_state=1),
              sparse_random(40, 7, density=0.5, format="csr", dtype=np.float32, random_state=2),
              rng.normal(size=(40, 3))]
    coef, intercept = rng.normal(size=(4, 40)).astype(np.float32), rng.normal(size=4)
    whole = hstack([blocks[0], blocks[1], csr_matrix(blocks[2])], format="csr")
    expected = np.asarray(whole @ coef.T) + intercept
    got = linear.logits(blocks, linear.weights_by_block(coef, [30, 7, 3]), intercept)
    assert np.abs(got - expected).max() <= 1e-12
    with pytest.raises(ValueError, match="blocks of 39 columns"):
        linear.weights_by_block(coef, [30, 6, 3])


def test_column_positions_follow_each_state():
    texts = VARIED[:8]
    tokens = [t.split() for t in texts]
    state = ngrams.fit_idf(ngrams.counts(texts, tokens))
    states = [{b: (used[k::3], idf[k::3]) for b, (used, idf) in state.items()} for k in range(3)] * 3
    for one in states:                                  # more states than the positions kept
        plain = ngrams.transform(ngrams.counts(texts, tokens), one)
        fast = ngrams.transform_texts(texts, tokens, one)
        assert fast.shape == plain.shape and abs(fast - plain).max() <= 1e-7
        assert np.array_equal(fast.indices, plain.indices) and np.array_equal(fast.data, plain.data)


def _plain_cues(batch) -> np.ndarray:
    bambara_words = language.table()["bm"]
    rows = []
    for score, r in zip(batch.tone_scores, batch.readings):
        share = sum(w.lower() in bambara_words for w in r.words) / len(r.words) if r.words else 0.0
        rows.append([score, r.compound, r.positive, r.negative, r.hits, r.negations, r.emoji_pos, r.emoji_neg,
                     r.hits == 0, share])
    return np.array(rows, dtype=float)


def test_cue_columns_equal_a_plain_loop_over_the_readings():
    texts = VARIED + ["I ni ce", "A ka ɲi kosɛbɛ", "Ala ka hɛɛrɛ di", "Ala ka hɛɛrɛ di"]
    batch = cues.batch(texts, sentiment.score_readings(texts))
    assert np.array_equal(cues.compute(("tone", "bambara"), batch), _plain_cues(batch))
    assert (_plain_cues(batch)[:, -1] > 0).any()        # Bambara words were seen
