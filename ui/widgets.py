"""Charts with click selection and their CSV, post tables as plain text, the posts behind a selection."""
from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from analysis import aggregate
from analysis.charts.overview import event_legend
from analysis.export import to_csv_bytes
from analysis.filters import Filters
from analysis.privacy import display_authors, installation_salt
from analysis.safe_text import escape_markdown
from ui.setup import caption
from ui.state import lang, load, t


def chart(fig, data: pd.DataFrame, key: str, filters: Filters | None = None, n: int | None = None):
    """A plotly chart with click selection, its caption, PNG export (plotly toolbar) and the CSV behind it."""
    event = st.plotly_chart(fig, key=key, on_select="rerun", selection_mode=("points",),
                            config={"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": key}})
    if filters is not None and n is not None:
        caption(filters, n)
    # A callable is only run when the button is clicked: no CSV is built on ordinary re-runs.
    st.download_button(t("download_csv"), lambda: to_csv_bytes(data), file_name=f"vigie_{key}.csv",
                       mime="text/csv", key=f"dl_{key}")
    return event


def event_key(events: list[dict]) -> None:
    """The key of the numbered campaign-event marks drawn on a time chart (folded, under the chart)."""
    if events:
        with st.expander(t("events_legend", n=len(events)), expanded=len(events) <= 10):
            st.markdown(event_legend(events, lang()))


def selected_points(event) -> list[dict]:
    try:
        return list(event.selection.points)
    except AttributeError:
        return list((event or {}).get("selection", {}).get("points", []))


POST_TABLE_COLUMNS = ["created_at", "platform", "author_name", "text", "lang", "sentiment", "parties", "region",
                      "participation", "topics", "dup_group", "url"]


def posts_table(posts: pd.DataFrame, key: str, limit: int = 500) -> None:
    """Posts as plain text cells (st.dataframe never renders HTML or Markdown), with CSV of what is shown."""
    head = posts.nsmallest(limit, "created_at") if len(posts) > limit else posts.sort_values("created_at")
    shown = head[[c for c in POST_TABLE_COLUMNS if c in posts.columns]].copy()
    shown["author_name"] = display_names(head).to_numpy()
    st.dataframe(shown, hide_index=True, width="stretch", column_config=_post_columns(shown.columns))
    st.download_button(t("download_csv"), lambda: to_csv_bytes(shown), file_name=f"vigie_{key}_posts.csv",
                       mime="text/csv", key=f"dl_posts_{key}")


def _post_columns(columns) -> dict:
    """Translated headers; every cell stays plain text (TextColumn never renders Markdown or HTML)."""
    config = {c: st.column_config.TextColumn(t(f"col_{c}"), width="large" if c == "text" else None) for c in columns}
    config["created_at"] = st.column_config.DatetimeColumn(t("col_created_at"), format="DD/MM/YYYY HH:mm")
    config["sentiment"] = st.column_config.NumberColumn(t("col_sentiment"), format="%+.2f")
    return config


@st.cache_resource(show_spinner=False)
def _salt() -> str:
    return installation_salt()


def display_names(frame: pd.DataFrame) -> pd.Series:
    """Names of listed public actors; stable pseudonyms for private individuals."""
    data = load()
    public = set(data.actors["account"].astype(str)) if data is not None and len(data.actors) else set()
    return display_authors(frame[["author_id", "author_name"]], public, _salt())


def show_selection(chosen: pd.DataFrame, key: str, what: str, filters: Filters, selection: dict | None = None,
                   period: tuple | None = None, link_key: str = "open_posts_link") -> None:
    """The posts behind a clicked chart element, and a link opening them on the Posts page (filters kept)."""
    st.subheader(f"{t('selection_posts')} ({len(chosen)})")
    st.caption(t("other_posts_hint", what=escape_markdown(what)))
    if selection:
        narrowed = aggregate.timeline.narrow_to_period(filters, *period) if period else filters
        params = {**narrowed.to_params(), **aggregate.posts.selection_params(selection)}
        st.markdown(f"🔎 [{t(link_key)}](Posts?{urlencode(params, doseq=True)})")  # values are %-encoded
    posts_table(chosen, key)
