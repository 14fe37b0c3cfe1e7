"""Cached results of the early-warning pages: claims (stored by `claims`, or found now), alerts, alert curves."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import alerts, claims
from analysis.store import Store
from ui.coordination import store_key
from ui.state import load


@st.cache_resource(show_spinner=False, max_entries=2)
def _claims(path: str, mtime: float, user: tuple) -> claims.ClaimsResult:
    posts = load().posts
    if not user:
        with Store(path, read_only=True) as store:
            found, listed = store.claims()
        if len(listed):
            return claims.summarise(posts, found, listed)
    return claims.find_claims(posts, user=user)


def found_claims(keywords: str = "", seed_text: str = "") -> claims.ClaimsResult:
    """Claims over the whole corpus (a rumour keeps all its platforms whatever the sidebar shows)."""
    user = (claims.UserClaim(keywords=keywords, seed_text=seed_text),) if (keywords or seed_text).strip() else ()
    return _claims(*store_key(), user)


@st.cache_resource(show_spinner=False, max_entries=4)
def _alerts(path: str, mtime: float, settings: alerts.Settings) -> alerts.AlertsResult:
    return alerts.find_alerts(load().posts, claims=found_claims().claims, settings=settings)


def found_alerts(settings: alerts.Settings) -> alerts.AlertsResult:
    return _alerts(*store_key(), settings)


@st.cache_data(show_spinner=False, max_entries=16)
def _series(path: str, mtime: float, alert: tuple, settings: alerts.Settings) -> pd.DataFrame:
    return alerts.alert_series(load().posts, dict(zip(alerts.ALERT_COLUMNS, alert)), settings)


def alert_series(alert: pd.Series, settings: alerts.Settings) -> pd.DataFrame:
    return _series(*store_key(), tuple(alert[c] for c in alerts.ALERT_COLUMNS), settings)
