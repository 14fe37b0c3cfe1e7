"""The desk's queue (fresh draws never labelled, double coding at the chosen share) and its single labels."""
import numpy as np
import pandas as pd
import pytest

from analysis.store import Store
from analysis.validation import desk, fields
from tests.validation.helpers import make_store

MACHINE = ["positive", "neutral", "negative"] * 20


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.duckdb"
    make_store(path, MACHINE)
    return path


def _label(db, post_id, label, who, strategy="random", double=False):
    with Store(db) as store:
        return desk.add_label(store, post_id, "tone", label, who, strategy, double)


def _rows(db):
    with Store(db, read_only=True) as store:
        return store.labels(), store.load()


def test_fresh_draws_skip_every_labelled_post(db):
    _label(db, "twitter:0", "positive", "awa")
    _label(db, "twitter:1", "neutral", "awa", strategy="uncertain")
    rows, posts = _rows(db)
    for strategy in ("random", "stratified", "uncertain"):
        drawn = desk.draw_batch(posts, rows, fields.get("tone"), strategy, None, np.random.default_rng(1), n=58)
        assert len(drawn) == 58 and len(set(drawn)) == 58
        assert not {"twitter:0", "twitter:1"} & set(drawn)


def test_double_coding_follows_the_share(db):
    _label(db, "twitter:5", "negative", "awa")
    rows, _ = _rows(db)
    fresh = ["twitter:7", "twitter:8"]
    always = desk.next_post(rows, "tone", "bintou", 1.0, fresh, set(), np.random.default_rng(0))
    never = desk.next_post(rows, "tone", "bintou", 0.0, fresh, set(), np.random.default_rng(0))
    own = desk.next_post(rows, "tone", "awa", 1.0, fresh, set(), np.random.default_rng(0))
    assert always == ("twitter:5", True) and never == ("twitter:7", False) and own == ("twitter:7", False)
    served = [desk.next_post(rows, "tone", "bintou", 0.2, fresh, set(), desk.queue_rng("bintou", "tone", i))[1]
              for i in range(400)]
    assert 0.15 < np.mean(served) < 0.25            # about one post in five is double-coded
    assert desk.next_post(rows, "tone", "bintou", 1.0, fresh, {"twitter:5", "twitter:7", "twitter:8"},
                          np.random.default_rng(0)) is None


def test_a_double_coded_label_keeps_how_the_post_was_first_drawn(db):
    _label(db, "twitter:3", "positive", "awa", strategy="random")
    _label(db, "twitter:3", "neutral", "bintou", strategy="uncertain", double=True)
    _label(db, "twitter:4", "neutral", "bintou", strategy="uncertain")
    rows, posts = _rows(db)
    assert list(zip(rows["post_id"], rows["annotator"], rows["source"])) == [
        ("twitter:3", "awa", "random"), ("twitter:3", "bintou", "random"), ("twitter:4", "bintou", "uncertain")]
    figures = desk.figures(posts, rows, None, "tone")
    assert figures["by_source"] == {"uncertain": 1} and figures["usable"] == 0     # twitter:3 is a tie
    assert figures["people"]["n_items"] == 1 and figures["n_validated"] == 1
    assert desk.progress(rows, "tone", "bintou") == {"mine": 2, "validated": 1, "coded": 2}


def test_a_bad_label_writes_nothing(db):
    for post_id, label, who in (("twitter:0", "joyeux", "awa"), ("twitter:999", "positive", "awa"),
                                ("twitter:0", "positive", "  ")):
        with pytest.raises(ValueError):
            _label(db, post_id, label, who)
    with Store(db, read_only=True) as store:
        assert len(store.labels()) == 0 and store.sample_strategies("tone") == {}


def test_reports_become_tables():
    report = {"per_class": {"a": {"precision": 1.0, "recall": 0.5, "f1": 0.67, "support": 2}},
              "confusion": {"labels": ["a", "b"], "rows_people_cols_machine": [[1, 1], [0, 3]]}}
    assert desk.per_class_table(report).to_dict("records") == [
        {"class": "a", "precision": 1.0, "recall": 0.5, "f1": 0.67, "support": 2}]
    assert desk.confusion_table(report).equals(pd.DataFrame([[1, 1], [0, 3]], index=["a", "b"], columns=["a", "b"]))
    assert desk.confusion_table({"confusion": {"x": [[1, 0], [0, 1]]}}) is None
