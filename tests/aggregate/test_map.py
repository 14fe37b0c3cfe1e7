import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from analysis.aggregate import map as aggregate_map
from analysis.geo import shapes as geo_shapes
from analysis.frame import from_arrow


def _frame():
    return from_arrow(pa.table({
        "post_id": [f"f:{i}" for i in range(6)],
        "platform": ["facebook"] * 6,
        "created_at": pd.to_datetime(["2020-03-02 08:00"] * 6, utc=True),
        "text": list("abcdef"),
        "sentiment": [0.5, -0.5, None, 1.0, 0.2, 0.0],
        "region": ["Gao", "Gao", "Kayes", "", "Bamako", "Kayes"],
        "cercle": ["Ansongo", "Gao", "Kita", "", "", "Atlantis"],
        "participation": ["call_to_vote", "boycott", "call_to_vote", "", "call_to_vote;boycott", "boycott"],
    }))


@pytest.mark.parametrize("level, measure, area, value, n", [
    ("region", "volume", "Gao", 2, 2),
    ("region", "volume", "Kidal", 0, 0),
    ("region", "tone", "Gao", 0.0, 2),
    ("region", "tone", "Kayes", 0.0, 1),          # one scored post of two
    ("region", "share:boycott", "Kayes", 50.0, 2),
    ("cercle", "volume", "Ansongo", 1, 1),
    ("cercle", "volume", "Bamako", 1, 1),         # Bamako posts have no cercle: counted in the district
    ("cercle", "share:call_to_vote", "Kita", 100.0, 1),
])
def test_area_values(level, measure, area, value, n):
    tidy = aggregate_map.area_values(_frame(), level, measure).set_index("area")
    assert tidy.loc[area, "value"] == pytest.approx(value)
    assert tidy.loc[area, "n"] == n


def test_every_shape_is_present_and_no_data_is_nan():
    tidy = aggregate_map.area_values(_frame(), "cercle", "tone")
    assert tidy["area"].tolist() == geo_shapes.names("cercle")
    assert np.isnan(tidy.set_index("area").loc["Kidal", "value"])


def test_unplaced_counts_posts_outside_every_shape():
    posts = _frame()
    assert aggregate_map.unplaced(posts, aggregate_map.area_values(posts, "region")) == 1
    # no region, and a cercle the map lacks
    assert aggregate_map.unplaced(posts, aggregate_map.area_values(posts, "cercle")) == 2


def test_in_area_matches_the_counts():
    posts = _frame()
    for level in aggregate_map.LEVELS:
        tidy = aggregate_map.area_values(posts, level, "volume")
        for row in tidy.itertuples():
            assert aggregate_map.in_area(posts, level, row.area).sum() == row.posts


def test_bad_level_or_measure_is_a_clear_error():
    with pytest.raises(ValueError, match="map level"):
        aggregate_map.area_values(_frame(), "commune", "volume")
    with pytest.raises(ValueError, match="measure"):
        aggregate_map.area_values(_frame(), "region", "likes")


def test_empty_frame_gives_every_shape_with_zero():
    tidy = aggregate_map.area_values(_frame().iloc[0:0], "region", "volume")
    assert len(tidy) == len(geo_shapes.names("region")) and tidy["n"].sum() == 0


def test_shapes_are_named_like_the_gazetteer_and_keep_bamako():
    from analysis import gazetteer
    assert set(geo_shapes.names("region")) <= set(gazetteer.region_names())
    assert "Bamako" in geo_shapes.names("cercle")
    lat, lon = geo_shapes.label_points("region")["Bamako"]
    assert 12.4 < lat < 12.8 and -8.2 < lon < -7.8
    assert "Bamako" in [f["id"] for f in geo_shapes.near_bamako("cercle")["features"]]


def test_simplification_keeps_rings_closed_and_smaller():
    ring = [[0, 0], [0.001, 0.0001], [0.002, 0], [1, 0], [1, 1], [0.5, 1.0001], [0, 1], [0, 0.5], [0, 0]]
    simple = geo_shapes._simplify_ring(ring).tolist()
    assert simple[0] == simple[-1] and len(simple) < len(ring)
    assert [1, 1] in simple
