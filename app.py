"""Vigie's entry point: the page list (home page "Accueil" first) and the home page itself.

Every script run passes here: the login comes first when accounts are on, then the chosen page runs (timed in
the server when VIGIE_TIMING=1).
"""
import pandas as pd
import streamlit as st

import ui
from analysis import i18n
from analysis.aggregate import cube, cube_options
from analysis.aggregate import overview as aggregate


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def _shares(where, column: str, label_key: str, naming) -> None:
    """Counts of one column in words: its label, the number of posts and their share as a percentage."""
    if ui.large.active():  # a large store: counted from the aggregates, the posts are not loaded
        counts = cube_options.counts_by(ui.served.snapshot(), column)
    else:
        counts = aggregate.counts_by(ui.loaded().posts, column)
    table = pd.DataFrame({"value": [naming(v) for v in counts[column]], "n": counts["n"], "share": counts["share"]})
    ui.tables.show(table, labels={"value": ui.t(label_key), "n": ui.t("col_count"), "share": ui.t("col_percent")},
                   percents=("share",), where=where)


def _large_figures(filters) -> dict:
    """overview.headline's figures on a large store: the aggregates, and the accounts by SQL."""
    first, last = ui.large.span(filters)
    return {**ui.served.answer(cube.headline, filters), "accounts": ui.large.account_figures(filters)[0],
            "first": None if first in ("None", "NaT") else pd.Timestamp(first),
            "last": None if last in ("None", "NaT") else pd.Timestamp(last)}


def _figures(posts: pd.DataFrame | None, filters) -> None:
    figures = aggregate.headline(posts) if posts is not None else _large_figures(filters)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(ui.t("n_posts"), _number(figures["posts"]))
    c2.metric(ui.t("n_accounts"), _number(figures["accounts"]))
    c3.metric(ui.t("platforms"), figures["platforms"])
    tone = figures["mean_tone"]
    c4.metric(ui.t("mean_tone"), i18n.numbers.number(tone, ui.lang(), 2, signed=True), help=ui.t("home_tone_help"))
    ui.validation.note("tone", posts)
    if figures["first"] is not None:
        st.write(f"{ui.t('span')} : {figures['first']:%d/%m/%Y} → {figures['last']:%d/%m/%Y}")


def _page_list() -> None:
    st.subheader(ui.t("home_pages"))
    for path in ui.navigation.page_files():
        st.page_link(f"pages/{path.name}", label=ui.navigation.title(path) or path.stem.split("_", 1)[-1])
        if ui.navigation.question(path):
            st.caption(ui.navigation.question(path))


def home() -> None:
    posts, filters = ui.page_setup("app_title")  # posts None: a large store (ui.large)
    st.write(ui.t("home_intro"))
    _figures(posts, filters)
    if posts is not None and ui.loaded().posts["lang"].isin(["", None]).all():
        st.info(ui.t("not_annotated"))
    is_demo = ui.large.facts()[0] if posts is None else ui.loaded().is_demo
    if is_demo and ui.auth.allowed("import"):
        st.markdown(f"{ui.t('home_demo_note')} :material/upload_file: [{ui.t('import_your_files')}](Donn%C3%A9es)")
    st.subheader(ui.t("home_what"))
    left, right = st.columns(2)
    left.caption(ui.t("home_by_platform"))
    _shares(left, "platform", "col_platform_label", lambda p: i18n.platform_label(p, ui.lang()))
    right.caption(ui.t("home_by_lang"))
    _shares(right, "lang", "col_lang_label", lambda c: i18n.lang_label(c, ui.lang()))
    st.subheader(ui.t("imports"))
    imports = ui.large.imports() if posts is None else ui.loaded().imports
    ui.tables.show(imports.drop(columns=["content_hash"], errors="ignore"))
    _page_list()


with ui.timing.timed() as run, ui.navigation_run("app_title", lambda all_pages: ui.navigation.pages(home, all_pages)) \
        as page:  # the login comes first: before it no page runs
    run["page"] = page.url_path or "Accueil"
    page.run()
