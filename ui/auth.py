"""Login and roles in the dashboard. Off on a laptop (`make run`); on with VIGIE_AUTH=1 (`make serve`).

gate() is called first by ui.page_setup and by the navigation in app.py: without a signed-in user it draws the
login form and stops the script, so nothing else (no number, chart, table or post) is sent. allowed(action)
hides a button; require(action) refuses it again in the action's own code path (what a hidden button cannot
prevent: a forged request). The roles table lives in analysis.accounts.roles.
"""
from __future__ import annotations

import functools
import os
from datetime import datetime, timezone

import streamlit as st

from analysis import accounts
from analysis.store import StoreLockedError
from ui.state import db_path, t

AUTH_ENV, TIMEOUT_ENV = "VIGIE_AUTH", "VIGIE_SESSION_MINUTES"
DEFAULT_TIMEOUT_MINUTES = 30
USER_KEY = "vigie_user"
LOCAL_USER = {"name": "local", "role": "admin"}  # a laptop without accounts: its one user may do everything


class Refused(PermissionError):
    """An action the signed-in role may not do."""


def enabled() -> bool:
    return os.environ.get(AUTH_ENV, "") == "1"


def timeout_minutes() -> float:
    return float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_MINUTES))


def user() -> dict | None:
    return LOCAL_USER if not enabled() else st.session_state.get(USER_KEY)


def signed_in() -> bool:
    """Someone is signed in (expiry is checked by gate(), which runs before any page)."""
    return not enabled() or USER_KEY in st.session_state


def role() -> str | None:
    current = user()
    return current["role"] if current else None


def allowed(action: str) -> bool:
    return accounts.allowed(role(), action)


def page_allowed(page_file: str) -> bool:
    return accounts.page_allowed(role(), page_file)


def require(action: str, who: dict | None = None) -> None:
    """Raise Refused unless the signed-in role (or `who`, captured earlier for a deferred download that runs
    outside the script, without the session) may do action. Call it where the action happens."""
    current = who if who is not None else user()
    if not accounts.allowed(current["role"] if current else None, action):
        raise Refused(t("refused", role=t(f"role_{current['role']}") if current else "—", action=action))


def requires(action: str):
    """Decorator form of require() for the functions that write or export."""
    def wrap(function):
        @functools.wraps(function)
        def checked(*args, **kwargs):
            require(action)
            return function(*args, **kwargs)
        return checked
    return wrap


def audit(action: str, detail: str = "", who: dict | None = None) -> None:
    """One audit line for the signed-in user or `who` (only on a shared installation, where accounts exist)."""
    current = who if who is not None else user()
    if enabled() and current:
        accounts.record(db_path(), current["name"], action, detail)


def gate() -> None:
    """Return when someone is signed in (or accounts are off); otherwise draw the login form and stop."""
    if not enabled():
        return
    current = st.session_state.get(USER_KEY)
    now = datetime.now(timezone.utc)
    if current and accounts.session_expired(current["last_seen"], now, timeout_minutes()):
        accounts.record(db_path(), current["name"], "logout", "session expired")
        del st.session_state[USER_KEY]
        st.session_state["login_expired"] = True
        current = None
    if current:
        current["last_seen"] = now
        _signed_in_box(current)
        return
    _login_form()
    st.stop()


def _signed_in_box(current: dict) -> None:
    st.sidebar.caption(t("logged_in_as", name=current["name"], role=t(f"role_{current['role']}")))
    if st.sidebar.button(t("logout"), key="auth_logout"):
        accounts.record(db_path(), current["name"], "logout", "")
        del st.session_state[USER_KEY]
        st.rerun()


def _login_form() -> None:
    st.title(t("login_title"))
    st.caption(t("login_help"))
    if st.session_state.pop("login_expired", False):
        st.warning(t("login_expired", minutes=int(timeout_minutes())))
    if accounts.users(db_path()).empty:
        st.info(t("login_no_users", db=db_path()))
    with st.form("login_form"):
        name = st.text_input(t("login_name"), key="login_name")
        password = st.text_input(t("login_password"), type="password", key="login_password")
        submitted = st.form_submit_button(t("login_button"), type="primary")
    if submitted:
        _try_login(name.strip(), password)


def _try_login(name: str, password: str) -> None:
    try:
        found = accounts.authenticate(db_path(), name, password)
    except accounts.LoginRefused as exc:
        locked = str(exc) == "locked"
        st.error(t("login_locked", minutes=accounts.LOCKOUT_MINUTES) if locked else t("login_wrong"))
        return
    except StoreLockedError:
        st.error(t("store_locked"))
        return
    st.session_state[USER_KEY] = {**found, "last_seen": datetime.now(timezone.utc)}
    st.rerun()
