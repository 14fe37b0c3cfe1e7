"""ui.shared: the filtered posts and the pages' figures computed once for every session with the same filters."""
import os
import threading
import time

import pandas as pd
import pytest

from analysis.aggregate import overview
from analysis.filters import Filters
from ui import shared, state


@pytest.fixture
def posts():
    shared.clear()
    frame = pd.DataFrame({"platform": ["facebook", "twitter", "facebook", "whatsapp"] * 50,
                          "n": range(200), "lang": ["fr", "bm"] * 100,
                          "text": [f"post {i % 10}" for i in range(200)]})
    yield frame
    shared.clear()


def test_two_sessions_with_the_same_filters_get_one_frame(posts):
    first = shared.view(posts, Filters(platforms=("facebook",)))
    second = shared.view(posts, Filters(platforms=("facebook",)))
    assert second is first
    pd.testing.assert_frame_equal(first, Filters(platforms=("facebook",)).apply(posts))
    other = shared.view(posts, Filters(platforms=("twitter",)))
    assert other is not first and set(other["platform"]) == {"twitter"}


def test_no_filter_is_the_loaded_frame_itself(posts):
    assert shared.view(posts, Filters()) is posts


CALLS, STARTED, RELEASE = [], threading.Event(), threading.Event()


def by_platform(frame, column):
    CALLS.append(column)
    return frame.groupby(column, as_index=False).size()


def pick(frame, chosen):
    return int(frame["platform"].isin(chosen).sum())


def slow(frame):
    CALLS.append(1)
    STARTED.set()
    RELEASE.wait(10)
    return len(frame)


def test_a_figure_is_computed_once_and_each_session_may_change_its_copy(posts):
    calls = CALLS
    calls.clear()
    first = shared.memo(by_platform, posts, "platform")
    first["size"] = 0                       # one session writes into its result...
    second = shared.memo(by_platform, posts, "platform")
    assert calls == ["platform"]
    assert second["size"].tolist() == [100, 50, 50]   # ...the next one still reads the figures
    shared.memo(by_platform, posts, column="platform")  # other arguments, another result
    assert len(calls) == 2


def test_lists_of_choices_are_keys_and_a_frame_argument_is_refused(posts):
    assert shared.memo(pick, posts, ["facebook", "twitter"]) == 150
    assert shared.memo(pick, posts, ["twitter"]) == 50
    with pytest.raises(TypeError):
        shared.memo(pick, posts, posts)
    with pytest.raises(ValueError):
        shared.memo(lambda frame: len(frame), posts)


def test_a_new_version_of_the_posts_starts_afresh(posts):
    f = Filters(platforms=("facebook",))
    before = shared.view(posts, f)
    newer = pd.concat([posts, posts.head(4)], ignore_index=True)
    after = shared.view(newer, f)
    assert after is not before and len(after) == len(before) + 2


def test_a_store_change_gives_a_new_frame_and_new_views(demo_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    f = Filters(platforms=("facebook",))
    loaded = state.load()
    before = shared.view(loaded.posts, f)
    assert shared.view(state.load().posts, f) is before        # same store: the shared frame
    mtime = os.stat(demo_db).st_mtime
    os.utime(demo_db, (mtime + 5, mtime + 5))                  # what a write does to the store's stamp
    try:
        after = shared.view(state.load().posts, f)
        assert after is not before
        pd.testing.assert_frame_equal(after, before)
    finally:
        os.utime(demo_db, (mtime, mtime))


def test_sessions_arriving_together_wait_for_one_computation(posts):
    calls, started, release = CALLS, STARTED, RELEASE
    calls.clear()
    answers = []
    first = threading.Thread(target=lambda: answers.append(shared.memo(slow, posts)))
    first.start()
    started.wait(10)
    second = threading.Thread(target=lambda: answers.append(shared.memo(slow, posts)))
    second.start()
    time.sleep(0.2)   # lets the second session reach the computation in progress (no assertion on time)
    release.set()
    first.join(10)
    second.join(10)
    assert answers == [200, 200] and calls == [1]


def test_the_views_of_a_frame_are_bounded(posts):
    searches = ["post", "pos", "ost", "po", "os", "st", "p", "o", "s", "t"]   # each keeps every post
    for q in searches:
        last = shared.view(posts, Filters(q=q))
    held = [v for k, v in shared._results(posts).values.items() if k[0] == "view"]
    assert len(held) < len(searches)
    assert sum(len(v) for v in held) <= shared.MAX_VIEW_ROWS * len(posts)
    assert shared.view(posts, Filters(q="t")) is last            # the latest is kept


def test_the_pages_figures_match_the_frame_functions(posts):
    frame = pd.DataFrame({"platform": ["facebook", "twitter"], "lang": ["fr", "bm"]})
    pd.testing.assert_frame_equal(shared.memo(overview.counts_by, frame, "platform"),
                                  overview.counts_by(frame, "platform"))


def test_a_text_search_over_other_filters_equals_the_filters_and_reads_the_texts_once(posts, monkeypatch):
    searched = []
    text_mask = Filters._text_mask

    def counted(self, text):
        searched.append(self.q)
        return text_mask(self, text)
    monkeypatch.setattr(Filters, "_text_mask", counted)
    for filters in (Filters(q="post 3"), Filters(q=" post 3 ", platforms=("facebook",)),
                    Filters(q="post 3", langs=("bm",)), Filters(q="post 3", platforms=("twitter",), langs=("fr",))):
        pd.testing.assert_frame_equal(shared.view(posts, filters), filters.apply(posts))
    assert len(searched) == 4 + 1          # each reference apply above, and one search for every shared view
    assert len(shared.view(posts, Filters(q="post 3", platforms=("twitter",)))) == 10   # posts 13, 33...: odd
