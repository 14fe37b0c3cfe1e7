"""Méthode: how each annotation is computed, measured quality, data sources and licences, limits.

The texts are the project's own Markdown documents (docs/, data/README*.md), read at each run so a new
evaluation shows up without a restart; post content is never rendered here.
"""
from pathlib import Path

import streamlit as st

import ui
from analysis import method_docs

ROOT = Path(__file__).resolve().parent.parent
QUALITY_DOCS = (("method_sentiment", "methode_sentiment.md"), ("method_attribution", "methode_attribution.md"),
                ("method_coordination", "methode_coordination.md"), ("method_alerts", "methode_alertes.md"),
                ("method_validation", "methode_validation.md"),
                ("method_importers", "importers.md"))

posts, filters = ui.page_setup("method")  # posts None: a large store, summed by SQL (ui.large)
st.write(ui.t("method_intro"))

if posts is None:
    summary, imports = ui.large.corpus_summary(), ui.large.imports()
else:
    summary, imports = method_docs.corpus_summary(ui.loaded().posts), ui.loaded().imports
c1, c2, c3 = st.columns(3)
c1.metric(ui.t("n_posts"), f"{summary['posts']:,}".replace(",", "\u202f"))
c2.metric(ui.t("annotated_share"), f"{summary['annotated']:.0%}")
c3.metric(ui.t("imports"), len(imports))

st.markdown(method_docs.read_doc(ROOT / "docs", "methode.md", ui.lang()) or "")

st.header(ui.t("method_quality"))
for tab, (title_key, name) in zip(st.tabs([ui.t(k) for k, _ in QUALITY_DOCS]), QUALITY_DOCS):
    with tab:
        text = method_docs.read_doc(ROOT / "docs", name, ui.lang())
        if text is None:
            st.info(ui.t("not_measured", file=f"docs/{name}"))
        else:
            st.markdown(text)

ui.validation_report.method_section()

st.header(ui.t("method_sources"))
for name, text in method_docs.data_readmes(ROOT / "data"):
    with st.expander(name, expanded=False):
        st.markdown(text)
