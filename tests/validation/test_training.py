"""train: the model learnt from people's labels is stored, versioned, used by annotate; reset goes back."""
import numpy as np
import pytest

from analysis.annotate import per_text, pipeline, trained
from analysis.store import Store
from analysis.validation import fields, labels, machine, models, training
from tests.validation.helpers import make_store, tone_texts, write_labels

N = 240


def annotate(db):
    return pipeline.annotate_store(db, load_models=models.load)


@pytest.fixture
def labelled(tmp_path):
    """A store of N learnable posts whose machine says neutral; people labelled the first 150."""
    db = tmp_path / "s.duckdb"
    truth = np.random.default_rng(0).choice(["negative", "neutral", "positive"], N).astype(object)
    ids = make_store(db, ["neutral"] * N, texts=tone_texts(truth))
    rows = [(i, "tone", t, "awa") for i, t in zip(ids[:150], truth[:150])]
    labels.import_labels(write_labels(tmp_path / "l.csv", rows), db, sample="random")
    return db, ids, truth


def _annotations(db):
    with Store(db, read_only=True) as store:
        return store.con.execute("SELECT post_id, version, sentiment, sentiment_label FROM annotations "
                                 "ORDER BY post_id").df().set_index("post_id")


def test_train_stores_a_versioned_model_and_annotate_uses_it(labelled):
    db, ids, truth = labelled
    before = annotate(db)
    assert before["version"] == pipeline.VERSION and before["annotated"] == N
    summary = training.train(db, "tone")
    assert (summary["field"], summary["n_labels"], summary["version"]) == ("tone", 150, 1)
    assert summary["cv_macro_f1"] > 0.8 and set(summary["per_class"]) == set(fields.get("tone").classes)
    after = annotate(db)
    assert after["version"].startswith(f"{pipeline.VERSION}+tone-model-1-") and after["annotated"] == N
    ann = _annotations(db).loc[ids[150:]]
    assert np.mean(ann["sentiment_label"].to_numpy() == truth[150:]) > 0.8    # the shipped lexicon reads these badly
    with Store(db, read_only=True) as store:
        scores, predicted = models.load(store).tone(store.posts().set_index("post_id").loc[ids[150:], "text"].tolist())
    assert np.allclose(ann["sentiment"], scores) and (ann["sentiment_label"].to_numpy() == predicted).all()
    assert annotate(db)["annotated"] == 0                      # nothing stale any more


def test_the_model_is_judged_on_posts_it_did_not_learn_from(labelled):
    db, ids, _ = labelled
    training.train(db, "tone")
    with Store(db, read_only=True) as store:
        row = store.latest_model("tone")
        posts = store.load()
    assert sorted(row["holdout"]) == sorted(ids[:150]) and row["metrics"]["n_labels"] == 150
    honest = machine.honest(posts, fields.get("tone"), row)
    assert honest.loc[ids[0]] == row["holdout"][ids[0]]


def test_reset_returns_to_the_shipped_analyser(labelled):
    db, _, _ = labelled
    training.train(db, "tone")
    annotate(db)
    assert training.reset(db, "tone") == {"field": "tone", "reset": True, "version": 2}
    with Store(db, read_only=True) as store:
        assert store.latest_model("tone")["blob"] is None and models.load(store).key == ""
    again = annotate(db)
    assert again["version"] == pipeline.VERSION and again["annotated"] == N
    assert set(_annotations(db)["version"]) == {pipeline.VERSION}


def test_a_failing_model_stops_annotate_and_changes_nothing(labelled, monkeypatch):
    db, _, _ = labelled
    annotate(db)
    training.train(db, "tone")
    before = _annotations(db)
    def one_short(self, texts, scored=None):
        return np.zeros(len(texts) - 1), np.array(["neutral"] * (len(texts) - 1))
    monkeypatch.setattr(trained.Trained, "tone", one_short)
    per_text.clear_memo()
    with pytest.raises(per_text.AnalyserError, match="trained tone"):
        annotate(db)
    assert _annotations(db).equals(before)


def test_annotate_without_the_models_refuses_a_store_that_has_one(labelled):
    db, _, _ = labelled
    training.train(db, "tone")
    with pytest.raises(per_text.AnalyserError, match="trained model for tone"):
        pipeline.annotate_store(db)


def test_too_few_labels_is_a_clear_error(tmp_path):
    db = tmp_path / "s.duckdb"
    ids = make_store(db, ["neutral"] * 20)
    rows = [(i, "tone", "positive" if k < 12 else "negative", "awa") for k, i in enumerate(ids[:15])]
    labels.import_labels(write_labels(tmp_path / "l.csv", rows), db)
    with pytest.raises(ValueError, match="needs 5 labelled posts .*negative 3, positive 12"):
        training.train(db, "tone")
    with Store(db, read_only=True) as store:
        assert store.latest_model("tone") is None


def test_participation_model_is_multi_label(tmp_path):
    db = tmp_path / "s.duckdb"
    rng = np.random.default_rng(1)
    cats = rng.choice(["boycott", "fraud_allegation", "none", "boycott;fraud_allegation"], 120)
    words = {"boycott": "boycottez ne votez pas", "fraud_allegation": "bourrage des urnes fraude", "none": "bonjour"}
    texts = [" ".join(words[c] for c in cat.split(";")) + f" {k}" for k, cat in enumerate(cats)]
    ids = make_store(db, ["neutral"] * 120, texts=texts)
    labels.import_labels(write_labels(tmp_path / "l.csv", [(i, "participation", c, "awa")
                                                           for i, c in zip(ids[:80], cats[:80])]), db)
    summary = training.train(db, "participation")
    assert summary["cv_macro_f1"] > 0.8 and "boycott" in summary["per_class"]
    annotate(db)
    with Store(db, read_only=True) as store:
        got = store.load().set_index("post_id").loc[ids[80:], "participation"].astype(str)
    expected = [c.replace("none", "") for c in cats[80:]]
    assert np.mean(got.to_numpy() == np.array(expected)) > 0.8


def test_a_trained_hostility_model_decides_the_hostility_column(tmp_path):
    db = tmp_path / "s.duckdb"
    rng = np.random.default_rng(3)
    truth = rng.choice(["hostile", "not_hostile"], 120).astype(object)
    words = {"hostile": "espèce de chien sale traître", "not_hostile": "merci pour le bureau de vote"}
    ids = make_store(db, ["neutral"] * 120, texts=[f"{words[t]} {k}" for k, t in enumerate(truth)])
    labels.import_labels(write_labels(tmp_path / "l.csv", [(i, "hostility", t, "awa")
                                                           for i, t in zip(ids[:80], truth[:80])]), db)
    training.train(db, "hostility")
    annotate(db)
    with Store(db, read_only=True) as store:
        got = store.load().set_index("post_id").loc[ids[80:]]
        predicted = models.load(store).labels("hostility", got["text"].tolist())
    assert (got["hostility"].astype(str).to_numpy() == np.array(predicted)).all()
    assert np.mean(np.array(predicted) == truth[80:]) > 0.9
    calm = got["hostility"].astype(str) == "not_hostile"
    assert (got.loc[calm, "hostility_kind"].astype(str) == "").all()
