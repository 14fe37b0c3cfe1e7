"""Coordination: copy-paste groups (who pushed which message, when, on which platforms) and
link-sharing networks, with the method in plain words and the warning that goes with it. On a large store
(posts None) the groups stored by `annotate` are listed from their own posts; the networks need every post."""
import pandas as pd
import streamlit as st

import ui
from analysis import coordination
from analysis.charts import coordination as coordination_charts
from analysis.aggregate import coordination as view
from analysis.i18n import PLATFORM_LABELS
from analysis.i18n import CATEGORY_LABELS, labels

posts, filters = ui.page_setup("coordination")
CATEGORIES = labels(CATEGORY_LABELS, ui.lang())


def _names(author_ids) -> list[str]:
    known = ui.coordination.authors()
    frame = known.reindex(pd.Index([str(a) for a in author_ids])).fillna("")
    frame["author_id"] = frame.index
    return list(ui.display_names(frame.reset_index(drop=True)))


def _settings() -> tuple[int, int, int, float]:
    fixed = posts is None  # a large store: only the groups `annotate` stored, with its settings
    with st.expander(ui.t("co_settings")):
        if fixed:
            st.caption(ui.t("large_co_settings"))
        cols = st.columns(4)
        n = cols[0].number_input(ui.t("co_min_accounts"), 2, 100, 3, key="co_n", disabled=fixed)
        window = cols[1].number_input(ui.t("co_window"), 1, 1440, 60, step=5, key="co_window", disabled=fixed)
        info = cols[2].number_input(ui.t("co_min_info"), 3, 60, coordination.MIN_INFORMATION, key="co_info",
                                    disabled=fixed)
        threshold = cols[3].slider(ui.t("co_threshold"), 0.5, 1.0, 0.8, 0.05, key="co_threshold", disabled=fixed)
    return ui.coordination.DEFAULTS if fixed else (int(n), int(window), int(info), float(threshold))


def _method(n: int, window: int, info: int, threshold: float) -> None:
    st.warning(ui.t("co_warning"))
    with st.expander(ui.t("co_method")):
        st.text(ui.t("co_method_text", min_info=info, threshold=threshold, min_accounts=n, window=window))


def _filtered(groups: pd.DataFrame) -> pd.DataFrame:
    cols = st.columns(3)
    cats = cols[0].multiselect(ui.t("co_filter_cat"), view.item_options(groups, "participation"), key="co_cat", placeholder=ui.t("choose"),
                               format_func=lambda c: CATEGORIES.get(c, c))
    parties = cols[1].multiselect(ui.t("co_filter_party"), view.item_options(groups, "parties"), key="co_party",
                                 placeholder=ui.t("choose"))
    platforms = cols[2].multiselect(ui.t("co_filter_platform"), sorted({p for ps in groups["platforms"] for p in ps}),
                                    key="co_platform", placeholder=ui.t("choose"), format_func=lambda p: PLATFORM_LABELS.get(p, p))
    return view.filter_groups(groups, cats, parties, platforms)


def _group_table(groups: pd.DataFrame) -> None:
    rows = view.group_rows(groups, PLATFORM_LABELS, CATEGORIES)
    names = {"group_id": "group", "n_accounts": "accounts", "n_posts": "posts", "cascade": "cascade",
             "first_seen": "first", "duration_minutes": "duration", "participation": "categories",
             "parties": "parties", "sentiment": "tone", "sample_text": "message"}
    st.subheader(ui.t("co_groups"))
    ui.tables.show(rows, key="co_groups_table", labels={c: ui.t(f"co_col_{k}") for c, k in names.items()},
                   decimals={"sentiment": 2}, signed=("sentiment",), seconds=True)
    ui.download_csv(rows, "vigie_coordination_groupes.csv", "dl_co_groups")


def _accounts_table(chosen: pd.DataFrame, names: list[str]) -> None:
    st.subheader(ui.t("co_accounts"))
    labels = {c: ui.t(f"co_col_{c}") for c in ("author", "posts", "platforms", "first", "last")}
    ui.tables.show(view.accounts(chosen, names, PLATFORM_LABELS), key="co_accounts_table", labels=labels, seconds=True)


