"""Charts served from the store's pre-computed aggregates (analysis/store_aggregates.py), shared by every session.

`figure(served_fn, frame_fn, posts, filters, *args)` answers from the aggregates when they are fresh and the
filters allow it (no free-text search), else from the posts frame with the frame-based twin: both give the same
tidy frame (tests/aggregate/test_cube.py). Set VIGIE_AGGREGATES=0 to always compute from the frame.
"""
from __future__ import annotations

import os

import streamlit as st

from analysis.aggregate import cube
from analysis.filters import Filters
from analysis.store import Store
from analysis.store_aggregates import Snapshot
from ui.state import db_path


@st.cache_resource(show_spinner=False, max_entries=2)
def _snapshot(path: str, mtime: float) -> Snapshot | None:
    """The aggregates of this version of the store, copied in memory once (None when stale or missing)."""
    with Store(path, read_only=True) as store:
        if not store.aggregates_fresh():
            return None
        return Snapshot(store.aggregate_tables())


def snapshot() -> Snapshot | None:
    path = db_path()
    if os.environ.get("VIGIE_AGGREGATES", "1") == "0" or not path.exists():
        return None
    return _snapshot(str(path), path.stat().st_mtime)


def query_for(filters: Filters):
    """The aggregates' query function for these filters, or None when they must be computed from the posts."""
    return snapshot() if cube.servable(filters) else None


def figure(served_fn, frame_fn, posts, filters: Filters, *args, **kwargs):
    """served_fn(query, filters, ...) from the aggregates when possible, else frame_fn(posts, ...)."""
    query = query_for(filters)
    if query is None:
        return frame_fn(posts, *args, **kwargs)
    return served_fn(query, filters, *args, **kwargs)
