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
    assert np.array_equal(read, model.predict_proba(texts))
