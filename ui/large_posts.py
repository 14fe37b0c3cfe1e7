"""The posts behind a selection or the Posts page on a large store: one page of rows fetched by SQL
(cube_posts: LIMIT/OFFSET), a page number and "page N of M", the exact CSV of the rows shown."""
from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from analysis.aggregate import cube_posts
from analysis.aggregate import posts as posts_view
from analysis.aggregate.timeline import narrow_to_period
from analysis.filters import Filters
from analysis.safe_text import escape_markdown
from ui import large, tables
from analysis.i18n.numbers import number
from ui.state import lang, t
from ui.widgets import display_names, download_csv, shown_to_role


def _number(n: int) -> str:
    return number(n, lang())


def _page_number(key: str, pages: int) -> int:
    if pages <= 1:
        return 1
    return int(st.number_input(t("large_page_number"), min_value=1, max_value=pages, value=1, step=1,
                               key=f"{key}_page"))


def one_page(filters: Filters, key: str, selection: dict | None = None, search: str = "", tones=(),
             dup_only: bool = False, sort: str = "date", descending: bool = True, per_page: int = 500) -> int:
    """Draws one page of the posts under filters and selection; returns how many posts there are in all."""
    sql, params = cube_posts.where(filters, selection, search, tones, dup_only)
    total = large.count_where(sql, params)
    pages = max(1, math.ceil(total / per_page))
    page = _page_number(key, pages)
    st.caption(t("large_page_of", page=page, pages=pages, n=_number(total)))
    if not total:
        st.info(t("empty"))
        return 0
    rows = cube_posts.page(large.store_query, sql, params, sort, descending, per_page, (page - 1) * per_page)
    rows["created_at"] = pd.to_datetime(rows["created_at"], utc=True)
    shown = shown_to_role(posts_view.table(rows, display_names(rows)))
    dated = shown.assign(date=pd.to_datetime(shown["date"]))  # drawn 15/05/2020 22:04; the CSV keeps ISO
    tables.show(tables.readable(dated), key=f"{key}_table", height=560, decimals={"tone": 2}, signed=("tone",))
    download_csv(shown, f"vigie_{key}.csv", f"dl_{key}")
    return total


def selection(filters: Filters, key: str, what: str, chosen: dict, period: tuple | None = None) -> None:
    """The posts behind a clicked chart element (the frame path's ui.show_selection), one page by SQL."""
    narrowed = narrow_to_period(filters, *period) if period else filters
    st.subheader(t("selection_posts"))
    st.caption(t("other_posts_hint", what=escape_markdown(what)))
    one_page(narrowed, key, chosen, descending=False)
