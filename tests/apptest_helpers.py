"""Running a dashboard page under Streamlit's AppTest with fresh caches (shared by the page tests)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from analysis.store import Store


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


def _no_frame(*args, **kwargs):
    raise AssertionError("Store.load was called in large-store mode")


@contextmanager
def store_mode(path: str | Path, large: bool):
    """Pages on the store at `path`, served from its aggregates (large: loading the posts frame fails the test)
    or from the frame, with fresh caches."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VIGIE_DB", str(path))
        patch.setenv("VIGIE_AGGREGATES", "1" if large else "0")
        patch.setenv("VIGIE_AGGREGATES_FROM", "0")
        if large:
            patch.setattr(Store, "load", _no_frame)
        with fresh_caches():
            yield
