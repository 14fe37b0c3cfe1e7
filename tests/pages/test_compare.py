"""Comparer les partis page: chart data against the aggregation under URL filters, selections."""
import numpy as np
import pandas as pd
import pytest
from analysis.aggregate import parties as agg
from analysis.filters import Filters
from tests.chart_data import traces
from tests.pages.reading_pages import COMPARE, _store, all_posts, _run, _ok, _share_chart  # noqa: F401,F811  (fixtures)


@pytest.mark.parametrize("params", [{}, {"platform": ["facebook", "whatsapp"], "from": "2020-03-01",
                                         "to": "2020-04-20"}])
def test_share_of_voice_chart_matches_the_aggregation(params, all_posts):
    at = _ok(_run(COMPARE, params))
    posts = Filters.from_params(params).apply(all_posts)
    parties = agg.default_choice(agg.mentioned_parties(posts))
    expected = agg.share_of_voice(posts, parties, "W")
    drawn = _share_chart(at)
    assert list(drawn) == parties
    for party in parties:
        assert np.allclose(drawn[party], expected[expected["party"] == party]["share"].to_numpy())
    assert any(f"n = {len(posts):,}".replace(",", "\u202f") in c.value for c in at.caption)


def test_party_url_filter_picks_the_parties_but_keeps_the_denominator(all_posts):
    at = _ok(_run(COMPARE, {"party": ["RPM", "UDD"]}))
    assert at.multiselect(key="cmp_parties").value == ["RPM", "UDD"]
    expected = agg.share_of_voice(all_posts, ["RPM", "UDD"], "W")
    drawn = _share_chart(at)
    assert np.allclose(drawn["UDD"], expected[expected["party"] == "UDD"]["share"].to_numpy())
    assert expected.groupby("period")["total"].first().sum() == len(all_posts)


def test_tone_chart_matches_the_aggregation_and_flags_small_samples(all_posts):
    at = _ok(_run(COMPARE, {"region": "Kidal"}))
    posts = Filters(regions=("Kidal",)).apply(all_posts)
    parties = agg.default_choice(agg.mentioned_parties(posts))
    expected = agg.tone_toward(posts, parties)
    expected = expected[expected["n"] > 0]
    bars = traces(at.get("plotly_chart")[1])
    assert [b["name"] for b in bars] == ["négatif", "neutre", "positif"]
    for bar, label in zip(bars, ("negative", "neutral", "positive")):
        assert np.allclose(bar["x"], expected[label].to_numpy())
    for row, (_, party) in zip(bars[0]["y"], expected.iterrows()):
        assert f"n = {party['n']}" in row and (("n < 30" in row) == bool(party["small"]))
    assert expected["small"].any(), "Kidal should hold parties with fewer than 30 mentions"


def test_tone_label_mask_matches_the_shares(all_posts):
    party = agg.mentioned_parties(all_posts)[0]
    shares = agg.tone_toward(all_posts, [party]).iloc[0]
    negative = agg.tone_label_mask(all_posts, party, "negative").sum()
    assert negative == round(shares["negative"] * shares["n"])
    assert agg.tone_label_mask(all_posts, party).sum() == shares["n"]


def test_picking_fewer_than_two_parties_asks_for_more():
    at = _ok(_run(COMPARE))
    at.multiselect(key="cmp_parties").set_value(["URD"]).run()
    _ok(at)
    assert any("au moins deux" in i.value for i in at.info)
    assert not at.get("plotly_chart")


def test_a_click_on_a_share_point_shows_the_posts_behind_it(all_posts):
    at = _ok(_run(COMPARE))
    line = [t for t in traces(at.get("plotly_chart")[0]) if t.get("mode") == "lines+markers"][0]
    party, start = line["customdata"][2][0], line["customdata"][2][1]
    at.session_state["compare_share"] = {"selection": {"points": [{"customdata": [party, start, 0, 0]}],
                                                       "point_indices": [2], "box": [], "lasso": []}}
    _ok(at.run())
    begin = pd.Timestamp(start)
    expected = all_posts[agg.names_party(all_posts, party) & (all_posts["day"] >= begin).to_numpy()
                         & (all_posts["day"] < begin + pd.Timedelta(days=7)).to_numpy()]
    assert any(h.value == f"Posts derrière la sélection ({len(expected)})" for h in at.subheader)
    link = [m.value for m in at.markdown if "](Posts?" in m.value]
    assert link and f"sel_party={party}" in link[0] and f"from={start}" in link[0]


def test_a_click_on_a_tone_bar_shows_the_mentions_of_that_tone(all_posts):
    at = _ok(_run(COMPARE))
    party = agg.default_choice(agg.mentioned_parties(all_posts))[0]
    at.session_state["compare_tone"] = {"selection": {"points": [{"customdata": [party, "negative", 0, 0.0]}],
                                                      "point_indices": [0], "box": [], "lasso": []}}
    _ok(at.run())
    expected = int(agg.tone_label_mask(all_posts, party, "negative").sum())
    assert 0 < expected < int(agg.tone_label_mask(all_posts, party).sum())
    assert any(h.value == f"Posts derrière la sélection ({expected})" for h in at.subheader)
