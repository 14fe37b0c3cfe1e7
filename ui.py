"""The only Streamlit glue besides pages: page set-up, sidebar filters bound to the URL, cached loading,
chart and table helpers, translations."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis import gazetteer, schema
from analysis.i18n import core as i18n
from analysis.export import to_csv_bytes
from analysis.filters import PRESETS, Filters
from analysis.safe_text import escape_markdown

DEFAULT_DB = "data/vigie.duckdb"
FILTERS_KEY = "vigie_filters"


def db_path() -> Path:
    return Path(os.environ.get("VIGIE_DB", DEFAULT_DB))


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
    from analysis.store import Store
    with Store(path, read_only=True) as store:
        loaded = Loaded(store.load(), store.is_demo(), store.imports(), store.actors())
    # Warm the copy paths once at load, so the first filter change is as fast as the next ones.
    Filters(platforms=(str(loaded.posts["platform"].iloc[0]),) if len(loaded.posts) else ()).apply(loaded.posts)
    return loaded


def load() -> Loaded | None:
    path = db_path()
    if not path.exists():
        return None
    return _load(str(path), path.stat().st_mtime)


def _offer_demo() -> None:
    st.info(t("no_store", path=db_path()))
    if st.button(t("build_demo"), type="primary"):
        with st.spinner(t("building_demo")):
            from analysis.demo import corpus as demo
            demo.write(db_path(), n_posts=20000, seed=0)
            _annotate_if_possible()
        st.cache_resource.clear()
        st.rerun()
    st.stop()


def _annotate_if_possible() -> None:
    try:
        from analysis.annotate import pipeline as annotate
    except ImportError:
        return
    annotate.annotate_store(str(db_path()), workers=1)


def _sidebar_language() -> None:
    choice = st.sidebar.radio(i18n.t("interface_lang", lang()), ["Français", "English"], horizontal=True,
                              index=1 if lang() == "en" else 0, key="ui_lang_choice")
    st.session_state["ui_lang"] = "en" if choice == "English" else "fr"


def _url_params() -> dict:
    return {k: st.query_params.get_all(k) for k in st.query_params.keys()}


def _starting_filters() -> Filters:
    """URL wins when it carries filters (a shared link); otherwise what this session chose last."""
    from_url = Filters.from_params(_url_params())
    stored = st.session_state.get(FILTERS_KEY)
    if not from_url.is_empty() and (stored is None or from_url.to_params() != stored.to_params()):
        return from_url
    return stored or from_url


def _seed_widgets(start: Filters, first: date, last: date) -> None:
    """Give the widgets their values before they are drawn (Streamlit forgets them between pages)."""
    st.session_state["f_dates"] = (start.date_from or first, start.date_to or last)
    st.session_state["f_platform"] = list(start.platforms)
    st.session_state["f_party"] = list(start.parties)
    st.session_state["f_region"] = list(start.regions)
    st.session_state["f_lang"] = list(start.langs)
    st.session_state["f_q"] = start.q
    st.session_state["f_seeded_from"] = start


def _apply_preset() -> None:
    key = st.session_state.get("f_preset")
    bounds = st.session_state.get("f_bounds")
    if key in PRESETS:
        st.session_state["f_dates"] = PRESETS[key]
    elif bounds:
        st.session_state["f_dates"] = bounds


def _options(posts: pd.DataFrame, column: str, known: list[str]) -> list[str]:
    present = [str(v) for v in posts[column].cat.categories if v] if len(posts) else []
    return sorted(set(known) | set(present), key=lambda v: (v not in known, known.index(v) if v in known else 0, v))


def _present(posts: pd.DataFrame, column: str, known: list[str]) -> list[str]:
    present = {str(v) for v in posts[column].cat.categories if v} if len(posts) else set()
    return [v for v in known if v in present] or known


def _sidebar_filters(posts: pd.DataFrame) -> Filters:
    first, last = posts["day"].min().date(), posts["day"].max().date()
    start = _starting_filters()
    if st.session_state.get("f_seeded_from") != start or "f_dates" not in st.session_state:
        _seed_widgets(start, first, last)
    st.session_state["f_bounds"] = (first, last)
    sb = st.sidebar
    sb.header(t("filters"))
    presets = ["preset_all", *PRESETS]
    sb.selectbox(t("preset"), presets, format_func=t, key="f_preset", on_change=_apply_preset)
    dates = sb.date_input(t("period"), key="f_dates", format="DD/MM/YYYY")
    platform = sb.multiselect(t("platforms"), _options(posts, "platform", list(schema.PLATFORMS)), key="f_platform",
                              format_func=lambda p: i18n.platform_label(p, lang()), placeholder=t("choose"))
    party = sb.multiselect(t("parties"), gazetteer.party_acronyms(None), key="f_party",
                           placeholder=t("choose"))
    # Ménaka and Taoudénit are counted under Gao and Tombouctou (2020 electoral geography): offer what exists.
    region = sb.multiselect(t("regions"), _present(posts, "region", gazetteer.region_names()), key="f_region",
                            placeholder=t("choose"))
    langs = sb.multiselect(t("langs"), list(schema.LANGS), key="f_lang", format_func=lambda c: i18n.lang_label(c, lang()),
                           placeholder=t("choose"))
    q = sb.text_input(t("search"), key="f_q")
    d_from, d_to = (tuple(dates) + (None, None))[:2] if isinstance(dates, (tuple, list)) else (dates, None)
    chosen = Filters(date_from=d_from if d_from and d_from != first else None,
                     date_to=d_to if d_to and d_to != last else None, platforms=tuple(platform),
                     parties=tuple(party), regions=tuple(region), langs=tuple(langs), q=q or "")
    st.session_state[FILTERS_KEY] = chosen
    st.session_state["f_seeded_from"] = chosen
    st.query_params.from_dict(chosen.to_params())
    return chosen


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
    filters = _sidebar_filters(loaded.posts)
    posts = filters.apply(loaded.posts)
    caption(filters, len(posts))
    return posts, filters


def loaded() -> Loaded | None:
    return load()


def caption(filters: Filters, n: int) -> None:
    # The description carries URL values (q, party...): escaped so a link cannot inject Markdown.
    st.caption(t("caption", filters=escape_markdown(filters.describe(lang())), n=f"{n:,}".replace(",", "\u202f")))


def empty_state(posts: pd.DataFrame) -> bool:
    """Shows the empty message and returns True when there is nothing to draw."""
    if len(posts) == 0:
        st.info(t("empty"))
        return True
    return False


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
    from analysis.privacy import installation_salt
    return installation_salt()


def display_names(frame: pd.DataFrame) -> pd.Series:
    """Names of listed public actors; stable pseudonyms for private individuals."""
    from analysis.privacy import display_authors
    data = load()
    public = set(data.actors["account"].astype(str)) if data is not None and len(data.actors) else set()
    return display_authors(frame[["author_id", "author_name"]], public, _salt())


def show_selection(chosen: pd.DataFrame, key: str, what: str, filters: Filters, selection: dict | None = None,
                   period: tuple | None = None, link_key: str = "open_posts_link") -> None:
    """The posts behind a clicked chart element, and a link opening them on the Posts page (filters kept)."""
    from urllib.parse import urlencode

    from analysis.aggregate import posts as posts_view
    from analysis.aggregate.timeline import narrow_to_period
    st.subheader(f"{t('selection_posts')} ({len(chosen)})")
    st.caption(t("other_posts_hint", what=escape_markdown(what)))
    if selection:
        narrowed = narrow_to_period(filters, *period) if period else filters
        params = {**narrowed.to_params(), **posts_view.selection_params(selection)}
        st.markdown(f"🔎 [{t(link_key)}](Posts?{urlencode(params, doseq=True)})")  # values are %-encoded
    posts_table(chosen, key)
