"""A real browser (Debian's chromium through Playwright) on a running `streamlit run app.py`.

Opens every page on the small demo store, checks that no error box shows and that the charts and the map
draw (SVG or canvas), clicks a bar of the overview chart through to the posts behind it, and saves a
screenshot of each page under test-output/browser/. Skipped when chromium or playwright is missing.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser_helpers import (CHROMIUM, CHROMIUM_ARGS, ROOT, missing_prerequisite, page_url, plot_drawn,
                                   streamlit_server, wait_for_app)

pytestmark = pytest.mark.browser
OUT = ROOT / "test-output" / "browser"
PAGES = sorted(p.name for p in (ROOT / "pages").glob("*.py"))
# Pages that must draw at least one chart on the demo store, and the map page (drawn on a canvas).
CHART_PAGES = {"1_Vue_d_ensemble.py", "2_Sentiment.py", "3_Thèmes.py", "4_Participation.py",
               "5_Comparer_les_partis.py", "6_Carte.py"}
MAP_PAGE = "6_Carte.py"


@pytest.fixture(scope="module")
def browser_page(demo_db):
    reason = missing_prerequisite()
    if reason and os.environ.get("CI"):
        pytest.fail(f"browser test cannot run in CI: {reason}")  # .ci/run installs chromium
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright
    OUT.mkdir(parents=True, exist_ok=True)
    with streamlit_server(demo_db, OUT / "streamlit.log") as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="fr-FR")
        page.set_default_timeout(60000)
        try:
            yield base, page
        finally:
            browser.close()


def _open(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def _errors(page) -> list[str]:
    """First line of each error box (the exception's type and message)."""
    return [text.strip().splitlines()[0] for text in page.locator('[data-testid="stException"]').all_inner_texts()]


def _shot(page, name: str) -> None:
    """The whole page: Streamlit scrolls inside its main block, so the window is made as tall as it."""
    height = page.evaluate("() => (document.querySelector('[data-testid=\"stMain\"]') || document.body).scrollHeight")
    page.set_viewport_size({"width": 1400, "height": max(1000, min(int(height), 9000))})
    page.wait_for_timeout(400)
    page.screenshot(path=str(OUT / f"{Path(name).stem}.png"))
    page.set_viewport_size({"width": 1400, "height": 1000})


def test_home_page_shows_without_error(browser_page):
    base, page = browser_page
    _open(page, base + "/")
    _shot(page, "0_app")
    assert not _errors(page)
    assert page.locator("h1").count() >= 1


@pytest.mark.parametrize("name", PAGES)
def test_every_page_draws_without_error(browser_page, name):
    base, page = browser_page
    _open(page, page_url(base, name))
    _shot(page, name)
    assert not _errors(page), _errors(page)
    assert page.locator("h1").count() >= 1
    if name in CHART_PAGES:
        assert plot_drawn(page) >= 1
    if name == MAP_PAGE:
        page.wait_for_selector(".js-plotly-plot canvas")


def test_a_click_on_an_overview_bar_shows_the_posts_behind_it(browser_page):
    base, page = browser_page
    _open(page, page_url(base, "1_Vue_d_ensemble.py"))
    plot_drawn(page)
    bars = page.locator(".js-plotly-plot").first.locator(".barlayer .point path")
    assert bars.count() > 0
    bars.nth(bars.count() - 1).click(force=True)  # the last day's top bar: large enough to hit
    heading = page.locator('h3:has-text("Posts derrière la sélection")')
    heading.wait_for()
    wait_for_app(page)
    assert page.locator('[data-testid="stDataFrame"]').count() >= 1
    _shot(page, "1_Vue_d_ensemble_selection")
    assert not _errors(page)


def test_a_click_on_a_share_of_voice_point_shows_its_posts(browser_page):
    base, page = browser_page
    _open(page, page_url(base, "5_Comparer_les_partis.py"))
    plot_drawn(page)
    points = page.locator(".js-plotly-plot").first.locator(".scatterlayer .points path")
    assert points.count() > 0
    points.nth(points.count() // 2).click(force=True)
    page.locator('h3:has-text("Posts derrière la sélection")').wait_for()
    wait_for_app(page)
    _shot(page, "5_Comparer_les_partis_selection")
    assert not _errors(page)
    # the link hands the selection over to the Posts page, filters included
    href = page.locator('a:has-text("Ouvrir ces posts")').first.get_attribute("href")
    _open(page, href if href.startswith("http") else f"{base}/{href.lstrip('/')}")
    page.locator('text=Sélection venue d\'un graphique').first.wait_for()
    assert page.locator('[data-testid="stDataFrame"]').count() >= 1
    _shot(page, "7_Posts_from_selection")
    assert not _errors(page)


# What a person reads in an element: its ::after text when our stylesheet shrank its own text to nothing.
SEEN_TEXT = """(el) => {
  const own = getComputedStyle(el), after = getComputedStyle(el, '::after').content;
  const replaced = own.fontSize === '0px' && after && after !== 'none';
  return replaced ? after.replace(/^"|"$/g, '') : el.innerText;
}"""


def _seen(locator) -> str:
    return locator.evaluate(SEEN_TEXT)


def test_the_file_uploaders_speak_french(browser_page):
    base, page = browser_page
    _open(page, page_url(base, "0_Données.py"))
    zones = page.locator('[data-testid="stFileUploaderDropzone"]')
    assert zones.count() == 2  # the exports and the actors list
    for i in range(zones.count()):
        zone = zones.nth(i)
        assert _seen(zone.locator('button [data-testid="stMarkdownContainer"] p')) == "Parcourir"
        instructions = _seen(zone.locator('[data-testid="stFileUploaderDropzoneInstructions"] span').first)
        assert instructions.startswith("Glissez-déposez vos fichiers ici") and "Mo max. par fichier" in instructions
    # the line shown while files are dragged over the zone
    dragged = page.evaluate_handle("() => { const d = new DataTransfer(); "
                                   "d.items.add(new File(['x'], 'a.csv', {type: 'text/csv'})); return d; }")
    zones.first.dispatch_event("dragenter", {"dataTransfer": dragged})
    overlay = zones.first.locator("> div:not([data-testid]) > span")
    overlay.wait_for(state="attached")
    assert _seen(overlay) == "Déposez vos fichiers ici"
    zones.first.screenshot(path=str(OUT / "0_Données_uploader_drag.png"))


def test_the_page_list_is_whole_and_in_french(browser_page):
    base, page = browser_page
    _open(page, base + "/")
    nav = page.locator('[data-testid="stSidebarNav"]')
    assert nav.locator('[data-testid="stSidebarNavViewButton"]').count() == 0  # no folded list ("View 5 more")
    names = [text.strip().splitlines()[-1] for text in nav.locator("a").all_inner_texts()]  # after the icon's name
    assert names[0] == "Accueil" and len(names) == len(PAGES) + 1


def test_the_hint_under_a_text_field_is_french(browser_page):
    base, page = browser_page
    _open(page, page_url(base, "7_Posts.py"))
    field = page.get_by_label("Rechercher dans ces posts")
    field.fill("boycott")  # typed, not yet applied: Streamlit shows its hint
    hint = page.locator('[data-testid="stTextInput"] [data-testid="InputInstructions"] > span').first
    hint.wait_for(state="attached")  # its own text has no size: playwright calls it hidden
    assert _seen(hint) == "Entrée pour valider"


def test_a_multiple_choice_list_speaks_french(browser_page):
    base, page = browser_page
    _open(page, page_url(base, "5_Comparer_les_partis.py"))
    page.locator('[data-testid="stMain"] [data-testid="stMultiSelect"]').first.click()
    dropdown = page.locator('[data-testid="stMultiSelectDropdown"]')
    assert _seen(dropdown.locator('[data-key="__select_all__"] [data-item-hl]')) == "Tout sélectionner"
    page.keyboard.type("zzzz")  # nothing matches: the list's empty line
    empty = dropdown.locator('[role="listbox"][data-empty] > [role="option"] > span')
    empty.wait_for(state="attached")
    assert _seen(empty) == "Aucun choix disponible"
    page.keyboard.press("Escape")
