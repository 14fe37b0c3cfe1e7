"""Sentiment, Thèmes, Participation and Carte pages: filters matching nothing show the empty state."""
import pytest
from tests.pages.trend_pages import PAGES, toned_db, _store, _run  # noqa: F401,F811  (fixtures)


@pytest.mark.parametrize("page", list(PAGES))
def test_filters_matching_nothing_show_the_empty_state(page):
    at = _run(page, {"q": "zzzz-introuvable-zzzz"})
    assert not at.exception
    assert any("Aucun post" in i.value for i in at.info)
    assert len(at.get("plotly_chart")) == 0
