"""AppTest of the Comparer les partis, Posts and Méthode pages on the demo store: chart data against the
aggregation under URL filters, empty states, chart selection, plain-text post content."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analysis.aggregate import parties as agg
from analysis.filters import Filters
from analysis.store import Store
from tests.apptest_helpers import fresh_caches, run_page
from tests.chart_data import traces

ROOT = Path(__file__).resolve().parents[2]
COMPARE, POSTS, METHOD = "pages/5_Comparer_les_partis.py", "pages/7_Posts.py", "pages/9_Méthode.py"
HOSTILE = "<script>alert(1)</script> **gras** [lien](http://x) `code` # titre"


@pytest.fixture(autouse=True)
def _store(demo_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    with fresh_caches():
        yield


@pytest.fixture(scope="module")
def all_posts(demo_db):
    with Store(str(demo_db), read_only=True) as store:
        return store.load()


def _run(page: str, params: dict | None = None) -> AppTest:
    return run_page(ROOT / page, params)


def _ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.message for e in at.exception]
    return at


def _share_chart(at: AppTest) -> dict[str, list[float]]:
    return {t["name"]: list(t["y"]) for t in traces(at.get("plotly_chart")[0]) if t.get("mode") == "lines+markers"}


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


@pytest.mark.parametrize("page", [COMPARE, POSTS])
def test_filters_matching_nothing_show_an_empty_state(page):
    at = _ok(_run(page, {"q": "zzzz-introuvable-zzzz"}))
    assert any("Aucun post" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.dataframe


def test_posts_page_shows_n_of_total_and_sorts(all_posts):
    at = _ok(_run(POSTS, {"platform": ["facebook", "twitter"]}))
    chosen = all_posts[all_posts["platform"].isin(["facebook", "twitter"])]
    assert len(chosen) > 500
    assert any(c.value == f"500 posts affichés sur {len(chosen):,}".replace(",", "\u202f") for c in at.caption)
    at.selectbox(key="posts_sort").set_value("likes").run()
    likes = _ok(at).dataframe[0].value["likes"].astype(float).fillna(-1).to_numpy()
    assert len(likes) == 500 and (np.diff(likes) <= 0).all()
    assert likes[0] == chosen["likes"].max()


def test_posts_page_pseudonymises_private_authors(all_posts, demo_db):
    at = _ok(_run(POSTS))
    with Store(str(demo_db), read_only=True) as store:
        public = set(store.actors()["account"])
    shown = at.dataframe[0].value
    names = set(all_posts["author_name"].astype(str)) - set(all_posts[all_posts["author_id"].isin(public)]
                                                            ["author_name"].astype(str))
    assert not names.intersection(shown["author"])
    assert shown["author"].str.startswith("Compte-").any()


def test_posts_page_search_box_and_url_selection(all_posts):
    at = _ok(_run(POSTS, {"sel_party": "URD", "sel_region": "Mopti"}))
    expected = all_posts[agg.names_party(all_posts, "URD") & (all_posts["region"] == "Mopti").to_numpy()]
    assert any(f"sur {len(expected)}" in c.value for c in at.caption)
    assert at.query_params["sel_party"] in ("URD", ["URD"])  # the link still carries the selection
    at.text_input(key="posts_q").set_value("zzzz-rien").run()
    assert any(c.value == "0 posts affichés sur 0" for c in _ok(at).caption)


@pytest.fixture()
def hostile_db(tmp_path, monkeypatch):
    from analysis.demo import corpus as demo
    path = tmp_path / "hostile.duckdb"
    demo.write(path, n_posts=200, seed=3)
    post = pd.DataFrame([{"post_id": "facebook:hostile-1", "platform": "facebook", "author_id": "x1",
                          "author_name": "**Auteur** <i>", "created_at": pd.Timestamp("2020-03-20T10:00Z"),
                          "text": HOSTILE, "likes": 5}])
    with Store(str(path)) as store:
        store.add_posts(post)
    monkeypatch.setenv("VIGIE_DB", str(path))
    return path


def test_post_content_is_shown_as_literal_text(hostile_db):
    at = _ok(_run(POSTS, {"q": "alert(1)"}))
    table = at.dataframe[0].value
    assert table["text"].tolist() == [HOSTILE]
    rendered = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    # the query itself shows in the filters caption; nothing of the post's own text may reach a rendered element
    assert not any("<script>" in text or "gras" in text or "http://x" in text for text in rendered)


def test_method_page_renders_the_docs_and_notes_what_is_not_measured():
    at = _ok(_run(METHOD))
    text = " ".join(m.value for m in at.markdown)
    assert "Limites à garder en tête" in text
    for name in ("methode_sentiment.md", "methode_attribution.md", "methode_coordination.md", "importers.md"):
        if not (ROOT / "docs" / name).exists():
            assert any(f"docs/{name}" in i.value for i in at.info)
    assert any(e.label.startswith("data/README") for e in at.expander)


def test_method_page_in_english_reads_the_english_text():
    at = _ok(_run(METHOD))
    at.sidebar.radio(key="ui_lang_choice").set_value("English").run()
    assert "Limits to keep in mind" in " ".join(m.value for m in _ok(at).markdown)


@pytest.mark.parametrize("page", [COMPARE, POSTS, METHOD])
def test_pages_work_on_a_store_not_yet_annotated(hostile_db, page):
    at = _ok(_run(page))
    if page == COMPARE:
        assert any("Aucun parti" in i.value for i in at.info)


def test_a_click_on_a_tone_bar_shows_the_mentions_of_that_tone(all_posts):
    at = _ok(_run(COMPARE))
    party = agg.default_choice(agg.mentioned_parties(all_posts))[0]
    at.session_state["compare_tone"] = {"selection": {"points": [{"customdata": [party, "negative", 0, 0.0]}],
                                                      "point_indices": [0], "box": [], "lasso": []}}
    _ok(at.run())
    expected = int(agg.tone_label_mask(all_posts, party, "negative").sum())
    assert 0 < expected < int(agg.tone_label_mask(all_posts, party).sum())
    assert any(h.value == f"Posts derrière la sélection ({expected})" for h in at.subheader)
