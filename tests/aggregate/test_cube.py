"""The figures served from the store's aggregate tables equal the frame-computed ones (the reference functions of
analysis.aggregate), on the annotated demo store, for several filter combinations."""
from datetime import date

import numpy as np
import pandas as pd
import pytest

from analysis.aggregate import climate, cube, cube_lists, cube_pages, cube_tone, lists, overview, participation
from analysis.aggregate import map as frame_map
from analysis.aggregate import parties as frame_parties
from analysis.aggregate import tone, topics
from analysis.filters import Filters
from analysis.store import Store

FILTERS = [
    Filters(),
    Filters(date_from=date(2020, 3, 20), date_to=date(2020, 4, 10)),
    Filters(platforms=("facebook", "whatsapp")),
    Filters(parties=("URD", "RPM")),
    Filters(regions=("Bamako", "Mopti"), langs=("fr",)),
    Filters(parties=("ADEMA-PASJ",), platforms=("twitter", "facebook"), date_from=date(2020, 3, 1)),
]
IDS = ["none", "dates", "platforms", "parties", "regions+lang", "mixed"]


def same(served: pd.DataFrame, reference: pd.DataFrame) -> None:
    """Equal values column by column (counts exactly, means to float rounding), whatever the dtypes."""
    assert list(served.columns) == list(reference.columns)
    assert len(served) == len(reference)
    for column in reference.columns:
        left, right = served[column].reset_index(drop=True), reference[column].reset_index(drop=True)
        if pd.api.types.is_float_dtype(right) or pd.api.types.is_float_dtype(left):
            np.testing.assert_allclose(left.to_numpy(float), right.to_numpy(float), rtol=1e-9, atol=1e-12,
                                       equal_nan=True, err_msg=column)
        elif pd.api.types.is_datetime64_any_dtype(right):
            assert (pd.to_datetime(left).to_numpy() == pd.to_datetime(right).to_numpy()).all(), column
        else:
            assert left.astype(str).tolist() == right.astype(str).tolist(), column


def test_the_annotation_run_leaves_fresh_aggregates(store):
    assert store.aggregates_fresh()
    assert int(store.query("SELECT sum(posts) AS n FROM agg_posts")["n"][0]) == store.count_posts()


def test_a_free_text_search_is_not_served_from_the_aggregates():
    assert not cube.servable(Filters(q="urnes"))
    with pytest.raises(ValueError, match="free-text"):
        cube.where(Filters(q="urnes"))


@pytest.mark.parametrize("filters", FILTERS, ids=IDS)
def test_overview(store, frame, filters):
    posts = filters.apply(frame)
    assert len(posts), "each filter combination must keep some posts, or the comparison proves little"
    for by in ("platform", "lang"):
        same(cube.posts_per_day(store.query, filters, by), overview.posts_per_day(posts, by))
    served, reference = cube.headline(store.query, filters), overview.headline(posts)
    assert served["posts"] == reference["posts"] and served["platforms"] == reference["platforms"]
    assert served["mean_tone"] == pytest.approx(reference["mean_tone"], rel=1e-9)


@pytest.mark.parametrize("filters", FILTERS, ids=IDS)
def test_tone(store, frame, filters):
    posts, query = filters.apply(frame), store.query
    same(cube_tone.tone_mentions(query, filters), tone.tone_mentions(posts))
    same(cube_tone.region_volume(query, filters), tone.region_volume(posts))
    same(cube_tone.tone_distribution(query, filters), tone.tone_distribution(posts, "platform"))
    for freq in ("W", "D"):
        same(cube_tone.tone_by_party(query, filters, freq), tone.tone_by_party(posts, freq))
        same(cube_tone.tone_by_party(query, filters, freq, ["URD"]), tone.tone_by_party(posts, freq, ["URD"]))
        same(cube_tone.tone_by_region(query, filters, freq), tone.tone_by_region(posts, freq))
        same(cube_tone.tone_by_region(query, filters, freq, ["Gao", "Bamako"]),
             tone.tone_by_region(posts, freq, ["Gao", "Bamako"]))


@pytest.mark.parametrize("filters", FILTERS, ids=IDS)
def test_lists_topics_and_participation(store, frame, filters):
    posts, query = filters.apply(frame), store.query
    for column in ("topics", "participation", "parties", "hostility_target"):
        same(cube_lists.item_totals(query, filters, column), lists.item_totals(posts, column))
    same(cube_lists.topic_share(query, filters, "W"), topics.topic_share(posts, "W"))
    for row in ("parties", "region"):
        same(cube_lists.topic_by(query, filters, row, top=12), topics.topic_by(posts, row, top=12))
        assert cube_lists.n_posts_with(query, filters, row, "topics") == lists.n_posts_with(posts, row, "topics")
    for column in ("topics", "parties", "party_tone"):
        assert cube_lists.n_posts_with(query, filters, column) == lists.n_posts_with(posts, column)
    same(cube_lists.participation_over_time(query, filters, "D"), participation.over_time(posts, "D"))
    same(cube_lists.participation_by_region(query, filters), participation.by_region(posts))
    same(cube_lists.participation_by_region(query, filters, ["Gao", "Kidal"]),
         participation.by_region(posts, ["Gao", "Kidal"]))


@pytest.mark.parametrize("filters", FILTERS, ids=IDS)
def test_parties_map_and_climate(store, frame, filters):
    posts, query = filters.apply(frame), store.query
    chosen = frame_parties.default_choice(frame_parties.mentioned_parties(posts), filters.parties)
    assert cube_pages.mentioned_parties(query, filters) == frame_parties.mentioned_parties(posts)
    same(cube_pages.share_of_voice(query, filters, chosen), frame_parties.share_of_voice(posts, chosen))
    same(cube_pages.tone_toward(query, filters, chosen), frame_parties.tone_toward(posts, chosen))
    for level in ("region", "cercle"):
        for measure in ("volume", "tone", "share:boycott"):
            same(cube_pages.area_values(query, filters, level, measure), frame_map.area_values(posts, level, measure))
    assert cube_pages.hostility_headline(query, filters) == pytest.approx(climate.headline(posts))
    for by in ("none", "region", "party", "target"):
        same(cube_pages.hostility_over_time(query, filters, by), climate.hostility_over_time(posts, by))


def test_a_new_import_marks_the_aggregates_stale(demo_db, tmp_path):
    import shutil
    copy = tmp_path / "copy.duckdb"
    shutil.copy(demo_db, copy)
    with Store(copy) as writable:
        posts = writable.posts().head(1).assign(post_id="facebook:new-one")
        writable.add_posts(posts)
        assert not writable.aggregates_fresh()
