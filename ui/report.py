"""The report button of every page (sidebar): a PDF or HTML report of the current view, built only on click."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import report
from analysis.filters import Filters
from analysis.privacy import display_authors, installation_salt
from ui import auth, validation
from ui.state import lang, load, t

MIME = {"pdf": "application/pdf", "html": "text/html"}


@st.cache_resource(show_spinner=False)
def _salt() -> str:
    return installation_salt()


def _public_accounts() -> set[str]:
    data = load()
    return set(data.actors["account"].astype(str)) if data is not None and len(data.actors) else set()


def report_bytes(posts: pd.DataFrame, filters: Filters, is_demo: bool, fmt: str, ui_lang: str, who: dict,
                 public: set[str], salt: str) -> bytes:
    """Checked again here (not only by hiding the button). Streamlit runs a download's callable outside the
    script, without the session: who is the user captured when the button was drawn."""
    auth.require("report", who)
    authors = lambda frame: display_authors(frame[["author_id", "author_name"]], public, salt)
    built = report.build_report(posts, filters, is_demo, authors, accuracy=validation.accuracy_sentence(ui_lang),
                                lang=ui_lang)
    auth.audit("report", f"{fmt}: {filters.describe(ui_lang) or '-'} ({len(posts)} posts)", who)
    return report.render(built, fmt)


def report_button(posts: pd.DataFrame, filters: Filters, is_demo: bool) -> None:
    if not auth.allowed("report"):
        return
    box = st.sidebar.expander(t("rep_button"), icon=":material/description:")
    fmt = box.radio(t("rep_format"), list(MIME), horizontal=True, key="rep_fmt", format_func=str.upper)
    ui_lang, who, public, salt = lang(), dict(auth.user() or {}), _public_accounts(), _salt()
    box.download_button(t("rep_download", fmt=fmt.upper()),
                        lambda: report_bytes(posts, filters, is_demo, fmt, ui_lang, who, public, salt),
                        file_name=f"vigie_rapport.{fmt}", mime=MIME[fmt], key="rep_download")
