"""Comparer, Posts and Méthode pages: empty states and a store not yet annotated."""
import pytest
from tests.pages.reading_pages import COMPARE, POSTS, METHOD, _store, _run, _ok, hostile_db  # noqa: F401,F811  (fixtures)


@pytest.mark.parametrize("page", [COMPARE, POSTS])
def test_filters_matching_nothing_show_an_empty_state(page):
    at = _ok(_run(page, {"q": "zzzz-introuvable-zzzz"}))
    assert any("Aucun post" in i.value for i in at.info)
    assert not at.get("plotly_chart") and not at.dataframe


@pytest.mark.parametrize("page", [COMPARE, POSTS, METHOD])
def test_pages_work_on_a_store_not_yet_annotated(hostile_db, page):
    at = _ok(_run(page))
    if page == COMPARE:
        assert any("Aucun parti" in i.value for i in at.info)
