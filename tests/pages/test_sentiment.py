"""Sentiment page: chart data equals the aggregation, clicks list the posts behind a point."""
import numpy as np
from analysis.aggregate import tone as aggregate_tone
from tests.pages.trend_pages import toned_db, _store, _posts, _run, _chart  # noqa: F401,F811  (fixtures)


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
