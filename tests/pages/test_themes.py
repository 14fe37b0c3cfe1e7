"""Thèmes page: normalised shares equal the aggregation; discovered topics with terms and posts."""
import numpy as np
from analysis.aggregate import topics as aggregate_topics
from tests.pages.trend_pages import toned_db, _store, _posts, _run, _chart  # noqa: F401,F811  (fixtures)
from tests.pages.shown_tables import drawn


def test_themes_share_is_normalised_and_matches_the_aggregation(toned_db):
    params = {"region": "Bamako", "from": "2020-03-01", "to": "2020-04-30"}
    at = _run("themes", params)
    assert not at.exception, [e.message for e in at.exception]
    expected = aggregate_topics.topic_share(_posts(toned_db, {k: [v] for k, v in params.items()}), "W")
    areas = _chart(at, "themes_share")
    assert sum(len(a["y"]) for a in areas) == len(expected)
    assert np.allclose(np.sum([a["y"] for a in areas], axis=0), 1.0)
    heat = _chart(at, "themes_party")[0]
    assert np.allclose(np.sum(heat["z"], axis=1), 1.0)      # share within the row


def test_discovered_topics_come_with_terms_and_example_posts():
    at = _run("themes")
    at.button(key="themes_discover").click().run()
    assert not at.exception, [e.message for e in at.exception]
    table = drawn(at.dataframe[0])
    assert list(table.columns) == ["Thème", "Termes principaux"] and 2 <= len(table) <= 8
    assert all(terms for terms in table["Termes principaux"])
    assert len(at.dataframe[1].value) >= 1                  # the example posts of the first topic
