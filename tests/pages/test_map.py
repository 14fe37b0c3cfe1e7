"""Carte page: map values equal the aggregation, cercle level, English labels."""
import pytest
from analysis.aggregate import map as aggregate_map
from tests.chart_data import spec
from tests.pages.trend_pages import toned_db, _store, _posts, _run, _chart  # noqa: F401,F811  (fixtures)


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


def test_english_switch_on_the_map():
    at = _run("map")
    at.sidebar.radio(key="ui_lang_choice").set_value("English").run()
    assert not at.exception
    assert any(t.value == "Map" for t in at.title)
