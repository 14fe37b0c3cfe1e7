"""Comparer les partis: share of voice, tone toward each, topic and region mix, most active accounts.
On a large store (posts None) every figure comes from the aggregates, the accounts and clicked posts by SQL."""
from dataclasses import replace
from urllib.parse import urlencode

import numpy as np
import pandas as pd
import streamlit as st

import ui
from analysis.aggregate import parties as agg
from analysis.aggregate import cube_pages, cube_parties
from analysis import gazetteer
from analysis.charts import parties as charts_parties
from analysis.aggregate import posts as posts_view
from analysis.aggregate.lists import has_item
from analysis.aggregate.timeline import events_for, in_period
from analysis.i18n import TOPIC_LABELS, labels

posts, filters = ui.page_setup("compare")  # posts None: a large store (ui.large)
# The sidebar's party filter picks the parties compared; the denominator keeps every party's posts.
base_filters = replace(filters, parties=())
if filters.parties and posts is not None:
    posts = base_filters.apply(ui.loaded().posts)


def _n() -> int:
    return ui.large.count(base_filters) if posts is None else len(posts)


def _show_posts(mask, key: str, what: str, selection: dict | None = None, period: tuple | None = None) -> None:
    chosen = posts[mask]
    st.subheader(f"{ui.t('selection_posts')} ({len(chosen)})")
    st.caption(ui.t("other_posts_hint", what=what))
    if selection:  # the same posts on the Posts page (search, sort, full CSV), as a shareable link
        narrowed = replace(base_filters, date_from=period[0], date_to=period[1]) if period else base_filters
        params = {**narrowed.to_params(), **posts_view.selection_params(selection)}
        st.markdown(f":material/search: [{ui.t('open_in_posts')}](Posts?{urlencode(params, doseq=True)})")
    ui.posts_table(chosen, key)


def _points(event) -> list[list]:
    return [p["customdata"] for p in ui.selected_points(event) if p.get("customdata")
            and p["customdata"][0] != "__event__"]


def _choose(mentioned: list[str]) -> list[str]:
    options = list(dict.fromkeys(mentioned + gazetteer.party_acronyms(None)))
    kept = [p for p in st.session_state.get("cmp_parties", []) if p in options]
    wanted = agg.default_choice(mentioned, filters.parties)
    if st.session_state.get("cmp_seed") != filters.parties or not kept:
        st.session_state["cmp_parties"] = wanted
        st.session_state["cmp_seed"] = filters.parties
    if filters.parties:
        st.caption(ui.t("party_filter_note"))
    return st.multiselect(ui.t("pick_parties"), options, key="cmp_parties", max_selections=agg.MAX_PARTIES,
                          placeholder=ui.t("choose"))


def summary_section(parties: list[str]) -> None:
    table = ui.served.figure(cube_parties.summary, agg.summary, posts, base_filters, parties)
    ui.tables.show(table, labels={c: ui.t(f"sum_{c}") for c in table.columns}, decimals={"tone": 2},
                   signed=("tone",), percents=("share",))
    ui.download_csv(table.rename(columns={c: ui.t(f"sum_{c}") for c in table.columns}), "vigie_compare_summary.csv",
                    "dl_compare_summary")
    ui.caption(base_filters, _n())


def share_section(parties: list[str]) -> None:
    freq = st.radio(ui.t("freq"), ["W", "D"], format_func=lambda f: ui.t(f"freq_{f}"), horizontal=True,
                    key="cmp_freq")
    tidy = ui.served.figure(cube_pages.share_of_voice, agg.share_of_voice, posts, base_filters, parties, freq)
    span = ui.large.span(base_filters) if posts is None else (str(posts["day"].min().date()),
                                                               str(posts["day"].max().date()))
    events = events_for(gazetteer.key_dates(*span), "key")
    fig = charts_parties.share_lines(tidy, parties, ui.t("sov_title"), ui.t("sov_axis"), events, ui.lang(),
                                     ui.t("small_sample"))
    st.caption(ui.t("sov_note"))
    event = ui.chart(fig, tidy, "compare_share", base_filters, _n())
    ui.event_key(events)
    for party, start, *_ in _points(event)[:1]:
        if posts is None:
            ui.large_posts.selection(base_filters, "compare_share_sel", f"{party} · {start}", {"party": str(party)},
                                     (start, freq))
            continue
        mask = has_item(posts["parties"], str(party)) & in_period(posts, start, freq)
        first = pd.Timestamp(start).date()
        last = (pd.Timestamp(start) + pd.Timedelta(days=6 if freq == "W" else 0)).date()
        _show_posts(mask, "compare_share_sel", f"{party} · {start}", {"party": party},
                    (max(first, base_filters.date_from or first), min(last, base_filters.date_to or last)))


