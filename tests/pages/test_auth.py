"""Accounts in the dashboard (VIGIE_AUTH=1): nothing shown before login, roles hide and refuse, sessions expire."""
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis import accounts
from tests.apptest_helpers import fresh_caches

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mot-de-passe-solide"


@pytest.fixture(autouse=True)
def _shared(demo_db, tmp_path, monkeypatch):
    """A copy of the demo store with three accounts (the accounts file sits beside the store)."""
    db = tmp_path / "vigie.duckdb"
    db.write_bytes(demo_db.read_bytes())
    for name, role in (("ada", "admin"), ("ana", "analyst"), ("vic", "viewer")):
        accounts.add_user(db, name, role, PASSWORD)
    monkeypatch.setenv("VIGIE_DB", str(db))
    monkeypatch.setenv("VIGIE_AUTH", "1")
    with fresh_caches():
        yield db


def _app(page: str = "app.py", user: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    if user:
        at.session_state["vigie_user"] = {**user, "last_seen": datetime.now(timezone.utc)}
    return at.run()


def _shows_data(at: AppTest) -> bool:
    return bool(at.metric or at.get("plotly_chart") or at.dataframe or at.get("download_button")
                or any("n = " in c.value for c in at.caption))


@pytest.mark.parametrize("page", ["app.py", "pages/1_Vue_d_ensemble.py", "pages/7_Posts.py", "pages/0_Données.py",
                                  "pages/6_Carte.py"])
def test_before_login_only_the_login_form_is_sent(page):
    at = _app(page)
    assert not at.exception, [e.message for e in at.exception]
    assert [t.value for t in at.title] == ["Connexion"]
    assert not _shows_data(at)
    assert not any("synthétiques" in w.value for w in at.warning)  # not even the demo banner


def test_the_right_password_opens_the_dashboard_and_is_audited(_shared):
    at = _app()
    at.text_input(key="login_name").input("vic")
    at.text_input(key="login_password").input(PASSWORD)
    at.button[0].click().run()
    assert not at.exception, [e.message for e in at.exception]
    assert at.metric and any("n = " in c.value for c in at.caption)
    assert ("vic", "login", "ok") in set(zip(*(accounts.audit(_shared)[c] for c in ("user_name", "action", "detail"))))


def test_a_wrong_password_shows_no_data():
    at = _app()
    at.text_input(key="login_name").input("vic")
    at.text_input(key="login_password").input("pas le bon")
    at.button[0].click().run()
    assert any("incorrect" in e.value for e in at.error)
    assert not _shows_data(at)


def test_an_idle_session_expires():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.session_state["vigie_user"] = {"name": "vic", "role": "viewer",
                                      "last_seen": datetime.now(timezone.utc) - timedelta(hours=2)}
    at.run()
    assert any("expiré" in w.value for w in at.warning)
    assert not _shows_data(at)


def test_a_viewer_sees_no_import_and_no_audit_an_admin_sees_both():
    viewer = _app("pages/0_Données.py", {"name": "vic", "role": "viewer"})
    assert not viewer.exception and not viewer.get("file_uploader")
    assert not any("audit" in s.value for s in viewer.subheader)
    admin = _app("pages/0_Données.py", {"name": "ada", "role": "admin"})
    assert not admin.exception, [e.message for e in admin.exception]
    assert admin.get("file_uploader") and any("audit" in s.value for s in admin.subheader)


def test_the_navigation_hides_the_analysts_pages_from_a_viewer(tmp_path, monkeypatch):
    import ui.navigation as navigation
    for name in ("1_Vue_d_ensemble.py", "10_Validation.py", "13_Alertes.py"):
        (tmp_path / name).write_text("")
    monkeypatch.setattr(navigation, "PAGES_DIR", tmp_path)
    monkeypatch.setattr(navigation.auth, "role", lambda: "viewer")
    assert [p.name for p in navigation.page_files()] == ["1_Vue_d_ensemble.py"]
    monkeypatch.setattr(navigation.auth, "role", lambda: "analyst")
    assert [p.name for p in navigation.page_files()] == ["1_Vue_d_ensemble.py", "10_Validation.py", "13_Alertes.py"]


def _action_script():
    """Runs an admin action as a viewer, as a forged request would: the action itself must refuse."""
    import pandas as pd
    import streamlit as st
    from ui import auth, jobs, store_actions
    for name, action in (("actors", lambda: store_actions.add_actors(pd.DataFrame({"account": ["x"]}))),
                         ("annotate", jobs.start_annotation), ("audit", lambda: auth.require("audit"))):
        try:
            action()
            st.write(f"done {name}")
        except auth.Refused as exc:
            st.write(f"refused {name}: {exc}")


@pytest.mark.parametrize("role, expected", [("viewer", "refused"), ("analyst", "refused")])
def test_actions_are_refused_server_side(role, expected, _shared):
    at = AppTest.from_function(_action_script, default_timeout=60)
    at.session_state["vigie_user"] = {"name": "x", "role": role, "last_seen": datetime.now(timezone.utc)}
    at.run()
    written = [m.value for m in at.markdown]
    assert written and all(w.startswith(expected) for w in written), written
    assert not (_shared.with_name("vigie.jobs")).exists()  # no job was started
