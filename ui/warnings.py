"""Cached results of the early-warning pages: claims (stored by `claims`, or found now), alerts, alert curves.
On a large store (ui.large): the stored claims described from their own posts, the alerts from hourly counts."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis import alerts, claims
from analysis.store import Store
from ui import large
from ui.coordination import grouped_posts, listed_posts, store_key
from ui.state import load


@st.cache_resource(show_spinner=False, max_entries=2)
def _claims(path: str, mtime: float, user: tuple) -> claims.ClaimsResult:
    if large.active():  # only the claims `claims` stored (finding others reads every post's text)
        if user:
            raise ValueError("a large store answers the stored claims only, not keywords or a seed post")
        with Store(path, read_only=True) as store:
            found, listed = store.claims()
        # describe() reads the claimed posts only (and none when nothing is listed)
        return claims.summarise(listed_posts(path, mtime, "claims") if len(listed) else pd.DataFrame(), found, listed)
    posts = load().posts
    if not user:
        with Store(path, read_only=True) as store:
            found, listed = store.claims()
        if len(listed):
            return claims.summarise(posts, found, listed)
    return claims.find_claims(posts, user=user)


def claimed_posts() -> pd.DataFrame:
    """The posts the claims are drawn from: the loaded frame, or on a large store the stored claims' posts."""
    return listed_posts(*store_key(), "claims") if large.active() else load().posts


def found_claims(keywords: str = "", seed_text: str = "") -> claims.ClaimsResult:
    """Claims over the whole corpus (a rumour keeps all its platforms whatever the sidebar shows)."""
    user = (claims.UserClaim(keywords=keywords, seed_text=seed_text),) if (keywords or seed_text).strip() else ()
    return _claims(*store_key(), user)


@st.cache_resource(show_spinner=False, max_entries=4)
def _alerts(path: str, mtime: float, settings: alerts.Settings) -> alerts.AlertsResult:
    if large.active():  # hourly counts give the same alerts; coordination alerts from the groups' posts
        return alerts.find_alerts(large.alert_hours(), claims=found_claims().claims, settings=settings,
                                  weight="posts", grouped=grouped_posts())
    return alerts.find_alerts(load().posts, claims=found_claims().claims, settings=settings)


def found_alerts(settings: alerts.Settings) -> alerts.AlertsResult:
    return _alerts(*store_key(), settings)


@st.cache_data(show_spinner=False, max_entries=16)
def _series(path: str, mtime: float, alert: tuple, settings: alerts.Settings) -> pd.DataFrame:
    alert = dict(zip(alerts.ALERT_COLUMNS, alert))
    if large.active():
        return alerts.alert_series(large.alert_hours(), alert, settings, weight="posts")
    return alerts.alert_series(load().posts, alert, settings)


def alert_series(alert: pd.Series, settings: alerts.Settings) -> pd.DataFrame:
    return _series(*store_key(), tuple(alert[c] for c in alerts.ALERT_COLUMNS), settings)
