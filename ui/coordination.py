"""Cached coordination results for the Coordination page: clustering is the costly step, kept across re-runs.
On a large store (ui.large) only the posts of the groups stored by `annotate` are read, and only those groups."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import coordination
from analysis.store import Store
from ui import large
from ui.state import db_path, load

DEFAULTS = (3, 60, coordination.MIN_INFORMATION, 0.8)  # the settings `annotate` stores dup_group with


def store_key() -> tuple[str, float]:
    path = db_path()
    return str(path), path.stat().st_mtime if path.exists() else 0.0


@st.cache_resource(show_spinner=False, max_entries=2)
def _clusters(path: str, mtime: float, min_info: int, threshold: float):
    """Near-duplicate clusters, kept while only accounts or window change."""
    return coordination.text_clusters(load().posts["text"], threshold, min_info)


@st.cache_resource(show_spinner=False, max_entries=4)
def listed_posts(path: str, mtime: float, table: str) -> pd.DataFrame:
    """The posts a stored table lists (groups, claims), read alone: on a large store, all the page needs."""
    with Store(path, read_only=True) as store:
        return store.load_listed(table)


def grouped_posts() -> pd.DataFrame:
    """The posts the groups come from: the loaded frame, or on a large store the stored groups' posts alone."""
    return listed_posts(*store_key(), "dup_groups") if large.active() else load().posts


@st.cache_resource(show_spinner=False, max_entries=4)
def _groups(path: str, mtime: float, min_accounts: int, window: int, min_info: int, threshold: float):
    """Groups over the whole corpus, so a message keeps all its platforms whatever the sidebar shows."""
    if large.active() and (min_accounts, window, min_info, threshold) != DEFAULTS:
        raise ValueError("a large store has only the groups stored by annotate (default settings)")
    everything = grouped_posts()
    stored = everything["dup_group"].astype(str) if "dup_group" in everything else None
    if (min_accounts, window, min_info, threshold) == DEFAULTS and stored is not None and (stored != "").any():
        return coordination.groups_from_ids(everything, stored)  # no clustering again: fast at 1M posts
    return coordination.find_groups(everything, min_accounts, window, threshold, min_info,
                                    clusters=_clusters(path, mtime, min_info, threshold))


def groups(min_accounts: int, window: int, min_info: int, threshold: float):
    return _groups(*store_key(), min_accounts, window, min_info, threshold)


@st.cache_resource(show_spinner=False, max_entries=4)
def _networks(path: str, mtime: float, filter_key: str, _posts: pd.DataFrame):
    return coordination.colink_networks(_posts)


def networks(filter_key: str, posts: pd.DataFrame):
    return _networks(*store_key(), filter_key, posts)


@st.cache_resource(show_spinner=False, max_entries=2)
def _authors(path: str, mtime: float) -> pd.DataFrame:
    frame = grouped_posts()[["author_id", "author_name"]].drop_duplicates("author_id").astype(str)
    return frame.set_index("author_id", drop=False)


def authors() -> pd.DataFrame:
    return _authors(*store_key())
