"""The Climat page: an empty state without hostility annotations, the figures and posts once they exist.

The hostility columns are added to a copy of the demo store as the annotation will write them (the
integration declares them in the schema); hostile posts here are those a few hostile words mark.
"""
import json
import shutil
from pathlib import Path

import duckdb
import pytest

from analysis import schema
from tests.apptest_helpers import fresh_caches, run_page

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "pages" / "11_Climat.py"
HOSTILE = "text ILIKE '%voleurs%' OR text ILIKE '%chiens%' OR text ILIKE '%brûler%' OR text ILIKE '%rats%'"
THREAT = "text ILIKE '%brûler%' OR text ILIKE '%chasse%'"


def test_empty_state_without_hostility_column(demo_db, monkeypatch):
    monkeypatch.setenv("VIGIE_DB", str(demo_db))
    with fresh_caches():
        at = run_page(PAGE)
    assert not at.exception
    assert any("Pas encore d'annotation d'hostilité" in i.value for i in at.info)


@pytest.fixture
def hostile_store(demo_db, tmp_path, monkeypatch):
    path = tmp_path / "hostile.duckdb"
    shutil.copy(demo_db, path)
    with duckdb.connect(str(path)) as con:
        for column in ("hostility", "hostility_kind", "hostility_target"):
            con.execute(f"ALTER TABLE annotations ADD COLUMN {column} VARCHAR DEFAULT ''")
        con.execute(f"UPDATE annotations SET hostility = CASE WHEN post_id IN (SELECT post_id FROM posts WHERE {HOSTILE})"
                    " THEN 'hostile' ELSE 'not_hostile' END")
        con.execute(f"UPDATE annotations SET hostility_kind = 'threat' WHERE post_id IN (SELECT post_id FROM posts WHERE"
                    f" ({HOSTILE}) AND ({THREAT}))")
    extra = tuple(schema.Column(n, d, n) for n, d in (("hostility", "str"), ("hostility_kind", "list"),
                                                      ("hostility_target", "list")))
    monkeypatch.setattr(schema, "ANNOTATION_COLUMNS", schema.ANNOTATION_COLUMNS + extra)
    monkeypatch.setenv("VIGIE_DB", str(path))
    with fresh_caches():
        yield path


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
