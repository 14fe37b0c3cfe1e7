"""The learner behind `train`: fits, predicts, saves without pickle, cross-validates, multi-label."""
import numpy as np
import pytest

from analysis.evaluate import tone as evaluation
from analysis.validation import cues, learner
from tests.conftest import ROOT

DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="module")
def tone_sets():
    train = evaluation.read_labelled(DATA / "sentiment_mali_dev.csv")
    test = evaluation.read_labelled(DATA / "sentiment_mali_holdout.csv")
    return train, test


@pytest.fixture(scope="module")
def tone_model(tone_sets):
    (texts, labels), _ = tone_sets
    return learner.fit(texts, labels, "tone", seed=0)


def test_learns_tone_and_predicts_unseen_posts(tone_model, tone_sets):
    _, (texts, gold) = tone_sets
    assert tone_model.classes == ("negative", "neutral", "positive")
    assert evaluation.metrics(gold, tone_model.predict(texts))["macro_f1"] >= 0.7


def test_probabilities_are_rows_summing_to_one(tone_model):
    proba = tone_model.predict_proba(["Bravo à tous", "Honte à eux", "Le vote a lieu dimanche", None])
    assert proba.shape == (4, 3)
    assert proba.sum(axis=1) == pytest.approx(np.ones(4))


def test_round_trip_through_bytes_keeps_every_prediction(tone_model, tone_sets):
    _, (texts, _) = tone_sets
    blob = tone_model.to_bytes()
    again = learner.Model.from_bytes(blob)
    assert again.classes == tone_model.classes and again.field == "tone"
    assert again.predict_proba(texts) == pytest.approx(tone_model.predict_proba(texts), abs=1e-6)
    assert b"pickle" not in blob[:200]


@pytest.mark.parametrize("blob", [b"", b"not a model", b"PK\x03\x04broken"])
def test_bytes_that_are_not_a_model_are_refused(blob):
    with pytest.raises(ValueError, match="model"):
        learner.Model.from_bytes(blob)


def test_same_seed_same_model(tone_sets):
    (texts, labels), _ = tone_sets
    first = learner.fit(texts[:120], labels[:120], "tone", seed=3)
    second = learner.fit(texts[:120], labels[:120], "tone", seed=3)
    assert np.array_equal(first.coef, second.coef)
    assert first.predict(texts[120:160]) == second.predict(texts[120:160])


def test_two_class_field_gives_two_columns():
    texts = ["espèce de minable", "bande de voleurs", "sale traître", "merci pour l'info",
             "rendez-vous demain au bureau", "bonne journée à tous"] * 3
    labels = ["hostile", "hostile", "hostile", "not_hostile", "not_hostile", "not_hostile"] * 3
    model = learner.fit(texts, labels, "hostility")
    proba = model.predict_proba(["bande de minables", "bonne journée"])
    assert proba.shape == (2, 2) and proba.sum(axis=1) == pytest.approx([1, 1])
    assert model.predict(["bande de minables", "bonne journée à vous"]) == ["hostile", "not_hostile"]


def test_multi_label_participation():
    texts = ["allez voter dimanche", "votez massivement", "ils achètent les voix", "fraude et achat de voix",
             "allez voter, pas de fraude", "le marché est ouvert", "il pleut à Kayes", "bon match hier"] * 3
    labels = [["call_to_vote"], ["call_to_vote"], ["fraud_allegation"], ["fraud_allegation"],
              ["call_to_vote", "fraud_allegation"], [], [], []] * 3
    model = learner.fit(texts, labels, "participation")
    assert model.multi_label and model.classes == ("call_to_vote", "fraud_allegation")
    out = model.predict(["allez voter dimanche", "le marché est ouvert"])
    assert out == [["call_to_vote"], []]
    again = learner.Model.from_bytes(model.to_bytes())
    assert again.predict(["ils achètent les voix"]) == [["fraud_allegation"]]


def test_multi_label_needs_lists():
    with pytest.raises(ValueError, match="multi-label"):
        learner.fit(["a", "b"], ["call_to_vote", "x"], "participation")


@pytest.mark.parametrize("texts, labels, field, message", [
    (["a", "b"], ["positive"], "tone", "2 texts but 1 labels"),
    (["a", "b"], ["positive", "positive"], "tone", "two classes"),
    (["a", "b"], ["positive", "negative"], "mood", "unknown field"),
])
def test_bad_training_input_is_refused(texts, labels, field, message):
    with pytest.raises(ValueError, match=message):
        learner.fit(texts, labels, field)


