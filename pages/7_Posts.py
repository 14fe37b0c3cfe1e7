"""Posts: a searchable, sortable table of the posts behind the filters and any chart selection, with the
exact CSV of what is shown. Post text stays plain text (st.dataframe never renders HTML or Markdown)."""
import pandas as pd
import streamlit as st

import ui
from analysis.aggregate import posts as posts_view

SELECTION_KEY = "posts_selection"
# A chart selection handed over in the link (sel_party=URD&sel_day=2020-03-29...) is kept for the session:
# the sidebar rewrites the URL with the filters only, so it is put back below.
_incoming = posts_view.selection_from_params({k: st.query_params.get(k) for k in st.query_params.keys()})
if _incoming:
    st.session_state[SELECTION_KEY] = _incoming

posts, filters = ui.page_setup("posts_page")


def _selection():
    selection = st.session_state.get(SELECTION_KEY) or {}
    if not selection:
        return posts
    st.query_params.update(posts_view.selection_params(selection))
    left, right = st.columns([4, 1])
    left.info(ui.t("selection_from", what=posts_view.describe_selection(selection)))
    if right.button(ui.t("clear_selection"), key="posts_clear_sel"):
        st.session_state[SELECTION_KEY] = {}
        for key in posts_view.selection_params(selection):
            del st.query_params[key]
        st.rerun()
    if posts is None:  # a large store: the rows are narrowed by SQL (ui.large_posts)
        return None
    return posts[posts_view.selection_mask(posts, selection)]


def _controls():
    top = st.columns([3, 2, 2, 1])
    query = top[0].text_input(ui.t("posts_search"), key="posts_q")
    sort = top[1].selectbox(ui.t("sort_by"), list(posts_view.SORT_KEYS), format_func=lambda k: ui.t(f"sort_{k}"),
                            key="posts_sort")
    order = top[2].radio(ui.t("order"), ["desc", "asc"], format_func=lambda k: ui.t(f"order_{k}"), horizontal=True,
                         key="posts_order")
    limit = top[3].selectbox(ui.t("rows_shown"), posts_view.ROW_LIMITS, index=1, key="posts_limit")
    more = st.columns([3, 2, 2])
    tones = more[0].multiselect(ui.t("tone_filter"), ["negative", "neutral", "positive"], key="posts_tones",
                                format_func=lambda k: ui.t(f"{k}_word"), placeholder=ui.t("choose"))
    dup_only = more[1].checkbox(ui.t("dup_only"), key="posts_dup_only")
    return query, sort, order == "desc", int(limit), tones, dup_only


def _large_page() -> None:
    """A large store: the same controls, one page of rows fetched by SQL (ui.large_posts)."""
    st.caption(ui.t("posts_note"))
    selection = _selection_note()
    query, sort, descending, limit, tones, dup_only = _controls()
    total = ui.large_posts.one_page(filters, "posts", selection, query, tones, dup_only, sort, descending, limit)
    ui.caption(filters, total)


def _selection_note() -> dict:
    selection = st.session_state.get(SELECTION_KEY) or {}
    if selection:
        _selection()
    return selection


if posts is None:
    _large_page()
elif not ui.empty_state(posts):
    st.caption(ui.t("posts_note"))
    chosen = _selection()
    query, sort, descending, limit, tones, dup_only = _controls()
    chosen = posts_view.narrow(posts_view.search(chosen, query), tones, dup_only)
    rows = posts_view.top_rows(chosen, sort, descending, limit)
    shown = ui.shown_to_role(posts_view.table(rows, ui.display_names(rows) if len(rows) else []))
    total = f"{len(chosen):,}".replace(",", "\u202f")
    st.caption(ui.t("shown_of", shown=len(shown), total=total))
    if len(shown):
        dated = shown.assign(date=pd.to_datetime(shown["date"]))  # drawn 15/05/2020 22:04; the CSV keeps ISO
        ui.tables.show(ui.tables.readable(dated), key="posts_table", height=560, decimals={"tone": 2},
                       signed=("tone",))
        ui.download_csv(shown, "vigie_posts.csv", "dl_posts_page")
    else:
        st.info(ui.t("empty"))
    ui.caption(filters, len(chosen))
