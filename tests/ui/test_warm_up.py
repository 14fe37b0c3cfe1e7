"""While the login form waits, the store and the validation correctors load in the background (ui.setup)."""
import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analysis import accounts
from analysis.store import Store
from tests.apptest_helpers import fresh_caches
from ui import state, validation

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def signed_out(demo_db, tmp_path, monkeypatch):
    db = tmp_path / "vigie.duckdb"
    db.write_bytes(demo_db.read_bytes())
    accounts.add_user(db, "ana", "analyst", "mot-de-passe-solide")
    monkeypatch.setenv("VIGIE_DB", str(db))
    monkeypatch.setenv("VIGIE_AUTH", "1")
    with fresh_caches():
        yield db


def _warm_ups() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "vigie-warm-up"]


def test_the_login_form_starts_loading_the_store_once(signed_out, monkeypatch):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert [t.value for t in at.title] == ["Connexion"]
    for thread in _warm_ups():
        thread.join(60)
    assert not _warm_ups()

    def no_more_reads(*_):
        raise AssertionError("the store was read again: the warm-up did not fill the cache")
    monkeypatch.setattr(Store, "load", no_more_reads)
    monkeypatch.setattr(Store, "labels", no_more_reads)
    loaded, stale = state.load_at(*state.stamp())
    assert len(loaded.posts) == 3000 and not stale
    validation.warm(*state.stamp())                     # every corrector is cached too
    AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not _warm_ups()                               # the same store version is warmed once
