"""The administrators' corner of the Données page: the audit trail, the accounts, and re-annotation as a job."""
from __future__ import annotations

import streamlit as st

from analysis import accounts
from ui import auth, jobs, tables
from ui.state import db_path, t

AUDIT_COLUMNS = ("logged_at", "user_name", "action", "detail")


def audit_table() -> None:
    auth.require("audit")  # also checked here: the table is drawn by the server only for administrators
    st.subheader(t("audit_title"))
    st.caption(t("audit_help"))
    trail = accounts.audit(db_path())
    tables.show(trail[[c for c in AUDIT_COLUMNS if c in trail.columns]])


def admin_section() -> None:
    if not auth.allowed("audit"):
        return
    if auth.enabled():
        audit_table()
    if auth.allowed("retrain") and st.button(t("job_reannotate"), key="job_reannotate"):
        jobs.start_annotation()
        st.success(t("job_started"))
