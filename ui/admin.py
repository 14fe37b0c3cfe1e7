"""The administrators' corner of the Données page: the audit trail, the accounts, and re-annotation as a job."""
from __future__ import annotations

import streamlit as st

from analysis import accounts
from ui import auth, jobs
from ui.state import db_path, t

AUDIT_COLUMNS = ("logged_at", "user_name", "action", "detail")


def audit_table() -> None:
    auth.require("audit")  # also checked here: the table is drawn by the server only for administrators
    st.subheader(t("audit_title"))
    st.caption(t("audit_help"))
    trail = accounts.audit(db_path())
    config = {c: st.column_config.TextColumn(t(f"col_{c}")) for c in AUDIT_COLUMNS}
    config["logged_at"] = st.column_config.DatetimeColumn(t("col_logged_at"), format="DD/MM/YYYY HH:mm:ss")
    st.dataframe(trail, hide_index=True, width="stretch", column_config=config)


def admin_section() -> None:
    if not auth.allowed("audit"):
        return
    if auth.enabled():
        audit_table()
    if auth.allowed("retrain") and st.button(t("job_reannotate"), key="job_reannotate"):
        jobs.start_annotation()
        st.success(t("job_started"))
