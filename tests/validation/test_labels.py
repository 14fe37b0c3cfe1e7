"""labels import: row checks with file:line:reason, one transaction, history, the one label per post."""
import pandas as pd
import pytest

from analysis.store import Store
from analysis.validation import fields, labels
from tests.validation.helpers import make_store, write_labels


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    make_store(path, ["neutral"] * 10)
    return path


def _stored(db):
    with Store(db, read_only=True) as store:
        return store.labels()


def test_good_rows_are_added_and_bad_rows_refused_with_line_and_reason(db, tmp_path):
    path = write_labels(tmp_path / "l.csv", [
        ("twitter:0", "tone", "positive", "awa"),
        ("twitter:99", "tone", "positive", "awa"),          # line 3: unknown post
        ("twitter:1", "tone", "joyeux", "awa"),             # line 4: unknown label
        ("twitter:2", "colour", "positive", "awa"),         # line 5: unknown field
        ("twitter:0", "tone", "negative", "awa"),           # line 6: repeats line 2
        ("", "tone", "positive", "awa"),                    # line 7: no post
        ("twitter:3", "TONE", " Negative ", "awa")])
    summary = labels.import_labels(path, db)
    assert (summary["read"], summary["accepted"], summary["rejected"]) == (7, 2, 5)
    where = [e.split(": ", 1) for e in summary["errors"]]           # "file:line", "reason"
    reasons = {place.rsplit(":", 1)[1]: reason for place, reason in where}
    assert set(reasons) == {"3", "4", "5", "6", "7"}
    assert "unknown post 'twitter:99'" in reasons["3"] and "joyeux" in reasons["4"]
    assert "colour" in reasons["5"] and "repeats line 2" in reasons["6"] and "no post_id" in reasons["7"]
    assert all(e.startswith(path + ":") for e in summary["errors"])
    stored = _stored(db)
    assert sorted(zip(stored["post_id"], stored["label"])) == [("twitter:0", "positive"), ("twitter:3", "negative")]
    with Store(db, read_only=True) as store:
        assert sorted(store.rejected()["line"].tolist()) == [3, 4, 5, 6, 7]


@pytest.mark.parametrize("content, problem", [
    (b'post_id,field,label\ntwitter:1,tone,"positive\n', "broken CSV"),
    (b'post_id,field,label\ntwitter:1,tone,"posi"tive\n', "broken CSV"),
    (b"post_id,field,label\ntwitter:1,tone,n\xe9gatif\n", "not UTF-8"),
    (b"post,field,label\ntwitter:1,tone,positive\n", "missing column post_id"),
])
def test_a_broken_file_imports_nothing_and_keeps_earlier_labels(db, tmp_path, content, problem):
    labels.import_labels(write_labels(tmp_path / "ok.csv", [("twitter:0", "tone", "positive", "awa")]), db)
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content)
    with pytest.raises(ValueError, match=problem) as info:
        labels.import_labels(bad, db)
    assert str(bad) in str(info.value)
    stored = _stored(db)
    assert stored[["post_id", "label"]].values.tolist() == [["twitter:0", "positive"]]


