"""The Validation page in large-store mode (the posts frame never loaded): posts drawn by SQL, the one shown read by
its key, a label saved as on the frame path, never an already-labelled post, a stratified batch from every class,
double coding across annotators, the figures equal to the frame page's, retraining left to the command line."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.store import Store
from tests.apptest_helpers import run_page, store_mode

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "pages" / "10_Validation.py"
OTHER = {"negative": "neutral", "neutral": "positive", "positive": "negative"}


@pytest.fixture
def db(demo_db, tmp_path) -> Path:
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, path)
    return path


def _stored(path, field="tone") -> pd.DataFrame:
    with Store(path, read_only=True) as store:
        return store.labels(field)


def _machine(path) -> dict:
    with Store(path, read_only=True) as store:
        rows = store.query("SELECT post_id, coalesce(sentiment_label, '') AS label FROM annotations")
    return dict(zip(rows["post_id"], rows["label"]))


def _add(path, rows) -> None:
    with Store(path) as store:
        store.add_labels(pd.DataFrame(rows, columns=["post_id", "field", "label", "annotator", "source"]))


def _as(name: str, strategy: str = "random", double: int | None = None):
    at = run_page(PAGE)
    assert not at.exception, [e.message for e in at.exception]
    at.radio(key="val_strategy").set_value(strategy)
    if double is not None:
        at.slider(key="val_double").set_value(double)
    at = at.text_input(key="val_annotator").input(name).run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def _queue(at, name: str, strategy: str = "random") -> dict:
    return at.session_state[f"val_queue:tone:{strategy}:{name}"]


def test_a_post_is_served_and_its_label_saved_without_the_frame(db):
    machine = _machine(db)
    with store_mode(db, large=True):
        at = _as("awa")
        post_id, double = _queue(at, "awa")["current"]
        assert not double and post_id in machine
        with Store(db, read_only=True) as store:
            text = store.query("SELECT text FROM posts WHERE post_id = ?", [post_id])["text"].iloc[0]
        assert text in [e.value for e in at.get("text")]       # the post shown is the one drawn, as plain text
        at.radio(key=f"val_choice:{post_id}").set_value("negative")
        at = at.button(key="val_save").click().run()
        assert not at.exception, [e.message for e in at.exception]
        assert _queue(at, "awa")["current"][0] != post_id
    rows = _stored(db)
    assert list(zip(rows["post_id"], rows["label"], rows["annotator"], rows["source"])) == [
        (post_id, "negative", "awa", "random")]
    with Store(db, read_only=True) as store:
        assert store.sample_strategies("tone") == {post_id: "random"}
        assert store.aggregates_fresh(), "a label leaves the store in large-store mode"


def test_the_posts_drawn_are_never_already_labelled(db):
    machine = _machine(db)
    left = sorted(machine)[:15]
    _add(db, [(p, "tone", "neutral", "moussa", "random") for p in sorted(machine)[15:]])
    with store_mode(db, large=True):
        for strategy in ("random", "stratified", "uncertain"):
            at = _as("awa", strategy, double=0)
            queue = _queue(at, "awa", strategy)
            assert queue["current"][0] in left and set(queue["fresh"]) <= set(left), strategy
            assert len(queue["fresh"]) == 15


def test_a_stratified_batch_draws_from_each_class(db):
    machine = _machine(db)
    with store_mode(db, large=True):
        fresh = _queue(_as("awa", "stratified"), "awa", "stratified")["fresh"]
    classes = pd.Series([machine[p] for p in fresh]).value_counts()
    assert set(classes.index) == {"negative", "neutral", "positive"} and len(fresh) == 20, classes
    assert set(machine.values()) == {"negative", "neutral", "positive"}


def test_a_post_coded_by_one_annotator_is_served_to_another(db):
    with store_mode(db, large=True):
        at = _as("awa")
        first = _queue(at, "awa")["current"][0]
        at.radio(key=f"val_choice:{first}").set_value("neutral")
        at.button(key="val_save").click().run()
    with store_mode(db, large=True):
        at = _as("bintou", double=100)
        assert _queue(at, "bintou")["current"] == (first, True)
        at.radio(key=f"val_choice:{first}").set_value("positive")
        at.button(key="val_save").click().run()
    rows = _stored(db)
    mine = rows[rows["post_id"] == first]
    assert sorted(zip(mine["annotator"], mine["label"], mine["source"])) == [
        ("awa", "neutral", "random"), ("bintou", "positive", "random")]


def _report(at) -> tuple[list, list]:
    return [(m.label, m.value) for m in at.metric], [t.value.to_dict("list") for t in at.get("dataframe")]


def test_the_figures_equal_the_frame_page_and_retraining_is_left_to_the_command_line(db):
    machine = _machine(db)
    toned = sorted(p for p, label in machine.items() if label)[:60]
    _add(db, [(p, "tone", OTHER[machine[p]] if i % 4 == 0 else machine[p], "awa" if i % 2 else "moussa", "random")
              for i, p in enumerate(toned)] + [(p, "tone", machine[p], "bintou", "random") for p in toned[:20]])
    with store_mode(db, large=True):
        served = run_page(PAGE)
        assert not served.exception, [e.message for e in served.exception]
    with store_mode(db, large=False):
        frame = run_page(PAGE)
    metrics, tables = _report(served)
    assert metrics and tables and (metrics, tables) == _report(frame)
    assert metrics[0][0].endswith("n = 20") and any("F1 macro" in label for label, _ in metrics), metrics
    assert any("ligne de commande" in c.value for c in served.caption)
    assert not any(b.key == "val_retrain" for b in served.button) and any(b.key == "val_retrain" for b in frame.button)

