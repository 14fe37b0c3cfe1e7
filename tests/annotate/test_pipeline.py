"""annotate_frame: every annotation column, joined strings, any text, repeated texts."""
from functools import lru_cache
import pytest
import numpy as np
import pandas as pd
from hypothesis import given, settings, strategies as st

from analysis import schema
from analysis.annotate import pipeline as annotate
from analysis.evaluate.labels import evaluate_labels, list_scores, single_scores


def _posts(texts):
    return pd.DataFrame({"post_id": [f"t:{i}" for i in range(len(texts))], "text": texts,
                         "author_id": "a", "author_location": "", "lat": np.nan, "lon": np.nan})


def test_columns_and_values():
    out = annotate.annotate_frame(_posts(["Le candidat de l'URD à Gao appelle à voter. Le RPM a fraudé.",
                                          "Bonne nuit"]))
    expected = ["post_id"] + [c for c in schema.ANNOTATION_NAMES if c != "dup_group"]
    assert sorted(out.columns) == sorted(expected)
    first = out.iloc[0]
    assert first["parties"] == "URD;RPM"
    assert first["region"] == "Gao" and first["region_source"] == "mention"
    assert "fraud_allegation" in first["participation"].split(";")
    assert out.iloc[1][["parties", "region", "participation", "topics"]].tolist() == ["", "", "", ""]
    assert out["lang"].isin(schema.LANGS).all()


def test_repeated_texts_get_identical_rows():
    out = annotate.annotate_frame(_posts(["Fraude à Kayes"] * 3 + ["Allez voter"]))
    assert out["post_id"].tolist() == ["t:0", "t:1", "t:2", "t:3"]
    assert out.iloc[:3].drop(columns="post_id").nunique().max() == 1


def test_version_names_every_part():
    assert annotate.VERSION.startswith("attr-") and "language-" in annotate.VERSION


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=5))
def test_never_raises_on_any_text(texts):
    out = annotate.annotate_frame(_posts(texts))
    assert len(out) == len(texts)