def test_a_failure_during_the_write_leaves_the_store_as_it_was(db, tmp_path, monkeypatch):
    path = write_labels(tmp_path / "l.csv", [("twitter:0", "tone", "positive", "awa"),
                                            ("twitter:99", "tone", "positive", "awa")])

    def broken(self, rejected):
        raise RuntimeError("disk full")
    monkeypatch.setattr(Store, "keep_rejected", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        labels.import_labels(path, db)
    assert len(_stored(db)) == 0


def test_an_edit_adds_a_row_and_the_latest_label_counts(db, tmp_path):
    labels.import_labels(write_labels(tmp_path / "a.csv", [("twitter:0", "tone", "positive", "awa")]), db)
    again = labels.import_labels(write_labels(tmp_path / "b.csv", [("twitter:0", "tone", "positive", "awa")]), db)
    assert (again["accepted"], again["added"], again["unchanged"]) == (1, 0, 1)
    labels.import_labels(write_labels(tmp_path / "c.csv", [("twitter:0", "tone", "negative", "awa")]), db)
    stored = _stored(db)
    assert stored["label"].tolist() == ["positive", "negative"]
    decided = labels.consensus(stored, "tone")
    assert decided["label"].tolist() == ["negative"]


def test_majority_adjudicator_and_ties(db, tmp_path):
    rows = [("twitter:0", "tone", "positive", "awa"), ("twitter:0", "tone", "positive", "ben"),
            ("twitter:0", "tone", "negative", "cissé"),
            ("twitter:1", "tone", "positive", "awa"), ("twitter:1", "tone", "negative", "ben"),
            ("twitter:2", "tone", "positive", "awa"), ("twitter:2", "tone", "negative", "ben"),
            ("twitter:2", "tone", "neutral", "Adjudicator")]
    labels.import_labels(write_labels(tmp_path / "l.csv", rows), db)
    decided = labels.consensus(_stored(db), "tone").set_index("post_id")
    assert decided.loc["twitter:0", "label"] == "positive"
    assert pd.isna(decided.loc["twitter:1", "label"])
    assert decided.loc["twitter:2", "label"] == "neutral"
    assert decided["n_annotators"].tolist() == [3, 2, 3]


def test_participation_labels_are_sets_in_canonical_order(db, tmp_path):
    rows = [("twitter:0", "participation", "fraud_allegation, boycott", "awa"),
            ("twitter:1", "participation", "none", "awa"),
            ("twitter:2", "participation", "", "awa"),
            ("twitter:3", "participation", "boycott;picnic", "awa")]
    summary = labels.import_labels(write_labels(tmp_path / "l.csv", rows), db)
    assert (summary["read"], summary["accepted"], summary["rejected"], summary["not_labelled_yet"]) == (4, 2, 1, 1)
    assert "picnic" in summary["errors"][0]
    assert _stored(db)["label"].tolist() == ["boycott;fraud_allegation", "none"]
    assert fields.canonical(fields.get("participation"), "turnout|call_to_vote") == "call_to_vote;turnout"
    with pytest.raises(ValueError, match="write none"):
        fields.canonical(fields.get("participation"), " ")


def test_the_annotator_flag_and_the_declared_sample(db, tmp_path):
    path = write_labels(tmp_path / "l.csv", [("twitter:0", "tone", "positive")], header=("post_id", "field", "label"))
    labels.import_labels(path, db, annotator="moussa", sample="random")
    stored = _stored(db)
    assert stored[["annotator", "source"]].values.tolist() == [["moussa", "random"]]
    with pytest.raises(ValueError, match="unknown sample strategy"):
        labels.import_labels(path, db, sample="lucky")


def test_export_writes_every_row_with_history(db, tmp_path):
    labels.import_labels(write_labels(tmp_path / "a.csv", [("twitter:0", "tone", "positive", "awa")]), db)
    labels.import_labels(write_labels(tmp_path / "b.csv", [("twitter:0", "tone", "neutral", "awa")]), db)
    out = tmp_path / "out.csv"
    assert labels.export_labels(db, out)["rows"] == 2
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert frame.columns.tolist() == ["post_id", "field", "label", "annotator", "labelled_at", "source"]
    assert frame["label"].tolist() == ["positive", "neutral"]


def test_one_label_typed_on_the_desk(db):
    with Store(db) as store:
        assert labels.add_label(store, "twitter:0", "participation", "turnout;boycott", "awa") == "boycott;turnout"
        for post, field, label, who, problem in [("twitter:99", "tone", "positive", "awa", "unknown post"),
                                                 ("twitter:0", "tone", "super", "awa", "unknown label"),
                                                 ("twitter:0", "tone", "positive", " ", "annotator name")]:
            with pytest.raises(ValueError, match=problem):
                labels.add_label(store, post, field, label, who)
    assert _stored(db)[["post_id", "label", "annotator"]].values.tolist() == [["twitter:0", "boycott;turnout",
                                                                                "awa"]]
