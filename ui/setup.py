"""The prelude of every page: config, language switch, data (or the offer to build the demo), filters, caption."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import annotate, demo, i18n
from analysis.filters import Filters
from analysis.safe_text import escape_markdown
from ui.sidebar import sidebar_filters
from ui.state import db_path, lang, load, t


def _offer_demo() -> None:
    st.info(t("no_store", path=db_path()))
    if st.button(t("build_demo"), type="primary"):
        with st.spinner(t("building_demo")):
            demo.write(db_path(), n_posts=20000, seed=0)
            _annotate_if_possible()
        st.cache_resource.clear()
        st.rerun()
    st.stop()


def _annotate_if_possible() -> None:
    annotate.annotate_store(str(db_path()), workers=1)


def _sidebar_language() -> None:
    choice = st.sidebar.radio(i18n.t("interface_lang", lang()), ["Français", "English"], horizontal=True,
                              index=1 if lang() == "en" else 0, key="ui_lang_choice")
    st.session_state["ui_lang"] = "en" if choice == "English" else "fr"


def page_setup(title_key: str) -> tuple[pd.DataFrame, Filters]:
    """Prelude of every page: config, language, data (or the offer to build the demo), filters, caption."""
    st.set_page_config(page_title=f"Vigie · {i18n.t(title_key, lang())}", layout="wide")
    _sidebar_language()
    try:
        loaded = load()
    except Exception as exc:  # a locked or unreadable store: a message, never a traceback
        st.error(t("store_locked") if "in use" in str(exc) else f"{db_path()}: {exc}")
        st.stop()
    if loaded is None:
        _offer_demo()
    if loaded.is_demo:
        st.warning(t("demo_banner"), icon="⚠️")
    st.title(t(title_key))
    # A store without posts has no period to offer: no filters, and each page says it is empty.
    filters = sidebar_filters(loaded.posts) if len(loaded.posts) else Filters()
    posts = filters.apply(loaded.posts)
    caption(filters, len(posts))
    return posts, filters


def caption(filters: Filters, n: int) -> None:
    # The description carries URL values (q, party...): escaped so a link cannot inject Markdown.
    st.caption(t("caption", filters=escape_markdown(filters.describe(lang())), n=f"{n:,}".replace(",", "\u202f")))


def empty_state(posts: pd.DataFrame) -> bool:
    """Shows the empty message and returns True when there is nothing to draw."""
    if len(posts) == 0:
        st.info(t("empty"))
        return True
    return False


