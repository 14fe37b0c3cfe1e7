"""Participation: messaging categories over the campaign, vote/boycott balance map, turnout vs online."""
import streamlit as st

import ui
from analysis.aggregate import participation as agg
from analysis.aggregate import cube_lists
from analysis import gazetteer
from analysis.charts import map as charts_map
from analysis.charts import participation as charts_participation
from analysis.geo import shapes as geo_shapes
from analysis.aggregate.lists import has_item, n_posts_with
from analysis.aggregate.timeline import events_for, in_period
from analysis.i18n import CATEGORY_LABELS, labels

posts, filters = ui.page_setup("participation")  # posts None: a large store (ui.large)
NAMES = labels(CATEGORY_LABELS, ui.lang())


def _show_posts(chosen, key: str, what: str, selection: dict | None = None, period: tuple | None = None) -> None:
    ui.show_selection(chosen, key, what, filters, selection, period)


def _points(event) -> list[list]:
    return [p["customdata"] for p in ui.selected_points(event) if p.get("customdata")]


def time_section() -> None:
    left, mid, right = st.columns(3)
    freq = left.radio(ui.t("freq"), ["W", "D"], format_func=lambda f: ui.t(f"freq_{f}"), horizontal=True,
                      key="pa_freq")
    which = mid.radio(ui.t("events_shown"), ["key", "all", "none"], format_func=lambda w: ui.t(f"events_{w}"),
                      horizontal=True, key="pa_events")
    share = right.toggle(ui.t("part_normalise"), key="pa_share")
    tidy = ui.served.figure(cube_lists.participation_over_time, agg.over_time, posts, filters, freq)
    if tidy.empty:
        st.info(ui.t("no_data_chart"))
        return
    span = ui.large.span(filters) if posts is None else (str(posts["day"].min().date()), str(posts["day"].max().date()))
    events = events_for(gazetteer.key_dates(*span), which)
    fig = charts_participation.category_lines(tidy, "share" if share else "n", NAMES, ui.t("part_time_title"),
                                              events, ui.lang(), ui.t("share_posts") if share else ui.t("posts_label"))
    n = ui.served.figure(cube_lists.n_posts_with, n_posts_with, posts, filters, "participation")
    event = ui.chart(fig, tidy, "participation_time", filters, n)
    ui.validation.note("participation", posts)
    ui.event_key(events)
    for category, start, *_ in _points(event)[:1]:
        if posts is None:
            ui.large_posts.selection(filters, "participation_time_sel", f"{NAMES.get(category, category)} · {start}",
                                     {"participation": str(category)}, (start, freq))
            continue
        mask = has_item(posts["participation"], str(category)) & in_period(posts, start, freq)
        _show_posts(posts[mask], "participation_time_sel", f"{NAMES.get(category, category)} · {start}")


def balance_section() -> None:
    tidy = ui.served.figure(cube_lists.participation_by_region, agg.by_region, posts, filters,
                            geo_shapes.names("region"))
    both = tidy[agg.CALL] + tidy[agg.BOYCOTT]
    if not both.sum():
        st.info(ui.t("no_data_chart"))
        return
    zoom = st.toggle(ui.t("zoom_bamako"), key="pa_zoom")
    frame = tidy.rename(columns={"region": "area", "balance": "value"}).assign(n=both)[["area", "value", "n"]]
    style = dict(value_label=ui.t("balance_label"), diverging=True, value_format="+.2f")
    st.caption(ui.t("balance_note") + " " + ui.t("map_credit"))
    main, side = st.columns([4, 1])
    side.plotly_chart(ui.localised(charts_map.bamako_inset(frame, "region", **style)), key="participation_inset",
                      config={"displaylogo": False})
    with main:
        fig = charts_map.choropleth(frame, "region", ui.t("balance_title"), zoom_bamako=zoom, **style)
        event = ui.chart(fig, tidy, "participation_balance", filters, int(both.sum()))
        ui.validation.note("participation", posts, by="region")
    picked = [str(p[0]) for p in _points(event)[:1]]
    names = tidy.loc[both > 0, "region"].tolist()
    region = picked[0] if picked else st.selectbox(ui.t("pick_area"), [None, *names], key="pa_pick",
                                                   format_func=lambda a: "—" if a is None else a)
    if region and posts is None:
        ui.large_posts.selection(filters, "participation_balance_sel", str(region),
                                 {"region": str(region), "participation": [agg.CALL, agg.BOYCOTT]})
    elif region:
        calls = has_item(posts["participation"], agg.CALL) | has_item(posts["participation"], agg.BOYCOTT)
        _show_posts(posts[(posts["region"] == region).to_numpy() & calls], "participation_balance_sel", str(region))


def turnout_section() -> None:
    if posts is None:
        known = agg.known_turnout(gazetteer.turnout_by_region())
        tidy = agg.with_turnout(ui.served.answer(cube_lists.participation_by_region, filters, list(known)), known)
    else:
        tidy = agg.turnout_vs_online(posts, gazetteer.turnout_by_region())
    if tidy.empty:
        st.info(ui.t("no_turnout"))
        return
    fig = charts_participation.turnout_scatter(tidy, ui.t("turnout_title"), ui.t("turnout_x"), ui.t("turnout_y"))
    event = ui.chart(fig, tidy, "participation_turnout", filters, int(tidy["posts"].sum()))
    st.caption(ui.t("turnout_caption"))
    for region, *_ in _points(event)[:1]:
        if posts is None:
            ui.large_posts.selection(filters, "participation_turnout_sel", str(region), {"region": str(region)})
            continue
        _show_posts(posts[(posts["region"] == region).to_numpy()], "participation_turnout_sel", str(region),
                    {"region": str(region)})


if not ui.nothing_to_draw(posts, filters):
    if posts is not None and not n_posts_with(posts, "participation") and not n_posts_with(posts, "region"):
        st.info(ui.t("not_annotated"))
    st.caption(ui.t("click_hint"))
    time_section()
    balance_section()
    turnout_section()
