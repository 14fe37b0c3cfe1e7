"""AppTest runs app.py and every page on a demo store."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_helpers import fresh_caches, run_page
from tests.chart_data import traces
from tests.pages.shown_tables import unreadable

ROOT = Path(__file__).resolve().parents[2]
PAGES = ["app.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pages").glob("*.py"))]


@pytest.fixture(autouse=True)
def _store(demo_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    with fresh_caches():
        yield


def _run(page: str, params: dict | None = None) -> AppTest:
    return run_page(ROOT / page, params)


@pytest.mark.parametrize("page", PAGES)
def test_page_runs_without_error_and_says_what_it_shows(page):
    at = _run(page)
    assert not at.exception, [e.message for e in at.exception]
    assert any("n = " in c.value for c in at.caption)
    assert any("synthétiques" in w.value for w in at.warning)
    assert unreadable(at) == {}  # translated headers, no "None" cell, French placeholders and chart numbers


def _volume_total(at: AppTest) -> int:
    return int(sum(sum(trace["y"]) for trace in traces(at.get("plotly_chart")[0])))


def test_url_filters_change_the_overview_chart():
    everything = _run("pages/1_Vue_d_ensemble.py")
    narrowed = _run("pages/1_Vue_d_ensemble.py", {"platform": "twitter", "from": "2020-03-25", "to": "2020-04-05"})
    assert not narrowed.exception
    total, part = _volume_total(everything), _volume_total(narrowed)
    assert 0 < part < total
    assert any("X/Twitter" in c.value and "du 25/03/2020 au 05/04/2020" in c.value for c in narrowed.caption)


def test_filters_that_match_nothing_show_an_empty_state():
    at = _run("pages/1_Vue_d_ensemble.py", {"q": "zzzz-introuvable-zzzz"})
    assert not at.exception
    assert any("Aucun post" in i.value for i in at.info)
    assert "n = 0" in " ".join(c.value for c in at.caption)


def test_english_switch_translates_the_page():
    at = _run("pages/1_Vue_d_ensemble.py")
    at.sidebar.radio(key="ui_lang_choice").set_value("English").run()
    assert not at.exception
    assert any(t.value == "Overview" for t in at.title)


def test_missing_store_offers_the_demo(monkeypatch, tmp_path):
    monkeypatch.setenv("VIGIE_DB", str(tmp_path / "none.duckdb"))
    at = _run("app.py")
    assert not at.exception
    assert any("Construire" in b.label for b in at.button)


def test_changing_a_filter_writes_it_into_the_url():
    at = _run("pages/1_Vue_d_ensemble.py", {"party": "URD"})
    at.sidebar.multiselect(key="f_platform").set_value(["facebook", "whatsapp"]).run()
    assert not at.exception
    params = at.query_params
    platforms = params["platform"] if isinstance(params["platform"], list) else [params["platform"]]
    assert platforms == ["facebook", "whatsapp"]
    assert params["party"] in ("URD", ["URD"])


def test_a_chart_click_shows_the_posts_behind_it():
    at = _run("pages/1_Vue_d_ensemble.py")
    bars = traces(at.get("plotly_chart")[0])
    day = bars[0]["x"][len(bars[0]["x"]) // 2]
    group = bars[0]["customdata"][0][0]
    selection = {"selection": {"points": [{"x": day, "customdata": [group]}], "point_indices": [0],
                               "box": [], "lasso": []}}
    at.session_state["overview_volume"] = selection
    at.run()
    assert not at.exception
    assert any("Posts derrière la sélection" in h.value for h in at.subheader)


def test_url_values_cannot_inject_markdown_into_the_caption():
    at = _run("pages/1_Vue_d_ensemble.py", {"q": "[clic](http://evil.example) **gras**"})
    assert not at.exception
    caption = next(c for c in at.caption if "n = " in c.value)
    assert "\\[clic\\]\\(http" in caption.value and "\\*\\*gras\\*\\*" in caption.value
