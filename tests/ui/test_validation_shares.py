"""ui.validation.shares: the notes' figures from the store's cells equal the corrector's post by post, and two
sessions asking for the same posts (two frames, or one put in another order) get the same figures."""

import pandas as pd
import pytest

from analysis.filters import Filters
from analysis.store import Store
from analysis.validation import fields, groups, labels
from tests.apptest_helpers import fresh_caches
from tests.validation.helpers import demo_copy_with_toned, write_labels
from ui import shared, state, validation


@pytest.fixture(scope="module")
def labelled(demo_db, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("notes")
    db, _posts, toned = demo_copy_with_toned(demo_db, tmp, 140, 6)
    flip = {"negative": "positive", "neutral": "negative", "positive": "neutral"}
    rows = [(p, "tone", flip[m] if i % 5 == 0 else m, "awa")
            for i, (p, m) in enumerate(zip(toned["post_id"], toned["sentiment_label"]))]
    labels.import_labels(write_labels(tmp / "t.csv", rows), db, sample="random")
    return db


@pytest.fixture
def store(labelled, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(labelled))
    with fresh_caches():
        shared.clear()
        yield state.load_at(*state.stamp())[0].posts
        shared.clear()


def test_a_note_equals_the_corrector_post_by_post_and_is_the_same_for_every_session(store):
    with Store(state.db_path(), read_only=True) as s:
        rows = s.labels("tone"), s.latest_model("tone")
    corrector, predicted = groups.corrector_for(store.reset_index(drop=True), *rows, fields.get("tone"))
    view = shared.view(store, Filters(platforms=(str(store["platform"].iloc[0]),)))
    result, table = validation.shares("tone", view, by="party")
    assert result["status"] == "corrected"
    assert result == corrector.shares(predicted.loc[view["post_id"].astype(str)])
    pd.testing.assert_frame_equal(table, groups.by_group(corrector, view.reset_index(drop=True), predicted, "party"))
    validation.shares("tone", store.iloc[::7])                        # another session, other posts
    again = validation.shares("tone", view.copy(), by="party")       # another frame with the same posts
    reordered = validation.shares("tone", view.iloc[::-1].reset_index(drop=True), by="party")
    assert again[0] == reordered[0] == result
    pd.testing.assert_frame_equal(again[1], table)
    pd.testing.assert_frame_equal(reordered[1], table)
