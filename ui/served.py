"""Charts served from the store's pre-computed aggregates (analysis/store_aggregates.py), shared by every session.

`figure(served_fn, frame_fn, posts, filters, *args)` answers from the aggregates when they are fresh and the
filters allow it (no free-text search), else from the posts frame with the frame-based twin: both give the same
tidy frame (tests/aggregate/test_cube.py). Below VIGIE_AGGREGATES_FROM posts (default 2,000,000) the frame's
bincounts are as fast as the SQL (measured at 1M in benchmarks/bench_scale_pages.py and bench_pages.py), so
smaller stores keep the frame path; VIGIE_AGGREGATES=0 always computes from the frame.
"""
from __future__ import annotations

import os

import streamlit as st

from analysis.aggregate import cube
from analysis.filters import Filters
from analysis.store import Store
from analysis.store_aggregates import Snapshot
from ui import shared
from ui.state import db_path, stamp


SERVE_FROM = 2_000_000


@st.cache_resource(show_spinner=False, max_entries=2)
def _snapshot(path: str, mtime: float, serve_from: int) -> Snapshot | None:
    """The aggregates of this version of the store, copied in memory once (None when stale, missing, or the store
    is small enough for the frame)."""
    with Store(path, read_only=True) as store:
        if not store.aggregates_fresh() or store.count_posts() < serve_from:
            return None
        return Snapshot(store.aggregate_tables())


def snapshot() -> Snapshot | None:
    return snapshot_at(*stamp()) if db_path().exists() else None


def snapshot_at(path: str, mtime: float) -> Snapshot | None:
    """The aggregates of that version of the store (None when the frame serves it)."""
    if os.environ.get("VIGIE_AGGREGATES", "1") == "0":
        return None
    return _snapshot(path, mtime, serve_from())


def serve_from() -> int:
    """The number of posts from which the store is served from its aggregates (VIGIE_AGGREGATES_FROM)."""
    return int(os.environ.get("VIGIE_AGGREGATES_FROM", SERVE_FROM))


def query_for(filters: Filters):
    """The aggregates' query function for these filters, or None when they must be computed from the posts."""
    return snapshot() if cube.servable(filters) else None


def figure(served_fn, frame_fn, posts, filters: Filters, *args, **kwargs):
    """served_fn(query, filters, ...) from the aggregates when possible, else frame_fn(posts, ...), computed once
    for every session showing the same posts (ui.shared)."""
    query = query_for(filters)
    if query is None:
        return shared.memo(frame_fn, posts, *args, **kwargs)
    return served_fn(query, filters, *args, **kwargs)
