"""Alertes: the feed, newest first, each alert with its explanation, observed against expected, its posts and a
link to them on the Posts page; thresholds adjustable; CSV export. On a large store (posts None) the alerts come
from hourly counts (the same alerts) and their posts open on the Posts page."""
from dataclasses import replace
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

import ui
from analysis import alerts
from analysis.aggregate import alerts as view
from analysis.charts import warnings as charts

posts, filters = ui.page_setup("page_alertes", large_search=False)  # hourly counts: no text


def _settings() -> alerts.Settings:
    base = alerts.Settings()
    with st.expander(ui.t("al_settings")):
        c1, c2, c3 = st.columns(3)
        fdr = c1.select_slider(ui.t("al_fdr"), [0.001, 0.005, 0.01, 0.05, 0.1], value=base.fdr, key="al_fdr")
        ratio = c2.slider(ui.t("al_ratio"), 1.0, 5.0, base.min_ratio, 0.5, key="al_ratio")
        volume = c3.number_input(ui.t("al_volume"), 1, 500, base.min_volume, key="al_volume")
    return replace(base, fdr=float(fdr), min_ratio=float(ratio), min_volume=int(volume))


def _feed(found: pd.DataFrame) -> pd.DataFrame:
    c1, c2 = st.columns([3, 1])
    kinds = c1.multiselect(ui.t("al_kinds"), list(alerts.KINDS), key="al_kinds", placeholder=ui.t("choose"),
                           format_func=lambda k: ui.t(f"kind_{k}"))
    score = c2.number_input(ui.t("al_score"), 0.0, 100.0, 0.0, 0.5, key="al_score")
    in_dates = found if filters.date_from is None else found[pd.to_datetime(found["end"]).dt.date >= filters.date_from]
    in_dates = in_dates if filters.date_to is None else in_dates[pd.to_datetime(in_dates["start"]).dt.date <= filters.date_to]
    return view.feed(in_dates, kinds, score, filters.regions)


def _table(feed: pd.DataFrame) -> None:
    shown = feed.assign(kind=feed["kind"].map(lambda k: ui.t(f"kind_{k}")))
    ui.tables.show(ui.tables.readable(shown), key="al_table", decimals={"observed": 1, "expected": 1, "score": 1})
    ui.download_csv(feed, "vigie_alertes.csv", "dl_alerts")


def _one(feed: pd.DataFrame, settings: alerts.Settings) -> None:
    labels = {i: f"{ui.t('kind_' + a.kind)} · {a.region or a.platform or '—'} · {pd.Timestamp(a.start):%d/%m %H:%M}"
              for i, a in enumerate(feed.itertuples())}
    pick = st.selectbox(ui.t("al_pick"), list(labels), format_func=labels.get, key="al_pick")
    alert = feed.iloc[pick]
    st.text(alert["explanation"])
    series = ui.warnings.alert_series(alert, settings)
    if series.empty:
        st.caption(ui.t("al_no_chart"))
    else:
        names = {"observed": ui.t("al_observed"), "expected": ui.t("al_expected")}
        ui.chart(charts.observed_expected(series, alert["start"], alert["end"], names, ui.t("al_chart")), series,
                 "alertes_series")
    link = urlencode(view.posts_page_params(filters, alert), doseq=True)
    if posts is None:  # the posts are not loaded: the Posts page lists the alert's days, platform and region
        st.subheader(ui.t("al_posts"))
        st.caption(ui.t("large_alert_posts"))
        st.markdown(f":material/search: [{ui.t('al_open_posts')}](Posts?{link})")
        return
    chosen = view.alert_posts(posts, alert)
    st.subheader(f"{ui.t('al_posts')} ({len(chosen)})")
    st.markdown(f":material/search: [{ui.t('al_open_posts')}](Posts?{link})")
    ui.posts_table(chosen, "alertes_posts")


if not ui.nothing_to_draw(posts, filters):
    st.caption(ui.t("al_intro"))
    settings = _settings()
    result = ui.warnings.found_alerts(settings)
    if result.summary.get("notes"):
        st.caption(ui.t("al_notes", notes="; ".join(result.summary["notes"])))
    feed = _feed(result.alerts)
    st.metric(ui.t("al_n"), len(feed))
    if feed.empty:
        st.info(ui.t("al_none"))
    else:
        _table(feed)
        _one(feed, settings)
    st.caption(ui.t("al_method"))
