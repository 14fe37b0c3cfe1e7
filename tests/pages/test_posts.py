"""Posts page: counts, sorting, pseudonyms, search, and post content shown as literal text."""
import numpy as np
from analysis.aggregate import parties as agg
from analysis.store import Store
from tests.pages.reading_pages import POSTS, HOSTILE, _store, all_posts, _run, _ok, hostile_db  # noqa: F401,F811  (fixtures)
from tests.pages.shown_tables import numbers


def test_posts_page_shows_n_of_total_and_sorts(all_posts):
    at = _ok(_run(POSTS, {"platform": ["facebook", "twitter"]}))
    chosen = all_posts[all_posts["platform"].isin(["facebook", "twitter"])]
    assert len(chosen) > 500
    assert any(c.value == f"500 posts affichés sur {len(chosen):,}".replace(",", "\u202f") for c in at.caption)
    at.selectbox(key="posts_sort").set_value("likes").run()
    likes = np.nan_to_num(numbers(_ok(at).dataframe[0].value["likes"]), nan=-1)
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


def test_post_content_is_shown_as_literal_text(hostile_db):
    at = _ok(_run(POSTS, {"q": "alert(1)"}))
    table = at.dataframe[0].value
    assert table["text"].tolist() == [HOSTILE]
    rendered = [m.value for m in at.markdown] + [c.value for c in at.caption] + [i.value for i in at.info]
    # the query itself shows in the filters caption; nothing of the post's own text may reach a rendered element
    assert not any("<script>" in text or "gras" in text or "http://x" in text for text in rendered)
