"""The prelude of every page: config, language switch, data (or the offer to build the demo), filters, caption."""
from __future__ import annotations

import threading
from dataclasses import replace
from contextlib import contextmanager

import pandas as pd
import streamlit as st

from analysis import annotate, demo, i18n
from analysis.filters import Filters
from analysis.i18n.numbers import number
from analysis.safe_text import escape_markdown
from analysis.store import StoreLockedError
from analysis.validation import models
from ui import auth, french_widgets, navigation, served, shared, validation
from ui import large as ui_large
from ui.report import report_button
from ui.sidebar import sidebar_filters
from ui.state import db_path, lang, load, load_at, stamp, t



def _offer_demo() -> None:
    """The demo corpus, or the user's own files: the two ways to start."""
    st.info(t("no_store", path=db_path()))
    left, right = st.columns(2)
    right.markdown(f":material/upload_file: [{t('import_your_files')}](Donn%C3%A9es)")
    right.caption(t("import_your_files_help"))
    if auth.allowed("import") and left.button(t("build_demo"), type="primary"):
        auth.require("import")
        with st.spinner(t("building_demo")):
            demo.write(db_path(), n_posts=20000, seed=0)
            _annotate_if_possible()
        st.cache_resource.clear()
        st.rerun()
    st.stop()


def _annotate_if_possible() -> None:
    annotate.annotate_store(str(db_path()), workers=1, load_models=models.load)


def _sidebar_language() -> None:
    choice = st.sidebar.radio(i18n.t("interface_lang", lang()), ["Français", "English"], horizontal=True,
                              index=1 if lang() == "en" else 0, key="ui_lang_choice")
    st.session_state["ui_lang"] = "en" if choice == "English" else "fr"


_RUN = threading.local()  # set while app.py's navigation runs a page: language and login are already drawn


DIRECT_RUN_KEY = "vigie_direct_run"  # set when a page, run without app.py's frame, asked for a run through app.py


def _through_app_py() -> None:
    """Until a session has declared the page list (st.navigation), Streamlit runs a pages/ file directly, without
    app.py: a first visitor arriving by a link to a page would miss the frame (the role's page list, timing).
    Declaring the list (public st.navigation, which ends that folder mode for the server) and running again
    brings the same URL, query string included, through app.py. Once per session: a page that still runs
    alone after that is the main script itself (AppTest of one page) and goes on."""
    if st.session_state.get(DIRECT_RUN_KEY):
        return
    st.session_state[DIRECT_RUN_KEY] = True
    st.navigation(navigation.every_page(), position="hidden")
    st.rerun()


def page_start(title_key: str, in_frame: bool = False) -> None:
    """Config, language, and the login when accounts are on: nothing about the data is drawn before it.
    A page run outside app.py's frame first asks for a run through it (_through_app_py)."""
    st.set_page_config(page_title=f"Vigie · {i18n.t(title_key, lang())}", layout="wide")
    if getattr(_RUN, "started", False):
        return
    if not in_frame:
        _through_app_py()
    _sidebar_language()
    if lang() == "fr":
        french_widgets.apply()
    if not auth.signed_in():
        _warm_up()
    auth.gate()


_WARMED: set = set()   # store versions whose warm-up has started
_WARM_LOCK = threading.Lock()


def _warm_up() -> None:
    """While the login form waits for a password, the store and its correctors load in the background, once per
    store version: the first pages after signing in no longer all wait for them (17 s under 20 sessions)."""
    if not db_path().exists():
        return
    version = stamp()
    with _WARM_LOCK:
        if version in _WARMED:
            return
        _WARMED.add(version)
    threading.Thread(target=_warm, args=version, name="vigie-warm-up", daemon=True).start()


def _warm(path: str, mtime: float) -> None:
    """The cached reads a page makes, for that version of the store (any other failure is printed, and met again
    by the page that needs the same read)."""
    try:
        if served.snapshot_at(path, mtime) is not None:  # a large store: no posts frame to load
            return
        load_at(path, mtime)
    except StoreLockedError:  # a job holds the store: pages show what was loaded before, or say it is busy
        return
    validation.warm(path, mtime)


