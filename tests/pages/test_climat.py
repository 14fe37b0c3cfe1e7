"""The Climat page: an empty state before annotation, the figures and posts of the annotated demo store."""
import json
from pathlib import Path

import duckdb
import pytest

from tests.apptest_helpers import fresh_caches, run_page

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "pages" / "11_Climat.py"


def test_empty_state_before_annotation(tmp_path, monkeypatch):
    from analysis import demo
    path = tmp_path / "raw.duckdb"
    demo.write(path, n_posts=300, seed=2)
    monkeypatch.setenv("VIGIE_DB", str(path))
    with fresh_caches():
        at = run_page(PAGE)
    assert not at.exception
    assert any("Pas encore d'annotation d'hostilité" in i.value for i in at.info)


@pytest.fixture
def hostile_store(demo_db, monkeypatch):
    """The annotated demo store: its hostility columns come from the analyser (the demo injects a surge)."""
    with duckdb.connect(str(demo_db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM annotations WHERE hostility = 'hostile'").fetchone()[0] > 0
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    with fresh_caches():
        yield demo_db


def test_hostility_over_time_and_the_posts_behind_a_point(hostile_store):
    at = run_page(PAGE)
    assert not at.exception, [e.message for e in at.exception]
    n_hostile = int(next(m.value for m in at.metric if m.label == "Posts hostiles"))
    assert n_hostile > 0
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert sum(p for trace in spec["data"] for p in (c[2] for c in trace["customdata"])) == n_hostile
    assert any("Cliquez sur un point" in i.value for i in at.info)


def test_by_region_draws_one_line_per_region(hostile_store):
    at = run_page(PAGE)
    at.radio(key="cl_by").set_value("region").run()
    assert not at.exception
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert 1 <= len([t for t in spec["data"] if t.get("mode") == "lines+markers"]) <= 5
