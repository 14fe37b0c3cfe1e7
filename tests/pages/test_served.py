"""Charts come from the store's aggregates when they are fresh, and from the posts when they are stale, switched off
or cannot answer (a free-text search): the page shows the same figures either way."""
import shutil
from pathlib import Path

import pytest

from analysis.store import Store
from tests.apptest_helpers import fresh_caches, run_page
from tests.chart_data import traces

ROOT = Path(__file__).resolve().parents[2]
OVERVIEW = ROOT / "pages" / "1_Vue_d_ensemble.py"


def _volume_traces(at) -> dict[str, list]:
    return {t.get("name"): [float(v) for v in t.get("y", [])] for t in traces(at.get("plotly_chart")[0])
            if t.get("type") == "bar"}


def _page(path: Path, monkeypatch, params=None, aggregates="1"):
    monkeypatch.setenv("VIGIE_DB", str(path))
    monkeypatch.setenv("VIGIE_AGGREGATES", aggregates)
    monkeypatch.setenv("VIGIE_AGGREGATES_FROM", "0")      # the small demo store served as a large one would be
    with fresh_caches():
        at = run_page(OVERVIEW, params)
        assert not at.exception, [e.message for e in at.exception]
        from ui import served
        used = served.snapshot() is not None
    return at, used


@pytest.mark.parametrize("params", [None, {"party": ["URD"], "platform": ["facebook", "twitter"]}])
def test_the_volume_chart_is_the_same_from_aggregates_and_from_the_frame(demo_db, monkeypatch, params):
    served_at, used = _page(demo_db, monkeypatch, params)
    assert used, "the annotated demo store has fresh aggregates"
    frame_at, used = _page(demo_db, monkeypatch, params, aggregates="0")
    assert not used
    assert _volume_traces(served_at) == _volume_traces(frame_at)
    assert sum(sum(v) for v in _volume_traces(served_at).values()) > 0


def test_stale_aggregates_fall_back_to_the_posts(demo_db, tmp_path, monkeypatch):
    copy = tmp_path / "stale.duckdb"
    shutil.copy(demo_db, copy)
    with Store(copy) as store:
        store.add_posts(store.posts().head(5).assign(post_id=[f"facebook:new-{i}" for i in range(5)]))
        expected = store.count_posts()
    at, used = _page(copy, monkeypatch)
    assert not used
    assert sum(sum(v) for v in _volume_traces(at).values()) == expected


def test_a_small_store_keeps_the_frame_path(demo_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    monkeypatch.delenv("VIGIE_AGGREGATES_FROM", raising=False)
    with fresh_caches():
        from ui import served
        assert served.snapshot() is None, "3,000 posts are below the default threshold"
        monkeypatch.setenv("VIGIE_AGGREGATES_FROM", "3000")
        assert served.snapshot() is not None


def test_a_text_search_is_answered_from_the_aggregates_of_the_posts_it_finds(demo_db, monkeypatch):
    from ui import served
    from analysis.aggregate import cube
    from analysis.filters import Filters
    from analysis.store import Store
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    monkeypatch.setenv("VIGIE_AGGREGATES_FROM", "0")
    with Store(demo_db, read_only=True) as store:
        frame = store.load()
    with fresh_caches():
        whole = served.query_for(Filters(platforms=("facebook",)))
        searched = served.query_for(Filters(q="vote"))
        assert whole is served.snapshot() and searched is not None and searched is not whole
        assert served.query_for(Filters(q=" VOTE ")) is searched          # one search cube per folded query
        figures = cube.headline(searched, served.aggregate_filters(Filters(q="vote", platforms=("facebook",))))
        assert figures["posts"] == len(Filters(q="vote", platforms=("facebook",)).apply(frame)) > 0
    monkeypatch.setenv("VIGIE_AGGREGATES_FROM", "100000000")
    with fresh_caches():    # a store below the threshold: the frame answers, search or not
        assert served.query_for(Filters(q="vote")) is None


def test_a_saved_label_keeps_the_aggregates_in_memory_a_new_build_replaces_them(demo_db, tmp_path, monkeypatch):
    import os
    import shutil
    import pandas as pd
    from analysis import sentiment
    from analysis.store import Store
    from ui import served, validation
    copy = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, copy)
    monkeypatch.setenv("VIGIE_DB", str(copy))
    monkeypatch.setenv("VIGIE_AGGREGATES_FROM", "0")
    with fresh_caches():
        first = served.snapshot()
        with Store(copy) as store:
            post_id = store.posts().iloc[0]["post_id"]
            store.add_labels(pd.DataFrame([[post_id, "sentiment", "positive", "awa", "desk"]],
                                          columns=["post_id", "field", "label", "annotator", "source"]))
        os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 10**9))   # a later file time
        validation.clear()                  # what the desk does after a write: Streamlit's caches emptied
        assert served.snapshot() is first, "labels are not in the aggregates: the copy in memory still holds"
        with Store(copy) as store:
            store.refresh_aggregates(sentiment.band())
        os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 2 * 10**9))
        assert served.snapshot() is not first
