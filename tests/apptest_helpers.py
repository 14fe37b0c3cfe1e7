"""Running a dashboard page under Streamlit's AppTest with fresh caches (shared by the page tests)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest


@contextmanager
def fresh_caches():
    """Each test loads its own store: nothing cached by an earlier test may leak in or out."""
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


def run_page(path: str | Path, params: dict | None = None, timeout: int = 120) -> AppTest:
    """One run of a page, with the given URL query parameters."""
    at = AppTest.from_file(str(path), default_timeout=timeout)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at.run()
