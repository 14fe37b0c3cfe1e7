"""Alert rules on synthetic series with known events: found where injected, silent elsewhere."""
import numpy as np
import pandas as pd
import pytest

from analysis import alerts
from analysis.alerts import stats
from analysis.alerts.baseline import median_mad, trimmed_mean
from analysis.alerts.runs import merge_close, runs
from analysis.alerts.scoring import match_events
from tests.alerts import synthetic as S

CUT = ("Ségou", 25 * 24 + 2, 36)        # hours from the start


def _events(*rows) -> pd.DataFrame:
    return pd.DataFrame([(f"E{i}", kind, region, "", S.START + pd.Timedelta(hours=a), S.START + pd.Timedelta(hours=a + h))
                         for i, (kind, region, a, h) in enumerate(rows)],
                        columns=["event_id", "kind", "region", "platform", "start", "end"])


@pytest.fixture(scope="module")
def posts():
    frame = S.corpus(silence=CUT)
    frame = S.add_posts(frame, "Mopti", 30 * 24 + 8, 30, 40, seed=2, participation="boycott")
    frame = S.add_posts(frame, "Bamako", 33 * 24 + 8, 30, 60, seed=3, hostility="hostile")
    return frame


@pytest.fixture(scope="module")
def found(posts):
    return alerts.find_alerts(posts)


def test_each_injected_event_is_reported_and_nothing_else(found):
    truth = _events(("disruption", "Ségou", CUT[1], CUT[2]), ("boycott_surge", "Mopti", 30 * 24 + 8, 30),
                    ("hostility_surge", "Bamako", 33 * 24 + 8, 30))
    score = match_events(found.alerts, truth)
    assert score["missed"] == [] and score["unmatched"] == 0, (score, found.alerts)


def test_columns_order_and_french_explanations(found):
    frame = found.alerts
    assert list(frame.columns) == alerts.ALERT_COLUMNS
    assert frame["start"].is_monotonic_decreasing
    cut = frame[frame["kind"] == "disruption"].iloc[0]
    assert "Ségou" in cut["explanation"] and "coupure" in cut["explanation"]
    assert cut["observed"] <= 2 and cut["expected"] >= 10   # a stray post in a quiet hour joins two silences


def test_one_platform_still_posting_is_no_cut():
    frame = S.corpus(silence=CUT, keep_platform="facebook")
    assert (alerts.find_alerts(frame).alerts["kind"] != "disruption").all()


def test_steady_corpus_gives_no_alert_of_the_event_kinds():
    kinds = alerts.find_alerts(S.corpus(seed=5)).alerts["kind"]
    assert not kinds.isin(["disruption", "boycott_surge", "hostility_surge", "volume_spike", "volume_drop"]).any()


def test_a_spike_of_volume_is_reported_where_it_happened():
    frame = S.add_posts(S.corpus(seed=6), "Mopti", 28 * 24 + 12, 6, 80)
    spikes = alerts.find_alerts(frame).alerts.query("kind == 'volume_spike'")
    assert len(spikes) and set(spikes["region"]) <= {"Mopti", ""} and "Mopti" in set(spikes["region"])


def test_without_hostility_column_the_summary_says_so(posts):
    result = alerts.find_alerts(posts.drop(columns="hostility"))
    assert result.summary["hostility_surge"] == 0
    assert any("hostility" in note for note in result.summary["notes"])


def test_since_keeps_later_alerts_only(posts, found):
    later = alerts.find_alerts(posts, since="2020-04-01")
    assert len(later.alerts) < len(found.alerts)
    assert (pd.to_datetime(later.alerts["end"], utc=True) >= pd.Timestamp("2020-04-01", tz="UTC")).all()


def test_alert_series_shows_the_gap(posts, found):
    cut = found.alerts[found.alerts["kind"] == "disruption"].iloc[0]
    series = alerts.alert_series(posts, cut)
    inside = series[(series["time"] >= cut["start"]) & (series["time"] < cut["end"])]
    assert inside["observed"].sum() <= 2 and inside["expected"].sum() >= 10
    assert series["observed"].sum() > 0


def test_benjamini_hochberg():
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216])
    assert stats.benjamini_hochberg(p, 0.05).tolist() == [True, True] + [False] * 8
    assert stats.benjamini_hochberg(np.ones(5), 0.05).sum() == 0


def test_baseline_ignores_one_past_spike():
    x = np.tile([1.0, 5.0], 20)[None, :]
    x[0, 20] = 500
    expected, spread = median_mad(x, per_day=2, days=7, min_days=3)
    assert expected[0, 22] == 1.0 and expected[0, 23] == 5.0 and spread[0, 23] == 0
    assert np.isnan(expected[0, 3])
    assert trimmed_mean(x, 2, 7, 3)[0, 22] == pytest.approx(1.0)


def test_runs_and_merging():
    flags = np.array([[0, 1, 1, 0, 0, 1], [1, 0, 0, 0, 0, 0]], dtype=bool)
    assert runs(flags) == [(0, 1, 3), (0, 5, 6), (1, 0, 1)]
    assert merge_close([(1, 3), (5, 6)], 2, lambda a, z: True) == [(1, 6)]
    assert merge_close([(1, 3), (5, 6)], 1, lambda a, z: True) == [(1, 3), (5, 6)]


def test_settings_are_checked():
    with pytest.raises(ValueError, match="fdr"):
        alerts.Settings(fdr=2)
    with pytest.raises(ValueError, match="bin_hours"):
        alerts.Settings(bin_hours=5)
