"""The alerts found from hourly counts (each row weighted by its posts, as agg_alert_hours holds them) equal those
found from the posts, and so do their curves; agg_alert_hours is the frame's hourly counts (a large store's
Alertes page reads it instead of every post)."""
import numpy as np
import pandas as pd
import pytest

from analysis import alerts
from analysis.frame import has_any
from analysis.store_aggregates import Snapshot

SETTINGS = [alerts.Settings(), alerts.Settings(fdr=0.1, min_ratio=1.5, min_volume=3, min_surge_posts=3)]
KEYS = ["created_at", "platform", "region", "region_source", "dup_group", "participation", "hostility"]


def hourly(posts: pd.DataFrame) -> pd.DataFrame:
    """The reference hourly counts: the flags the rules read, one row per distinct combination and hour."""
    out = pd.DataFrame({
        "created_at": pd.to_datetime(posts["created_at"], utc=True).dt.floor("h").dt.tz_localize(None),
        **{c: posts[c].astype(str).to_numpy() for c in ("platform", "region", "region_source")},
        "dup_group": np.where(posts["dup_group"].astype(str) != "", "grouped", ""),
        "participation": np.where(has_any(posts["participation"], ["boycott"]), "boycott", ""),
        "hostility": np.where(posts["hostility"].astype(str) == "hostile", "hostile", "")})
    return out.groupby(KEYS).size().rename("posts").reset_index()


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """Alerts of the same start and kind may come in another order (series are numbered by first appearance)."""
    return frame.sort_values(["start", "kind", "platform", "region", "explanation"], ignore_index=True)


def test_the_stored_hourly_counts_are_the_frames(store, frame):
    stored = Snapshot(store.aggregate_tables())("SELECT * FROM agg_alert_hours").sort_values(KEYS, ignore_index=True)
    reference = hourly(frame).sort_values(KEYS, ignore_index=True)
    assert stored["posts"].sum() == len(frame)
    for column in KEYS:
        assert stored[column].astype(str).tolist() == reference[column].astype(str).tolist(), column
    assert stored["posts"].tolist() == reference["posts"].tolist()


@pytest.mark.parametrize("settings", SETTINGS, ids=["default", "sensitive"])
def test_the_same_alerts_from_hourly_counts(store, frame, settings):
    hours = Snapshot(store.aggregate_tables())("SELECT * FROM agg_alert_hours")
    grouped = frame[frame["dup_group"].astype(str) != ""]
    served = alerts.find_alerts(hours, settings=settings, weight="posts", grouped=grouped)
    reference = alerts.find_alerts(frame, settings=settings)
    kinds = set(reference.alerts["kind"])
    assert {"volume_spike", "coordination"} <= kinds, kinds
    pd.testing.assert_frame_equal(_sorted(served.alerts), _sorted(reference.alerts))
    assert served.summary == reference.summary
    for _, alert in reference.alerts.iterrows():
        pd.testing.assert_frame_equal(alerts.alert_series(hours, alert, settings, weight="posts"),
                                      alerts.alert_series(frame, alert, settings))
    unweighted = alerts.find_alerts(hours, settings=settings, grouped=grouped)
    assert len(unweighted.alerts) != len(reference.alerts), "without the weights the counts are rows, not posts"
