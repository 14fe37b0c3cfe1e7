"""Sentiment: net tone toward each party and per region over time, tone distribution per platform."""
import numpy as np

import streamlit as st

import ui
from analysis.aggregate import tone as agg
from analysis import gazetteer
from analysis.charts import tone as charts_tone
from analysis.charts import colours as colors
from analysis import i18n
from analysis.aggregate.lists import n_posts_with
from analysis.aggregate import cube_tone, cube_lists
from analysis.aggregate.timeline import events_for, in_period
from analysis.charts.base import region_colors

posts, filters = ui.page_setup("sentiment")  # posts None: a large store (ui.large)


def _controls(prefix: str) -> tuple[str, str]:
    left, right = st.columns(2)
    freq = left.radio(ui.t("freq"), ["W", "D"], format_func=lambda f: ui.t(f"freq_{f}"), horizontal=True,
                      key=f"{prefix}_freq")
    which = right.radio(ui.t("events_shown"), ["key", "all", "none"], format_func=lambda w: ui.t(f"events_{w}"),
                        horizontal=True, key=f"{prefix}_events")
    return freq, which


def _show_posts(chosen, key: str, what: str, selection: dict | None = None, period: tuple | None = None) -> None:
    ui.show_selection(chosen, key, what, filters, selection, period)


def _pick(label: str, options: list[str], default: list[str], key: str) -> list[str]:
    """Multiselect whose remembered choice is dropped when the filters leave none of it valid."""
    remembered = list(st.session_state.get(key, []))
    kept = [v for v in remembered if v in options]
    if kept != remembered or not kept:
        st.session_state[key] = kept or default
    return st.multiselect(label, options, key=key, placeholder=ui.t("choose"))


def _panel_points(event) -> list[tuple[str, str]]:
    return [(str(p["customdata"][0]), str(p["customdata"][1])) for p in ui.selected_points(event)
            if p.get("customdata") and p["customdata"][0] != "__event__"]


def party_section(freq: str, events: list[dict]) -> None:
    mentions = ui.served.figure(cube_tone.tone_mentions, agg.tone_mentions, posts, filters)
    if mentions.empty:
        st.info(ui.t("no_party_tone"))
        return
    default = [p for p in filters.parties if p in set(mentions["party"])] or mentions["party"].head(6).tolist()
    chosen = _pick(ui.t("panels_parties"), mentions["party"].tolist(), default, "se_parties")
    tidy = ui.served.figure(cube_tone.tone_by_party, agg.tone_by_party, posts, filters, freq, chosen)
    if tidy.empty:
        st.info(ui.t("no_data_chart"))
        return
    order = [p for p in chosen if p in set(tidy["party"])]
    fig = charts_tone.tone_panels(tidy, "party", order, colors.PARTY_COLORS, ui.t("tone_party_title"), events,
                                  ui.lang(), freq)
    st.caption(ui.t("tone_party_note"))
    event = ui.chart(fig, tidy, "sentiment_party", filters, ui.served.figure(cube_lists.n_posts_with, n_posts_with,
                                                                           posts, filters, "party_tone"))
    ui.validation.note("tone", posts, by="party", only=order)
    ui.event_key(events)
    for party, start in _panel_points(event)[:1]:
        if posts is None:
            ui.large_posts.selection(filters, "sentiment_party_sel", f"{party} · {start}", {"party": party},
                                     (start, freq))
            continue
        mask = agg.names_party(posts["party_tone"], party) & in_period(posts, start, freq)
        _show_posts(posts[mask], "sentiment_party_sel", f"{party} · {start}", {"party": party}, (start, freq))


def region_section(freq: str, events: list[dict]) -> None:
    volume = ui.served.figure(cube_tone.region_volume, agg.region_volume, posts, filters)
    if volume.empty:
        st.info(ui.t("no_data_chart"))
        return
    default = [r for r in filters.regions if r in set(volume["region"])] or volume["region"].head(6).tolist()
    chosen = _pick(ui.t("panels_regions"), volume["region"].tolist(), default, "se_regions")
    tidy = ui.served.figure(cube_tone.tone_by_region, agg.tone_by_region, posts, filters, freq, chosen)
    if tidy.empty:
        st.info(ui.t("no_data_chart"))
        return
    order = [r for r in chosen if r in set(tidy["region"])]
    fig = charts_tone.tone_panels(tidy, "region", order, region_colors(), ui.t("tone_region_title"), events,
                                  ui.lang(), freq)
    event = ui.chart(fig, tidy, "sentiment_region", filters, int(tidy["n"].sum()))
    ui.validation.note("tone", posts, by="region", only=order)
    for region, start in _panel_points(event)[:1]:
        if posts is None:
            ui.large_posts.selection(filters, "sentiment_region_sel", f"{region} · {start}",
                                     {"region": region, "scored": True}, (start, freq))
            continue
        mask = (posts["region"] == region).to_numpy() & in_period(posts, start, freq)
        mask &= posts["sentiment"].notna().to_numpy()
        _show_posts(posts[mask], "sentiment_region_sel", f"{region} · {start}", {"region": region}, (start, freq))


def platform_section() -> None:
    tidy = ui.served.figure(cube_tone.tone_distribution, agg.tone_distribution, posts, filters, "platform")
    if tidy.empty:
        st.info(ui.t("no_data_chart"))
        return
    fig = charts_tone.tone_distribution(tidy, "platform", colors.PLATFORM_COLORS, ui.t("tone_platform_title"),
                                        i18n.PLATFORM_LABELS, ui.t("share_posts"), ui.t("tone"))
    event = ui.chart(fig, tidy, "sentiment_platform", filters, int(tidy["n"].sum()))
    ui.validation.note("tone", posts, by="platform")
    points = [p for p in ui.selected_points(event) if p.get("customdata")]
    for point in points[:1]:
        platform, number = str(point["customdata"][0]), int(point["customdata"][1])
        if posts is None:
            ui.large_posts.selection(filters, "sentiment_platform_sel", i18n.PLATFORM_LABELS.get(platform, platform),
                                     {"platform": platform, "tone_bin": number})
            continue
        mask = (posts["platform"] == platform).to_numpy() & agg.in_tone_bin(posts, number)
        _show_posts(posts[mask], "sentiment_platform_sel", i18n.PLATFORM_LABELS.get(platform, platform))


if ui.nothing_to_draw(posts, filters):
    pass
elif posts is not None and not np.isfinite(posts["sentiment"].to_numpy(dtype=float)).any():
    st.info(ui.t("not_annotated"))
else:
    freq, which = _controls("se")
    span = ui.large.span(filters) if posts is None else (str(posts["day"].min().date()), str(posts["day"].max().date()))
    events = events_for(gazetteer.key_dates(*span), which)
    st.caption(ui.t("click_hint"))
    party_section(freq, events)
    region_section(freq, events)
    platform_section()
