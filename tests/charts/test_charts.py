"""Chart functions of the Sentiment, Thèmes, Participation and Carte pages: tidy frame in, figure out."""
import numpy as np
import pandas as pd
import pytest

from analysis.charts import map as charts_map
from analysis.charts import participation as charts_participation
from analysis.charts import tone as charts_tone
from analysis.charts import topics as charts_topics
from analysis.geo import shapes as geo_shapes
from analysis.charts.colours import PARTICIPATION_COLORS, PARTY_COLORS

EVENTS = [{"date": "2020-03-29", "label_fr": "Premier tour", "label_en": "First round"}]


def _periods(n):
    return pd.date_range("2020-03-02", periods=n, freq="7D")


def test_tone_panels_one_panel_per_party_with_fixed_colours_and_events_everywhere():
    tidy = pd.DataFrame({"period": list(_periods(3)) * 2, "party": ["URD"] * 3 + ["RPM"] * 3,
                         "tone": [0.1, 0.2, 0.3, -0.1, -0.2, -0.3], "n": [1, 2, 3, 4, 5, 6]})
    fig = charts_tone.tone_panels(tidy, "party", ["URD", "RPM"], PARTY_COLORS, "t", EVENTS, "en")
    lines = [t for t in fig.data if t.name in ("URD", "RPM")]
    assert [t.name for t in lines] == ["URD", "RPM"]
    assert list(lines[1].y) == [-0.1, -0.2, -0.3]
    assert lines[0].line.color == PARTY_COLORS["URD"]
    assert len(fig.layout.shapes) == 2                      # one event line down each column of panels
    assert fig.data[-1].text == ("1 · First round",)            # numbered like the key under the chart


def test_tone_distribution_bars_per_platform():
    tidy = pd.DataFrame({"platform": ["facebook", "facebook", "twitter"], "bin": [0, 9, 9], "lo": [-1, 0.8, 0.8],
                         "hi": [-0.8, 1, 1], "n": [1, 3, 2], "share": [0.25, 0.75, 1.0]})
    fig = charts_tone.tone_distribution(tidy, "platform", {}, "t", {"twitter": "X/Twitter"})
    assert [t.name for t in fig.data] == ["facebook", "X/Twitter"]
    assert list(fig.data[0].y) == [0.25, 0.75] and list(fig.data[0].x) == pytest.approx([-0.9, 0.9])


def test_share_area_stacks_topics_with_fixed_colours():
    tidy = pd.DataFrame({"period": list(_periods(2)) * 2, "topics": ["security"] * 2 + ["religion"] * 2,
                         "n": [1, 3, 1, 1], "share": [0.5, 0.75, 0.5, 0.25]})
    fig = charts_topics.share_area(tidy, {"security": "Sécurité"}, "t", EVENTS)
    assert {t.name for t in fig.data} == {"Sécurité", "religion"}
    assert all(t.stackgroup == "topics" for t in fig.data)
    colours = {t.name: t.fillcolor for t in fig.data}
    assert colours["Sécurité"] == charts_topics.TOPIC_COLORS["security"]


def test_share_heatmap_reindexes_rows_and_adds_click_targets():
    tidy = pd.DataFrame({"parties": ["URD", "URD", "RPM"], "topics": ["security", "religion", "security"],
                         "n": [3, 1, 2], "share": [0.75, 0.25, 1.0]})
    fig = charts_topics.share_heatmap(tidy, "parties", ["RPM", "URD"], ["religion", "security"], {}, "t")
    assert np.asarray(fig.data[0].z).tolist() == [[0.0, 1.0], [0.25, 0.75]]
    assert len(fig.data[1].x) == 4 and list(fig.data[1].customdata[0]) == ["RPM", "religion", 0, 0.0]
    assert fig.data[0].hoverinfo == "skip" and fig.data[1].hoverinfo != "skip"   # the markers take the clicks


def test_category_lines_share_or_count():
    tidy = pd.DataFrame({"period": list(_periods(2)) * 2, "participation": ["boycott"] * 2 + ["call_to_vote"] * 2,
                         "n": [1, 2, 3, 4], "posts": [10, 10, 10, 10], "share": [0.1, 0.2, 0.3, 0.4]})
    counts = charts_participation.category_lines(tidy, "n", {}, "t", EVENTS)
    shares = charts_participation.category_lines(tidy, "share", {}, "t")
    assert list(counts.data[1].y) == [3, 4] and list(shares.data[1].y) == [0.3, 0.4]
    assert counts.data[0].line.color == PARTICIPATION_COLORS["boycott"]


def test_turnout_scatter_points():
    tidy = pd.DataFrame({"region": ["Gao", "Bamako"], "turnout": [66.0, 12.9], "mobilisation": [10.0, 15.0],
                         "posts": [100, 1000]})
    fig = charts_participation.turnout_scatter(tidy, "t", "x", "y")
    assert list(fig.data[0].x) == [10.0, 15.0] and list(fig.data[0].y) == [66.0, 12.9]


@pytest.mark.parametrize("level", ["region", "cercle"])
def test_choropleth_is_offline_and_covers_every_shape_once(level):
    names = geo_shapes.names(level)
    values = [np.nan if i % 4 == 0 else float(i) for i in range(len(names))]
    tidy = pd.DataFrame({"area": names, "value": values, "n": range(len(names))})
    fig = charts_map.choropleth(tidy, level, "t", "v")
    assert fig.layout.map.style == "white-bg"
    main = [t for t in fig.data if t.type == "choroplethmap" and t.subplot == "map"]
    drawn = [loc for t in main for loc in t.locations]
    assert sorted(drawn) == sorted(names)                   # grey no-data shapes + coloured shapes
    coloured = next(t for t in main if t.showscale)
    assert dict(zip(coloured.locations, coloured.z)) == {a: v for a, v in zip(names, values) if not np.isnan(v)}
    inset = charts_map.bamako_inset(tidy, level, "v")
    assert inset.layout.map.style == "white-bg" and inset.layout.title.text.startswith("Bamako")
    assert "Bamako" in [loc for t in inset.data for loc in t.locations]


def test_tone_panels_six_parties_make_a_three_column_grid():
    parties = ["URD", "RPM", "ADEMA-PASJ", "MPM", "CODEM", "FARE"]
    tidy = pd.DataFrame({"period": list(_periods(2)) * 6, "party": np.repeat(parties, 2), "tone": 0.1, "n": 1})
    fig = charts_tone.tone_panels(tidy, "party", parties, PARTY_COLORS, "t", EVENTS)
    assert [t.xaxis for t in fig.data[:6]] == ["x", "x2", "x3", "x4", "x5", "x6"]
    assert fig.layout.xaxis4.domain == fig.layout.xaxis.domain     # second row under the first
    assert fig.layout.yaxis4.domain[1] < fig.layout.yaxis.domain[0]
    assert len(fig.layout.shapes) == 3                               # one event line per column
