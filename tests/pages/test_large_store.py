"""Large-store mode (VIGIE_AGGREGATES_FROM set low): no page loads the posts frame. Every page runs without
exception, the sidebar offers what the frame would, charts are served from the aggregates, posts come by SQL
(the Validation page's own tests: test_large_validation.py)."""
from pathlib import Path

import pytest

from analysis.aggregate import cube_options
from analysis.store import Store
from tests.apptest_helpers import fresh_caches, run_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "pages").glob("*.py")) + [ROOT / "app.py"]
def _no_frame(*args, **kwargs):
    raise AssertionError("Store.load was called in large-store mode")


@pytest.fixture
def large_mode(demo_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    monkeypatch.setenv("VIGIE_AGGREGATES", "1")
    monkeypatch.setenv("VIGIE_AGGREGATES_FROM", "0")
    monkeypatch.setattr(Store, "load", _no_frame)
    with fresh_caches():
        yield demo_db


def _texts(at) -> str:
    return " ".join(str(e.value) for kind in ("info", "warning", "caption", "markdown") for e in at.get(kind))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_page_runs_without_the_frame(large_mode, page):
    at = run_page(page)
    assert not at.exception, [e.message for e in at.exception]
    drawn = len(at.get("plotly_chart")) + len(at.get("dataframe")) + len(at.get("metric")) + len(at.get("progress"))
    assert drawn, "every page is served in large-store mode: it draws something"


def test_the_sidebar_offers_what_the_frame_offers(demo_db, monkeypatch):
    with Store(demo_db, read_only=True) as store:
        frame = store.load()
        from analysis.store_aggregates import Snapshot
        served = cube_options.choices(Snapshot(store.aggregate_tables()))
        snapshot = Snapshot(store.aggregate_tables())
    assert served == cube_options.from_frame(frame)
    assert served.platforms and served.regions and served.first < served.last
    from analysis.aggregate import overview
    for column in ("platform", "lang"):
        expected = overview.counts_by(frame, column)
        expected = expected[expected["n"] > 0].sort_values(["n", column], ascending=[False, True], ignore_index=True)
        got = cube_options.counts_by(snapshot, column)
        assert got[column].tolist() == expected[column].tolist()
        assert got["n"].tolist() == expected["n"].tolist()


def test_the_posts_page_shows_one_page_of_posts_by_sql(large_mode):
    at = run_page(ROOT / "pages" / "7_Posts.py", {"platform": ["facebook"]})
    assert not at.exception, [e.message for e in at.exception]
    with Store(large_mode, read_only=True) as store:
        expected = int(store.query("SELECT count(*) AS n FROM posts WHERE platform = 'facebook'")["n"].iloc[0])
    assert f"sur {-(-expected // 500)} · {expected:,}".replace(",", "\u202f") in _texts(at)
    table = at.get("dataframe")[0].value
    assert len(table) == min(500, expected)
    assert set(table["platform"].astype(str)) == {"Facebook"}, table.columns


def test_the_posts_of_a_map_area_come_by_sql(large_mode):
    at = run_page(ROOT / "pages" / "6_Carte.py")
    at.selectbox(key="map_pick").set_value("Mopti").run()
    assert not at.exception, [e.message for e in at.exception]
    with Store(large_mode, read_only=True) as store:
        expected = int(store.query("SELECT count(*) AS n FROM annotations WHERE region = 'Mopti'")["n"].iloc[0])
    assert expected and f"· {expected:,} posts".replace(",", "\u202f") in _texts(at)
    shown = at.get("dataframe")[-1].value
    assert len(shown) == min(500, expected) and set(shown["region"]) == {"Mopti"}


def test_a_search_on_the_posts_page_finds_what_the_frame_finds(large_mode):
    import pyarrow as pa
    import pyarrow.compute as pc
    from analysis.search import search_pattern
    at = run_page(ROOT / "pages" / "7_Posts.py", {"q": "ÉLECTION"})
    assert not at.exception, [e.message for e in at.exception]
    with Store(large_mode, read_only=True) as store:
        texts = pa.array(store.query("SELECT coalesce(text, '') AS text FROM posts")["text"].tolist())
    expected = pc.sum(pc.match_substring_regex(texts, search_pattern("ÉLECTION"), ignore_case=True)).as_py()
    assert 0 < expected < len(texts)
    assert f"· {expected:,} posts".replace(",", "\u202f") in _texts(at)
    shown = at.get("dataframe")[0].value
    assert len(shown) == min(500, expected)
    assert shown["text"].str.contains("lection", case=False).all()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_page_answers_a_search_from_the_posts_it_finds(large_mode, page):
    at = run_page(page, {"q": "élection"})
    assert not at.exception, [e.message for e in at.exception]
    with Store(large_mode, read_only=True) as store:
        found = store.search_keys("élection").num_rows
    assert 0 < found < 3000
    if page.stem == "13_Alertes":   # hourly counts know no text: the search is set aside, and the page says so
        assert "ne tiennent pas compte de la recherche" in _texts(at)
    else:
        assert f"n = {found:,}".replace(",", "\u202f") in _texts(at), page.stem      # the caption's count
    if page.stem in ("app", "1_Vue_d_ensemble"):      # the headline, from the search's own aggregates
        assert f"{found:,}".replace(",", "\u202f") in [str(m.value) for m in at.get("metric")]


@pytest.mark.parametrize("page", ["app", "1_Vue_d_ensemble", "2_Sentiment", "3_Thèmes", "4_Participation",
                                  "5_Comparer_les_partis", "6_Carte", "11_Climat"])
def test_a_search_that_finds_nothing_says_so(large_mode, page):
    at = run_page(ROOT / f"{page}.py" if page == "app" else ROOT / "pages" / f"{page}.py", {"q": "introuvable-xyz"})
    assert not at.exception, [e.message for e in at.exception]
    assert "n = 0" in _texts(at)
