"""Shared set-up of the Comparer les partis, Posts and Méthode page tests: the demo store, a store with hostile text."""
from pathlib import Path
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest
from analysis.store import Store
from tests.apptest_helpers import fresh_caches, run_page
from tests.chart_data import traces

ROOT = Path(__file__).resolve().parents[2]


COMPARE, POSTS, METHOD = "pages/5_Comparer_les_partis.py", "pages/7_Posts.py", "pages/14_Méthode.py"


HOSTILE = "<script>alert(1)</script> **gras** [lien](http://x) `code` # titre"


@pytest.fixture(autouse=True)
def _store(demo_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    with fresh_caches():
        yield


@pytest.fixture(scope="module")
def all_posts(demo_db):
    with Store(str(demo_db), read_only=True) as store:
        return store.load()


def _run(page: str, params: dict | None = None) -> AppTest:
    return run_page(ROOT / page, params)


def _ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.message for e in at.exception]
    return at


def _share_chart(at: AppTest) -> dict[str, list[float]]:
    return {t["name"]: list(t["y"]) for t in traces(at.get("plotly_chart")[0]) if t.get("mode") == "lines+markers"}


@pytest.fixture()
def hostile_db(tmp_path, monkeypatch):
    from analysis.demo import corpus as demo
    path = tmp_path / "hostile.duckdb"
    demo.write(path, n_posts=200, seed=3)
    post = pd.DataFrame([{"post_id": "facebook:hostile-1", "platform": "facebook", "author_id": "x1",
                          "author_name": "**Auteur** <i>", "created_at": pd.Timestamp("2020-03-20T10:00Z"),
                          "text": HOSTILE, "likes": 5}])
    with Store(str(path)) as store:
        store.add_posts(post)
    monkeypatch.setenv("VIGIE_DB", str(path))
    return path
