"""Roles and what each may do: one table, read by the dashboard to hide what a role may not use and to refuse it
in the action's own code path.

A higher role may do everything a lower one may: viewer < analyst < admin.
"""
from __future__ import annotations

ROLES = ("viewer", "analyst", "admin")

# action -> the lowest role allowed to do it
ACTIONS = {
    "read": "viewer",             # every chart and table; private individuals pseudonymised
    "report": "viewer",           # download the report of the current view
    "export": "viewer",           # CSV of charts and posts (without personal data for viewers)
    "export_personal": "analyst",  # CSV of posts with links and account ids
    "validate": "analyst",        # the validation desk: label posts
    "label_edit": "analyst",
    "alerts": "analyst",
    "claims": "analyst",
    "import": "admin",            # import export files
    "actors": "admin",            # import the actors list
    "retrain": "admin",           # retrain models, re-annotate
    "users": "admin",
    "audit": "admin",             # see the audit trail
}

# page file -> the action it needs (pages not listed need "read"); hidden in the navigation when not allowed
PAGE_ACTIONS = {
    "10_Validation.py": "validate",
    "12_Rumeurs.py": "claims",
    "13_Alertes.py": "alerts",
}


def allowed(role: str | None, action: str) -> bool:
    """True when role may do action. Unknown actions are refused (a typo must not open a door)."""
    if role not in ROLES or action not in ACTIONS:
        return False
    return ROLES.index(role) >= ROLES.index(ACTIONS[action])


def page_allowed(role: str | None, page_file: str) -> bool:
    return allowed(role, PAGE_ACTIONS.get(page_file, "read"))