def test_list_scores():
    gold = pd.Series(["URD;RPM", "", "RPM"])
    pred = pd.Series(["URD", "ADEMA-PASJ", "RPM"])
    scores = list_scores(gold, pred)
    # gold items URD, RPM, RPM; predicted URD, ADEMA-PASJ, RPM: 2 of 3 right each way
    assert scores["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert scores["f1"] == pytest.approx(2 / 3, abs=1e-3)


def test_single_scores_counts_invented_regions():
    scores = single_scores(pd.Series(["Gao", "", ""]), pd.Series(["Gao", "Kayes", ""]))
    assert scores["accuracy"] == 1.0 and scores["invented_rate"] == 0.5


def test_evaluate_labels_on_the_dev_set():
    result = evaluate_labels("tests/data/labels_dev.csv")
    assert result["rows"] >= 400
    assert result["parties"]["f1"] > 0.85 and result["region"]["accuracy"] > 0.8


def test_evaluate_labels_bad_input(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("message,parties\nbonjour,URD\n", encoding="utf-8")
    try:
        evaluate_labels(path)
    except ValueError as exc:
        assert "bad.csv:1" in str(exc) and "text" in str(exc)
    else:
        raise AssertionError("a file without a text column must be refused")


def test_annotate_store_fills_the_store(tmp_path):
    from analysis.demo import corpus as demo
    from analysis.store import Store
    db = tmp_path / "t.duckdb"
    demo.write(db, n_posts=300, seed=1)
    calls = []
    summary = annotate.annotate_store(db, workers=1, progress=lambda d, t: calls.append((d, t)))
    assert summary["annotated"] == 300 and calls[-1] == (300, 300)
    assert annotate.annotate_store(db)["annotated"] == 0          # nothing stale the second time
    with Store(db, read_only=True) as st:
        loaded = st.load()
    assert loaded["region_source"].isin(["", "geotag", "author", "mention"]).all()
    assert (loaded["parties"] != "").any()


def test_party_tone_uses_the_sentences_naming_each_party(monkeypatch):
    from types import SimpleNamespace

    from analysis.annotate import per_text as annotate_texts

    def score_many(texts):
        return np.array([0.5 if "honnête" in t else -0.6 if "volé" in t else 0.0 for t in texts])

    fake = SimpleNamespace(__name__="fake_sentiment", VERSION="x", score_many=score_many,
                           labels=lambda s: np.where(np.asarray(s) > 0, "positive", "negative").astype(object))
    monkeypatch.setattr(annotate_texts, "sentiment", fake)
    annotate_texts.clear_memo()
    try:
        out = annotate.annotate_frame(_posts(["Le candidat de l'URD est honnête. Mais le RPM a volé le vote.",
                                              "Le RPM a volé le vote"]))
    finally:
        annotate_texts.clear_memo()
    assert out["party_tone"].tolist() == ["URD:0.50;RPM:-0.60", "RPM:-0.60"]
    assert out["sentiment_label"].tolist() == ["positive", "negative"]


def test_gold_labels_are_read_in_canonical_form():
    from analysis.evaluate.labels import canonical_gold
    gold = pd.DataFrame({"parties": ["ADEMA;M5", "URD"], "region": ["Segou", "Ménaka"],
                         "participation": ["Call_to_vote", ""], "topics": ["", "security"]})
    out = canonical_gold(gold)
    assert out["parties"].tolist() == ["ADEMA-PASJ;M5-RFP", "URD"]
    assert out["region"].tolist() == ["Ségou", "Gao"]
    assert out["participation"].tolist() == ["call_to_vote", ""]


def _failing(*_args):
    raise ZeroDivisionError("planted fault")


@pytest.mark.parametrize("module, func", [("sentiment", "score_many"), ("language", "detect_many")])
def test_an_analyser_that_raises_stops_annotate_and_writes_nothing(demo_db, tmp_path, monkeypatch, module, func):
    import shutil
    import duckdb
    from types import SimpleNamespace
    from analysis.annotate import per_text

    path = tmp_path / "fault.duckdb"
    shutil.copy(demo_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE annotations SET version = 'old', sentiment = 0.25")
    con.close()
    broken = SimpleNamespace(VERSION="broken", version=lru_cache(lambda: "broken"), labels=lambda s: s, **{func: _failing})
    monkeypatch.setattr(per_text, module, broken)
    per_text.clear_memo()
    try:
        with pytest.raises(ZeroDivisionError, match="planted fault"):
            annotate.annotate_store(str(path), workers=1)
    finally:
        per_text.clear_memo()
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM annotations WHERE version <> 'old' OR sentiment <> 0.25").fetchall() == [(0,)]
    con.close()


def test_an_analyser_returning_the_wrong_number_of_values_is_refused(monkeypatch):
    from types import SimpleNamespace
    from analysis.annotate import per_text

    short = SimpleNamespace(version=lru_cache(lambda: "short"), detect_many=lambda texts: ["fr"] * (len(texts) - 1))
    monkeypatch.setattr(per_text, "language", short)
    per_text.clear_memo()
    try:
        with pytest.raises(per_text.AnalyserError, match="language: 1 results for 2 texts"):
            annotate.annotate_frame(_posts(["un texte", "un autre texte"]))
    finally:
        per_text.clear_memo()


def test_editing_a_data_file_changes_the_version_and_only_stale_posts_are_redone(demo_db, tmp_path, monkeypatch):
    import shutil
    from analysis import gazetteer
    from analysis.annotate import matcher, per_text
    from analysis.store import Store

    path = tmp_path / "versions.duckdb"
    shutil.copy(demo_db, path)
    assert annotate.annotate_store(str(path))["annotated"] == 0          # nothing changed: nothing redone
    with Store(path) as store:
        n_posts = store.count_posts()
        store.add_posts(_posts(["un post arrivé après l'annotation"]).assign(
            post_id="facebook:late", platform="facebook", created_at=pd.Timestamp("2020-03-20", tz="UTC")))
    assert annotate.annotate_store(str(path))["annotated"] == 1          # only the new post
    before = per_text.version()
    edited = tmp_path / "gazetteer"
    shutil.copytree(gazetteer.GAZETTEER_DIR, edited)
    with open(edited / matcher.FILES[0], "a", encoding="utf-8") as handle:
        handle.write("\n")                                                 # same vocabulary, different bytes
    monkeypatch.setattr(gazetteer, "GAZETTEER_DIR", edited)
    per_text.clear_memo()
    try:
        assert per_text.version() != before
        assert annotate.annotate_store(str(path))["annotated"] == n_posts + 1
        assert annotate.annotate_store(str(path))["annotated"] == 0
    finally:
        monkeypatch.undo()
        per_text.clear_memo()
