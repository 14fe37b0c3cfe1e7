"""Charts with click selection and their CSV, post tables as plain text, the posts behind a selection."""
from __future__ import annotations

from urllib.parse import urlencode

import numpy as np
import pandas as pd
import streamlit as st

from analysis import aggregate, export
from analysis.charts.overview import event_legend
from analysis.filters import Filters
from analysis.privacy import display_authors, installation_salt
from analysis.safe_text import escape_markdown
from ui import auth, large, tables
from ui.setup import caption
from ui.state import lang, load, t


def chart(fig, data: pd.DataFrame, key: str, filters: Filters | None = None, n: int | None = None):
    """A plotly chart with click selection, its caption, PNG export (plotly toolbar) and the CSV behind it."""
    event = st.plotly_chart(localised(fig), key=key, on_select="rerun", selection_mode=("points",),
                            config={"displaylogo": False, "toImageButtonOptions": {"format": "png", "filename": key}})
    if filters is not None and n is not None:
        caption(filters, n)
    download_csv(data, f"vigie_{key}.csv", f"dl_{key}")
    return event


def number_separators() -> str:
    """Plotly's decimal and thousands separators: 1 234,5 in French, 1,234.5 in English (axes and hover texts)."""
    return ".," if lang() == "en" else ",\u202f"


def localised(fig):
    """The figure with the reader's number separators and, in French, dates as 29/03 (Plotly's own date ticks
    and hover texts say "Mar 2020", with no French locale shipped). A chart drawn without ui.chart goes through
    this too."""
    fig.update_layout(separators=number_separators())
    if lang() != "en":
        for axis in _date_axes(fig):
            fig.update_layout({axis: {"tickformat": "%d/%m", "hoverformat": "%d/%m/%Y %H:%M"}})
    return fig


def _date_axes(fig) -> set[str]:
    """Layout names ("xaxis", "xaxis2"…) of the x axes that carry dates."""
    axes = set()
    for trace in fig.data:
        values = getattr(trace, "x", None)
        if values is not None and len(values) and _is_date(values[0]):
            anchor = getattr(trace, "xaxis", None) or "x"
            axes.add("xaxis" + anchor[1:])
    return axes


def _is_date(value) -> bool:
    if isinstance(value, str):
        return len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit()
    return isinstance(value, (pd.Timestamp, np.datetime64)) or hasattr(value, "isocalendar")


def download_csv(frame: pd.DataFrame, file_name: str, key: str, label: str | None = None) -> None:
    """A CSV download of frame as the signed-in role may take it (export.for_role: a viewer gets no link, no
    account id and pseudonyms). The callable runs only on click, outside the script and its session: the user,
    the public actors and the salt are captured now; the right is checked again and the export audited then."""
    who, public, salt = dict(auth.user() or {}), _public_accounts(), _salt()
    st.download_button(label or t("download_csv"), lambda: csv_bytes(frame, who, public, salt, file_name),
                       file_name=file_name, mime="text/csv", key=key)


def csv_bytes(frame: pd.DataFrame, who: dict, public: set[str], salt: str, what: str) -> bytes:
    """The CSV `who` may take of frame: refused without the export right, audited."""
    auth.require("export", who)
    data = export.csv_for_role(frame, who.get("role"), _pseudonyms(public, salt))
    auth.audit("export", f"{what} ({len(frame)} rows)", who)
    return data


def shown_to_role(frame: pd.DataFrame) -> pd.DataFrame:
    """What the signed-in role may see of a table: the same rule as its exports (on screen = in the CSV)."""
    return export.for_role(frame, auth.role(), _pseudonyms(_public_accounts(), _salt()))


def _pseudonyms(public: set[str], salt: str):
    return lambda frame: display_authors(frame[["author_id", "author_name"]], public, salt)


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
    shown = shown_to_role(shown)
    tables.show(tables.readable(shown), decimals={"sentiment": 2}, signed=("sentiment",))
    download_csv(shown, f"vigie_{key}_posts.csv", f"dl_posts_{key}")


@st.cache_resource(show_spinner=False)
def _salt() -> str:
    return installation_salt()


def _public_accounts() -> set[str]:
    if large.active():  # the store is not loaded: its actors list is read alone
        return set(large.public_accounts())
    data = load()
    return set(data.actors["account"].astype(str)) if data is not None and len(data.actors) else set()


def display_names(frame: pd.DataFrame) -> pd.Series:
    """Names of listed public actors; stable pseudonyms for private individuals."""
    return display_authors(frame[["author_id", "author_name"]], _public_accounts(), _salt())


def show_selection(chosen: pd.DataFrame, key: str, what: str, filters: Filters, selection: dict | None = None,
                   period: tuple | None = None, link_key: str = "open_posts_link") -> None:
    """The posts behind a clicked chart element, and a link opening them on the Posts page (filters kept)."""
    st.subheader(f"{t('selection_posts')} ({len(chosen)})")
    st.caption(t("other_posts_hint", what=escape_markdown(what)))
    if selection:
        narrowed = aggregate.timeline.narrow_to_period(filters, *period) if period else filters
        params = {**narrowed.to_params(), **aggregate.posts.selection_params(selection)}
        st.markdown(f":material/search: [{t(link_key)}](Posts?{urlencode(params, doseq=True)})")  # values are %-encoded
    posts_table(chosen, key)
