"""Posts fetched by SQL (the Posts page at scale) are the frame's posts: same count, same first rows, same accounts."""
from datetime import date

import pytest

from analysis.aggregate import cube_posts, overview
from analysis.aggregate import posts as posts_view
from analysis.filters import Filters

CASES = [
    (Filters(), {}, "", (), False),
    (Filters(platforms=("facebook",), date_from=date(2020, 3, 25)), {}, "", ("negative",), False),
    (Filters(parties=("URD", "RPM")), {"region": "Bamako"}, "", (), False),
    (Filters(q="élection"), {}, "", (), False),
    (Filters(), {"day": "2020-03-29", "topic": "security"}, "", (), False),
    (Filters(langs=("fr",)), {}, "vote", ("positive", "neutral"), True),
]


def _frame_rows(frame, filters, selection, search, tones, dup_only):
    chosen = filters.apply(frame)
    chosen = chosen[posts_view.selection_mask(chosen, selection)]
    return posts_view.narrow(posts_view.search(chosen, search), tones, dup_only)


@pytest.mark.parametrize("case", CASES)
def test_count_and_rows_equal_the_frames(store, frame, case):
    expected = _frame_rows(frame, *case)
    assert len(expected), "a case that keeps no post proves little"
    sql, params = cube_posts.where(*case)
    assert cube_posts.count(store.query, sql, params) == len(expected)
    for sort, descending in (("date", True), ("tone", False), ("likes", True)):
        rows = cube_posts.page(store.query, sql, params, sort, descending, limit=40)
        reference = posts_view.top_rows(expected, sort, descending, 40)
        # equal sort keys may be ordered differently (post_id here, frame position there): compare the keys
        key = posts_view.SORT_KEYS[sort]
        assert rows[key].astype(str).tolist() == reference[key].astype(str).tolist()
        assert set(rows["post_id"]) <= set(expected["post_id"])


def test_offset_pages_on(store):
    sql, params = cube_posts.where(Filters())
    first = cube_posts.page(store.query, sql, params, "date", True, limit=30)
    second = cube_posts.page(store.query, sql, params, "date", True, limit=30, offset=30)
    both = cube_posts.page(store.query, sql, params, "date", True, limit=60)
    assert first["post_id"].tolist() + second["post_id"].tolist() == both["post_id"].tolist()


@pytest.mark.parametrize("filters", [Filters(), Filters(regions=("Mopti",)), Filters(parties=("URD",))])
def test_accounts(store, frame, filters):
    posts = filters.apply(frame)
    assert cube_posts.accounts(store.query, filters) == overview.headline(posts)["accounts"]
    top = cube_posts.top_accounts(store.query, filters, 10)
    reference = overview.top_accounts(posts, 10)
    assert top["posts"].tolist() == reference["posts"].tolist()
    assert top["share"].round(12).tolist() == reference["share"].round(12).tolist()


def test_an_unknown_sort_key_is_refused(store):
    with pytest.raises(ValueError, match="unknown sort key"):
        cube_posts.page(store.query, "TRUE", [], "colour")
