"""The loaded store and the session's language: what every page reads first."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import i18n
from analysis.filters import Filters
from analysis.store import Store, StoreLockedError

DEFAULT_DB = "data/vigie.duckdb"


def db_path() -> Path:
    return Path(os.environ.get("VIGIE_DB", DEFAULT_DB))


def stamp() -> tuple[str, float]:
    """The store's path and modification time: the key of every cache of what the store holds."""
    path = db_path()
    return str(path), path.stat().st_mtime


def lang() -> str:
    return st.session_state.get("ui_lang", "fr")


def t(key: str, **kwargs) -> str:
    return i18n.t(key, lang(), **kwargs)


@dataclass(frozen=True)
class Loaded:
    posts: pd.DataFrame
    is_demo: bool
    imports: pd.DataFrame
    actors: pd.DataFrame


@st.cache_resource(show_spinner=False, max_entries=2)
def _load(path: str, mtime: float) -> Loaded:
    """Open the store read-only just long enough to load it (so the command line can write meanwhile)."""
    with Store(path, read_only=True) as store:
        loaded = Loaded(store.load(), store.is_demo(), store.imports(), store.actors())
    # Warm the copy paths once at load, so the first filter change is as fast as the next ones.
    Filters(platforms=(str(loaded.posts["platform"].iloc[0]),) if len(loaded.posts) else ()).apply(loaded.posts)
    return loaded


_LAST_GOOD: dict[str, Loaded] = {}  # per store: what to show while a background job holds the store


def load_at(path: str, mtime: float) -> tuple[Loaded, bool]:
    """That version of the store, and whether it is stale: while an import or annotation job writes to it, the
    data loaded before."""
    try:
        loaded = _load(path, mtime)
    except StoreLockedError:
        if path not in _LAST_GOOD:
            raise
        return _LAST_GOOD[path], True
    _LAST_GOOD[path] = loaded
    return loaded, False


def load() -> Loaded | None:
    """The loaded store; while an import or annotation job writes to it, the data loaded before (marked stale)."""
    if not db_path().exists():
        return None
    loaded, st.session_state["vigie_stale"] = load_at(*stamp())
    return loaded


def loaded() -> Loaded | None:
    return load()