def tone_section(parties: list[str]) -> None:
    tidy = ui.served.figure(cube_pages.tone_toward, agg.tone_toward, posts, base_filters, parties)
    if tidy.empty or int(tidy["n"].sum()) == 0:
        st.info(ui.t("no_party_tone"))
        return
    words = {k: ui.t(f"{k}_word") for k in ("negative", "neutral", "positive")}
    fig = charts_parties.tone_bars(tidy, ui.t("tone_cmp_title"), words, ui.t("mean_tone_short"), ui.t("small_sample"))
    st.caption(ui.t("tone_party_note"))
    event = ui.chart(fig, tidy, "compare_tone", base_filters, int(tidy["n"].sum()))
    named = None if posts is None else posts[np.logical_or.reduce([agg.names_party(posts, p) for p in parties])]
    ui.validation.note("tone", named, by="party", only=parties)
    for party, label, *_ in _points(event)[:1]:
        if posts is None:
            st.info(ui.t("large_tone_selection"))
            continue
        _show_posts(agg.tone_label_mask(posts, str(party), str(label)), "compare_tone_sel",
                    f"{party} · {words.get(label, label)}")


def mix_section(parties: list[str], column: str, title_key: str, names: dict) -> None:
    tidy = ui.served.figure(cube_parties.mix, agg.mix, posts, base_filters, parties, column)
    if tidy.empty:
        st.info(ui.t("no_data_chart"))
        return
    fig = charts_parties.mix_bars(tidy, column, parties, names, ui.t(title_key), ui.t("mix_axis"))
    key = f"compare_{column}"
    event = ui.chart(fig, tidy, key, base_filters, int(tidy.drop_duplicates("party")["base"].sum()))
    for party, value, *_ in _points(event)[:1]:
        chosen = {"party": str(party), "topic" if column == "topics" else "region": str(value)}
        if posts is None:
            ui.large_posts.selection(base_filters, f"{key}_sel", f"{party} · {names.get(value, value)}", chosen)
            continue
        own = has_item(posts[column], str(value)) if column == "topics" else (posts[column] == value).to_numpy()
        _show_posts(has_item(posts["parties"], str(party)) & own, f"{key}_sel",
                    f"{party} · {names.get(value, value)}", chosen)


def _accounts_table(frame, key: str) -> None:
    shown = frame.copy()
    shown["author_name"] = ui.display_names(shown).to_numpy() if len(shown) else []
    shown = ui.shown_to_role(shown[["party", "author_name", "posts", "share"]])
    ui.tables.show(shown, labels={"party": ui.t("party"), "author_name": ui.t("account"), "posts": ui.t("posts_col"),
                                  "share": ui.t("share_col")}, percents=("share",))
    ui.download_csv(shown, f"vigie_{key}.csv", f"dl_{key}")


def accounts_section(parties: list[str]) -> None:
    st.caption(ui.t("accounts_for_note"))
    if posts is None and not st.toggle(ui.t("large_accounts_toggle"), key="cmp_accounts",
                                       help=ui.t("large_accounts_help")):
        st.caption(ui.t("large_accounts_help"))
        return
    left, right = st.columns(2)
    for column, side, title in ((left, "for", "accounts_for"), (right, "about", "accounts_about")):
        with column:
            st.subheader(ui.t(title))
            table = ui.large.party_accounts(base_filters, parties)[side] if posts is None else \
                agg.accounts(posts, parties, side)
            if table.empty:
                st.info(ui.t("no_actor_posts") if side == "for" else ui.t("no_data_chart"))
                continue
            _accounts_table(table, f"compare_accounts_{side}")
            ui.caption(base_filters, int(table["posts"].sum()))


if not ui.nothing_to_draw(posts, base_filters):
    mentioned = ui.served.figure(cube_pages.mentioned_parties, agg.mentioned_parties, posts, base_filters)
    parties = _choose(mentioned)
    if not mentioned:
        st.info(ui.t("no_party_named"))
    elif len(parties) < 2:
        st.info(ui.t("pick_more"))
    else:
        st.caption(ui.t("click_hint") + " " + ui.t("small_note"))
        summary_section(parties)
        share_section(parties)
        tone_section(parties)
        mix_section(parties, "topics", "topic_mix_title", labels(TOPIC_LABELS, ui.lang()))
        st.caption(ui.t("mix_note"))
        mix_section(parties, "region", "region_mix_title", {})
        accounts_section(parties)
