"""Readable event marks (numbered, staggered, with a key) and a map whose areas are named with their values."""
import pandas as pd

from analysis.charts import map as charts_map
from analysis.charts.overview import event_legend, event_marks

EVENTS = [{"date": "2020-03-27", "label_fr": "Clôture de la campagne du premier tour", "label_en": "Campaign ends"},
          {"date": "2020-03-29", "label_fr": "Premier tour", "label_en": "First round"},
          {"date": "2020-03-30", "label_fr": "Dépouillement", "label_en": "Count"}]


def test_event_marks_are_numbers_on_two_heights_with_the_label_on_hover():
    shapes, notes = event_marks(EVENTS, "fr")
    assert len(shapes) == 3 and [n["text"] for n in notes] == ["1", "2", "3"]
    assert [n["y"] for n in notes] == [1, 0.92, 1]          # neighbours a day apart never share a height
    assert notes[0]["hovertext"] == "27/03 : Clôture de la campagne du premier tour"
    assert all("textangle" not in n for n in notes)          # no rotated labels cut off at the edge


def test_the_key_lists_each_number_with_its_date_and_label():
    lines = event_legend(EVENTS, "en").split("  \n")
    assert lines == ["**1** · 27/03 : Campaign ends", "**2** · 29/03 : First round", "**3** · 30/03 : Count"]


def test_map_ranking_names_the_areas_with_values_highest_first():
    tidy = pd.DataFrame({"area": ["Kayes", "Bamako", "Gao"], "value": [12.5, 40.0, float("nan")], "n": [8, 20, 0],
                         "posts": [8, 20, 0]})
    fig = charts_map.ranking(tidy, "t", "Appel au vote (%)", ".1f")
    assert list(fig.data[0].y) == ["Bamako", "Kayes"]
    assert list(fig.data[0].text) == ["40.0\u202f%", "12.5\u202f%"]


def test_map_scale_says_percent_for_shares_only():
    tidy = pd.DataFrame({"area": ["Kayes", "Bamako"], "value": [12.5, 40.0], "n": [8, 20], "posts": [8, 20]})
    shares = charts_map.choropleth(tidy, "region", "t", "Boycott (%)", value_format=".1f")
    volume = charts_map.choropleth(tidy, "region", "t", "Posts", value_format=",.0f")
    bar = lambda fig: next(t for t in fig.data if t.type == "choroplethmap" and t.showscale).colorbar
    assert bar(shares).ticksuffix == "\u202f%" and bar(shares).title.text == "Boycott (%)"
    assert not bar(volume).ticksuffix
