"""Shared fixtures: a small demo store built once per test session."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
os.environ["VIGIE_STRICT_STRINGS"] = "1"   # an unknown string key fails a test instead of showing itself


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A 3,000-post demo store (seed 7), annotated when the annotator is available."""
    from analysis.demo import corpus as demo
    path = tmp_path_factory.mktemp("store") / "demo.duckdb"
    demo.write(path, n_posts=3000, seed=7)
    try:
        from analysis.annotate import pipeline as annotate
    except ImportError:
        return path
    annotate.annotate_store(str(path), workers=1)
    return path


@pytest.fixture(scope="module")
def on_demo_store(demo_db):
    """The dashboard reads the annotated demo store, with fresh caches, for one test module."""
    from tests.apptest_helpers import fresh_caches
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VIGIE_DB", str(demo_db))
        with fresh_caches():
            yield demo_db
