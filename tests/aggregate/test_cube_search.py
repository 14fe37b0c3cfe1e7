"""A free-text search on a large store is served from the aggregates of the posts it finds (search_tables over
their rows of agg_post_keys): every figure equals the frame's for the same search and filters."""
from dataclasses import replace
from datetime import date

import pytest

from analysis import sentiment
from analysis.aggregate import climate, cube, cube_lists, cube_pages, cube_tone, lists, overview, participation
from analysis.aggregate import map as frame_map
from analysis.aggregate import parties as frame_parties
from analysis.aggregate import tone
from analysis.filters import Filters
from analysis.geo import shapes
from analysis.store_aggregates import Snapshot, search_tables
from tests.aggregate.test_cube import same

CASES = [Filters(q="ÉLECTION"), Filters(q="vote", platforms=("facebook", "whatsapp")),
         Filters(q="fraude", date_from=date(2020, 3, 20), parties=("URD", "RPM"))]


@pytest.fixture(scope="module")
def searched(store):
    return {f.q: Snapshot(search_tables(store.search_keys(f.q), sentiment.band())) for f in CASES}


@pytest.mark.parametrize("filters", CASES, ids=lambda f: f.q)
def test_a_search_is_served_as_the_frame_computes_it(searched, frame, filters):
    posts, query, rest = filters.apply(frame), searched[filters.q], replace(filters, q="")
    assert 0 < len(posts) < len(frame), "a search that keeps every post or none proves little"
    served, reference = cube.headline(query, rest), overview.headline(posts)
    assert served["posts"] == reference["posts"] == len(posts)
    assert served["mean_tone"] == pytest.approx(reference["mean_tone"], rel=1e-9)
    same(cube.posts_per_day(query, rest, "platform"), overview.posts_per_day(posts, "platform"))
    same(cube_tone.tone_by_party(query, rest, "W"), tone.tone_by_party(posts, "W"))
    same(cube_tone.tone_by_region(query, rest, "D"), tone.tone_by_region(posts, "D"))
    for column in ("topics", "participation", "hostility_target"):
        same(cube_lists.item_totals(query, rest, column), lists.item_totals(posts, column))
    regions = shapes.names("region")            # as the page passes them: the search's tables know only its posts
    same(cube_lists.participation_by_region(query, rest, regions), participation.by_region(posts, regions))
    chosen = frame_parties.default_choice(frame_parties.mentioned_parties(posts), filters.parties)
    same(cube_pages.share_of_voice(query, rest, chosen), frame_parties.share_of_voice(posts, chosen))
    same(cube_pages.area_values(query, rest, "region", "volume"), frame_map.area_values(posts, "region", "volume"))
    same(cube_pages.hostility_over_time(query, rest, "party"), climate.hostility_over_time(posts, "party"))


def test_the_search_keys_are_the_posts_the_frame_finds(store, frame):
    keys = store.search_keys("Élection").to_pandas()
    assert set(keys["post_id"]) == set(Filters(q="Élection").apply(frame)["post_id"])
    assert "search_text" not in keys.columns
