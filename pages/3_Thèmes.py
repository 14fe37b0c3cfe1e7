"""Thèmes: normalised topic share over time, topic x party and topic x region, discovered topics."""
import pandas as pd

import streamlit as st

import ui
from analysis.aggregate import topics as agg
from analysis import gazetteer
from analysis.charts import topics as charts_topics
from analysis.aggregate.lists import has_item, n_posts_with
from analysis.aggregate import cube_lists
from analysis.aggregate.timeline import events_for, in_period
from analysis.i18n import TOPIC_LABELS, labels

posts, filters = ui.page_setup("themes")  # posts None: a large store (ui.large)
NAMES = labels(TOPIC_LABELS, ui.lang())


def _show_posts(chosen, key: str, what: str, selection: dict | None = None, period: tuple | None = None) -> None:
    ui.show_selection(chosen, key, what, filters, selection, period)


def _points(event) -> list[list]:
    return [p["customdata"] for p in ui.selected_points(event) if p.get("customdata")]


def share_section(freq: str, events: list[dict]) -> None:
    tidy = ui.served.figure(cube_lists.topic_share, agg.topic_share, posts, filters, freq)
    if tidy.empty:
        st.info(ui.t("no_topics"))
        return
    fig = charts_topics.share_area(tidy, NAMES, ui.t("topic_share_title"), events, ui.lang())
    event = ui.chart(fig, tidy, "themes_share", filters, ui.served.figure(cube_lists.n_posts_with, n_posts_with, posts, filters, "topics"))
    ui.event_key(events)
    for topic, start, *_ in _points(event)[:1]:
        if posts is None:
            ui.large_posts.selection(filters, "themes_share_sel", f"{NAMES.get(topic, topic)} · {start}",
                                     {"topic": topic}, (start, freq))
            continue
        mask = has_item(posts["topics"], str(topic)) & in_period(posts, start, freq)
        _show_posts(posts[mask], "themes_share_sel", f"{NAMES.get(topic, topic)} · {start}", {"topic": topic},
                   (start, freq))


def heatmap_section(row: str, title_key: str, key: str) -> None:
    tidy = ui.served.figure(cube_lists.topic_by, agg.topic_by, posts, filters, row, top=12)
    if tidy.empty:
        st.info(ui.t("no_data_chart"))
        return
    rows = tidy.groupby(row)["n"].sum().sort_values(ascending=False).index.tolist()
    columns = sorted(tidy["topics"].unique(), key=lambda c: NAMES.get(c, c))
    fig = charts_topics.share_heatmap(tidy, row, rows, columns, NAMES, ui.t(title_key))
    event = ui.chart(fig, tidy, key, filters, ui.served.figure(cube_lists.n_posts_with, n_posts_with, posts, filters, row,
                                                                           "topics"))
    for name, topic, *_ in _points(event)[:1]:
        if posts is None:
            ui.large_posts.selection(filters, f"{key}_sel", f"{name} · {NAMES.get(topic, topic)}",
                                     {"party" if row == "parties" else "region": name, "topic": topic})
            continue
        own = has_item(posts[row], str(name)) if row == "parties" else (posts[row] == name).to_numpy()
        mask = own & has_item(posts["topics"], str(topic))
        selection = {"party" if row == "parties" else "region": name, "topic": topic}
        _show_posts(posts[mask], f"{key}_sel", f"{name} · {NAMES.get(topic, topic)}", selection)


def discovered_section() -> None:
    st.subheader(ui.t("discovered"))
    st.caption(ui.t("discover_note", n=agg.DISCOVERY_SAMPLE))
    if posts is None:
        st.info(ui.t("large_section_unavailable"))
        return
    state_key = repr(sorted(filters.to_params().items()))
    if st.button(ui.t("discover_button"), key="themes_discover"):
        with st.spinner("NMF…"):
            st.session_state["themes_discovered"] = (state_key, agg.discover(posts))
    stored = st.session_state.get("themes_discovered")
    if not stored or stored[0] != state_key:
        return
    found = stored[1]
    if found is None:
        st.info(ui.t("discover_missing"))
        return
    if not found:
        st.info(ui.t("discover_none"))
        return
    names = [ui.t("discovered_topic", i=d["topic"] + 1) for d in found]
    table = pd.DataFrame({"topic": names, "terms": [", ".join(d["top_terms"]) for d in found]})
    ui.tables.show(table, labels={"topic": ui.t("topic_col"), "terms": ui.t("top_terms")}, wide=("terms",))
    choice = st.selectbox(ui.t("example_posts"), range(len(found)), format_func=lambda i: names[i],
                          key="themes_topic_pick")
    ui.posts_table(agg.examples(posts, found[choice]["example_post_ids"]), "themes_examples")


if not ui.nothing_to_draw(posts, filters):
    if posts is not None and not n_posts_with(posts, "topics") and not n_posts_with(posts, "parties"):
        st.info(ui.t("not_annotated"))
    left, right = st.columns(2)
    freq = left.radio(ui.t("freq"), ["W", "D"], format_func=lambda f: ui.t(f"freq_{f}"), horizontal=True,
                      key="th_freq")
    which = right.radio(ui.t("events_shown"), ["key", "all", "none"], format_func=lambda w: ui.t(f"events_{w}"),
                        horizontal=True, key="th_events")
    span = ui.large.span(filters) if posts is None else (str(posts["day"].min().date()), str(posts["day"].max().date()))
    st.caption(ui.t("click_hint"))
    share_section(freq, events_for(gazetteer.key_dates(*span), which))
    heatmap_section("parties", "topic_party_title", "themes_party")
    heatmap_section("region", "topic_region_title", "themes_region")
    discovered_section()