def test_cross_validation_reports_every_class(tone_sets):
    (texts, labels), _ = tone_sets
    report = learner.cross_validate(texts[:150], labels[:150], "tone", folds=3, seed=0)
    assert set(report) == {"cv_macro_f1", "per_class"}
    assert set(report["per_class"]) == {"negative", "neutral", "positive"}
    assert sum(c["n"] for c in report["per_class"].values()) == 150
    for c in report["per_class"].values():
        assert set(c) == {"precision", "recall", "f1", "n"} and 0 <= c["f1"] <= 1
    assert report["cv_macro_f1"] == pytest.approx(np.mean([c["f1"] for c in report["per_class"].values()]),
                                                  abs=1e-3)
    assert report["cv_macro_f1"] > 0.6


def test_cross_validation_refuses_too_few_labels_per_class():
    with pytest.raises(ValueError, match="at least 5 labels"):
        learner.cross_validate(["a", "b", "c", "d"] * 3, ["x"] * 10 + ["y"] * 2, "hostility")


def test_scores_match_hand_counts():
    out = learner.scores(["a", "a", "b", "b"], ["a", "b", "b", "b"], multi=False)
    assert out["per_class"]["a"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "n": 2}
    assert out["per_class"]["b"]["precision"] == pytest.approx(0.6667, abs=1e-4)


def test_unlabelled_posts_widen_the_ngram_columns(tone_sets):
    (texts, labels), (unseen, _) = tone_sets
    plain = learner.fit(texts[:100], labels[:100], "tone")
    adapted = learner.fit(texts[:100], labels[:100], "tone", unlabelled=unseen + texts[100:])
    assert len(adapted.ngram_state["char"][0]) > len(plain.ngram_state["char"][0])
    assert adapted.predict_proba(unseen).shape == (len(unseen), 3)


def test_margins_rank_the_uncertain_first(tone_model):
    out = learner.margins(tone_model, ["Bravo, merci, excellent travail 👏", "euh"])
    assert out.shape == (2,) and out[0] > out[1]


def test_a_model_needing_an_unregistered_cue_set_is_refused(tone_model):
    blob = learner.Model.from_bytes(tone_model.to_bytes())
    broken = learner.Model(blob.field, blob.classes, False, ("no_such_cues",), blob.ngram_state, blob.cue_mean,
                           blob.cue_scale, blob.coef, blob.intercept)
    with pytest.raises(ValueError, match="no_such_cues"):
        broken.predict(["texte"])


def test_registered_cue_sets_are_read_by_their_field():
    cues.register("length_for_test", lambda posts: np.array([[len(t)] for t in posts.texts]), fields=("hostility",))
    try:
        assert "length_for_test" in cues.names_for("hostility")
        assert cues.compute(("length_for_test",), cues.batch(["ab", "abcd"])).tolist() == [[2.0], [4.0]]
    finally:
        cues.FIELD_CUES["hostility"].remove("length_for_test")


def test_pick_uncertain_takes_the_least_sure_of_each_predicted_class(tone_model, tone_sets):
    _, (texts, _) = tone_sets
    picked = learner.pick_uncertain(tone_model, texts, 9, explore=0.0)
    assert len(picked) == len(set(picked)) == 9
    proba = tone_model.predict_proba(texts)
    predicted, margin = proba.argmax(axis=1), learner.margins(tone_model, texts)
    assert sorted(np.bincount(predicted[picked], minlength=3)) == [3, 3, 3]    # equal shares per class
    for k in range(3):
        mine = [i for i in picked if predicted[i] == k]
        others = [i for i in range(len(texts)) if predicted[i] == k and i not in mine]
        assert max(margin[mine]) <= min(margin[others]) + 1e-12            # the least sure of that class
    plain = set(np.argsort(margin, kind="stable")[:9].tolist())
    assert set(picked) != plain                      # not plain least margin, which goes to one boundary


def test_pick_uncertain_mixes_in_random_posts(tone_model, tone_sets):
    _, (texts, _) = tone_sets
    mixed = learner.pick_uncertain(tone_model, texts, 20, explore=0.5, seed=1)
    assert len(mixed) == len(set(mixed)) == 20
    assert mixed[:10] == learner.pick_uncertain(tone_model, texts, 10, explore=0.0)
    assert mixed == learner.pick_uncertain(tone_model, texts, 20, explore=0.5, seed=1)
    assert len(learner.pick_uncertain(tone_model, texts[:4], 10)) == 4


def test_unlabelled_posts_are_sampled_and_self_train(tone_sets, monkeypatch):
    (texts, labels), (unseen, _) = tone_sets
    plain = learner.fit(texts[:100], labels[:100], "tone")
    monkeypatch.setattr(learner, "UNLABELLED_MAX", 40)
    adapted = learner.fit(texts[:100], labels[:100], "tone", unlabelled=unseen + texts[100:], seed=2)
    again = learner.fit(texts[:100], labels[:100], "tone", unlabelled=unseen + texts[100:], seed=2)
    assert adapted.coef.shape[1] != plain.coef.shape[1] or not np.allclose(adapted.coef, plain.coef)
    assert np.array_equal(adapted.coef, again.coef)
