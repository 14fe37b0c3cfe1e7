"""The account register: users, failed logins and the audit trail, in a DuckDB file beside the store.

`<store>.accounts.duckdb` (e.g. data/vigie.accounts.duckdb): a login or an audit line never touches the posts
store, so the dashboard's cached data stay valid and logins work while an import holds the store.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pandas as pd

from analysis.accounts.passwords import hash_password, verify_password
from analysis.accounts.roles import ROLES
from analysis.store import ACCOUNT_TABLES, Store

MAX_FAILURES = 5          # failed logins allowed per account within the lockout window
LOCKOUT_MINUTES = 15
AUDITED = ("login", "logout", "import", "actors", "label_edit", "retrain", "export", "report", "users")


class LoginRefused(Exception):
    """A login that did not succeed; the message is safe to show (it never says which part was wrong)."""


def accounts_path(db_path: str | Path) -> Path:
    db = Path(db_path)
    return db.with_name(f"{db.stem}.accounts.duckdb")


def _open(db_path, read_only: bool = False) -> Store:
    return Store(accounts_path(db_path), read_only=read_only, tables=ACCOUNT_TABLES)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def add_user(db_path, name: str, role: str, password: str) -> dict:
    """Add a user or replace their role and password."""
    name = name.strip()
    if not name:
        raise ValueError("a user needs a name")
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    with _open(db_path) as store:
        store.set_user(name, role, hash_password(password))
        store.log_audit("(command line)", "users", f"add {name} ({role})")
    return {"user": name, "role": role}


def remove_user(db_path, name: str) -> dict:
    with _open(db_path) as store:
        removed = store.remove_user(name)
        if not removed:
            raise ValueError(f"no user named {name!r}")
        store.log_audit("(command line)", "users", f"remove {name}")
    return {"removed": name}


def users(db_path) -> pd.DataFrame:
    if not accounts_path(db_path).exists():
        return pd.DataFrame(columns=["name", "role", "created_at"])
    with _open(db_path) as store:
        return store.users()


def authenticate(db_path, name: str, password: str, now: datetime | None = None) -> dict:
    """{"name", "role"} for a right password; LoginRefused otherwise, also when the account is locked out
    after MAX_FAILURES failures within LOCKOUT_MINUTES (checked before the password, so guessing stops)."""
    now = now or _now()
    with _open(db_path) as store:
        if store.login_failures_since(name, now - timedelta(minutes=LOCKOUT_MINUTES)) >= MAX_FAILURES:
            store.log_audit(name, "login", "refused: too many failures")
            raise LoginRefused("locked")
        user = store.user(name)
        if user is None or not verify_password(user["password_hash"], password):
            store.note_login_failure(name, now)
            store.log_audit(name, "login", "failed")
            raise LoginRefused("wrong")
        store.clear_login_failures(name)
        store.log_audit(name, "login", "ok", at=now)
    return {"name": user["name"], "role": user["role"]}


def record(db_path, user_name: str, action: str, detail: str = "") -> None:
    """One line of the audit trail: who did what, and when."""
    if action not in AUDITED:
        raise ValueError(f"unknown audit action {action!r}")
    with _open(db_path) as store:
        store.log_audit(user_name, action, detail)


def audit(db_path, limit: int = 1000) -> pd.DataFrame:
    if not accounts_path(db_path).exists():
        return pd.DataFrame(columns=["logged_at", "user_name", "action", "detail"])
    with _open(db_path) as store:
        return store.audit(limit)


def session_expired(last_seen: datetime, now: datetime, minutes: float) -> bool:
    """A session left alone longer than `minutes` must log in again."""
    return now - last_seen > timedelta(minutes=minutes)
