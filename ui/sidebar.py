"""Sidebar filters bound to the URL: a shared link reproduces the view."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from analysis import gazetteer, i18n, schema
from analysis.aggregate import cube_options
from analysis.aggregate.cube_options import Choices
from analysis.filters import PRESETS, Filters
from ui.state import lang, t

FILTERS_KEY = "vigie_filters"


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


def _options(present: tuple[str, ...], known: list[str]) -> list[str]:
    return sorted(set(known) | set(present), key=lambda v: (v not in known, known.index(v) if v in known else 0, v))


def _present(present: tuple[str, ...], known: list[str]) -> list[str]:
    return [v for v in known if v in set(present)] or known


def sidebar_filters(posts: pd.DataFrame | Choices) -> Filters:
    """The filters chosen in the sidebar; the choices come from the posts frame, or from the aggregates
    (cube_options.Choices) when the store is too large to load."""
    choices = posts if isinstance(posts, Choices) else cube_options.from_frame(posts)
    first, last = choices.first, choices.last
    start = _starting_filters()
    if st.session_state.get("f_seeded_from") != start or "f_dates" not in st.session_state:
        _seed_widgets(start, first, last)
    st.session_state["f_bounds"] = (first, last)
    sb = st.sidebar
    sb.header(t("filters"))
    presets = ["preset_all", *PRESETS]
    sb.selectbox(t("preset"), presets, format_func=t, key="f_preset", on_change=_apply_preset)
    dates = sb.date_input(t("period"), key="f_dates", format="DD/MM/YYYY")
    platform = sb.multiselect(t("platforms"), _options(choices.platforms, list(schema.PLATFORMS)), key="f_platform",
                              format_func=lambda p: i18n.platform_label(p, lang()), placeholder=t("choose"))
    party = sb.multiselect(t("parties"), gazetteer.party_acronyms(None), key="f_party",
                           placeholder=t("choose"))
    # Ménaka and Taoudénit are counted under Gao and Tombouctou (2020 electoral geography): offer what exists.
    region = sb.multiselect(t("regions"), _present(choices.regions, gazetteer.region_names()), key="f_region",
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