def _one_group(groups: pd.DataFrame, ids: pd.Series) -> None:
    label = {g.group_id: ui.t("co_pick_label", g=g.group_id, n=g.n_accounts,
                              what=", ".join(CATEGORIES.get(c, c) for c in g.participation.split(";") if c) or "—")
             for g in groups.itertuples()}
    chosen_id = st.selectbox(ui.t("co_pick"), list(label), format_func=label.get, key="co_pick")
    chosen = view.group_posts(ui.coordination.grouped_posts(), ids, chosen_id)
    names = _names(chosen["author_id"])
    tidy = view.timeline(chosen, names)
    fig = coordination_charts.group_timeline(tidy, ui.t("co_timeline", g=chosen_id), PLATFORM_LABELS, ui.t("co_minutes"))
    ui.chart(fig, tidy, "coordination_timeline")
    cascade = groups.loc[groups["group_id"] == chosen_id, "cascade"].iloc[0]
    st.caption(ui.t("co_cascade", c=coordination.cascade_text([(PLATFORM_LABELS.get(p, p), t) for p, t in cascade])))
    _accounts_table(chosen, names)
    st.subheader(ui.t("co_posts"))
    ui.posts_table(chosen, "coordination_group")


def groups_section(settings) -> None:
    ids, groups = ui.coordination.groups(*settings)
    # a large store: the sidebar's filters applied to the groups' own posts (the same rule as the frame's)
    visible = filters.apply(ui.coordination.grouped_posts()).index if posts is None else posts.index
    groups = view.visible_groups(ids, groups, visible)
    c1, c2, c3 = st.columns(3)
    c1.metric(ui.t("co_n_groups"), len(groups))
    c2.metric(ui.t("co_n_accounts"), len({a for accs in groups["accounts"] for a in accs}))
    c3.metric(ui.t("co_n_posts"), int(groups["n_posts"].sum()))
    groups = _filtered(groups)
    if groups.empty:
        st.info(ui.t("co_no_group"))
        return
    _group_table(groups)
    _one_group(groups, ids)


def networks_section() -> None:
    st.header(ui.t("co_networks"))
    if posts is None:
        st.info(ui.t("large_section_unavailable"))
        return
    result = ui.coordination.networks(repr(filters.to_params()), posts)
    c1, c2, c3 = st.columns(3)
    minutes = result.interval_seconds / 60 if result.interval_seconds == result.interval_seconds else None
    c1.metric(ui.t("co_interval"), "—" if minutes is None else f"{minutes:.0f} min")
    c2.metric(ui.t("co_weight"), "—" if result.networks.empty else f"{result.weight_threshold:g}")
    c3.metric(ui.t("co_links"), result.n_links)
    if result.networks.empty:
        st.info(ui.t("co_no_network"))
        return
    if result.weight_threshold <= 1:
        st.info(ui.t("co_weight_one"))
    nets = list(result.networks["network_id"])
    shown = st.multiselect(ui.t("co_pick_networks"), nets, default=nets[:3], key="co_nets",
                           placeholder=ui.t("choose"))
    edges = result.edges.copy()
    everyone = pd.unique(pd.concat([edges["account_a"], edges["account_b"]]))
    display = dict(zip(everyone, _names(everyone)))
    edges["account_a"], edges["account_b"] = edges["account_a"].map(display), edges["account_b"].map(display)
    nodes, segments = view.network_layout(edges, shown)
    if edges["network_id"].isin(shown).sum() > view.MAX_LAYOUT_EDGES:
        st.caption(ui.t("co_layout_capped", n=view.MAX_LAYOUT_EDGES))
    if len(nodes):
        fig = coordination_charts.network(nodes, segments, ui.t("co_network_chart", nets=", ".join(shown)),
                                          ui.t("co_partners"))
        ui.chart(fig, nodes, "coordination_network")
    table = result.networks[["network_id", "n_accounts", "n_edges", "n_links", "platforms", "first_seen", "last_seen"]].copy()
    table["platforms"] = table["platforms"].map(lambda ps: ", ".join(PLATFORM_LABELS.get(p, p) for p in ps))
    keys = dict(zip(table.columns, ("network", "accounts", "ties", "links", "platforms", "first", "last")))
    st.subheader(ui.t("co_network_table"))
    ui.tables.show(table, key="co_networks_table", labels={c: ui.t(f"co_col_{k}") for c, k in keys.items()})


if not ui.nothing_to_draw(posts, filters):
    st.caption(ui.t("co_intro"))
    settings = _settings()
    _method(*settings)
    groups_section(settings)
    networks_section()
