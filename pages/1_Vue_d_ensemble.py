"""Vue d'ensemble: posts per day with campaign events, headline figures, most active accounts."""
import streamlit as st

import ui
from analysis import gazetteer
from analysis.aggregate import overview as aggregate
from analysis.charts import overview as charts
from analysis.charts import colours as colors
from analysis import i18n
from analysis.aggregate.timeline import events_for
from analysis.aggregate import cube

posts, filters = ui.page_setup("overview")


def _large_page() -> None:
    """The same page on a large store: figures from the aggregates, accounts and posts by SQL (ui.large)."""
    accounts, top = ui.large.account_figures(filters)
    figures = {**ui.served.answer(cube.headline, filters), "accounts": accounts}
    if not figures["posts"]:
        st.info(ui.t("empty"))
        return
    c1, c2, c3 = st.columns(3)
    c1.metric(ui.t("n_posts"), f"{figures['posts']:,}".replace(",", "\u202f"))
    c2.metric(ui.t("n_accounts"), f"{figures['accounts']:,}".replace(",", "\u202f"))
    c3.metric(ui.t("mean_tone"), "—" if figures["mean_tone"] is None else f"{figures['mean_tone']:+.2f}")
    st.caption(ui.t("large_unvalidated"))
    split = st.radio(ui.t("split_by"), ["platform", "lang"], format_func=ui.t, horizontal=True, key="ov_split")
    tidy = ui.served.answer(cube.posts_per_day, filters, split)
    event = _volume(tidy, split, figures["posts"], *ui.large.span(filters))
    points = ui.selected_points(event)
    if points:
        st.subheader(ui.t("selection_posts"))
        selection = {"day": str(points[0].get("x"))[:10]}
        groups = [str(p["customdata"][0]) for p in points if p.get("customdata")]
        if groups:
            selection[split] = groups[0]
        ui.large_posts.one_page(filters, "overview_selection", selection, descending=False)
    st.subheader(ui.t("top_accounts"))
    _top(top)


def _volume(tidy, split: str, n: int, first: str, last: str):
    palette = colors.PLATFORM_COLORS if split == "platform" else colors.LANG_COLORS
    labels = i18n.PLATFORM_LABELS if split == "platform" else {k: i18n.lang_label(k, ui.lang()) for k in i18n.LANG_LABELS}
    events = events_for(gazetteer.key_dates(first, last), "key")
    fig = charts.stacked_volume(tidy, split, palette, ui.t("posts_per_day"), events, labels, ui.lang())
    st.caption(ui.t("click_hint"))
    event = ui.chart(fig, tidy, "overview_volume", filters, n)
    ui.event_key(events)
    return event


def _top(top) -> None:
    top["author_name"] = ui.display_names(top)
    st.plotly_chart(ui.localised(charts.horizontal_bars(top, "author_name", "posts", ui.t("top_accounts"))),
                    key="overview_top")
    ui.download_csv(top, "vigie_top_accounts.csv", "dl_top")


if posts is None:
    _large_page()
elif not ui.empty_state(posts):
    figures = aggregate.headline(posts)
    c1, c2, c3 = st.columns(3)
    c1.metric(ui.t("n_posts"), f"{figures['posts']:,}".replace(",", "\u202f"))
    c2.metric(ui.t("n_accounts"), f"{figures['accounts']:,}".replace(",", "\u202f"))
    c3.metric(ui.t("mean_tone"), "—" if figures["mean_tone"] is None else f"{figures['mean_tone']:+.2f}")
    ui.validation.note("tone", posts)

    split = st.radio(ui.t("split_by"), ["platform", "lang"], format_func=ui.t, horizontal=True, key="ov_split")
    tidy = ui.served.figure(cube.posts_per_day, aggregate.posts_per_day, posts, filters, split)
    palette = colors.PLATFORM_COLORS if split == "platform" else colors.LANG_COLORS
    labels = i18n.PLATFORM_LABELS if split == "platform" else {k: i18n.lang_label(k, ui.lang()) for k in i18n.LANG_LABELS}
    events = events_for(gazetteer.key_dates(str(posts["day"].min().date()), str(posts["day"].max().date())), "key")
    fig = charts.stacked_volume(tidy, split, palette, ui.t("posts_per_day"), events, labels, ui.lang())
    st.caption(ui.t("click_hint"))
    event = ui.chart(fig, tidy, "overview_volume", filters, len(posts))
    ui.event_key(events)

    points = ui.selected_points(event)
    if points:
        days = {str(p.get("x"))[:10] for p in points}
        groups = {str(p["customdata"][0]) for p in points if p.get("customdata")}
        chosen = posts[posts["day"].dt.strftime("%Y-%m-%d").isin(days)]
        if groups:
            chosen = chosen[chosen[split].astype(str).isin(groups)]
        st.subheader(f"{ui.t('selection_posts')} ({len(chosen)})")
        ui.posts_table(chosen, "overview_selection")

    st.subheader(ui.t("top_accounts"))
    top = aggregate.top_accounts(posts)
    top["author_name"] = ui.display_names(top)
    st.plotly_chart(ui.localised(charts.horizontal_bars(top, "author_name", "posts", ui.t("top_accounts"))),
                    key="overview_top")
    ui.download_csv(top, "vigie_top_accounts.csv", "dl_top")
