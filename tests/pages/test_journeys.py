"""Three people's journeys in a real browser (Debian's chromium via Playwright), accounts on as with `make serve`.

A CENI officer finds a region where boycott calls outnumber calls to vote and opens its posts; a journalist checks
the posts behind a tone figure and exports them; a party adviser compares two parties and downloads the report.
Screenshots go to test-output/journeys/. Skipped when chromium or playwright is missing.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest

from analysis import accounts
from analysis.aggregate import participation
from analysis.filters import PRESETS, Filters
from analysis.store import Store
from tests.browser_helpers import (CHROMIUM, CHROMIUM_ARGS, ROOT, missing_prerequisite, plot_drawn, streamlit_server,
                                   wait_for_app)

pytestmark = pytest.mark.browser
OUT = ROOT / "test-output" / "journeys"
PASSWORD = "parcours-de-test"


@pytest.fixture(scope="module")
def shared_store(demo_db, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("journeys") / "vigie.duckdb"
    db.write_bytes(demo_db.read_bytes())
    for name in ("ceni", "journaliste", "conseiller"):
        accounts.add_user(db, name, "viewer", PASSWORD)
    return db


@pytest.fixture(scope="module")
def browser(shared_store):
    reason = missing_prerequisite()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ["VIGIE_AUTH"] = "1"
    try:
        with streamlit_server(shared_store, OUT / "streamlit.log") as base, sync_playwright() as pw:
            chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield base, chromium
            chromium.close()
    finally:
        del os.environ["VIGIE_AUTH"]


def _signed_in(browser, name: str, path: str = "/"):
    """Opens a link (a new browser session asks for the login first; the link's view follows)."""
    base, chromium = browser
    page = chromium.new_page(viewport={"width": 1400, "height": 1000}, locale="fr-FR", accept_downloads=True)
    page.set_default_timeout(60000)
    page.goto(base + path)
    page.get_by_label("Nom d'utilisateur").fill(name)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_selector('h1:not(:has-text("Connexion"))')
    wait_for_app(page)
    return base, page


def _shot(page, name: str) -> None:
    page.wait_for_timeout(300)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)


# Streamlit's own English a French-speaking user could meet on these journeys (visible text only: our stylesheet
# hides the uploader's and the text fields' English, which then no longer counts as seen)
ENGLISH = ("Choose options", "Choose an option", "View less", r"View \d+ more", "Browse files", "Drag and drop",
           "per file", "Upload", "Press Enter", "None", "No results", "Select all")
# The text a person can see: text nodes whose element is visible and not shrunk to nothing by our stylesheet
SEEN_TEXT = """() => {
  const walker = document.createTreeWalker(document.querySelector('[data-testid="stApp"]'), NodeFilter.SHOW_TEXT);
  const seen = [];
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (el && el.checkVisibility() && getComputedStyle(el).fontSize !== '0px') seen.push(walker.currentNode.data);
  }
  return seen.join(' ');
}"""


def _no_error(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0
    seen = page.evaluate(SEEN_TEXT)
    assert [word for word in ENGLISH if re.search(rf"\b{word}\b", seen)] == []


def _boycott_view(db: Path) -> tuple[dict, str]:
    """A view (campaign period, platform) with a region where boycott calls outnumber calls to vote, as the
    officer would find it by trying the sidebar's periods and platforms; and that region."""
    with Store(db, read_only=True) as store:
        posts = store.load()
    views = [Filters()] + [Filters(date_from=a, date_to=b) for a, b in PRESETS.values()] + \
        [Filters(platforms=(p,)) for p in ("facebook", "twitter", "whatsapp", "telegram")]
    for view in views:
        table = participation.by_region(view.apply(posts))
        more = table[table["boycott"] > table["call_to_vote"]]
        if len(more):
            return view.to_params(), str(more.sort_values("boycott")["region"].iloc[-1])
    raise AssertionError("no view of the demo where boycott calls outnumber calls to vote")


def test_ceni_officer_finds_where_boycott_outnumbers_the_vote_and_opens_the_posts(browser, shared_store):
    params, region = _boycott_view(shared_store)
    # the server's first visit, by a link: the page comes through app.py (the viewer's page list, "Accueil" first)
    base, page = _signed_in(browser, "ceni", f"/Participation?{urlencode(params, doseq=True)}")
    plot_drawn(page)
    listed = [t.strip().splitlines()[-1] for t in page.locator('[data-testid="stSidebarNav"] a').all_inner_texts()]
    assert listed[0] == "Accueil" and "Participation" in listed and "Alertes" not in listed and "app" not in listed
    _shot(page, "1_ceni_participation")
    page.locator('[data-testid="stSelectbox"]', has_text="Ou choisir une zone").first.click()
    page.keyboard.type(region)
    page.keyboard.press("Enter")
    page.locator('h3:has-text("Posts derrière la sélection")').first.wait_for()
    wait_for_app(page)
    assert page.locator(f'[data-testid="stCaptionContainer"]:has-text("{region}")').count() >= 1
    assert page.locator('[data-testid="stDataFrame"]').count() >= 1
    _shot(page, "1_ceni_posts_region")
    _no_error(page)
    page.close()


def test_journalist_checks_the_posts_behind_a_tone_figure_and_exports_them(browser):
    base, page = _signed_in(browser, "journaliste")
    _shot(page, "2_journaliste_accueil")
    page.locator('[data-testid="stSidebarNav"] a', has_text="Sentiment").first.click()
    wait_for_app(page)
    plot_drawn(page)
    bars = page.locator(".js-plotly-plot .barlayer .point path")
    assert bars.count() > 0
    bars.nth(bars.count() // 2).click(force=True)
    heading = page.locator('h3:has-text("Posts derrière la sélection")').first
    heading.wait_for()
    wait_for_app(page)
    _shot(page, "2_journaliste_posts_du_ton")
    with page.expect_download() as download:
        page.locator('[data-testid="stDownloadButton"] button', has_text="Télécharger").last.click()
    saved = OUT / "2_journaliste_export.csv"
    download.value.save_as(saved)
    exported = saved.read_text(encoding="utf-8-sig")
    assert exported.count("\n") >= 2
    header = exported.splitlines()[0].split(",")
    assert "url" not in header and "author_id" not in header and "http" not in exported  # a viewer's export
    _no_error(page)
    page.close()


def test_party_adviser_compares_two_parties_and_downloads_the_report(browser):
    base, page = _signed_in(browser, "conseiller", "/Comparer_les_partis?party=URD&party=RPM")
    plot_drawn(page)
    _shot(page, "3_conseiller_comparaison")
    page.locator('[data-testid="stSidebar"] summary', has_text="Rapport").first.click()
    with page.expect_download(timeout=120000) as download:
        page.locator('[data-testid="stSidebar"] [data-testid="stDownloadButton"] button').first.click()
    saved = OUT / "3_conseiller_rapport.pdf"
    download.value.save_as(saved)
    data = saved.read_bytes()
    assert data.startswith(b"%PDF-") and len(re.findall(rb"/Type\s*/Page(?![s\w])", data)) >= 3
    _no_error(page)
    page.close()
