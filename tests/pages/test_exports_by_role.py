"""Exports by role, server-side: the CSV a download builds (ui.widgets.csv_bytes, the callable every CSV button of
the pages runs) and the report take the role of the user captured when the button was drawn; a viewer's tables
on screen follow the same rule. On the demo store, where most posts have a link."""
from datetime import datetime, timezone
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis import accounts
from analysis.filters import Filters
from analysis.privacy import display_authors
from analysis.store import Store
from ui import auth, report, widgets

ROOT = Path(__file__).resolve().parents[2]
SALT = "sel-de-test"
VIEWER, ANALYST = {"name": "vic", "role": "viewer"}, {"name": "ana", "role": "analyst"}


@pytest.fixture(scope="module")
def demo(on_demo_store):
    with Store(on_demo_store, read_only=True) as store:
        posts, actors = store.load(), store.actors()
    return posts.head(300), set(actors["account"].astype(str))


def _private(posts, public):
    """Posts of private individuals whose name no listed public actor also bears (the demo repeats names)."""
    names = display_authors(posts[["author_id", "author_name"]], public, SALT)
    private = names != posts["author_name"].astype(str)
    public_names = set(posts.loc[~private, "author_name"].astype(str))
    return posts[private & ~posts["author_name"].astype(str).isin(public_names)]


def test_a_viewers_posts_csv_has_no_link_no_account_id_and_no_private_name(demo):
    posts, public = demo
    data = widgets.csv_bytes(posts, VIEWER, public, SALT, "test").decode("utf-8-sig")
    private = _private(posts, public)
    urls = posts["url"].dropna()
    assert len(private) > 10 and len(urls) > 10
    assert "url" not in data.split("\n")[0] and not any(u in data for u in urls)
    assert not any(f",{a}," in data for a in private["author_id"].astype(str).head(50))
    assert not any(str(n) in data for n in private["author_name"].unique()[:50] if len(str(n)) > 6)
    assert "Compte-" in data


def test_an_analysts_posts_csv_keeps_links_and_ids(demo):
    posts, public = demo
    data = widgets.csv_bytes(posts, ANALYST, public, SALT, "test").decode("utf-8-sig")
    assert posts["url"].dropna().iloc[0] in data and str(posts["author_id"].iloc[0]) in data


def test_a_download_without_a_user_is_refused(demo):
    posts, public = demo
    with pytest.raises(auth.Refused):
        widgets.csv_bytes(posts, {}, public, SALT, "test")


def test_a_viewers_report_names_no_private_individual_and_links_no_post(demo):
    posts, public = demo
    html = report.report_bytes(posts, Filters(), True, "html", "fr", VIEWER, public, SALT).decode("utf-8")
    private = _private(posts, public)
    assert not any(u in html for u in posts["url"].dropna())
    assert not any(str(n) in html for n in private["author_name"].unique() if len(str(n)) > 6)


@pytest.fixture
def signed_in_viewer(on_demo_store, tmp_path, monkeypatch):
    db = tmp_path / "vigie.duckdb"
    db.write_bytes(Path(on_demo_store).read_bytes())
    accounts.add_user(db, "vic", "viewer", "mot-de-passe-solide")
    monkeypatch.setenv("VIGIE_DB", str(db))
    monkeypatch.setenv("VIGIE_AUTH", "1")
    return {**VIEWER, "last_seen": datetime.now(timezone.utc)}


def _run_as(user: dict, page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    at.session_state["vigie_user"] = dict(user)
    return at.run()


def test_a_viewer_sees_no_link_column_on_the_posts_page(signed_in_viewer):
    at = _run_as(signed_in_viewer, "pages/7_Posts.py")
    assert not at.exception, [e.message for e in at.exception]
    table = at.dataframe[0].value
    assert len(table) > 0 and "url" not in table.columns and "text" in table.columns
    assert not table.astype(str).apply(lambda c: c.str.startswith("http")).any().any()


def test_every_csv_button_of_the_pages_goes_through_the_role_aware_download():
    """A page that called to_csv_bytes itself would offer a viewer the links and ids (the labels export of the
    Validation desk is the one exception: the desk is for analysts, who may take them)."""
    sources = [*(ROOT / "pages").glob("*.py"), *(ROOT / "ui").glob("*.py"), ROOT / "app.py"]
    direct = sorted(p.name for p in sources if "to_csv_bytes" in p.read_text(encoding="utf-8"))
    assert direct == ["desk.py"]


def test_tables_offer_no_built_in_csv_download_that_would_bypass_the_role():
    import tomllib
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True
