"""Large-store mode: from VIGIE_AGGREGATES_FROM posts on (with fresh aggregates) no page loads the posts frame.

The sidebar's choices and the charts come from the aggregates' in-memory copy (ui.served); the posts a user asks
to see come one page at a time by SQL (analysis/aggregate/cube_posts.py) from the store, opened read-only for
each query so the command line can still write. Pages that work on every post say so instead (unavailable).
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate import cube, cube_options, cube_parties, cube_posts
from analysis.filters import Filters
from analysis.store import Store, StoreLockedError
from analysis.validation import fields, store_sampling
from ui import served
from ui.state import db_path, stamp


def active() -> bool:
    """True when the store is served from its aggregates (fresh, and at least the threshold of posts); False
    while a job holds the store (the frame path then shows what was loaded before, or says the store is busy)."""
    try:
        return served.snapshot() is not None
    except StoreLockedError:
        return False


def limit() -> int:
    return served.serve_from()


def store_query(sql: str, params=None):
    """One read-only query on the store itself (posts, annotations, agg_post_keys)."""
    with Store(db_path(), read_only=True) as store:
        return store.query(sql, params)


@st.cache_resource(show_spinner=False, max_entries=2)
def _facts(path: str, mtime: float) -> tuple[bool, int]:
    with Store(path, read_only=True) as store:
        return store.is_demo(), store.count_posts()


@st.cache_resource(show_spinner=False, max_entries=2)
def _public_accounts(path: str, mtime: float) -> frozenset[str]:
    with Store(path, read_only=True) as store:
        return frozenset(store.actors()["account"].astype(str))


def public_accounts() -> frozenset[str]:
    """The listed public actors' accounts (their names are shown; others get pseudonyms), read once."""
    return _public_accounts(*stamp())


def imports():
    """The import history, read alone (a few rows)."""
    with Store(db_path(), read_only=True) as store:
        return store.imports()


def facts() -> tuple[bool, int]:
    """(is_demo, number of posts) of this version of the store, read once."""
    return _facts(*stamp())


def choices() -> cube_options.Choices:
    return cube_options.choices(served.snapshot())


def count(filters: Filters) -> int:
    """The posts under the filters: from the aggregates, or from the posts' keys for a free-text search."""
    if cube.servable(filters):
        return cube.total_posts(served.snapshot(), filters)
    return count_where(*cube_posts.where(filters))     # a search: one scan of the folded texts, no search cube


@st.cache_data(show_spinner=False, max_entries=64)
def _count_where(path: str, mtime: float, sql: str, params: tuple) -> int:
    return cube_posts.count(store_query, sql, list(params))


def count_where(sql: str, params: list) -> int:
    """The posts under a cube_posts.where clause, by SQL, kept per store version: a search reads every post's
    folded text, and the caption and the Posts page ask for the same count."""
    return _count_where(*stamp(), sql, tuple(params))


def span(filters: Filters) -> tuple[str, str]:
    """First and last day (ISO) of the posts under the filters, from the aggregates."""
    row = served.answer(_span, filters).iloc[0]      # for a search, over the aggregates of the posts it finds
    return str(row["first"])[:10], str(row["last"])[:10]


def _span(query, filters: Filters) -> pd.DataFrame:
    sql, params = cube.where(filters)
    return query(f"SELECT min(day) AS first, max(day) AS last FROM agg_posts WHERE posts > 0 AND {sql}", params)


@st.cache_data(show_spinner=False, max_entries=64)
def _account_figures(path: str, mtime: float, filters: Filters, n: int):
    return cube_posts.account_figures(store_query, filters, n)


def account_figures(filters: Filters, n: int = 15):
    """(distinct accounts, most active accounts) under the filters: one pass over the posts' keys, kept per
    filters and store version (the only figures of the overview that the aggregates cannot give)."""
    accounts, top = _account_figures(*stamp(), filters, n)
    return accounts, top.copy()


@st.cache_data(show_spinner=False, max_entries=32)
def _party_accounts(path: str, mtime: float, filters: Filters, parties: tuple[str, ...]):
    return cube_parties.accounts(store_query, filters, list(parties))


def party_accounts(filters: Filters, parties: list[str]) -> dict:
    """The Comparer page's most active accounts for and about each party (side -> frame): one pass over the posts'
    keys, kept per filters, parties and store version."""
    return {side: frame.copy() for side, frame in _party_accounts(*stamp(), filters, tuple(parties)).items()}


@st.cache_resource(show_spinner=False, max_entries=2)
def _corpus_summary(path: str, mtime: float) -> dict:
    with Store(path, read_only=True) as store:
        return cube_posts.corpus_summary(store.query)


def corpus_summary() -> dict:
    """The Méthode page's posts and annotated share, from the posts' keys, once per store version."""
    return _corpus_summary(*stamp())


@st.cache_resource(show_spinner=False, max_entries=8)
def _some_posts(path: str, mtime: float, ids: tuple[str, ...]):
    with Store(path, read_only=True) as store:
        return store.load_some(list(ids))


def some_posts(ids) -> pd.DataFrame:
    """The frame's rows of a few posts (the one on the desk), read by their keys, kept per store version."""
    return _some_posts(*stamp(), tuple(sorted({str(i) for i in ids})))


def machine_rows(ids, field: str) -> pd.DataFrame:
    """post_id and the field's annotation column of a few posts (the labelled ones), read by their keys."""
    return store_sampling.machine_rows(store_query, sorted({str(i) for i in ids}), fields.get(field))


@st.cache_resource(show_spinner=False, max_entries=2)
def _alert_hours(path: str, mtime: float, _snapshot) -> pd.DataFrame:
    return _snapshot("SELECT * FROM agg_alert_hours")


def alert_hours() -> pd.DataFrame:
    """The alert rules' inputs per hour (agg_alert_hours: the frame's columns, `posts` per row), read once."""
    return _alert_hours(*stamp(), served.snapshot())

