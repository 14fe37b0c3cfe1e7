"""Rumeurs: the claims found (or defined by keywords or a seed post), each with its cascade across platforms
and regions, its rebuttals, the claim-versus-rebuttal curve, its accounts and its posts. On a large store (posts
None) the claims stored by `claims` are described from their own posts; new ones cannot be defined."""
import pandas as pd
import streamlit as st

import ui
from analysis import coordination
from analysis.aggregate import claims as view
from analysis.charts import warnings as charts
from analysis.i18n import PLATFORM_LABELS

posts, filters = ui.page_setup("page_rumeurs")


def _user_claim() -> tuple[str, str]:
    if posts is None:  # matching keywords or a seed post reads every post's text
        st.caption(ui.t("large_user_claim"))
        return "", ""
    with st.expander(ui.t("ru_define")):
        keywords = st.text_input(ui.t("ru_keywords"), key="ru_keywords")
        seed = st.text_area(ui.t("ru_seed"), key="ru_seed")
    return keywords, seed


def _visible(table: pd.DataFrame, assignments: pd.DataFrame) -> pd.DataFrame:
    """The claims with at least one post under the sidebar's filters."""
    if table.empty:
        return table
    shown = filters.apply(ui.warnings.claimed_posts()) if posts is None else posts  # large: the claims' posts
    seen = assignments[assignments["post_id"].isin(shown["post_id"].astype(str))]["claim_id"].unique()
    return table[table["claim_id"].isin(seen)].reset_index(drop=True)


def _table(table: pd.DataFrame) -> None:
    rows = table[["claim_id", "origin", "keywords", "n_posts", "n_rebuttals", "first_seen", "rebuttal_delay_hours",
                  "platforms", "regions", "sample_text"]].copy()
    rows["platforms"] = rows["platforms"].map(lambda ps: " → ".join(PLATFORM_LABELS.get(p, p) for p in ps))
    rows["regions"] = rows["regions"].map(lambda rs: ", ".join(rs[:3]))
    keys = {"claim_id": "ru_col_claim", "origin": "ru_col_origin", "keywords": "ru_col_words",
            "n_posts": "ru_n_posts", "n_rebuttals": "ru_n_rebuttals", "first_seen": "ru_col_first",
            "rebuttal_delay_hours": "ru_col_delay", "platforms": "ru_col_platforms", "regions": "ru_col_regions",
            "sample_text": "ru_col_sample"}
    st.subheader(ui.t("ru_table"))
    ui.tables.show(rows, key="ru_table", labels={c: ui.t(k) for c, k in keys.items()},
                   decimals={"rebuttal_delay_hours": 1})
    ui.download_csv(rows, "vigie_rumeurs.csv", "dl_claims")


def _roles_named(frame: pd.DataFrame, roles: dict) -> pd.DataFrame:
    return frame.assign(role=frame["role"].map(lambda r: roles.get(r, r)))


def _one(table: pd.DataFrame, assignments: pd.DataFrame) -> None:
    label = {c.claim_id: ui.t("ru_pick_label", c=c.claim_id, n=c.n_posts, r=c.n_rebuttals, w=c.keywords)
             for c in table.itertuples()}
    chosen_id = st.selectbox(ui.t("ru_pick"), list(label), format_func=label.get, key="ru_pick")
    chosen = view.claim_posts(ui.warnings.claimed_posts(), assignments, chosen_id)
    roles = {"claim": ui.t("ru_role_claim"), "rebuttal": ui.t("ru_role_rebuttal")}
    tidy = view.curve(chosen)
    fig = charts.claim_curve(tidy, roles, ui.t("ru_curve", c=chosen_id), ui.t("ru_cumulative"))
    ui.chart(fig, tidy, "rumeurs_curve")
    row = table.set_index("claim_id").loc[chosen_id]
    st.caption(ui.t("ru_cascade", c=coordination.cascade_text([(PLATFORM_LABELS.get(p, p), t) for p, t in row["cascade"]])))
    if not row["n_rebuttals"]:
        st.info(ui.t("ru_no_rebuttal"))
    c1, c2 = st.columns(2)
    for column, (by, key) in zip((c1, c2), (("platform", "ru_by_platform"), ("region", "ru_by_region"))):
        column.caption(ui.t(key))
        ui.tables.show(ui.tables.readable(_roles_named(view.cascade(chosen, by), roles)), key=f"ru_cascade_{by}",
                       labels={"first": ui.t("col_first"), "posts": ui.t("col_posts_n")}, where=column)
    st.subheader(ui.t("ru_accounts"))
    ui.tables.show(_roles_named(view.accounts(chosen, ui.display_names(chosen)), roles), key="ru_accounts",
                   labels={"first": ui.t("col_first"), "posts": ui.t("col_posts_n")})
    st.subheader(ui.t("ru_posts"))
    for role, name in roles.items():
        part = chosen[chosen["role"] == role]
        st.caption(f"{name} ({len(part)})")
        ui.posts_table(part, f"rumeurs_{role}")


if not ui.nothing_to_draw(posts, filters):
    st.caption(ui.t("ru_intro"))
    keywords, seed = _user_claim()
    result = ui.warnings.found_claims(keywords, seed)
    table = _visible(result.claims, result.assignments)
    c1, c2, c3 = st.columns(3)
    c1.metric(ui.t("ru_n_claims"), len(table))
    c2.metric(ui.t("ru_n_posts"), int(table["n_posts"].sum()))
    c3.metric(ui.t("ru_n_rebuttals"), int(table["n_rebuttals"].sum()))
    if table.empty:
        st.info(ui.t("ru_none"))
    else:
        _table(table)
        _one(table, result.assignments)
