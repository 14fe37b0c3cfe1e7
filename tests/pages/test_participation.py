"""Participation page: charts equal the aggregations; turnout labels stay readable."""
import numpy as np
import pytest
from analysis import gazetteer
from analysis.aggregate import participation as aggregate_participation
from tests.pages.trend_pages import toned_db, _store, _posts, _run, _chart  # noqa: F401,F811  (fixtures)


def test_participation_charts_match_the_aggregations(toned_db):
    params = {"platform": "facebook"}
    at = _run("participation", params)
    assert not at.exception, [e.message for e in at.exception]
    posts = _posts(toned_db, {"platform": ["facebook"]})
    expected = aggregate_participation.over_time(posts, "W")
    lines = _chart(at, "participation_time")
    assert sum(sum(t["y"]) for t in lines) == expected["n"].sum()
    scatter = _chart(at, "participation_turnout")[0]
    table = aggregate_participation.turnout_vs_online(posts, gazetteer.turnout_by_region())
    assert np.allclose(scatter["x"], table["mobilisation"]) and np.allclose(scatter["y"], table["turnout"])
    assert any("ne peut pas montrer" in c.value for c in at.caption)


@pytest.mark.parametrize("points", [
    [("Sikasso", 12.7, 38), ("Ségou", 13.7, 40), ("Mopti", 13.5, 36), ("Koulikoro", 15.5, 36), ("Kayes", 11.4, 39)],
    [("A", 5.0, 50), ("B", 5.0, 50), ("C", 5.1, 51)],
])
def test_turnout_labels_of_close_points_take_different_sides(points):
    import pandas as pd
    from analysis.charts.participation import label_positions
    tidy = pd.DataFrame(points, columns=["region", "mobilisation", "turnout"])
    positions = label_positions(tidy)
    close = [(i, j) for i in range(len(points)) for j in range(i + 1, len(points))
             if abs(points[i][1] - points[j][1]) < 1.5 and abs(points[i][2] - points[j][2]) < 5]
    assert close and all(positions[i] != positions[j] for i, j in close)
