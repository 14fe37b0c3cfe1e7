"""Climat: hostility over time by region, party or target, with the campaign's events, and the posts behind
every point (plain text, a content warning first, threats flagged for review)."""
import streamlit as st

import ui
from analysis import gazetteer
from analysis.aggregate import climate, cube_pages
from analysis.aggregate.timeline import events_for
from analysis.charts import warnings as charts

posts, filters = ui.page_setup("page_climat")  # posts None: a large store (ui.large)
BY = ("none", "region", "party", "target")


def _controls() -> tuple[str, str]:
    c1, c2 = st.columns(2)
    by = c1.radio(ui.t("cl_by"), BY, horizontal=True, key="cl_by", format_func=lambda b: ui.t(f"cl_by_{b}"))
    freq = c2.radio(ui.t("cl_step"), ("W", "D"), horizontal=True, key="cl_freq",
                    format_func=lambda f: ui.t("cl_week" if f == "W" else "cl_day"))
    return by, freq


def _figures() -> None:
    figures = ui.served.figure(cube_pages.hostility_headline, climate.headline, posts, filters)
    c1, c2, c3 = st.columns(3)
    c1.metric(ui.t("cl_n_hostile"), figures["hostile"])
    c2.metric(ui.t("cl_share_all"), f"{figures['share']:.1%}")
    c3.metric(ui.t("cl_threats"), figures["threats"])


def _points(by: str, freq: str, event) -> None:
    points = ui.selected_points(event)
    if not points or not points[0].get("customdata") or points[0]["customdata"][0] == "__event__":
        st.info(ui.t("cl_pick"))
        return
    group, period = points[0]["customdata"][0], points[0]["customdata"][1]
    if posts is None:  # hostility and threats are not among the posts' keys: not fetched on a large store
        st.info(ui.t("large_section_unavailable"))
        return
    chosen = climate.point_posts(posts, by, "" if by == "none" else group, period, freq)
    st.subheader(ui.t("cl_point", group=group, period=str(period)[:10]))
    st.warning(ui.t("cl_warning"), icon="⚠️")
    chosen = chosen.assign(review=chosen["review"].map({True: ui.t("cl_review"), False: ""}))
    ui.show_selection(chosen, "climat_point", group, filters)
    threats = chosen[chosen["review"] != ""]
    if len(threats):
        st.subheader(f"{ui.t('cl_threats')} ({len(threats)})")
        ui.tables.show(ui.tables.readable(threats[["created_at", "platform", "text", "review"]]),
                       key="cl_threats_table")


if not ui.nothing_to_draw(posts, filters):
    if posts is not None and not climate.has_hostility(posts):
        st.info(ui.t("cl_no_column"))
        st.stop()
    st.caption(ui.t("cl_intro"))
    by, freq = _controls()
    tidy = ui.served.figure(cube_pages.hostility_over_time, climate.hostility_over_time, posts, filters, by, freq)
    _figures()
    ranked = tidy.groupby("group")["hostile"].sum().sort_values(ascending=False).index.astype(str).tolist()
    shown = st.multiselect(ui.t("cl_groups"), ranked, default=ranked[:5], key=f"cl_groups_{by}", placeholder=ui.t("choose"))
    span = ui.large.span(filters) if posts is None else (str(posts["day"].min().date()), str(posts["day"].max().date()))
    events = events_for(gazetteer.key_dates(*span), "key")
    fig = charts.hostility_lines(tidy, shown, ui.t("cl_chart"), ui.t("cl_share"), events, ui.lang())
    n = ui.large.count(filters) if posts is None else len(posts)
    event = ui.chart(fig, tidy[tidy["group"].astype(str).isin(shown)], "climat", filters, n)
    ui.validation.note("hostility", posts, by="region" if by == "region" else None)
    _points(by, freq, event)
