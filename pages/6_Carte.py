"""Carte: region or cercle choropleth of a chosen measure, rendered offline from the shipped outlines."""
from urllib.parse import urlencode

import streamlit as st

import ui
from analysis.aggregate import map as agg
from analysis.aggregate import cube_pages
from analysis.charts import map as charts_map
from analysis.aggregate import posts as posts_view
from analysis.i18n import CATEGORY_LABELS, label

posts, filters = ui.page_setup("map")  # posts None: a large store (ui.large)


def _measure_name(measure: str) -> str:
    if measure.startswith("share:"):
        return ui.t("measure_share", cat=label(CATEGORY_LABELS, measure[6:], ui.lang()))
    return ui.t(f"measure_{measure}")


def _controls() -> tuple[str, str, bool]:
    left, mid, right = st.columns([2, 1, 1])
    measure = left.selectbox(ui.t("measure"), list(agg.MEASURES), format_func=_measure_name, key="map_measure")
    level = mid.radio(ui.t("level"), list(agg.LEVELS), format_func=lambda v: ui.t(f"level_{v}"), horizontal=True,
                      key="map_level")
    zoom = right.toggle(ui.t("zoom_bamako"), key="map_zoom")
    return measure, level, zoom


def _style(measure: str) -> dict:
    """Value label, scale and number format of a measure."""
    if measure == "volume":
        return dict(value_label=ui.t("posts_label"), value_format=",.0f")
    if measure == "tone":
        return dict(value_label=ui.t("tone"), diverging=True, value_format="+.2f")
    return dict(value_label=f"{_measure_name(measure)} (%)", value_format=".1f")


def _draw(tidy, measure: str, level: str, zoom: bool):
    """Main map with its caption and CSV on the left, the Bamako inset on the right; returns the click event."""
    title = ui.t("map_title", measure=_measure_name(measure), level=ui.t(f"level_{level}"))
    main, side = st.columns([4, 1])
    with side:
        st.plotly_chart(ui.localised(charts_map.bamako_inset(tidy, level, **_style(measure))), key=f"map_inset_{level}",
                        config={"displaylogo": False})
    with main:
        fig = charts_map.choropleth(tidy, level, title, zoom_bamako=zoom, **_style(measure))
        event = ui.chart(fig, tidy, f"map_{level}", filters, int(tidy["n"].sum()))
        if measure != "volume":
            ui.validation.note("tone" if measure == "tone" else "participation", posts,
                               by="region" if level == "region" else None)
    style = _style(measure)
    ranking = charts_map.ranking(tidy, ui.t("map_ranking", level=ui.t(f"level_{level}")), style["value_label"],
                                 style["value_format"])
    st.plotly_chart(ui.localised(ranking), key=f"map_ranking_{level}",
                    config={"displaylogo": False})
    return event


def _selected_area(event, tidy) -> str | None:
    for point in ui.selected_points(event):
        data = point.get("customdata")
        if data:
            return str(data[0])
        if point.get("location"):
            return str(point["location"])
    return None


def _large_area(level: str, area: str) -> None:
    """The posts of one shape on a large store, one page by SQL (agg.in_area's rule)."""
    if level == "region" or area == "Bamako":
        chosen = {"region": area}
    else:
        chosen = {"cercle": area, "region_not": "Bamako"}
    st.subheader(f"{ui.t('area_posts')} : {area}")
    ui.large_posts.one_page(filters, "map_selection", chosen, descending=False)


if not ui.nothing_to_draw(posts, filters):
    measure, level, zoom = _controls()
    if posts is not None and measure == "tone" and not posts["sentiment"].notna().any():
        st.info(ui.t("not_annotated"))
    else:
        tidy = ui.served.figure(cube_pages.area_values, agg.area_values, posts, filters, level, measure)
        if not tidy["n"].sum():
            st.info(ui.t("no_data_chart"))
        else:
            st.caption(ui.t("click_hint"))
            event = _draw(tidy, measure, level, zoom)
            unplaced = ui.large.count(filters) - int(tidy["posts"].sum()) if posts is None else agg.unplaced(posts, tidy)
            st.caption(ui.t("map_note", n=f"{unplaced:,}".replace(",", "\u202f")) + " "
                       + ui.t("map_credit"))
            names = [a for a in tidy.loc[tidy["posts"] > 0, "area"]]
            area = _selected_area(event, tidy) or st.selectbox(ui.t("pick_area"), [None, *names], key="map_pick",
                                                                format_func=lambda a: "—" if a is None else a)
            if area and posts is None:
                _large_area(level, area)
            elif area:
                chosen = posts[agg.in_area(posts, level, area)]
                st.subheader(f"{ui.t('area_posts')} : {area} ({len(chosen)})")
                if level == "region":  # the Posts page narrows by region, not by cercle
                    params = {**filters.to_params(), **posts_view.selection_params({"region": area})}
                    st.markdown(f":material/search: [{ui.t('open_posts_link')}](Posts?{urlencode(params, doseq=True)})")
                ui.posts_table(chosen, "map_selection")
