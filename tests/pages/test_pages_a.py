"""Sentiment, Thèmes, Participation and Carte pages on the demo store: chart data equals the aggregations."""
import shutil
from pathlib import Path

import duckdb
import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from analysis import gazetteer
from analysis.aggregate import map as aggregate_map
from analysis.aggregate import participation as aggregate_participation
from analysis.aggregate import tone as aggregate_tone
from analysis.aggregate import topics as aggregate_topics
from analysis.filters import Filters
from tests.apptest_helpers import fresh_caches, run_page
from tests.chart_data import spec, traces

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"sentiment": "pages/2_Sentiment.py", "themes": "pages/3_Thèmes.py",
         "participation": "pages/4_Participation.py", "map": "pages/6_Carte.py"}


@pytest.fixture(scope="module")
def toned_db(demo_db, tmp_path_factory) -> Path:
    """The demo store, with a deterministic stand-in tone wherever the sentiment analyser left none."""
    path = tmp_path_factory.mktemp("pages_a") / "demo.duckdb"
    shutil.copy(demo_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE annotations SET sentiment = (hash(post_id) % 2001) / 1000.0 - 1.0 WHERE sentiment IS NULL")
    con.execute("""UPDATE annotations SET party_tone = array_to_string(list_transform(string_split(parties, ';'),
                   lambda x: x || ':' || printf('%.2f', (hash(post_id || x) % 201) / 100.0 - 1.0)), ';')
                   WHERE parties <> '' AND (party_tone IS NULL OR party_tone = '')""")
    con.close()
    return path


@pytest.fixture(autouse=True)
def _store(toned_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(toned_db))
    with fresh_caches():
        yield


def _posts(toned_db, params: dict):
    from analysis.store import Store
    with Store(str(toned_db), read_only=True) as store:
        posts = store.load()
    return Filters.from_params(params).apply(posts)


def _run(page: str, params: dict | None = None) -> AppTest:
    return run_page(ROOT / PAGES[page], params)


def _chart(at: AppTest, key: str) -> list[dict]:
    """Traces of the chart drawn with that key (Streamlit ends a keyed element's id with its key)."""
    return traces(next(c for c in at.get("plotly_chart") if c.proto.id.endswith(f"-{key}")))


def test_sentiment_panels_show_the_tone_toward_the_party_under_a_url_filter(toned_db):
    at = _run("sentiment", {"party": "URD"})
    assert not at.exception, [e.message for e in at.exception]
    assert at.multiselect(key="se_parties").value[0] == "URD"
    expected = aggregate_tone.tone_by_party(_posts(toned_db, {"party": ["URD"]}), "W", ["URD"])
    urd = next(t for t in _chart(at, "sentiment_party") if t.get("name") == "URD")
    assert np.allclose(urd["y"], expected["tone"].to_numpy())
    assert [x[:10] for x in urd["x"]] == expected["period"].dt.strftime("%Y-%m-%d").tolist()
    assert any("Partis : URD" in c.value and "n = " in c.value for c in at.caption)


def test_a_remembered_panel_choice_that_is_no_longer_valid_is_dropped():
    at = _run("sentiment")
    at.session_state["se_parties"] = ["URD", "PARTI-INCONNU"]
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.multiselect(key="se_parties").value == ["URD"]


def test_sentiment_platform_distribution_matches(toned_db):
    at = _run("sentiment", {"platform": ["facebook", "twitter"]})
    assert not at.exception
    bars = _chart(at, "sentiment_platform")
    expected = aggregate_tone.tone_distribution(_posts(toned_db, {"platform": ["facebook", "twitter"]}))
    assert {b["name"] for b in bars} == {"Facebook", "X/Twitter"}
    facebook = next(b for b in bars if b["name"] == "Facebook")
    assert np.allclose(facebook["y"], expected[expected["platform"] == "facebook"]["share"].to_numpy())


def test_a_click_on_a_tone_point_lists_the_posts_behind_it():
    at = _run("sentiment")
    point = next(t for t in _chart(at, "sentiment_party") if t.get("mode") == "lines+markers")
    at.session_state["sentiment_party"] = {"selection": {"points": [{"customdata": point["customdata"][0]}],
                                                         "point_indices": [0], "box": [], "lasso": []}}
    at.run()
    assert not at.exception
    assert any("Posts derrière la sélection" in h.value for h in at.subheader)
    party = point["customdata"][0][0]
    assert any(f"sel_party={party}" in m.value and "from=" in m.value for m in at.markdown)


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


def test_map_values_match_and_bamako_is_labelled(toned_db):
    at = _run("map", {"lang": ["fr", "mixed", "und"]})
    assert not at.exception, [e.message for e in at.exception]
    expected = aggregate_map.area_values(_posts(toned_db, {"lang": ["fr", "mixed", "und"]}), "region", "volume")
    coloured = next(t for t in _chart(at, "map_region") if t["type"] == "choroplethmap" and t.get("showscale", True)
                    and t.get("subplot", "map") == "map" and "customdata" in t)
    got = dict(zip(coloured["locations"], coloured["z"]))
    want = expected[expected["value"].notna()].set_index("area")["value"].to_dict()
    assert got == pytest.approx(want)
    inset = next(c for c in at.get("plotly_chart") if c.proto.id.endswith("-map_inset_region"))
    assert spec(inset)["layout"]["title"]["text"].startswith(f"Bamako : {want['Bamako']:,.0f}")


def test_map_cercle_level_tone_and_area_selection():
    at = _run("map")
    at.radio(key="map_level").set_value("cercle").run()
    at.selectbox(key="map_measure").set_value("tone").run()
    at.selectbox(key="map_pick").set_value("Bamako").run()
    assert not at.exception, [e.message for e in at.exception]
    assert any(h.value.startswith("Posts de la zone choisie : Bamako") for h in at.subheader)


@pytest.mark.parametrize("page", list(PAGES))
def test_filters_matching_nothing_show_the_empty_state(page):
    at = _run(page, {"q": "zzzz-introuvable-zzzz"})
    assert not at.exception
    assert any("Aucun post" in i.value for i in at.info)
    assert len(at.get("plotly_chart")) == 0


def test_english_switch_on_the_map():
    at = _run("map")
    at.sidebar.radio(key="ui_lang_choice").set_value("English").run()
    assert not at.exception
    assert any(t.value == "Map" for t in at.title)


def test_discovered_topics_come_with_terms_and_example_posts():
    at = _run("themes")
    at.button(key="themes_discover").click().run()
    assert not at.exception, [e.message for e in at.exception]
    table = at.dataframe[0].value
    assert list(table.columns) == ["Thème", "Termes principaux"] and 2 <= len(table) <= 8
    assert all(terms for terms in table["Termes principaux"])
    assert len(at.dataframe[1].value) >= 1                  # the example posts of the first topic


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
