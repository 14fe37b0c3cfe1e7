"""Accounts: who may use a shared Vigie, with which role, and what they did.

Offers the roles and what each may do (roles: ROLES, PAGE_ACTIONS, allowed), password hashing with argon2id
(passwords), and the account register beside the store (registry: add_user, remove_user, users, authenticate
with a limit on failed logins, record/audit for the audit trail, session_expired for inactivity).
Off on a single laptop; the dashboard turns it on with VIGIE_AUTH=1.
"""
from analysis.accounts.passwords import hash_password, verify_password
from analysis.accounts.registry import (LOCKOUT_MINUTES, MAX_FAILURES, LoginRefused, accounts_path, add_user, audit,
                                        authenticate, record, remove_user, session_expired, users)
from analysis.accounts.roles import ACTIONS, PAGE_ACTIONS, ROLES, allowed, page_allowed

__all__ = ["ACTIONS", "LOCKOUT_MINUTES", "LoginRefused", "MAX_FAILURES", "PAGE_ACTIONS", "ROLES", "accounts_path",
           "add_user", "allowed", "audit", "authenticate", "hash_password", "page_allowed", "record", "remove_user",
           "session_expired", "users", "verify_password"]
