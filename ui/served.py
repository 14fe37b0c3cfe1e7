"""Charts served from the store's pre-computed aggregates (analysis/store_aggregates.py), shared by every session.

`figure(served_fn, frame_fn, posts, filters, *args)` answers from the aggregates when they are fresh (on a large
store, for a free-text search, from the aggregates of the posts it finds, built in memory once per search), else
from the posts frame with the frame-based twin: both give the same tidy frame (tests/aggregate/test_cube.py).
Below VIGIE_AGGREGATES_FROM posts (default 2,000,000) the frame's bincounts are as fast as the SQL (measured at 1M
in benchmarks/bench_scale_pages.py and bench_pages.py), so smaller stores keep the frame path; VIGIE_AGGREGATES=0
always computes from the frame.
"""
from __future__ import annotations

import os
import threading
from dataclasses import replace

import streamlit as st

from analysis import sentiment
from analysis.aggregate import cube
from analysis.filters import Filters
from analysis.search import search_fold
from analysis.store import Store
from analysis.store_aggregates import Snapshot, search_tables
from ui import shared
from ui.state import db_path, stamp, t


SERVE_FROM = 2_000_000


@st.cache_data(show_spinner=False, max_entries=16)
def _build(path: str, mtime: float, serve_from: int) -> int | None:
    """The build stamp of this version of the store's aggregates (None when stale, missing, or the store is small
    enough for the frame): a label saved changes the file's time, not the build."""
    with Store(path, read_only=True) as store:
        return store.aggregates_build() if store.count_posts() >= serve_from else None


# The copies in memory, (path, build, search) -> Snapshot, newest last: kept here rather than in Streamlit's
# caches, which a write from the dashboard empties (ui.validation.clear) although a saved label leaves the
# aggregates as they were; a new build has a new key. At most KEEP copies of the whole store, KEEP_SEARCHES of
# searches.
KEEP, KEEP_SEARCHES = 2, 8
_KEPT: dict[tuple, Snapshot] = {}
_KEPT_LOCK = threading.Lock()


def _kept(key: tuple, make) -> Snapshot:
    with _KEPT_LOCK:
        if key in _KEPT:
            _KEPT[key] = _KEPT.pop(key)
            return _KEPT[key]
    made = make()      # outside the lock, so that a search being built holds up no other page
    with _KEPT_LOCK:
        made = _KEPT.setdefault(key, made)   # two sessions that built it at once keep one copy
        for searched in (False, True):
            same_kind = [k for k in _KEPT if bool(k[2]) is searched]
            for old in same_kind[:max(0, len(same_kind) - (KEEP_SEARCHES if searched else KEEP))]:
                del _KEPT[old]
        return made


def _snapshot(path: str, build: int) -> Snapshot:
    """The aggregates of one build, copied in memory once for every session."""
    def make():
        with Store(path, read_only=True) as store:
            return Snapshot(store.aggregate_tables())
    return _kept((path, build, ""), make)


def snapshot() -> Snapshot | None:
    return snapshot_at(*stamp()) if db_path().exists() else None


def snapshot_at(path: str, mtime: float) -> Snapshot | None:
    """The aggregates of that version of the store (None when the frame serves it)."""
    if os.environ.get("VIGIE_AGGREGATES", "1") == "0":
        return None
    build = _build(path, mtime, serve_from())
    return None if build is None else _snapshot(path, build)


def serve_from() -> int:
    """The number of posts from which the store is served from its aggregates (VIGIE_AGGREGATES_FROM)."""
    return int(os.environ.get("VIGIE_AGGREGATES_FROM", SERVE_FROM))


def query_for(filters: Filters):
    """The aggregates' query function for these filters (with aggregate_filters(filters)): the whole store's, or on
    a large store for a free-text search the aggregates of the posts it finds; None when the frame serves them."""
    whole = snapshot()
    if whole is None or cube.servable(filters):
        return whole
    return search_snapshot(filters.q)


def aggregate_filters(filters: Filters) -> Filters:
    """The filters that query_for's tables still have to apply: the search is already in a search's tables."""
    return replace(filters, q="")


def answer(served_fn, filters: Filters, *args, **kwargs):
    """served_fn(query, filters, ...) on a large store: over the whole store's aggregates or a search's."""
    return served_fn(query_for(filters), aggregate_filters(filters), *args, **kwargs)


def _search_snapshot(path: str, build: int, folded: str) -> Snapshot:
    """The aggregates of the posts whose text holds `folded`, built once per search for every session."""
    def make():
        with st.spinner(t("large_searching")), Store(path, read_only=True) as store:   # a second or two at 10M
            keys = store.search_keys(folded)
            return Snapshot(search_tables(keys, sentiment.band()))
    return _kept((path, build, folded), make)


def search_snapshot(query: str) -> Snapshot:
    path, mtime = stamp()
    return _search_snapshot(path, _build(path, mtime, serve_from()), search_fold(query.strip()))


def figure(served_fn, frame_fn, posts, filters: Filters, *args, **kwargs):
    """served_fn(query, filters, ...) from the aggregates when possible, else frame_fn(posts, ...), computed once
    for every session showing the same posts (ui.shared)."""
    query = query_for(filters)
    if query is None:
        return shared.memo(frame_fn, posts, *args, **kwargs)
    return served_fn(query, aggregate_filters(filters), *args, **kwargs)
