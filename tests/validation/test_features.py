"""Texts read once for every fold: a subset of Features, and the folds' models, equal those of the texts."""
import numpy as np
import pytest

from analysis.evaluate import tone as evaluation
from analysis.validation import features, learner
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def posts():
    texts, labels = evaluation.read_labelled(ROOT / "tests" / "data" / "sentiment_mali_dev.csv")
    return texts[:150], labels[:150]


def test_rows_equal_the_features_of_those_texts(posts):
    texts, _ = posts
    index = [7, 3, 100, 3]
    subset, direct = features.of_texts(texts).rows(index), features.of_texts([texts[i] for i in index])
    assert subset.posts.texts == direct.posts.texts
    assert np.array_equal(subset.posts.tone_scores, direct.posts.tone_scores)
    for block, matrix in direct.counts.items():
        assert (subset.counts[block] != matrix).nnz == 0


def test_out_of_fold_equals_fitting_each_fold_on_its_texts(posts):
    texts, labels = posts
    everything = np.arange(len(texts))
    splits = [(np.setdiff1d(everything, test), test) for test in np.array_split(everything, 3)]
    shared = dict(learner.out_of_fold(features.of_texts(texts), labels, "tone", splits, seed=1))
    for train, test in splits:
        model = learner.fit([texts[i] for i in train], [labels[i] for i in train], "tone", seed=1)
        assert [shared[i] for i in test] == model.predict([texts[i] for i in test])
    assert len(shared) == len(texts)


def test_a_model_scores_read_texts_as_it_scores_texts(posts):
    texts, labels = posts
    model = learner.fit(texts[:100], labels[:100], "tone", unlabelled=texts[100:])
    read = model.probabilities(model.design_of(features.of_texts(texts)))
    scored = model.predict_proba(texts)           # summed block by block: equal up to float rounding
    assert np.abs(read - scored).max() <= 1e-12
    assert model.decide(read) == model.decide(scored)


def test_models_given_one_lexicon_pass_score_as_they_do_alone(posts):
    from analysis.annotate.trained import Trained
    texts, labels = posts
    hostile = ["hostile" if label == "negative" else "not_hostile" for label in labels]
    both = Trained({"tone": learner.fit(texts[:100], labels[:100], "tone"),
                    "hostility": learner.fit(texts[:100], hostile[:100], "hostility")}, {"tone": "1", "hostility": "1"})
    scored = both.read(texts[100:])
    assert scored is not None and len(scored[1]) == 50
    alone_scores, alone_labels = both.tone(texts[100:])
    shared_scores, shared_labels = both.tone(texts[100:], scored)
    assert np.array_equal(alone_scores, shared_scores) and list(alone_labels) == list(shared_labels)
    assert both.labels("hostility", texts[100:], scored) == both.labels("hostility", texts[100:])
    with pytest.raises(ValueError, match="50 texts but 49 scores"):
        both.tone(texts[100:], (scored[0][:49], scored[1][:49]))
