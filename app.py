"""Vigie home page: what is loaded, headline figures, links to the pages."""
from pathlib import Path

import streamlit as st

import ui
from analysis.aggregate import overview as aggregate

posts, filters = ui.page_setup("app_title")
data = ui.loaded()
figures = aggregate.headline(data.posts)

c1, c2, c3, c4 = st.columns(4)
c1.metric(ui.t("n_posts"), f"{figures['posts']:,}".replace(",", "\u202f"))
c2.metric(ui.t("n_accounts"), f"{figures['accounts']:,}".replace(",", "\u202f"))
c3.metric(ui.t("platforms"), figures["platforms"])
tone = figures["mean_tone"]
c4.metric(ui.t("mean_tone"), "—" if tone is None else f"{tone:+.2f}")
ui.validation.note("tone", data.posts)
if figures["first"] is not None:
    st.write(f"{ui.t('span')} : {figures['first']:%d/%m/%Y} → {figures['last']:%d/%m/%Y}")
if data.posts["lang"].isin(["", None]).all():
    st.info(ui.t("not_annotated"))

st.subheader(ui.t("loaded"))
left, right = st.columns(2)
left.dataframe(aggregate.counts_by(data.posts, "platform"), hide_index=True)
right.dataframe(aggregate.counts_by(data.posts, "lang"), hide_index=True)
st.subheader(ui.t("imports"))
st.dataframe(data.imports, hide_index=True)

st.subheader(ui.t("pages"))
for page in sorted(p.name for p in (Path(__file__).parent / "pages").glob("*.py")):
    st.page_link(f"pages/{page}", label=page[2:-3].replace("_", " "))
