"""Shared set-up of the Sentiment, Thèmes, Participation and Carte page tests: a demo store with stand-in tones."""
import shutil
from pathlib import Path
import duckdb
import pytest
from streamlit.testing.v1 import AppTest
from analysis.filters import Filters
from tests.apptest_helpers import fresh_caches, run_page
from tests.chart_data import traces

ROOT = Path(__file__).resolve().parents[2]


PAGES = {"sentiment": "pages/2_Sentiment.py", "themes": "pages/3_Thèmes.py",
         "participation": "pages/4_Participation.py", "map": "pages/6_Carte.py"}


@pytest.fixture(scope="module")
def toned_db(demo_db, tmp_path_factory) -> Path:
    """The demo store, with a deterministic stand-in tone wherever the sentiment analyser left none."""
    path = tmp_path_factory.mktemp("pages_a") / "demo.duckdb"
    shutil.copy(demo_db, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE annotations SET sentiment = (hash(post_id) % 2001) / 1000.0 - 1.0 WHERE sentiment IS NULL")
    con.execute("""UPDATE annotations SET party_tone = array_to_string(list_transform(string_split(parties, ';'),
                   lambda x: x || ':' || printf('%.2f', (hash(post_id || x) % 201) / 100.0 - 1.0)), ';')
                   WHERE parties <> '' AND (party_tone IS NULL OR party_tone = '')""")
    con.close()
    return path


@pytest.fixture(autouse=True)
def _store(toned_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(toned_db))
    with fresh_caches():
        yield


def _posts(toned_db, params: dict):
    from analysis.store import Store
    with Store(str(toned_db), read_only=True) as store:
        posts = store.load()
    return Filters.from_params(params).apply(posts)


def _run(page: str, params: dict | None = None) -> AppTest:
    return run_page(ROOT / PAGES[page], params)


def _chart(at: AppTest, key: str) -> list[dict]:
    """Traces of the chart drawn with that key (Streamlit ends a keyed element's id with its key)."""
    return traces(next(c for c in at.get("plotly_chart") if c.proto.id.endswith(f"-{key}")))