@contextmanager
def navigation_run(title_key: str, pages_for):
    """app.py's frame around every page. The page list is declared first (hidden before login, so a shared link
    still resolves and is shown once signed in), then language and login, then the page, whose own page_start
    is a no-op. pages_for(everything) gives the st.Page list: all pages before login, the role's pages after."""
    st.set_page_config(page_title=f"Vigie · {i18n.t(title_key, lang())}", layout="wide")
    signed_in = auth.signed_in()
    # expanded: every page listed (the folded list has an English "View N more" button, with no setting for it)
    page = st.navigation(pages_for(not signed_in), position="sidebar" if signed_in else "hidden", expanded=True)
    st.session_state.pop(DIRECT_RUN_KEY, None)
    page_start(title_key, in_frame=True)
    _RUN.started = True
    try:
        yield page
    finally:
        _RUN.started = False


def page_setup(title_key: str, large_search: bool = True
               ) -> tuple[pd.DataFrame | None, Filters]:
    """Prelude of every page: config, language, login, data (or the offer to build the demo), filters, caption.
    On a large store (ui.large) no frame is loaded: every page is served from the aggregates and by SQL and gets
    (None, filters). A free-text
    search is answered there from the aggregates of the posts it finds (ui.served.answer), except on a page
    that sets large_search=False (its figures cannot be narrowed to those posts): the search is set aside there,
    with a note saying so."""
    page_start(title_key)
    if db_path().exists() and _large_store():
        return None, _large_setup(title_key, large_search)
    try:
        loaded = load()
    except Exception as exc:  # a locked or unreadable store: a message, never a traceback
        st.error(t("store_locked") if "in use" in str(exc) else f"{db_path()}: {exc}")
        st.stop()
    if loaded is None:
        _offer_demo()
    _banners(loaded.is_demo, title_key)
    # A store without posts has no period to offer: no filters, and each page says it is empty.
    filters = sidebar_filters(loaded.posts) if len(loaded.posts) else Filters()
    posts = shared.view(loaded.posts, filters)  # one filtered frame for every session with these filters
    caption(filters, len(posts))
    report_button(posts, filters, loaded.is_demo)
    return posts, filters


def _large_store() -> bool:
    try:
        return ui_large.active()
    except Exception as exc:  # a locked or unreadable store: a message, never a traceback
        st.error(t("store_locked") if "in use" in str(exc) else f"{db_path()}: {exc}")
        st.stop()


def _banners(is_demo: bool, title_key: str) -> None:
    if is_demo:
        st.warning(t("demo_banner"), icon="⚠️")
    if st.session_state.get("vigie_stale"):
        st.info(t("job_stale"), icon=":material/hourglass_top:")
    st.title(t(title_key))


def _large_setup(title_key: str, search: bool) -> Filters:
    """The large-store prelude: choices from the aggregates, the count by SQL, no report (it reads every post)."""
    _banners(ui_large.facts()[0], title_key)
    filters = sidebar_filters(ui_large.choices())
    if filters.q.strip() and not search:
        st.info(t("large_search_posts_only"), icon=":material/search:")
        filters = replace(filters, q="")
    caption(filters, ui_large.count(filters))
    if auth.allowed("report"):
        st.sidebar.caption(t("large_no_report", limit=number(ui_large.limit(), lang())))
    return filters


def caption(filters: Filters, n: int) -> None:
    # The description carries URL values (q, party...): escaped so a link cannot inject Markdown.
    st.caption(t("caption", filters=escape_markdown(filters.describe(lang())), n=number(n, lang())))


def empty_state(posts: pd.DataFrame) -> bool:
    """Shows the empty message and returns True when there is nothing to draw."""
    if len(posts) == 0:
        st.info(t("empty"))
        return True
    return False




def nothing_to_draw(posts: pd.DataFrame | None, filters: Filters) -> bool:
    """empty_state for both modes: posts None is a large store, counted from its aggregates."""
    if posts is not None:
        return empty_state(posts)
    if ui_large.count(filters):
        return False
    st.info(t("empty"))
    return True
