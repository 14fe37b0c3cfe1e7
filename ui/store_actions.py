"""What the dashboard writes to the store (imports and the actors list), with the caches cleared after.

Each action checks the signed-in role itself (ui.auth.requires): hiding a button is not enough.
"""
from __future__ import annotations

import streamlit as st

from analysis import importers
from analysis.store import Store, StoreLockedError
from ui import auth
from ui.state import db_path, t

__all__ = ["StoreLockedError", "add_actors", "import_files", "store_error"]


def store_error(exc: Exception) -> None:
    """A locked store or an unreadable file: one message, never a traceback."""
    st.error(t("store_locked") if isinstance(exc, StoreLockedError) else str(exc))


@auth.requires("import")
def import_files(paths, fmt, mapping, rejected_out, progress) -> dict:
    """Import into the current store; the loaded data are reloaded afterwards."""
    summary = importers.ingest_files(paths, db_path(), fmt=fmt, mapping=mapping, rejected_out=rejected_out,
                                     progress=progress)
    auth.audit("import", f"{', '.join(p.name for p in paths)}: {summary['accepted']} accepted")
    st.cache_resource.clear()
    return summary


@auth.requires("actors")
def add_actors(actors) -> int:
    with Store(db_path()) as store:
        n = store.add_actors(actors)
    auth.audit("actors", f"{n} accounts")
    st.cache_resource.clear()
    return n
